"""The n-gram vocabulary: compact, exact, and not grown by what people ask."""

from __future__ import annotations

from bot.search.ngrams import grams
from bot.search.vocabulary import Grams

WORDS = ["pesel", "мельдунек", "ąęźż", "ქართული", "中文", "🙂ok", "x", "toolongforone"]


def test_every_ngram_keeps_its_number_and_spelling_through_a_freeze():
    vocabulary = Grams()
    written = [g for word in WORDS for g in grams(word)]
    numbers = vocabulary.numbers(written)
    assert [vocabulary.word(n) for n in numbers] == written
    vocabulary.freeze()
    assert vocabulary.find(written).tolist() == numbers
    assert vocabulary.numbers(written) == numbers  # known: no new numbers
    assert len(vocabulary) == len(set(written))


def test_a_question_adds_nothing_and_finds_only_known_ngrams():
    vocabulary = Grams()
    known = vocabulary.numbers(grams("pesel"))
    vocabulary.freeze()
    before = len(vocabulary)
    asked = grams("pesel") + grams("bitcoin") + grams("中国")
    found = vocabulary.find(asked).tolist()
    assert found[: len(known)] == known
    assert set(found[len(known) :]) <= {-1, *known}  # ("pe", "el" ... are pesel's too)
    assert len(vocabulary) == before
    assert vocabulary.find(grams("中国")).tolist() == [-1] * len(grams("中国"))


def test_ngrams_numbered_while_another_index_is_built_are_found_before_and_after_a_freeze():
    vocabulary = Grams()
    first = vocabulary.numbers(grams("pesel"))
    vocabulary.freeze()
    second = vocabulary.numbers(grams("meldunek"))
    assert vocabulary.find(grams("meldunek")).tolist() == second  # not frozen yet
    vocabulary.freeze()
    assert vocabulary.find(grams("meldunek")).tolist() == second
    assert vocabulary.find(grams("pesel")).tolist() == first
