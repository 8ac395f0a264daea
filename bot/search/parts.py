"""Which part of a topic's answer a question asks about («PESEL for my child» -> the part about
a child's PESEL: a baby born in Poland, a child from Ukraine).

Every part (bot/content/parts.py: a bold heading and what follows it) is one document of an
index of its own: its heading as a title, its text as an answer and the questions the content
gives for it (`part_examples`) as examples, in all four languages at once; a topic without any
`part_examples` gets instead its examples that clearly fit one part (EXAMPLE_FITS). Parts are
scored as the topics are (index.py). A question made only of words that name the topic itself
(«карта побиту», «pesel number») asks about the whole topic and gets the whole answer. A part is
chosen when it is clearly the best of its topic's parts (ANSWER_PART_MIN, ANSWER_PART_SHARE).
The words that tell what a question asks («скільки», «where», «kto»: data.yaml part_words) are
stop words for the topics but words of the parts (their headings, texts and part_examples).
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from bot.content.knowledge import KnowledgeBase, Topic
from bot.content.parts import body
from bot.search.index import Index
from bot.search.names import STRONG, own_names
from bot.search.nationality import Nationalities
from bot.search.part_choice import fit, for_who_asks, headed, obtaining, uses, with_words
from bot.search.recent import Recent
from bot.search.tuning import (
    ANSWER_PART_MIN,
    ANSWER_PART_SHARE,
    FIELD_WEIGHTS,
    NAMED_PART_MIN,
    NAMED_PART_SHARE,
    OBTAIN_SHARE,
    PART_EXAMPLE_FIELD,
    PART_IDF_POWER,
)

Features = Callable[[str], dict[str, float]]
# a topic's names' forms, a guessed lemma too («pobyta», «побыта»: guessed «побити»; lost card)
NAME_FORM = 0.85
log = logging.getLogger(__name__)

KEEP = 128  # topics whose parts stay in memory (~0.15 MB each), the last ones used
PART_WORDS = 256  # question words whose features a topic's parts keep (recent.py)


@dataclass
class PartsOf:
    """One topic's parts."""

    index: Index  # its parts, one document each, in order
    names: set[str]  # the features of the words that name the topic as a whole
    # the parts for Ukrainians (a heading that names them: «Украинцы с PESEL UKR»)
    ukrainian: frozenset[int] = frozenset()
    obtaining: int | None = None  # the part that says how to get it (part_choice.obtaining)


class Store(Protocol):
    """Every topic's parts in a file (indexcache.PartsFile), read one topic at a time."""

    @property
    def ids(self) -> AbstractSet[str]: ...

    def read(self, topic_id: str) -> PartsOf | None: ...


