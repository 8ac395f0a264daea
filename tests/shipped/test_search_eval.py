"""Floors under the search quality measured on tests/eval/questions.yaml (tuned on), the
held-out sets heldout.yaml ... heldout7.yaml (development sets by now), heldout8.yaml (blind,
measured once) and the main set's questions inside longer messages; see bench/search_bench.py and
docs/search.md for the full figures and the BM25 baseline. Set a little under what the engine
achieves, so that a change that makes answers worse fails here instead of in the chat."""

from __future__ import annotations

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
    LANGS,
    bm25_ranker,
    evaluate,
    load_eval,
    pool,
    searcher_ranker,
    wrapped,
)
from bot import search
from bot.app import load_static
from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1, subprocesses or the whole content

FLOOR_TOP1 = 0.94
FLOOR_TOP3 = 0.97
FLOOR_LANGUAGE_TOP1 = 0.92
FLOOR_OOS = 0.94
CEILING_CONFIDENT_WRONG = 0.02
# Floors per held-out set (top-1, top-3, each language's top-1, out of scope left unanswered)
HELD_OUT_FLOORS = {
    # 16 questions a language (one is 6 points), 8 out of scope (one is 12.5 points)
    HELDOUT: {"top1": 0.86, "top3": 0.92, "language_top1": 0.75, "oos": 0.70},
    # 15 questions a language (one is 7 points), 6 out of scope
    HELDOUT2: {"top1": 0.83, "top3": 0.90, "language_top1": 0.70, "oos": 0.80},
    # 30 a language (one is 3 points), 16 out of scope; written blind
    HELDOUT3: {"top1": 0.90, "top3": 0.95, "language_top1": 0.80, "oos": 0.80},
    # 30 a language, 32 out of scope each, with longer messages and off-topic messages that
    # share words with the topics; all but 8 are development sets now, 8 was measured once
    HELDOUT4: {"top1": 0.88, "top3": 0.92, "language_top1": 0.80, "oos": 0.70},
    HELDOUT5: {"top1": 0.88, "top3": 0.95, "language_top1": 0.80, "oos": 0.70},
    HELDOUT6: {"top1": 0.88, "top3": 0.95, "language_top1": 0.85, "oos": 0.70},
    HELDOUT7: {"top1": 0.92, "top3": 0.96, "language_top1": 0.90, "oos": 0.75},
    HELDOUT8: {"top1": 0.88, "top3": 0.96, "language_top1": 0.83, "oos": 0.70},
}
HELD_OUT = tuple(HELD_OUT_FLOORS)
# the main set's questions inside longer messages (greeting, story, question, thanks)
WRAPPED_TOP1 = 0.84
WRAPPED_TOP3 = 0.92


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, float]]:
    settings, kb = load_static(ROOT / "config.yaml")
    return evaluate(searcher_ranker(search.build(kb, settings)), load_eval())


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
        for e in t.examples
    }
    sets = (questions, *(load_eval(p) for p in HELD_OUT))
    asked = [i["q"] for items in sets for lang in LANGS for i in items[lang]]
    copied = [q for q in asked if q.strip().lower() in examples]
    assert copied == []
    # nor are the out-of-scope messages copied into the off-topic examples
    off_topic = {m.strip().lower() for ms in search.load_data()["off_topic"].values() for m in ms}
    oos = [i["q"] for items in sets for i in items["oos"]]
    assert [q for q in oos if q.strip().lower() in off_topic] == []


def test_overall_accuracy_stays_above_the_floor(figures):
    assert figures["all"]["top1"] >= FLOOR_TOP1
    assert figures["all"]["top3"] >= FLOOR_TOP3


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_stays_above_the_floor(figures, lang):
    assert figures[lang]["top1"] >= FLOOR_LANGUAGE_TOP1


def test_out_of_scope_messages_stay_unanswered(figures):
    assert figures["all"]["oos"] >= FLOOR_OOS


def test_wrong_answers_given_with_confidence_stay_rare(figures):
    assert figures["all"]["confident_wrong"] <= CEILING_CONFIDENT_WRONG


@pytest.mark.parametrize("path", HELD_OUT, ids=lambda p: p.name)
def test_every_held_out_set_stays_above_its_floor(path):
    settings, kb = load_static(ROOT / "config.yaml")
    figures = evaluate(searcher_ranker(search.build(kb, settings)), load_eval(path))
    floor = HELD_OUT_FLOORS[path]
    assert figures["all"]["top1"] >= floor["top1"]
    assert figures["all"]["top3"] >= floor["top3"]
    assert all(figures[lang]["top1"] >= floor["language_top1"] for lang in LANGS)
    assert figures["all"]["oos"] >= floor["oos"]
    assert figures["all"]["confident_wrong"] <= CEILING_CONFIDENT_WRONG


def test_unseen_questions_find_their_topic_more_often_than_with_plain_bm25():
    """On all held-out questions together, in every language, the first answer is right more
    often than plain BM25's (rank-bm25 over the same content)."""
    settings, kb = load_static(ROOT / "config.yaml")
    unseen = pool(*(load_eval(p) for p in HELD_OUT))
    ours = evaluate(searcher_ranker(search.build(kb, settings)), unseen)
    bm25 = evaluate(bm25_ranker(kb, load_eval()), unseen)
    for lang in LANGS:
        assert ours[lang]["top1"] > bm25[lang]["top1"], lang


def test_a_question_inside_a_longer_message_is_still_found():
    settings, kb = load_static(ROOT / "config.yaml")
    figures = evaluate(searcher_ranker(search.build(kb, settings)), wrapped(load_eval()))
    assert figures["all"]["top1"] >= WRAPPED_TOP1
    assert figures["all"]["top3"] >= WRAPPED_TOP3
