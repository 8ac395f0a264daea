"""The Searcher: a message -> the topics it asks about, in any of the four languages."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np

from bot import memory
from bot.content.knowledge import KnowledgeBase
from bot.search import booking, building, callback, candidates, many, ranking, text, two
from bot.search.data import load_data
from bot.search.index import Index
from bot.search.lang import Detector, with_messages
from bot.search.morph import Analyzer
from bot.search.ngrams import CharNgrams
from bot.search.parts import Parts
from bot.search.reading import Reader
from bot.search.result import ACTIONS, CONTACT_HOURS, OFF_TOPIC, Match, Result
from bot.search.subjects import Subjects
from bot.search.tuning import (
    ALSO_SHOW,
    CONFIDENT,
    MARGIN,
    MAX_MATCHES,
    NAMED_MARGIN,
    NAMED_MIN_SCORE,
    NGRAM_WEIGHT,
    OFF_AT_ONCE,
    OFF_AT_ONCE_SHORT,
    OFF_MARGIN,
    OFF_SHARE,
    PART_LEAD,
    SEVERAL_WORDS,
    SHORT_MESSAGE,
    SHOW,
)


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
        self.index = Index(self.analyzer, self.stopwords)
        self.subjects = Subjects(self.data)  # (animals: no topic's, unless its text names them)
        for words in self.data.get("synonyms", {}).values():
            for word, others in words.items():
                self.index.synonyms.setdefault(word, []).extend(text.tokens(others))
        with self.analyzer.building():  # (the content's words: kept whole, in their file)
            vocabulary, grams = building.add_topics(self.index, kb, self.subjects)
            for action in ACTIONS:
                phrases = self.data["actions"][action]
                self.index.add(action, (("keyword", p) for lang in phrases for p in phrases[lang]))
                grams.add(*self.index.numbered())
            off_topic = self.data.get("off_topic", {})
            self.index.add(
                OFF_TOPIC, (("example", m) for ms in off_topic.values() for m in ms), apart=True
            )
            # (no n-grams: the off-topic messages are not a topic to resemble)
            grams.add(np.zeros(0, dtype=np.int32), ())
            self.index.finish()
        memory.give_back()  # what building the index freed, before the n-grams are built
        self.reader = Reader(self.data, self.index)
        self.booking = booking.BookingRequests(self.data, self.index)  # «book me for Thursday»
        self.detector = Detector(self.analyzer, stop, with_messages(vocabulary, off_topic))
        self.ngrams = CharNgrams(grams)
        self._whole = frozenset(self.data.get("whole_answers", ()))  # never opened at a part
        # topic id -> what sayings read a question as whose part is all the topic says of it
        self._all_it_says: dict[str, list[str]] = self.data.get("all_it_says", {})
        self.parts = Parts(kb, self.index, self.data)
        self.parts.nations = self.reader.nations
        self.halves = two.Halves(self.data)  # two questions in one message (two.py)
        self.needs = many.Needs(self.data)  # several matters, where to start (many.py)

    def search(self, query: str, lang: str | None = None) -> Result:
        """Rank the topics for a question; `lang` is the user's language (the fallback)."""
        reworded = self.reader.reworded(query)  # (once: over a long message, ~10 ms)
        result = self._search(query, reworded, lang)
        # «… and how to open an account»: the question asked first answered (two.py)
        result = two.first_asked(result, two.other_asked(self, query, lang, result))
        result = many.many_needs(self, query, lang, result)  # («… co najpierw?»: the checklist)
        tokens = text.tokens(reworded)
        sentence = result.lang_sure and self.detector.sentence(tokens, result.lang)
        spelled = sentence and result.lang == "pl" and self.detector.spelled_polish(tokens)
        place = self.reader.told.asks_place(tokens)
        topic = result.best.id if result.part is not None and result.best else ""
        said = any(p in reworded for p in self._all_it_says.get(topic, ()))
        mixed = self.detector.mixed(tokens)
        return replace(
            result, sentence=sentence, spelled=spelled, place=place, all_it_says=said, mixed=mixed
        )

    def _search(self, asked: str, query: str, lang: str | None) -> Result:
        """`asked` as written, `query` with its sayings reworded (Reader.reworded)."""
        tokens = text.tokens(query)
        detected = self.detector.detect(tokens, lang)  # (ranks in the person's own language)
        written = self.detector.written_in(tokens, detected)  # never another alphabet's
        sure = self.detector.sure(tokens)
        talk = self.reader.smalltalk(tokens)
        content = self.reader.content(tokens)
        if self.reader.asks_where(tokens):  # «где вас найти», «where are you», «когда вы работаете»
            return Result(asked, written, sure, (Match(CONTACT_HOURS, 1.0),), True)
        if talk or not content:  # (with a yes: «Tak, będę, dziękuję» answers staff's question)
            agrees = self.reader.polite.agrees(tokens)
            return Result(asked, written, sure, (), False, talk, agrees=agrees)
        command = self.reader.command(tokens, written if sure else None, lang)
        if command is not None:  # («delete my data», «english please»: a button, not a search)
            action, language = command
            said = (Match(action, 1.0),)
            return Result(asked, written, sure, said, True, command=True, language=language)
        asking = self.parts.asking(tokens)  # («how much», «де»: which part, parts.py)
        ranked = self._ranked(query, content, detected)
        off = next((score for score, doc in ranked if doc == self.index.apart), 0.0)
        ranked = [(score, doc) for score, doc in ranked if doc != self.index.apart]
        named = {self.index.ids[doc] for doc in self.index.naming(content)}
        # «запишите меня на прием в четверг», «when is the next free visit»: booking first
        booked = booking.offer(self, tokens, detected)
        if booked is not None:
            return Result(asked, written, sure, (booked,), True, lead=booked.score, booking=True)
        if (off and (not ranked or off >= ranked[0][0] + OFF_MARGIN)) or self._beyond(
            tokens, ranked, named, content
        ):  # (or a pet's question no topic is about: subjects.py)
            return Result(asked, written, sure, (), False, off_topic=True)
        # «хочу чтобы мне перезвонили …», «можна дзвінок? я не розумію польську»
        called = callback.offer(self, query, tokens, content, ranked, detected)
        if called is not None:
            aside = callback.language_aside(self, tokens)
            return Result(asked, written, sure, (called,), True, lead=called.score, unspoken=aside)
        if not ranked or ranked[0][0] < SHOW:
            found = candidates.with_named(
                self.index,
                list(candidates.suggestions(self.index, content, ranked)),
                named,
                ranked,
                NAMED_MIN_SCORE if not candidates.only_a_name(self.index, content) else 0.0,
            )
            found.sort(key=lambda m: -m.score)
            return Result(asked, written, sure, tuple(found), False)
        # a message the off-topic examples explain almost as well as the first topic is not
        # answered at once: «did you mean» instead (a vet's vaccine, homework about fractions)
        # (in a short message, within a wider band: the word they share is most of it)
        near = OFF_AT_ONCE_SHORT if len(set(content)) <= SHORT_MESSAGE else OFF_AT_ONCE
        close_to_off = bool(off) and (off > ranked[0][0] - near or off >= OFF_SHARE * ranked[0][0])
        ranked = self._blended(query, ranked)
        if self._beyond(tokens, ranked, named, content):  # (the blend put another topic first)
            return Result(asked, written, sure, (), False, off_topic=True)
        first = ranked[0][0]
        matches = [
            Match(self.index.ids[doc], score)
            for score, doc in ranked[:MAX_MATCHES]
            if score >= min(SHOW, ALSO_SHOW * first)
        ]
        lead = first - ranked[1][0] if len(ranked) > 1 else first
        # the message names the first topic and not the next («… otrzymać PESEL?»)
        alone = matches[0].id in named and (
            len(ranked) < 2 or self.index.ids[ranked[1][1]] not in named
        )
        # (or the message is one of its keywords word for word, and none of the next one's)
        keyword = candidates.keyword_alone(self.index, content, ranked, self.parts.keywords)
        confident = first >= CONFIDENT and (lead >= (NAMED_MARGIN if alone else MARGIN) or keyword)
        weights = self.reader.weights(query, content, nationality=False)  # (for the parts)
        if not confident and first >= CONFIDENT and len(ranked) > 1:
            confident = self._part_ahead(
                matches[0].id, self.index.ids[ranked[1][1]], content, weights
            )
        confident = confident and not close_to_off and not self.reader.told.only_time(content)
        matches = candidates.with_named(self.index, matches, named, ranked)
        part = None
        if confident and not matches[0].is_action and matches[0].id not in self._whole:
            part = self.parts.best(
                matches[0].id,
                content,
                weights,
                self.index.features,
                asking,
                self.reader.nations.foreign(tokens),
            )
        several = len(set(content)) > SEVERAL_WORDS or (
            len(self.reader.question_sentences(query, detected)) > 1
        )
        return Result(
            asked, written, sure, tuple(matches), confident, part=part, lead=lead, several=several
        )

    def _beyond(
        self,
        tokens: list[str],
        ranked: list[tuple[float, int]],
        named: set[str],
        content: list[str],
    ) -> bool:
        """The message names a subject no topic is about (a pet) and its first topic's text
        does not, or names nothing else (subjects.py); never for an action first («talk to a
        person»)."""
        top = self.index.ids[ranked[0][1]] if ranked else None
        if top is None or top in ACTIONS:
            return False
        return self.subjects.beyond(tokens, top, named, self._unknown, self._known, content)

    def _unknown(self, token: str) -> bool | None:
        """None: a topic knows the word in some form; else whether the Ukrainian or Russian
        dictionaries know it (a typo of a subject's word may name it: subjects.py)."""
        word = self.index.analyzer.word(token)
        if any(f in self.index.postings for f in word.features if f.startswith("k:")):
            return None
        return bool(word.known)

    def _known(self, token: str) -> bool:
        """Whether the Ukrainian or Russian dictionaries know the word (subjects.py)."""
        return bool(self.index.analyzer.word(token).known)

    def _part_ahead(
        self, first: str, second: str, content: list[str], weights: list[float] | None
    ) -> bool:
        """Two topics close by their scores, but one part of the first one's answer explains
        the message far better (PART_LEAD) than any part of the second's: «син не розуміє
        польську, чи є додаткові уроки» is the school's support for pupils who do not speak
        Polish, not Polish courses."""
        if first in ACTIONS or second in ACTIONS:
            return False
        mine = self.parts.explains(first, content, weights)
        theirs = self.parts.explains(second, content, weights)
        return mine is not None and theirs is not None and mine - theirs >= PART_LEAD

    def part_of(self, query: str, topic_id: str) -> int | None:
        """The part of `topic_id`'s answer a question asks about, if one (from 0): where a
        «did you mean» candidate opens when tapped. Found on the tap, not for every candidate
        shown: at 1,000 topics each is a parts record read from disk (docs/performance.md)."""
        if self.parts.kb.topic(next(iter(self.parts.kb.languages)), topic_id) is None:
            return None  # (an action, or a topic the content no longer has)
        query = self.reader.reworded(query)
        tokens = text.tokens(query)
        content = self.reader.content(tokens)
        if not content:
            return None
        weights = self.reader.weights(query, content, nationality=False)
        asking = self.parts.asking(tokens)
        foreign = self.reader.nations.foreign(tokens)
        return self.parts.best(topic_id, content, weights, self.index.features, asking, foreign)

    def _blended(self, query: str, ranked: list[tuple[float, int]]) -> list[tuple[float, int]]:
        """The topics' scores blended with their character n-gram similarity to the message,
        relative to the most similar topic's (ngrams.py): (score + w × similarity) / (1 + w)."""
        docs = np.fromiter((doc for _, doc in ranked), dtype=np.int64, count=len(ranked))
        scores = np.fromiter((score for score, _ in ranked), dtype=np.float64, count=len(ranked))
        similar = self.ngrams.similarity(query)[docs].astype(np.float64)
        best = float(similar.max()) if len(similar) else 0.0
        blended = (scores + NGRAM_WEIGHT * similar / (best or 1.0)) / (1 + NGRAM_WEIGHT)
        order = np.lexsort((docs, -blended))
        return list(zip(blended[order].tolist(), docs[order].tolist(), strict=True))

    def _ranked(self, query: str, content: list[str], lang: str | None) -> list[tuple[float, int]]:
        """The topics for the whole message and its sentences and stretches (ranking.py)."""
        return ranking.ranked(self.index, self.reader, query, content, lang)

    def next_best(self, query: str, exclude: str) -> list[Match]:
        """The other candidates for a question whose first answer did not help."""
        query = self.reader.reworded(query)
        tokens = text.tokens(query)
        content = self.reader.content(tokens)
        ranked = self._ranked(query, content, self.detector.detect(tokens)) if content else []
        return [
            Match(self.index.ids[doc], score)
            for score, doc in ranked
            if self.index.ids[doc] != exclude
            and self.index.ids[doc] not in (*ACTIONS, OFF_TOPIC)
            and score >= SHOW / 2
        ][:MAX_MATCHES]
