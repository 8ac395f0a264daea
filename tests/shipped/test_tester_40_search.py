"""Tester 40's search misses (docs/search.md, «Tester 40's search misses»): travelling home while
waiting for the residence card opens legal_stay at its travel part, not the PESEL UKR part nor
«did you mean»; working for another employer with a karta pobytu opens employment's «Changing
employer»; «no place in the kindergarten» opens the new part that says what to do; a letter from
the tax office opens income tax, not other free legal help. Through the real search on the
shipped content (heldout55 measures the variants)."""

from __future__ import annotations

import pytest

from tests.shipped.conftest import at_once

pytestmark = pytest.mark.slow  # the whole shipped content

TRAVEL = ("legal_stay", "Travelling abroad while you wait for the decision")
CHANGING = ("employment", "Changing employer: work permit, residence card")
NO_PLACE = ("children_school", "No place in a kindergarten (brak miejsc w przedszkolu)")
TAX_OFFICE = ("income_tax", "Your tax office: help and pitfalls")


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # F3: the PESEL UKR part (uk), «did you mean» (en), the whole topic (pl) before
        ("чи можна поїхати додому в україну поки чекаю на карту побиту", "uk", TRAVEL),
        ("можно ли выехать из польши пока жду карту побыту", "ru", TRAVEL),
        ("can i travel outside poland while waiting for my residence card", "en", TRAVEL),
        ("czy mogę wyjechać z polski jak czekam na kartę pobytu", "pl", TRAVEL),
        # F4: «did you mean» before
        ("чи можна працювати по карті побиту в іншого роботодавця", "uk", CHANGING),
        ("можно ли работать по карте побыту с другим работодателем", "ru", CHANGING),
        # F14: school enrolment's steps before
        ("у ребенка нет места в садике что делать", "ru", NO_PLACE),
        ("нема місця в садочку що робити", "uk", NO_PLACE),
        ("no place in kindergarten, what to do?", "en", NO_PLACE),
        ("brak miejsc w przedszkolu co robić", "pl", NO_PLACE),
        # F17: free legal aid's «Other free help» before
        (
            "мне пришло письмо из урзонд скарбовы, не понимаю что хотят, что делать",
            "ru",
            TAX_OFFICE,
        ),
        ("got a letter from the tax office and dont understand it", "en", TAX_OFFICE),
        ("przyszło pismo z urzędu skarbowego, co robić", "pl", TAX_OFFICE),
    ],
)
def test_tester_40s_miss_is_answered_at_once_at_its_part(searcher, question, lang, expected):
    assert at_once(searcher, question, lang) == expected
