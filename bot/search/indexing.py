"""Building an index: the documents' fields collected as numbers, then frozen into arrays in a
few numpy operations.

A field's distinct words are numbered in a table of analysed words (each word's features, as
numbers of the process's vocabulary, and their strengths) and kept as (field, word, count). What
each feature is worth is then computed for every field at once, not word by word in Python:

* to a document (its postings): its best strength in any of the document's fields times that
  field's weight;
* to a phrase (a title, keyword or example, matched whole): its best strength in the phrase
  times the field's full weight;
* to its rarity: per document the largest share any of its fields gives (tuning.DF_SHARE);
* to the recall ranking (BM25): per document the sum of its strengths times the word's count.

Every sum is added in the order the words came, and every rarity's logarithm is Python's, so an
index is the same bit for bit as one built word by word; the features are kept in the order they
first came (typo corrections prefer the first of equally close words). The fields are reduced
to per-document rows every CHUNK words, which keeps the temporary arrays small; rows.py keeps
those rows and freezes them."""

from __future__ import annotations

from array import array
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain

import numpy as np

from bot import memory
from bot.search import text
from bot.search.morph import Analyzer
from bot.search.names import Spellings
from bot.search.postings import FeatureValues, Postings
from bot.search.rows import Rows
from bot.search.sorting import (
    DENSE,
    Places,
    best_of,
    first_and_best,
    grouped,
    stable_order,
    unique_inverse,
)
from bot.search.tuning import DF_SHARE, FIELD_WEIGHTS, PART_OF_PHRASE
from bot.search.vocabulary import FEATURES

CHUNK = 100_000  # the fields' words reduced at a time
# between the fields of a document tokenised together: a word of its own (text.tokens keeps it
# whole: the newlines part it from its neighbours) that no field has
_SENTINEL = "龘"
_SEPARATOR = f"\n{_SENTINEL}\n"
_KINDS = ("title", "keyword", "example", "answer")
_KIND_NUMBER = {kind: at for at, kind in enumerate(_KINDS)}
_FIELD_WEIGHT = np.array([FIELD_WEIGHTS[kind] for kind in _KINDS])
_DF_SHARE = np.array([DF_SHARE[kind] for kind in _KINDS])
_PARTIAL = np.array([kind in ("title", "keyword") for kind in _KINDS])  # see _reduce


@dataclass
class Frozen:
    """What `Builder.finish` makes of the fields."""

    postings: Postings  # feature -> (documents, best weight)
    phrases: Postings  # feature -> (phrases, weight)
    bm25: Postings  # "k:" feature -> (documents, BM25 weight)
    idf: FeatureValues  # feature -> its rarity
    phrase_docs: np.ndarray  # phrase -> its document
    phrase_lens: np.ndarray  # phrase -> how many distinct content words it has
    named: set[str]  # the strong word features of titles and keywords


class _Numbers(dict[str, int]):
    """token -> its number; a token not yet seen is numbered when first looked up."""

    def __init__(self, add: Callable[[str, bool], int], transliterated: bool) -> None:
        super().__init__()
        self._add = add
        self._transliterated = transliterated

    def __missing__(self, token: str) -> int:
        number = self[token] = self._add(token, self._transliterated)
        return number


