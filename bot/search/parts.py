"""Which part of a topic's answer a question asks about («PESEL for my child» -> the part about
Ukrainians' PESEL, which says how a parent applies for a child).

Every part (bot/content/parts.py: a bold heading and what follows it) is one document of an
index of its own: its heading as a title and its text as an answer in all four languages at
once, and the topic's examples that clearly fit it (EXAMPLE_FITS), scored as the topics are
(index.py). Only the words of a question that do not name the topic itself tell its part:
«карта побиту», «pesel number» ask about the whole topic and get the whole answer. A part is
chosen when it is clearly the best of its topic's parts (ANSWER_PART_MIN, ANSWER_PART_MARGIN).
"""

from __future__ import annotations

from collections.abc import Callable

from bot.content.knowledge import KnowledgeBase
from bot.content.parts import body
from bot.search.index import Index
from bot.search.names import STRONG, own_names
from bot.search.tuning import (
    ANSWER_PART_MARGIN,
    ANSWER_PART_MIN,
    EXAMPLE_FITS,
    EXAMPLE_MIN,
    FIELD_WEIGHTS,
    NAMED_PART_MIN,
    NAMED_PART_SHARE,
)

Features = Callable[[str], dict[str, float]]


class Parts:
    def __init__(self, kb: KnowledgeBase, main: Index) -> None:
        """`main`: the search's index of topics (its analyses, rarities and typo corrections)."""
        self.kb = kb
        self.main = main
        # first a rough picture of each part (its words' features, as a heading 1.0 or a text
        # 0.4) to see which examples fit which part, then the index with them
        rough = self._rough()
        fits: dict[tuple[str, int], list[str]] = {}
        for topic_id in kb.topic_ids:
            for code in kb.languages:
                topic = kb.topic(code, topic_id)
                for example in topic.examples if topic else ():
                    at = self._fit(rough[topic_id], main.content_tokens(example))
                    if at is not None:
                        fits.setdefault((topic_id, at), []).append(example)
        self.index = self._index(fits)
        # per topic: the words that name it as a whole (a question made only of them asks about
        # all of it): its own names, and the words of its keywords that half its parts use
        # ("residence card" is all over legal stay; "voluntary" is one part's)
        self.names: dict[str, set[str]] = {}
        for topic_id in kb.topic_ids:
            fields = [
                (field, value)
                for code in kb.languages
                if (topic := kb.topic(code, topic_id)) is not None
                for field, value in [
                    ("title", topic.title),
                    *(("keyword", k) for k in topic.keywords),
                ]
            ]
            parts = rough[topic_id]
            spread = {
                f for f in set().union(*parts) if 2 * sum(f in p for p in parts) >= len(parts)
            }
            words = [w for name in own_names(fields, main.content_tokens) for w in name]
            words += [
                w
                for field, value in fields
                if field == "keyword"
                for w in main.content_tokens(value)
                if any(f in spread for f in self._strong(w))
            ]
            self.names[topic_id] = {f for w in words for f in self._strong(w)}

    def _strong(self, word: str) -> set[str]:
        return {
            f
            for f, strength in self.main.analyzer.word(word).features.items()
            if f.startswith("k:") and strength >= STRONG
        }

    def _texts(self, topic_id: str, at: int) -> list[tuple[str, str]]:
        """A part in every language: its heading (a title) and its text (an answer)."""
        fields: list[tuple[str, str]] = []
        for code in self.kb.languages:
            topic = self.kb.topic(code, topic_id)
            if topic is not None and at < len(topic.parts):
                part = topic.parts[at]
                fields += [("title", part.heading), ("answer", body(part))]
        return fields

    def _count(self, topic_id: str) -> int:
        own = self.kb.topic(next(iter(self.kb.languages)), topic_id)
        return len(own.parts) if own else 0

    def _rough(self) -> dict[str, list[dict[str, float]]]:
        rough: dict[str, list[dict[str, float]]] = {}
        for topic_id in self.kb.topic_ids:
            rough[topic_id] = []
            for at in range(self._count(topic_id)):
                found: dict[str, float] = {}
                for field, value in self._texts(topic_id, at):
                    weight = FIELD_WEIGHTS[field]
                    for token in set(self.main.content_tokens(value)):
                        for feature, strength in self.main.analyzer.word(token).features.items():
                            if feature.startswith("k:") and weight * strength > found.get(
                                feature, 0
                            ):
                                found[feature] = weight * strength
                rough[topic_id].append(found)
        return rough

    def _index(self, fits: dict[tuple[str, int], list[str]]) -> Index:
        index = Index(self.main.analyzer, self.main.stopwords, self.main.stop_cache)
        self.docs: dict[str, list[int]] = {}  # topic -> the documents of its parts, in order
        for topic_id in self.kb.topic_ids:
            self.docs[topic_id] = []
            for at in range(self._count(topic_id)):
                fields = self._texts(topic_id, at)
                fields += [("example", e) for e in fits.get((topic_id, at), [])]
                self.docs[topic_id].append(len(index.ids))
                index.add(f"{topic_id}:{at}", fields)
        index.finish()
        return index

    def _scores(
        self, topic_id: str, content: list[str], weights: list[float] | None = None
    ) -> list[float]:
        scores = {doc: score for score, doc in self.index.score(content, weights)}
        return [scores.get(doc, 0.0) for doc in self.docs.get(topic_id, [])]

    def _fit(self, parts: list[dict[str, float]], content: list[str]) -> int | None:
        """The part an example of the topic clearly belongs to, if any (by a rough score: the
        rarity-weighted share of its words each part matches; 4,400 examples at start-up)."""
        if len(parts) < 2 or not content:
            return None
        total = 0.0
        scores = [0.0] * len(parts)
        for token in content:
            features = self.main.features(token)
            weight = self.main.importance(features)
            total += weight
            for at, part in enumerate(parts):
                scores[at] += weight * max(
                    (min(part[f], strength) for f, strength in features.items() if f in part),
                    default=0.0,
                )
        order = sorted(range(len(scores)), key=lambda at: -scores[at])
        first, second = scores[order[0]] / total, scores[order[1]] / total
        return order[0] if first >= EXAMPLE_MIN and second <= EXAMPLE_FITS * first else None

    def best(
        self,
        topic_id: str,
        content: list[str],
        weights: list[float] | None,
        features: Features,
    ) -> int | None:
        """The number (from 0) of the part of `topic_id` the question asks about, or None when
        no part is clearly the one or the topic has a single part. A question that only names
        the topic («карта побиту») asks about it all, unless one part stands out by far («pesel
        ukr»: the part about PESEL with UKR status). `features`: a question word's features
        (the main index's, with typo corrections)."""
        scores = self._scores(topic_id, content, weights)
        if len(scores) < 2:
            return None
        order = sorted(range(len(scores)), key=lambda at: -scores[at])
        first, second = scores[order[0]], scores[order[1]]
        names = self.names.get(topic_id, set())
        if all(
            any(f in names for f, strength in features(word).items() if strength >= STRONG)
            for word in content
        ):
            far = first >= NAMED_PART_MIN and second <= NAMED_PART_SHARE * first
            return order[0] if far else None
        if first >= ANSWER_PART_MIN and first - second >= ANSWER_PART_MARGIN:
            return order[0]
        return None
