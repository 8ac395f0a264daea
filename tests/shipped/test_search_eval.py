"""Floors under the search quality measured on tests/eval/questions.yaml (tuned on), the
held-out sets heldout.yaml ... heldout9.yaml (development sets by now; heldout9 was written
blind and used to calibrate answering at once and the parts), heldout10.yaml (written blind,
measured once, after the last change) and the main set's questions inside longer messages; see
bench/search_bench.py and docs/search.md for the full figures and the baselines. Set a little
under what the engine achieves, so that a change that makes answers worse fails here instead of
in the chat."""

from __future__ import annotations

import functools

import pytest

from bench.search_bench import (
    HELDOUT,
    HELDOUT2,
    HELDOUT3,
    HELDOUT4,
    HELDOUT5,
    HELDOUT6,
    HELDOUT7,
    HELDOUT8,
    HELDOUT9,
    HELDOUT10,
    LANGS,
    bm25_ranker,
    evaluate,
    load_eval,
    pool,
    searcher_ranker,
    tfidf_ranker,
    wrapped,
)
from bot import search
from bot.app import load_static
from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1, subprocesses or the whole content

FLOOR_TOP1 = 0.96
FLOOR_TOP3 = 0.98
FLOOR_LANGUAGE_TOP1 = 0.95
FLOOR_AT_ONCE = 0.92  # answered at once and right
FLOOR_OOS = 0.94
# Answered at once and wrong: at most 2 % of all held-out questions together, and in one set at
# most this share or two questions (a set of 60 has one question in 1.7 %)
CEILING_CONFIDENT_WRONG = 0.02
# Off-topic messages answered at once: at most 5 % of all held-out ones together
CEILING_OOS_AT_ONCE = 0.05
# Floors per held-out set: top-1, top-3, each language's top-1, answered at once and right
# (overall and in each language), out of scope left without any topic, the asked part first (at
# once, and counting the first «did you mean» candidate, which opens at its part)
HELD_OUT_FLOORS = {
    # 16 questions a language (one is 6 points), 8 out of scope (one is 12.5 points)
    HELDOUT: {"top1": 0.92, "top3": 0.95, "language_top1": 0.85, "at_once": 0.85, "oos": 0.70},
    # 15 questions a language (one is 7 points), 6 out of scope
    HELDOUT2: {"top1": 0.85, "top3": 0.90, "language_top1": 0.70, "at_once": 0.75, "oos": 0.80},
    # 30 a language (one is 3 points); from heldout4 on 32 out of scope, many sharing words
    # with the topics
    HELDOUT3: {"top1": 0.92, "top3": 0.96, "language_top1": 0.88, "at_once": 0.85, "oos": 0.80},
    HELDOUT4: {"top1": 0.92, "top3": 0.96, "language_top1": 0.85, "at_once": 0.82, "oos": 0.85},
    HELDOUT5: {"top1": 0.93, "top3": 0.97, "language_top1": 0.90, "at_once": 0.82, "oos": 0.80},
    HELDOUT6: {"top1": 0.93, "top3": 0.97, "language_top1": 0.92, "at_once": 0.82, "oos": 0.80},
    HELDOUT7: {"top1": 0.95, "top3": 0.96, "language_top1": 0.92, "at_once": 0.88, "oos": 0.80},
    HELDOUT8: {"top1": 0.92, "top3": 0.97, "language_top1": 0.83, "at_once": 0.82, "oos": 0.70},
    # 45 a language (one is 2.2 points), 12 out of scope a language; with the asked parts
    HELDOUT9: {
        "top1": 0.93,
        "top3": 0.95,
        "language_top1": 0.90,
        "at_once": 0.82,
        "language_at_once": 0.75,
        "oos": 0.85,
        "part": 0.72,
        "part_offered": 0.78,
    },
    # written blind, measured once after the last change of this round (docs/search.md)
    HELDOUT10: {
        "top1": 0.93,
        "top3": 0.96,
        "language_top1": 0.88,
        "at_once": 0.80,
        "language_at_once": 0.72,
        "oos": 0.85,
        "part": 0.75,
        "part_offered": 0.82,
    },
}
HELD_OUT = tuple(HELD_OUT_FLOORS)
# the main set's questions inside longer messages (greeting, story, question, thanks)
WRAPPED_TOP1 = 0.90
WRAPPED_TOP3 = 0.95


@pytest.fixture(scope="module")
def ours(searcher):  # type: ignore[no-untyped-def]
    """The bot's ranking, each question searched once for the whole module: the held-out
    sets are checked one by one and pooled, with the same questions (the search is pure)."""
    return functools.cache(searcher_ranker(searcher))


@pytest.fixture(scope="module")
def figures(ours) -> dict[str, dict[str, float]]:
    return evaluate(ours, load_eval())


