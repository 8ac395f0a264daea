"""The Searcher: a message -> the topics it asks about, in any of the four languages."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import numpy as np
from rapidfuzz.distance import Levenshtein

from bot.content.knowledge import KnowledgeBase
from bot.core import markup
from bot.search import text
from bot.search.data import load_data
from bot.search.index import Index
from bot.search.lang import Detector
from bot.search.morph import Analyzer
from bot.search.result import ACTIONS, OFF_TOPIC, Match, Result
from bot.search.tuning import (
    ALSO_SHOW,
    CIRCUMSTANCE,
    CONFIDENT,
    MARGIN,
    MAX_MATCHES,
    OFF_MARGIN,
    PART_CLEAR,
    PART_MIN,
    RECALL_KEEP,
    RECALL_MIN_SCORE,
    RECALL_SHARE,
    RECALL_WORDS,
    SENTENCE_WEIGHT,
    SHOW,
    WINDOW,
    WINDOW_WEIGHT,
)

# the other suggestions: at least this share of the first one's score
_URL = re.compile(r"https?://\S+")
_CLAUSE_END = re.compile(r"[,.;:!?()\n]|\s[-–—]\s")
# a sentence ends at . ! ? ; … before a space or the end, or at a line break ("24.08.23" and
# "800+." stay whole)
_SENTENCE_END = re.compile(r"[.!?;…]+(?=\s|$)|\n+")


class Searcher:
    def __init__(
        self,
        kb: KnowledgeBase,
        data: dict[str, Any] | None = None,
        analyzer: Analyzer | None = None,
    ):
        self.data = data or load_data()
        self.analyzer = analyzer or Analyzer()
        stop = self.data["stopwords"]
        self.stopwords = {w for words in stop.values() for w in words}
        self.greetings = set(self.data["greetings"])
        self.thanks = set(self.data["thanks"])
        self.fillers = set(self.data["smalltalk_fillers"])
        self.chat_phrases = sorted(
            {tuple(text.tokens(p)) for ps in self.data["chat_phrases"].values() for p in ps},
            key=len,
            reverse=True,
        )
        self.question_words = {
            code: set(words) for code, words in self.data["question_words"].items()
        }
        self.any_question_word = set().union(*self.question_words.values())
        self.latin_question_words = [
            w for w in self.any_question_word if len(w) >= 3 and text.is_latin(w)
        ]
        self._misspelt: dict[str, bool] = {}
        self.circumstance_words = {w for ws in self.data["circumstance_words"].values() for w in ws}
        self.index = Index(self.analyzer, self.stopwords)
        vocabulary: dict[str, Counter[str]] = {}
        for topic_id in kb.topic_ids:
            self.index.add(topic_id, _topic_fields(kb, topic_id))
        for code, language in kb.languages.items():
            vocabulary[code] = Counter(
                text.fold(t)
                for topic in language.topics.values()
                for field in (topic.title, *topic.examples, *topic.keywords, topic.answer)
                for t in text.tokens(field)
                if text.is_latin(t)
            )
        for action in ACTIONS:
            phrases = self.data["actions"][action]
            self.index.add(action, (("keyword", p) for lang in phrases for p in phrases[lang]))
        off_topic = self.data.get("off_topic", {})
        self.index.add(
            OFF_TOPIC, (("example", m) for ms in off_topic.values() for m in ms), apart=True
        )
        self.index.finish()
        self.detector = Detector(self.analyzer, stop, vocabulary)

    def search(self, query: str, lang: str | None = None) -> Result:
        """Rank the topics for a question; `lang` is the user's language (the fallback)."""
        tokens = text.tokens(query)
        detected = self.detector.detect(tokens, lang)
        sure = self.detector.sure(tokens)
        talk = self._smalltalk(tokens)
        content = self._content(tokens)
        if talk or not content:
            return Result(query, detected, sure, (), False, talk)
        ranked = self._ranked(query, content, detected)
        off = next((score for score, doc in ranked if doc == self.index.apart), 0.0)
        ranked = [(score, doc) for score, doc in ranked if doc != self.index.apart]
        if off and (not ranked or off >= ranked[0][0] + OFF_MARGIN):
            return Result(query, detected, sure, (), False, off_topic=True)
        if not ranked or ranked[0][0] < SHOW:
            return Result(query, detected, sure, self._suggestions(content, ranked), False)
        first = ranked[0][0]
        matches = [
            Match(self.index.ids[doc], score)
            for score, doc in ranked[:MAX_MATCHES]
            if score >= min(SHOW, ALSO_SHOW * first)
        ]
        if not matches:
            return Result(query, detected, sure, self._suggestions(content, ranked), False)
        confident = (
            bool(matches)
            and matches[0].score >= CONFIDENT
            and (len(ranked) < 2 or ranked[0][0] - ranked[1][0] >= MARGIN)
        )
        return Result(query, detected, sure, tuple(matches), confident)

    def _ranked(self, query: str, content: list[str], lang: str | None) -> list[tuple[float, int]]:
        """The topics for the whole message and, in a message of several sentences, for each
        sentence that asks something on its own ("Hello, I came from Ukraine two years ago
        with my children. Where do I get a PESEL for my son?"), and in a long message for each
        stretch of a few words, blended with the whole's score: each topic at its best."""
        weights = self._weights(query, content)
        ranked = self.index.score(content, weights)
        parts: list[tuple[float, list[str], list[float] | None]] = [
            (SENTENCE_WEIGHT, s, None)
            for s in self._question_sentences(query, lang)
            if s != content and len(set(s)) >= PART_MIN
        ]
        if len(content) > WINDOW:
            # a run-on message without full stops: stretches of WINDOW words
            step = WINDOW // 2
            parts += [
                (
                    WINDOW_WEIGHT,
                    content[start : start + WINDOW],
                    weights[start : start + WINDOW] if weights else None,
                )
                for start in range(0, len(content) - WINDOW + step, step)
                if len(set(content[start : start + WINDOW])) >= PART_MIN
            ]
        if not parts:
            return ranked
        whole = {doc: score for score, doc in ranked}
        best = dict(whole)
        for factor, part, part_weights in parts:
            # off-topic is judged on the whole message: a remark about the weather before the
            # question does not silence it
            scored = [
                (score, doc)
                for score, doc in self.index.score(part, part_weights)
                if doc != self.index.apart
            ]
            if not scored:
                continue
            third = scored[2][0] if len(scored) > 2 else 0.0
            factor *= min(1.0, (scored[0][0] - third) / scored[0][0] / PART_CLEAR)
            for score, doc in scored:
                blended = factor * score + (1 - factor) * whole.get(doc, 0.0)
                if blended > best.get(doc, 0.0):
                    best[doc] = blended
        return sorted(((score, doc) for doc, score in best.items()), key=lambda x: (-x[0], x[1]))

    def _weights(self, query: str, content: list[str]) -> list[float] | None:
        """Per content word: CIRCUMSTANCE after a circumstance word up to the end of its clause,
        otherwise 1; None when all would weigh the same (or nothing is left of the question)."""
        found: list[float] = []
        for clause in _CLAUSE_END.split(query):
            weight = 1.0
            for token in text.tokens(clause):
                if token in self.circumstance_words:
                    weight = CIRCUMSTANCE
                if not self._function(token) and not self._polite(token):
                    found.append(weight)
        if len(found) != len(content) or len(set(found)) < 2:
            return None  # (the lengths differ only if the clause split cut a token in two)
        return found

    def _question_sentences(self, query: str, lang: str | None) -> list[list[str]]:
        """The content words of each sentence that is a question (a "?" or a question word of
        the message's language), when the message has more than one sentence."""
        ends = list(_SENTENCE_END.finditer(query))
        if not ends:
            return []
        asking = self.question_words.get(lang or "") or self.any_question_word
        found: list[list[str]] = []
        start = 0
        for end in [*ends, None]:
            stop = end.end() if end else len(query)
            sentence = query[start:stop]
            start = stop
            tokens = text.tokens(sentence)
            content = self._content(tokens)
            if content and ("?" in sentence or any(t in asking for t in tokens)):
                found.append(content)
        return found

    def _suggestions(
        self, content: list[str], ranked: list[tuple[float, int]]
    ) -> tuple[Match, ...]:
        """Did-you-mean candidates when no topic reaches SHOW: the recall ranking's best, if
        its first topic matches enough of the question's words (see RECALL_WORDS)."""
        totals, words = self.index.recall(content)
        first = int(np.argmax(totals))
        if first == self.index.apart:
            return ()
        totals[self.index.apart] = 0.0
        need = min(RECALL_WORDS, len(set(content)))
        shared = words[first]
        if totals[first] <= 0 or shared < max(2, need) or shared < RECALL_SHARE * len(set(content)):
            return ()
        order = np.argsort(-totals, kind="stable")[:MAX_MATCHES]
        ours = {doc: score for score, doc in ranked}
        kept = [
            Match(self.index.ids[doc], ours.get(int(doc), 0.0))
            for doc in order
            if totals[doc] >= RECALL_KEEP * totals[first]
        ]
        # the recall ranking picks the candidates; the main score orders them (ties: recall)
        kept.sort(key=lambda m: -m.score)
        if not kept or kept[0].score < RECALL_MIN_SCORE:
            return ()  # evidence mostly from typo and prefix matches: nothing worth offering
        return tuple(kept)

    def next_best(self, query: str, exclude: str) -> list[Match]:
        """The other candidates for a question whose first answer did not help."""
        tokens = text.tokens(query)
        content = self._content(tokens)
        ranked = self._ranked(query, content, self.detector.detect(tokens)) if content else []
        return [
            Match(self.index.ids[doc], score)
            for score, doc in ranked
            if self.index.ids[doc] != exclude
            and self.index.ids[doc] not in (*ACTIONS, OFF_TOPIC)
            and score >= SHOW / 2
        ][:MAX_MATCHES]

    def _content(self, tokens: list[str]) -> list[str]:
        """The words that can name a topic: no function words, greetings, thanks or fillers."""
        return [t for t in tokens if not self._function(t) and not self._polite(t)]

    def _function(self, token: str) -> bool:
        """A function word, also a question word misspelt as no word of the content is
        written ("wat", "wht" are "what" typed in a chat, not «VAT»)."""
        if self.index.is_stopword(token):
            return True
        found = self._misspelt.get(token)
        if found is None:
            found = (
                len(token) >= 3
                and self.index.guessed(token)
                and any(
                    Levenshtein.distance(token, word, score_cutoff=1) <= 1
                    for word in self.latin_question_words
                )
            )
            self._misspelt[token] = found
        return found

    def _polite(self, token: str) -> bool:
        return token in self.greetings or token in self.thanks or token in self.fillers

    def _smalltalk(self, tokens: list[str]) -> str | None:
        tokens, chatted = self._without_chat(tokens)
        rest = [t for t in tokens if t not in self.fillers and not self._function(t)]
        if not rest:
            return "greeting" if chatted else None
        if not all(t in self.greetings or t in self.thanks for t in rest):
            return None
        return "thanks" if any(t in self.thanks for t in rest) else "greeting"

    def _without_chat(self, tokens: list[str]) -> tuple[list[str], bool]:
        """The tokens without chit-chat phrases («как дела», «what are you doing»), and whether
        there was one."""
        found = False
        for phrase in self.chat_phrases:
            size = len(phrase)
            at = 0
            while at + size <= len(tokens):
                if tuple(tokens[at : at + size]) == phrase:
                    tokens = tokens[:at] + tokens[at + size :]
                    found = True
                else:
                    at += 1
        return tokens, found


def _topic_fields(kb: KnowledgeBase, topic_id: str) -> list[tuple[str, str]]:
    fields: list[tuple[str, str]] = []
    for code in kb.languages:
        topic = kb.topic(code, topic_id)
        if topic is None:
            continue
        fields.append(("title", topic.title))
        fields += [("keyword", k) for k in topic.keywords]
        fields += [("example", e) for e in topic.examples]
        answer = markup.to_plain(topic.answer, link_format="{text}")
        fields.append(("answer", _URL.sub(" ", answer)))
    return fields