class Parts:
    """A topic's parts index is read from the parts file (`attach`) or built, the first time
    a question is answered with it (an index of every part of a thousand topics would double
    the search's start-up), and kept among the KEEP last used (a network of thousands of
    topics would otherwise grow by hundreds of MB)."""

    def __init__(self, kb: KnowledgeBase, main: Index, data: dict[str, Any] | None = None) -> None:
        """`main`: the search's index of topics (its analyses, rarities and typo corrections);
        `data`: the search's data.yaml, whose part_words are stop words of `main` that are
        words here, and whose obtain_words point to the part that says how to get a thing."""
        self.kb = kb
        self.main = main
        asking = (data or {}).get("part_words", {})
        self.words: AbstractSet[str] = {w for words in asking.values() for w in words}
        self.getting: AbstractSet[str] = set(asking.get("get", ()))  # («взяти»: a part, not all)
        obtain = (data or {}).get("obtain_words", {})  # («отримати», «get»)
        self.obtain: AbstractSet[str] = {w for words in obtain.values() for w in words}
        self.nations: Nationalities | None = None  # (which parts are for Ukrainians)
        self.stopwords = main.stopwords - self.words
        self.stop_cache: Recent[str, bool] = Recent()  # (its topics' indexes share it)
        self._topics: OrderedDict[str, PartsOf | None] = OrderedDict()
        self._store: Store | None = None
        self._lock = threading.Lock()  # (the search's two threads: service.py)

    def asking(self, tokens: list[str]) -> list[str]:
        """A message's words that tell which part of an answer it asks about (`words`), and its
        verbs of getting a thing (`obtain`: they point to the part that says how, `best`)."""
        return [t for t in tokens if t in self.words or t in self.obtain]

    def prepare(self, topic_id: str) -> None:
        """Read or build this topic's parts now, ahead of its first answer (SearchService.warm)."""
        self.get(topic_id)

    def prepared(self, topic_id: str) -> bool:
        """Whether this topic's parts are in memory or in the attached file."""
        return topic_id in self._topics or (self._store is not None and topic_id in self._store.ids)

    def __getstate__(self) -> dict[str, Any]:
        """Pickled with the index without the topics' parts: those have a file of their own
        (indexcache.save_parts), read after start-up, not before the first answer."""
        state = {**self.__dict__, "_topics": OrderedDict(), "_store": None}
        del state["_lock"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    @property
    def kept(self) -> int:
        """How many topics' parts are in memory."""
        return len(self._topics)

    @property
    def all_kept(self) -> bool:
        """Whether every topic's parts are in memory (SearchService.warm: a content of no more
        than KEEP topics), so that no question will read or build any."""
        return len(self._topics) == len(self.kb.topic_ids)

    def attach(self, store: Store) -> None:
        """Read topics' parts from `store` (a former start's or the child's file) from now on."""
        self._store = store

    def get(self, topic_id: str) -> PartsOf | None:
        """This topic's parts (None: a topic of one part): kept, read or built."""
        with self._lock:
            if topic_id in self._topics:
                self._topics.move_to_end(topic_id)
                return self._topics[topic_id]
        found = self._read(topic_id)  # (outside the lock: the other thread's topic goes on)
        if found is False:
            count = self._count(topic_id)
            found = self._build(topic_id, count) if count > 1 else None
        with self._lock:
            self._topics[topic_id] = found
            while len(self._topics) > KEEP:
                self._topics.popitem(last=False)
        return found

    def _read(self, topic_id: str) -> PartsOf | None | Literal[False]:
        """From the attached file; False when it has not this topic or cannot be read."""
        if self._store is None or topic_id not in self._store.ids:
            return False
        try:
            found = self._store.read(topic_id)
        except Exception as exc:  # noqa: BLE001 - a file gone or damaged: built instead
            log.warning("the search's parts file cannot be read (%s): built instead", exc)
            self._store = None
            return False
        if found is not None:  # (its stop-word cache is this one's again)
            found.index.stop_cache = self.stop_cache
        return found

    def _build(self, topic_id: str, count: int) -> PartsOf:
        # a rough picture of each part (its words' features, as a heading 1.0 or a text 0.4)
        rough = [self._rough(topic_id, at) for at in range(count)]
        fits: dict[int, list[str]] = {}
        languages = self._languages(topic_id)
        if not any(t.part_examples for t in languages):
            # no part has questions of its own (`part_examples`: an office's new topic, say):
            # the topic's examples that clearly fit a part teach it more words
            for topic in languages:
                for example in topic.examples:
                    at = fit(self.main, rough, self.main.content_tokens(example))
                    if at is not None:
                        fits.setdefault(at, []).append(example)
        index = Index(self.main.analyzer, self.stopwords, self.stop_cache, PART_WORDS)
        index.synonyms = self.main.synonyms  # («hotline» is the help lines' «helpline» too)
        for at in range(count):
            fields = self._texts(topic_id, at) + [("example", e) for e in fits.get(at, [])]
            index.add(str(at), fields)
        index.finish(whole_topics=False)
        # the words that name the topic as a whole (a question made only of them asks about
        # all of it): its own names, and the words of its keywords that half its parts use
        # ("residence card" is all over legal stay; "voluntary" is one part's)
        fields = [
            (field, value)
            for topic in languages
            for field, value in [("title", topic.title), *(("keyword", k) for k in topic.keywords)]
        ]
        spread = {f for f in set().union(*rough) if 2 * sum(f in p for p in rough) >= count}
        words = [w for name in own_names(fields, self.main.content_tokens) for w in name]
        words += [
            w
            for field, value in fields
            if field == "keyword"
            for w in self.main.content_tokens(value)
            if any(f in spread for f in self._strong(w))
        ]
        headings = [
            [t.parts[at].heading for t in languages if at < len(t.parts)] for at in range(count)
        ]
        ukrainian = self.nations.for_ukrainians(headings) if self.nations else frozenset()
        names = {f for w in words for f in self._strong(w, NAME_FORM)}
        return PartsOf(index, names, ukrainian, obtaining(headings, self.obtain))

    def keywords(self, doc: int) -> list[list[str]]:
        """A topic's keywords (`doc`: its number in the main index) in every language, each as
        its content words (read when asked)."""
        topics = self._languages(self.main.ids[doc])
        found = (self.main.content_tokens(k) for topic in topics for k in topic.keywords)
        return [words for words in found if words]

    def _languages(self, topic_id: str) -> list[Topic]:
        return [t for code in self.kb.languages if (t := self.kb.topic(code, topic_id))]

    def _strong(self, word: str, at_least: float = STRONG) -> set[str]:
        return {
            f
            for f, strength in self.main.analyzer.word(word).features.items()
            if f.startswith("k:") and strength >= at_least
        }

    def _texts(self, topic_id: str, at: int, own: bool = True) -> list[tuple[str, str]]:
        """A part in every language: its heading (a title), its text (an answer) and, with
        `own`, the questions the content gives for it (`part_examples`, as examples)."""
        fields: list[tuple[str, str]] = []
        for topic in self._languages(topic_id):
            if at < len(topic.parts):
                part = topic.parts[at]
                fields += [("title", part.heading), ("answer", body(part))]
                if own and at < len(topic.part_examples):
                    fields += [(PART_EXAMPLE_FIELD, e) for e in topic.part_examples[at]]
        return fields

    def _count(self, topic_id: str) -> int:
        own = self.kb.topic(next(iter(self.kb.languages)), topic_id)
        return len(own.parts) if own else 0

    def _rough(self, topic_id: str, at: int) -> dict[str, float]:
        """A part's words' features at their field's weight: its heading and text only (the
        words half its parts use name the topic; its examples fit by these)."""
        found: dict[str, float] = {}
        for field, value in self._texts(topic_id, at, own=False):
            weight = FIELD_WEIGHTS[field]
            for token in set(self.main.content_tokens(value)):
                for feature, strength in self.main.analyzer.word(token).features.items():
                    if feature.startswith("k:") and weight * strength > found.get(feature, 0):
                        found[feature] = weight * strength
        return found

    def explains(
        self,
        topic_id: str,
        content: list[str],
        weights: list[float] | None,
        words: Sequence[str] = (),
    ) -> float | None:
        """How much of the question the topic's best part explains (None: a single part)."""
        topic = self.get(topic_id)
        if topic is None or not content:
            return None
        content, weights = with_words(content, weights, words)
        return max((score for score, _ in topic.index.score(content, weights)), default=0.0)

    def best(
        self,
        topic_id: str,
        content: list[str],
        weights: list[float] | None,
        features: Features,
        words: Sequence[str] = (),
        foreign: AbstractSet[str] = frozenset(),
    ) -> int | None:
        """The number (from 0) of the part of `topic_id` the question asks about, or None when
        no part is clearly the one or the topic has a single part. A question that only names
        the topic («карта побиту») asks about it all, unless one part stands out by far («pesel
        ukr»: the part about PESEL with UKR status), or asks where to get it («де взяти карту
        побиту»: `getting`, data.yaml part_words get). `features`: a question word's features
        (the main index's, with typo corrections). `foreign`: the words that say who asks
        (nationality.py): no part for Ukrainians when the topic has others; with the topic's
        names alone («я из Беларуси, как получить песель») the whole answer. A question that
        asks how to get what it names (a verb of `obtain`: «як отримати карту побиту», «how to
        get a residence card», one of its keywords word for word) opens at the part whose heading
        says how (`PartsOf.obtaining`) unless one stands out by far; so does one whose two best
        parts are close, that part one of them. Two parts close: the one for Ukrainians if a
        Ukrainian asks («… dla ukraińca»), else one its heading names (part_choice.py)."""
        topic = self.get(topic_id)
        if topic is None or not content:
            return None
        how = topic.obtaining if not self.obtain.isdisjoint(words) else None  # («як отримати»)
        words = [w for w in words if w in self.words]
        asked, asked_weights = with_words(content, weights, words)
        scored = topic.index.score(asked, asked_weights, idf_power=PART_IDF_POWER)
        found = {doc: score for score, doc in scored}
        scores = [found.get(at, 0.0) for at in range(len(topic.index.ids))]
        if foreign and len(topic.ukrainian) < len(scores):
            scores = [0.0 if at in topic.ukrainian else s for at, s in enumerate(scores)]
        order = sorted(range(len(scores)), key=lambda at: -scores[at])
        first, second = scores[order[0]], scores[order[1]]
        named = [word for word in content if word not in foreign]
        strong = [{f for f, s in features(w).items() if s >= NAME_FORM} for w in named]
        unnamed = [w for w, fs in zip(named, strong, strict=True) if fs.isdisjoint(topic.names)]
        if (
            named
            and self.getting.isdisjoint(words)
            and (
                not unnamed
                # (a keyword alone that no part uses whole: «посвідка на проживання»; asked
                # how, if that part uses its words other than names: «how to get a residence
                # card», not «… permanent residence»)
                or self.main.keyword_is_all(named, self.main.ids.index(topic_id), self.keywords)
                and (
                    uses(topic.index, how, unnamed)
                    if how is not None
                    else not words and not any(uses(topic.index, at, named) for at in order)
                )
            )
        ):
            far = first >= NAMED_PART_MIN and second <= NAMED_PART_SHARE * first
            return order[0] if far else how
        if first < ANSWER_PART_MIN:
            return None
        if how is not None and how in order[:2] and scores[how] >= OBTAIN_SHARE * first:
            return how
        if second <= ANSWER_PART_SHARE * first:
            return order[0]
        who = for_who_asks(self.nations, topic.ukrainian, order[:2], content, foreign)
        return headed(self.main, order[:2], self._languages(topic_id), unnamed, words, who)