class Builder:
    def __init__(
        self, analyzer: Analyzer, spellings: Spellings, is_stopword: Callable[[str], bool]
    ) -> None:
        self.analyzer = analyzer
        self.spellings = spellings
        self.is_stopword = is_stopword
        # the words seen: token -> number, one table for answers' words and one for the rest
        # (`transliterated`); per number, whether it is a stop word and where its features
        # start in the three arrays below (a stop word has none)
        self._numbers: tuple[dict[str, int], dict[str, int]] = (
            _Numbers(self._add_word, False),
            _Numbers(self._add_word, True),
        )
        self.tokens: list[str] = []  # number -> its token (in either table)
        self.read = array("i")  # the last document's tokens, as numbers (stop words too)
        self._stop = array("b")
        self._start = array("q", [0])
        self._feature = array("i")  # the feature's number in the vocabulary (FEATURES)
        self._strength = array("d")
        self._keyed = array("b")  # 1 for a word feature ("k:"), counted by the recall ranking
        self.named: set[int] = set()  # features of titles' and keywords' words (Index.named)
        self.documents = 0
        self._chunk_first_doc = 0
        self._phrases = 0
        self._phrase_doc = array("i")  # phrase -> its document
        self._phrase_len = array("f")  # phrase -> how many distinct content words it has
        self._length = array("d")  # document -> how many content words it has
        self._seen = 0  # feature entries of earlier chunks (where a feature first came)
        self.rows = Rows()  # what each chunk leaves for the end
        self._new_chunk()

    def _new_chunk(self) -> None:
        """(New arrays, not emptied ones: the last chunk's numpy views may still hold them.)"""
        # fields, numbered from 0 in each chunk
        self._doc = array("i")
        self._kind = array("b")  # _KINDS
        self._apart = array("b")
        self._size = array("i")  # how many words (stop words too)
        self._words = array("i")  # the fields' words, in order

    def document(self, doc: int, fields: list[tuple[str, str]], apart: bool) -> list[list[str]]:
        """All fields of `doc`, (kind, text) each, tokenised in one go (a document has hundreds
        of short fields: its examples in four languages); returns each field's tokens."""
        values = [value for _, value in fields]
        found: list[list[str]] = []
        if any(_SENTINEL in value for value in values):  # (never in real content)
            found = [text.tokens(value) for value in values]
        else:
            tokens = text.tokens(_SEPARATOR.join(values))
            start = 0
            for _ in fields:
                try:
                    stop = tokens.index(_SENTINEL, start)
                except ValueError:  # the last field
                    stop = len(tokens)
                found.append(tokens[start:stop])
                start = stop + 1
        begin = len(self._words)
        self._fields(doc, [kind for kind, _ in fields], found, apart)
        self.read = self._words[begin:]
        self._document_done()
        return found

    def _fields(self, doc: int, kinds: list[str], tokens: list[list[str]], apart: bool) -> None:
        """The fields of `doc` (titles, keywords, examples, answers; each field's tokens in
        order), numbered a run of fields at a time: each run of answers, each run of the others
        (one word table each), not field by field (a document has hundreds of fields)."""
        self._doc.extend([doc] * len(kinds))
        self._kind.extend(map(_KIND_NUMBER.__getitem__, kinds))
        self._apart.extend([apart] * len(kinds))
        self._size.extend(map(len, tokens))
        answers = [kind == "answer" for kind in kinds]
        bounds = [at for at in range(1, len(kinds)) if answers[at] != answers[at - 1]]
        for start, stop in zip([0, *bounds], [*bounds, len(kinds)], strict=True):
            # (the known words found in C, no Python step each; the new ones numbered in the
            # order they came: a word twice in a run is new only the first time)
            find = self._numbers[kinds[start] != "answer"].__getitem__
            self._words.extend(map(find, chain.from_iterable(tokens[start:stop])))

    def _add_word(self, token: str, transliterated: bool) -> int:
        stop = self.is_stopword(token)
        self._stop.append(stop)
        self.tokens.append(token)
        if not stop:
            self.spellings.add(token)
            features = self.analyzer.word(token, transliterated).features
            self._feature.extend(FEATURES.numbers(features))
            self._strength.extend(features.values())
            self._keyed.extend(f.startswith("k:") for f in features)
        self._start.append(len(self._feature))
        return len(self._start) - 2

    def _document_done(self) -> None:
        """After each document's fields: a chunk ends only between documents."""
        self.documents += 1
        if len(self._words) >= CHUNK:
            self._reduce()

    # --- freezing ---------------------------------------------------------------------------
    def _reduce(self) -> None:
        """This chunk's fields -> rows per (document, feature) and per (phrase, feature)."""
        fields = len(self._doc)
        first_doc, docs = self._chunk_first_doc, self.documents - self._chunk_first_doc
        self._chunk_first_doc = self.documents
        if not fields:
            self._length.extend([0.0] * docs)
            return
        kind = np.frombuffer(self._kind, dtype=np.int8)
        field_doc = np.frombuffer(self._doc, dtype=np.int32)
        # the fields' content words (not stop words), each distinct one once with its count,
        # in the order they first came
        words = np.frombuffer(self._words, dtype=np.int32)
        of_field = np.repeat(np.arange(fields, dtype=np.int64), self._size)
        content = np.frombuffer(self._stop, dtype=np.int8)[words] == 0
        words, of_field = words[content].astype(np.int64), of_field[content]
        tokens = np.bincount(of_field, minlength=fields)  # content words per field
        distinct, order, at = grouped(of_field * len(self._stop) + words)
        first = order[at]  # (the order is stable: a run's first is where the word first came)
        count = np.diff(np.r_[at, len(order)]).astype(np.float64)
        in_order = stable_order(first)
        distinct, count = distinct[in_order], count[in_order]
        entry_field, word = distinct // len(self._stop), distinct % len(self._stop)
        del words, of_field, content, distinct, first, in_order
        lengths = np.bincount(field_doc - first_doc, weights=tokens, minlength=docs)
        self._length.extend(lengths.tolist())
        # a field's weights; a title or keyword of several words is a phrase, each of its
        # words not the whole sign ("karta" of "Niebieska Karta")
        weight = _FIELD_WEIGHT[kind] * np.where(_PARTIAL[kind] & (tokens > 1), PART_OF_PHRASE, 1.0)
        apart = np.frombuffer(self._apart, dtype=np.int8) == 1
        share = np.where(apart, 0.0, _DF_SHARE[kind])
        whole = _FIELD_WEIGHT[kind]
        phrase = np.full(fields, -1, dtype=np.int64)
        phrased = kind != _KINDS.index("answer")
        phrase[phrased] = np.arange(int(phrased.sum())) + self._phrases
        self._phrases += int(phrased.sum())
        self._phrase_doc.extend(field_doc[phrased].tolist())
        distinct_words = np.bincount(entry_field, minlength=fields)
        self._phrase_len.extend(np.maximum(1, distinct_words[phrased]).tolist())

        # every feature of every entry
        start = np.frombuffer(self._start, dtype=np.int64)
        sizes = start[word + 1] - start[word]
        entry = np.repeat(np.arange(len(word)), sizes)
        first = np.cumsum(sizes) - sizes
        at = np.arange(int(sizes.sum())) - first[entry] + start[word][entry]
        feature = np.frombuffer(self._feature, dtype=np.int32)[at].astype(np.int64)
        strength = np.frombuffer(self._strength, dtype=np.float64)[at]
        keyed = np.frombuffer(self._keyed, dtype=np.int8)[at].astype(bool)
        field = entry_field[entry]
        count = count[entry]
        position = np.arange(len(feature), dtype=np.int64) + self._seen  # where it first came
        self._seen += len(feature)
        del at, entry, first, sizes
        # the features of titles' and keywords' words (strong ones: a word, lemma or stem)
        named = _PARTIAL[kind][field] & ~apart[field] & keyed & (strength >= 0.9)
        # (a set, not np.unique: that imports numpy.ma, 1.2 MB, to ask whether it is masked)
        self.named.update(feature[named].tolist())

        doc = field_doc.astype(np.int64)
        size = len(FEATURES)
        # the recall ranking's term frequencies: strength × count, summed in the words' order
        # (the chunk's documents by its features in a dense array, unless it would be too big)
        places = Places(docs, feature, size) if docs * len(feature) else None
        if places is not None and places.size > DENSE:
            places = None
        tf_values = strength[keyed] * count[keyed]
        if places is not None:
            at = places.at(doc[field[keyed]] - first_doc, feature[keyed])
            taken = places.taken(at)
            tf_doc, tf_feature = places.pairs(taken)
            tf = places.sums(at, tf_values, taken)
            self.rows.keep("tf", tf_doc + first_doc, tf_feature, tf)
            del at, taken, tf_doc, tf_feature
        else:
            tf_keys, tf_at = unique_inverse(doc[field[keyed]] * size + feature[keyed])
            tf = np.bincount(tf_at, weights=tf_values)
            self.rows.keep("tf", tf_keys // size, tf_keys % size, tf)
            del tf_keys, tf_at
        del tf, tf_values, count, keyed

        # per field: each feature's best strength, and where it first came
        keys = field.astype(np.int64) * size + feature
        keys, first_at, best = first_and_best(keys, strength, position)
        of, feature = keys // size, keys % size  # (field, feature) rows
        del field, strength, position, keys
        own = phrase[of] >= 0
        self.rows.came(size, feature, first_at, own)
        self.rows.keep("phrase", phrase[of][own], feature[own], whole[of][own] * best[own])
        del own, first_at
        weight, share = weight[of], share[of]
        if places is not None:
            at = places.at(doc[of] - first_doc, feature)
            del of, feature
            taken = places.taken(at)
            found = places.maxima(at, weight * best, taken)
            shares = places.maxima(at, share, taken)
            del at
            in_doc, feature = places.pairs(taken)
            self.rows.keep("posting", in_doc + first_doc, feature, found)
        else:
            in_doc = doc[of] * size + feature
            del of, feature
            keys, found = best_of(in_doc, weight * best)
            self.rows.keep("posting", keys // size, keys % size, found)
            keys, shares = best_of(in_doc, share)
            feature = keys % size
        given = shares > 0
        self.rows.share(size, feature[given], shares[given])

        self._new_chunk()

    def finish(self, apart: bool) -> Frozen:
        """`apart`: whether one of the documents is the one apart (it counts for no word's
        rarity)."""
        self._reduce()
        self._numbers = ({}, {})  # (they hold the builder: freed now, not by a collection)
        memory.give_back()  # (the chunks' freed arrays, before the freeze's: a lower peak)
        postings, phrases, recall, idf = self.rows.freeze(
            self.documents - apart, self._length.tolist()
        )
        return Frozen(
            postings,
            phrases,
            recall,
            idf,
            np.array(self._phrase_doc, dtype=np.int32),
            np.array(self._phrase_len, dtype=np.float32),
            {FEATURES.words[number] for number in self.named},
        )
