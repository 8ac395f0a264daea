"""Tester 36's search misses (docs/search.md, «Tester 36's search misses»): a Russian mother's
«где ночевать сегодня с детьми» (the homelessness part at once, as in Ukrainian); «we just
arrived with the children, what to do» (the checklist «First steps», not PESEL); a student's
NFZ, residence permit and work; a Polish neighbour asking for someone else («pójść z nią»:
the accompaniment service); transliterated and surzhyk questions. Through the real search on
the shipped content, and through the real core for what a person sees."""

from __future__ import annotations

import pytest

from tests.shipped.conftest import at_once

pytestmark = pytest.mark.slow  # the whole shipped content

HOMELESS = ("housing", "Nowhere to live or sleep (homelessness)")
FIRST_STEPS = ("first_steps", None)


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        ("где ночевать сегодня с детьми", "ru", HOMELESS),
        ("де ночувати сьогодні з дітьми", "uk", HOMELESS),
        ("ми щойно приїхали з двома дітьми, шо робити", "uk", FIRST_STEPS),
        ("мы только приехали с детьми что делать", "ru", FIRST_STEPS),
        ("we just arrived with 2 children, what should we do", "en", FIRST_STEPS),
        ("dopiero przyjechałam z synem, co mam zrobić", "pl", FIRST_STEPS),
    ],
)
def test_the_question_is_answered_at_once_at_its_part(searcher, question, lang, expected):
    assert at_once(searcher, question, lang) == expected


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        ("песель для дитини", "uk", ("pesel", "PESEL for a child")),
        ("pesel dla dziecka", "pl", ("pesel", "PESEL for a child")),
        ("нам негде спать", "ru", HOMELESS),
    ],
)
def test_near_questions_keep_their_answer(searcher, question, lang, expected):
    assert at_once(searcher, question, lang) == expected
