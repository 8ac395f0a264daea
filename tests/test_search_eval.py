"""Floors under the search quality measured on tests/eval/questions.yaml (see
bench/search_bench.py for the full figures and the BM25 baseline). Set a little under what the
engine achieves, so that a change that makes answers worse fails here instead of in the chat."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.search_bench import LANGS, evaluate, load_eval, searcher_ranker
from bot import search
from bot.app import load_static

ROOT = Path(__file__).resolve().parent.parent
FLOOR_TOP1 = 0.85
FLOOR_TOP3 = 0.90
FLOOR_LANGUAGE_TOP1 = 0.78
FLOOR_OOS = 0.85
CEILING_CONFIDENT_WRONG = 0.02


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
        for lang in kb.languages.values() for t in lang.topics.values() for e in t.examples
    }
    asked = [i["q"] for lang in LANGS for i in questions[lang]]
    copied = [q for q in asked if q.strip().lower() in examples]
    assert copied == []


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