def test_the_evaluation_set_is_big_enough_and_not_copied_from_the_content():
    questions = load_eval()
    assert all(len(questions[lang]) >= 50 for lang in LANGS)
    assert sum(len(questions[lang]) for lang in LANGS) >= 240
    assert len(questions["oos"]) >= 30
    _, kb = load_static(ROOT / "config.yaml")
    examples = {
        e.strip().lower()
        for lang in kb.languages.values()
        for t in lang.topics.values()
        for e in (*t.examples, *(e for part in t.part_examples for e in part))
    }
    sets = (questions, *(load_eval(p) for p in HELD_OUT))
    asked = [i["q"] for items in sets for lang in LANGS for i in items[lang]]
    # (a short message can be written the same way by two people: «child benefit poland» and
    # «рецепт сырников» of heldout9 were examples of the content and of the off-topic messages
    # before the set was written, blind)
    copied = [q for q in asked if q.strip().lower() in examples and len(q.split()) > 5]
    assert copied == []
    # nor are the out-of-scope messages copied into the off-topic examples
    off_topic = {m.strip().lower() for ms in search.load_data()["off_topic"].values() for m in ms}
    oos = [i["q"] for items in sets for i in items["oos"]]
    assert [q for q in oos if q.strip().lower() in off_topic and len(q.split()) > 5] == []


def test_overall_accuracy_stays_above_the_floor(figures):
    assert figures["all"]["top1"] >= FLOOR_TOP1
    assert figures["all"]["top3"] >= FLOOR_TOP3
    assert figures["all"]["at_once"] >= FLOOR_AT_ONCE


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_stays_above_the_floor(figures, lang):
    assert figures[lang]["top1"] >= FLOOR_LANGUAGE_TOP1


def test_out_of_scope_messages_stay_unanswered(figures):
    assert figures["all"]["oos"] >= FLOOR_OOS


def test_wrong_answers_given_at_once_stay_rare(figures):
    assert figures["all"]["confident_wrong"] <= CEILING_CONFIDENT_WRONG


@pytest.mark.parametrize("path", HELD_OUT, ids=lambda p: p.name)
def test_every_held_out_set_stays_above_its_floor(ours, path):
    figures = evaluate(ours, load_eval(path))
    floor = HELD_OUT_FLOORS[path]
    overall = figures["all"]
    assert overall["top1"] >= floor["top1"]
    assert overall["top3"] >= floor["top3"]
    assert overall["at_once"] >= floor["at_once"]
    assert all(figures[lang]["top1"] >= floor["language_top1"] for lang in LANGS)
    if "language_at_once" in floor:
        assert all(figures[lang]["at_once"] >= floor["language_at_once"] for lang in LANGS)
    assert overall["oos"] >= floor["oos"]
    assert overall["confident_wrong"] <= max(CEILING_CONFIDENT_WRONG, 2 / overall["n"])
    if "part" in floor:
        assert overall["part"] >= floor["part"]
    if "part_offered" in floor:  # counting the part the first «did you mean» candidate opens at
        assert overall["part_offered"] >= floor["part_offered"]


def test_on_all_held_out_questions_wrong_or_off_topic_answers_at_once_stay_rare(ours):
    figures = evaluate(ours, pool(*(load_eval(p) for p in HELD_OUT)))
    assert figures["all"]["confident_wrong"] <= CEILING_CONFIDENT_WRONG
    assert figures["all"]["oos_at_once"] <= CEILING_OOS_AT_ONCE


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("my cat got her rabies vaccine yesterday and now she sleeps all day, is it ok", "en"),
        ("как продлить российский паспорт через консульство в польше", "ru"),
    ],
)
def test_a_message_the_off_topic_examples_explain_nearly_as_well_is_not_answered_outright(
    searcher: search.Searcher, message: str, lang: str
) -> None:
    """A pet's vaccine shares words with healthcare, another country's passport with legal
    stay; the off-topic examples explain each almost as well (tuning.OFF_AT_ONCE), so the person
    is asked «did you mean» instead of getting a topic's answer outright."""
    assert not searcher.search(message, lang).confident


def test_unseen_questions_find_their_topic_more_often_than_with_bm25_or_char_ngrams(ours):
    """On all held-out questions together, in every language, the first answer is right more
    often than plain BM25's (rank-bm25) and than character n-gram TF-IDF's over the same
    content."""
    _, kb = load_static(ROOT / "config.yaml")
    unseen = pool(*(load_eval(p) for p in HELD_OUT))
    mine = evaluate(ours, unseen)
    for baseline in (bm25_ranker(kb, load_eval()), tfidf_ranker(kb, load_eval())):
        theirs = evaluate(baseline, unseen)
        for lang in LANGS:
            assert mine[lang]["top1"] > theirs[lang]["top1"], lang


def test_a_question_inside_a_longer_message_is_still_found(searcher):
    figures = evaluate(searcher_ranker(searcher), wrapped(load_eval()))
    assert figures["all"]["top1"] >= WRAPPED_TOP1
    assert figures["all"]["top3"] >= WRAPPED_TOP3
