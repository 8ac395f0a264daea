"""The inverted index over topics (all four languages merged) and the query scoring.

Each topic (and each action) is one document made of its titles, keywords, examples and answers
in every language, so a question in any language, script or mix finds it. Fields count
differently: a title or keyword match says more than a word somewhere in a long answer.

The score of a document is the share of the question it explains: every content word of the
question weighs its rarity (idf) and counts by how well the document matches it (the word
itself, its lemma or stem, a five-letter prefix, or a typo-corrected spelling).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from bot.search import text
from bot.search.indexing import Builder
from bot.search.morph import Analyzer
from bot.search.names import Names, Spellings, own_names
from bot.search.postings import (
    FeatureValues,
    Postings,
    WordMatch,
    best_match,
    sparse_best_match,
)
from bot.search.recent import QUESTION_WORDS, Recent
from bot.search.tuning import (
    CONTEXT,
    GUESSED_SPELLING,
    IDF_POWER,
    KNOWN_FULL,
    KNOWN_SHARE_POWER,
    PHRASE_PRECISION,
    PHRASE_SHARE,
    SYNONYM,
    UNKNOWN_IDF,
)
from bot.search.typos import Typos

StopCache = dict[str, bool] | Recent[str, bool]  # a word -> whether it is a stop word

KEYWORD_TOPICS = 64  # topics whose keywords are kept as names, in each of two generations


class Index:
    def __init__(
        self,
        analyzer: Analyzer,
        stopwords: set[str],
        stop_cache: StopCache | None = None,
        remember: int = QUESTION_WORDS,
    ):
        """`stop_cache`: one shared with other indexes (a topic's parts); else one of its own,
        whole while the content is indexed, bounded once it is finished (recent.py).
        `remember`: how many question words' features to keep (in each generation)."""
        self.analyzer = analyzer
        self.stopwords = stopwords
        self.stop_cache: StopCache = {} if stop_cache is None else stop_cache
        # a question word's features (typo corrections are slow)
        self._feature_cache: Recent[str, dict[str, float]] = Recent(remember)
        # a question word -> the content's words for the same thing (data.yaml: synonyms)
        self.synonyms: dict[str, list[str]] = {}
        self.ids: list[str] = []
        self.apart = -1  # the document of messages that are not ours (`add(..., apart=True)`)
        self.postings = Postings({})  # feature -> (documents, weight)
        self.phrases = Postings({})  # feature -> (phrases, weight)
        self.idf = FeatureValues({})  # feature -> its rarity
        self.phrase_docs = np.zeros(0, dtype=np.int32)  # phrase -> its document
        self.phrase_lens = np.zeros(0, dtype=np.float32)  # phrase -> how many content words
        self.named: set[str] = set()  # word features some title or keyword has
        self.names = Names()  # the titles and keywords, each as a whole
        # a topic's keywords as names, built when a message is asked against them (bounded)
        self.keyword_names: Recent[int, Names] = Recent(KEYWORD_TOPICS)
        self.typos = Typos()
        self.spellings = Spellings()  # how the content writes its short words
        self.bm25 = Postings({})  # the recall ranking: "k:" feature -> (documents, BM25 weight)
        # while building (indexing.py)
        self._builder: Builder | None = Builder(analyzer, self.spellings, self.is_stopword)

    # --- building ---------------------------------------------------------------------------
    def add(
        self, doc_id: str, fields: Iterable[tuple[str, str]], apart: bool = False
    ) -> list[list[str]]:
        """Add one document from (field name, text) pairs; titles, keywords and examples are
        also phrases of their own, matched whole.

        `apart`: the one document of messages that are not ours (weather, shopping, ...). It
        competes with the topics for a question but does not change how they score it: its
        words count for no word's rarity, and a word only it knows is unknown to the topics
        («рецепт борщу» scores healthcare as before, and the off-topic document higher).
        Returns each field's tokens."""
        doc = len(self.ids)
        self.ids.append(doc_id)
        if apart:
            self.apart = doc
        fields = list(fields)
        builder = self._builder
        assert builder is not None, "the index is finished"
        tokens = builder.document(doc, fields, apart)
        if not apart:
            # the keywords' words as the build read them (not tokenised a second time)
            keywords = {
                value: self._content(found)
                for (kind, value), found in zip(fields, tokens, strict=True)
                if kind == "keyword"
            }
            for name in own_names(
                fields, lambda v: keywords[v] if v in keywords else self.content_tokens(v)
            ):
                self.names.add(doc, [self.analyzer.word(t).features for t in name])
        return tokens

    def numbered(self) -> tuple[np.ndarray, list[str]]:
        """The last document added: its tokens as the build numbered them (stop words too), and
        the token of each number (building.py counts by them)."""
        assert self._builder is not None, "the index is finished"
        return np.frombuffer(self._builder.read, dtype=np.int32), self._builder.tokens

    def finish(self, *, whole_topics: bool = True) -> None:
        """Freeze the index into arrays for fast scoring. A topic's parts (`whole_topics`
        False, parts.py) keep no recall ranking nor names: only the topics' index reads them."""
        assert self._builder is not None, "the index is finished"
        frozen = self._builder.finish(apart=self.apart >= 0)
        self._builder = None
        self.postings, self.phrases = frozen.postings, frozen.phrases
        self.bm25, self.idf = frozen.bm25, frozen.idf
        self.phrase_docs, self.phrase_lens = frozen.phrase_docs, frozen.phrase_lens
        self.named = frozen.named
        self.typos = Typos(self.postings)
        if not whole_topics:  # (~40 KB a topic kept by every part index of a network)
            self.bm25, self.names = Postings({}), Names()
        if isinstance(self.stop_cache, dict):  # the content's words, then the questions' (bounded)
            self.stop_cache = Recent(entries=self.stop_cache)

    def content_tokens(self, value: str) -> list[str]:
        return self._content(text.tokens(value))

    def _content(self, tokens: list[str]) -> list[str]:
        """The tokens that are not stop words."""
        known = self.stop_cache.get  # (looked up here first: a call per word costs more)
        out = []
        for token in tokens:
            stop = known(token)
            if not (self.is_stopword(token) if stop is None else stop):
                out.append(token)
        return out

    def is_stopword(self, token: str) -> bool:
        """A function word, also when transliterated ("zrobyty" = "зробити"), or a number too
        short to name anything (800+, 112 and 116 123 do)."""
        found = self.stop_cache.get(token)
        if found is None:
            found = (
                token in self.stopwords
                or (token.isdigit() and len(token) <= 2)
                or (
                    text.is_latin(token)
                    and any(
                        spelling in self.stopwords
                        for code in ("uk", "ru")
                        for spelling in text.cyrillic_spellings(token, code)
                    )
                )
            )
            self.stop_cache[token] = found
        return found

    # --- querying ---------------------------------------------------------------------------
    def score(
        self,
        tokens: list[str],
        weights: list[float] | None = None,
        memo: dict[str, WordMatch] | None = None,
        idf_power: float = IDF_POWER,
    ) -> list[tuple[float, int]]:
        """(score 0..1, document) best first, for documents matching any word.

        The score mixes how much of the question the document as a whole explains with how
        much of it its single best phrase (title, keyword or example) explains. `memo`: each
        word's matches, kept across the parts of one message (each word is matched once);
        `idf_power`: how far the words' rarities differ (parts.py: PART_IDF_POWER)."""
        totals = np.zeros(len(self.ids), dtype=np.float32)
        # phrases are many (every title, keyword and example): only the ones a word matches
        phrase_where: list[np.ndarray] = []
        phrase_value: list[np.ndarray] = []
        weight_sum = unknown = 0.0
        apart_sum = apart_unknown = 0.0  # the same for the document apart (`add`)
        topics = np.ones(len(self.ids), dtype=bool)
        memo = {} if memo is None else memo
        if self.apart >= 0:
            topics[self.apart] = False
        for at, token in enumerate(tokens):
            word = memo.get(token)
            if word is None:
                word = memo[token] = self._word(token, topics, idf_power)
            importance = word.importance * (weights[at] if weights else 1.0)
            topical = word.topical
            if word.matched is None:
                unknown += importance * topical
                apart_unknown += importance * topical
                continue
            weight_sum += importance * word.share
            unknown += importance * (1 - word.share) * topical
            apart_sum += importance * word.apart_share
            apart_unknown += importance * (1 - word.apart_share) * topical
            totals += importance * word.matched
            phrase_where.append(word.phrase_where)
            phrase_value.append(importance * word.phrase_value)
        if not apart_sum:
            return []
        # The words no document knows say nothing about which topic, only how sure we can be
        # that the question is one of ours at all: a softened share of the question.
        known = np.full(len(self.ids), (weight_sum / max(weight_sum + unknown, 1e-9)))
        norm = np.full(len(self.ids), max(weight_sum, 1e-9), dtype=np.float32)
        if self.apart >= 0:
            known[self.apart] = apart_sum / (apart_sum + apart_unknown)
            norm[self.apart] = apart_sum
        known = known**KNOWN_SHARE_POWER
        best_phrase = np.zeros(len(self.ids), dtype=np.float32)
        hit, slot = np.unique(np.concatenate(phrase_where), return_inverse=True)
        phrase_totals = np.bincount(slot, weights=np.concatenate(phrase_value)).astype(np.float32)
        phrase_hits = np.bincount(slot).astype(np.float32)
        # Of two phrases explaining the question equally, the one the question covers more
        # of ("ochrona czasowa" over "ochrona czasowa pesel") is the better sign.
        covered = np.minimum(1.0, phrase_hits / self.phrase_lens[hit])
        value = phrase_totals * (1 - PHRASE_PRECISION + PHRASE_PRECISION * covered)
        np.maximum.at(best_phrase, self.phrase_docs[hit], value)
        scores = known * ((1 - PHRASE_SHARE) * totals + PHRASE_SHARE * best_phrase) / norm
        found = np.flatnonzero(totals)
        order = found[np.argsort(-scores[found], kind="stable")]
        return list(zip(scores[order].tolist(), order.tolist(), strict=True))

    def _word(self, token: str, topics: np.ndarray, idf_power: float) -> WordMatch:
        features = self.features(token)  # (topical: an unknown noun says more than a verb)
        importance = self.importance(features, idf_power)
        found = WordMatch(importance, self.analyzer.word(token).topical)
        if not any(f in self.postings for f in features):
            return found
        matched = best_match(features, self.postings, len(self.ids))
        # how well the index knows the word at all: a word found only weakly (a prefix
        # somewhere in an answer) is mostly unknown, not a word every topic fails to explain
        found.share = min(1.0, float(matched[topics].max()) / KNOWN_FULL)
        found.apart_share = min(1.0, float(matched.max()) / KNOWN_FULL)
        found.matched = matched
        found.phrase_where, found.phrase_value = sparse_best_match(features, self.phrases)
        return found

    def naming(self, tokens: list[str]) -> set[int]:
        """The documents whose title or a keyword the message has whole («pesel for my kid»)."""
        return self.names.found([self.features(t) for t in tokens])

    def keyword_is_all(
        self, tokens: list[str], doc: int, keywords: Callable[[int], list[list[str]]]
    ) -> bool:
        """Whether one of `doc`'s keywords (`keywords(doc)`: each as its content words) is
        the whole message, word for word in any of their forms («urzad pracy», «urząd pracy»:
        a keyword of work). A topic's keywords are made names when first asked (0.4 ms), and
        kept for the topics asked lately: every keyword of a thousand topics made names in the
        build cost the index a sixth more memory and build time."""
        words = list(dict.fromkeys(tokens))
        if not words:
            return False
        names = self.keyword_names.get(doc)
        if names is None:
            names = Names()
            for keyword in keywords(doc):
                names.add(doc, [self.analyzer.word(t).features for t in keyword])
            self.keyword_names[doc] = names
        return doc in names.whole([self.features(t) for t in words])

    def recall(self, tokens: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The recall ranking: a BM25 score per document over the same features as `score`
        (each question word counts once, through its best feature), and per document how
        many of the question's words it matches at all."""
        totals = np.zeros(len(self.ids), dtype=np.float32)
        words = np.zeros(len(self.ids), dtype=np.float32)
        for token in dict.fromkeys(tokens):
            features = {f: s for f, s in self.features(token).items() if f.startswith("k:")}
            matched = best_match(features, self.bm25, len(self.ids), cap=False)
            totals += matched
            words += matched > 0
        return totals, words

    def features(self, token: str) -> dict[str, float]:
        """A question word's features (not to be changed: they are kept for the next time)."""
        found = self._feature_cache.get(token)
        if found is None:
            found = self._feature_cache[token] = self._features(token)
        return found

    def _features(self, token: str) -> dict[str, float]:
        word = self.analyzer.word(token)
        features = dict(word.features)
        if self.spellings.guessed(token):
            # and weighs as one beside «pesel», written exactly
            features = {f: min(v, GUESSED_SPELLING) for f, v in features.items()}
        for other in self.synonyms.get(token, ()):  # (listed, not guessed)
            for feature, value in self.analyzer.word(other).features.items():
                if value * SYNONYM > features.get(feature, 0.0):
                    features[feature] = value * SYNONYM
        if any(f in self.postings for f in features if f.startswith("k:")):
            return features
        if word.known:
            # a word of the Ukrainian or Russian dictionary (also transliterated) is spelled
            # right: «погода», «pogoda» are not typos of «полгода»; typo correction is for
            # words no dictionary knows
            return features
        bare = token.isalpha() and text.is_latin(token) and not set(token) & set("aeiouy")
        self.typos.correct(text.keys(token), features, bare)
        return features

    def importance(self, features: dict[str, float], power: float = IDF_POWER) -> float:
        """The rarity of the word, by its most common known form (usually the lemma: «доньки»
        is as rare as «донька», not as its one inflected form); a word no document has as a
        word, lemma or stem counts as UNKNOWN_IDF, and no word counts more."""
        words = [
            rarity
            for f in features
            if f.startswith("k:") and (rarity := self.idf.get(f)) is not None
        ]
        if not words:
            return float(UNKNOWN_IDF**power)
        rarity = float(min(min(words), UNKNOWN_IDF) ** power)
        if not any(f in self.named for f in features if f.startswith("k:")):
            rarity *= CONTEXT
        return rarity
