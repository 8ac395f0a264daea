"""Tester 41's search misses (docs/search.md, «Tester 41's search misses»): a student's visa
extension (uk, pl; ru said without «продлить») opens legal_stay at «For studies», not the whole
topic; a worker who first says where they are from («я из беларуси, …») still gets employment's
«Changing employer», as without it. Through the real search on the shipped content. (The
ambulance named alone: tests/features/urgent/test_medical.py.)"""

from __future__ import annotations

import pytest

from tests.shipped.conftest import at_once

pytestmark = pytest.mark.slow  # the whole shipped content

STUDIES = ("legal_stay", "For studies (a student's residence permit)")
CHANGING = ("employment", "Changing employer: work permit, residence card")


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # F9: the whole legal stay topic before (English «student visa extension» still is:
        # docs/search.md, «Tester 41's search misses»)
        ("заканчивается студенческая виза, что делать", "ru", STUDIES),
        ("як продовжити студентську візу", "uk", STUDIES),
        ("przedłużenie wizy studenckiej", "pl", STUDIES),
        # F6: the whole employment topic before (the nationality matched «Who may work»)
        (
            "я из беларуси, работаю по карте побыту, хочу сменить работодателя, что нужно",
            "ru",
            CHANGING,
        ),
        ("хочу сменить работодателя", "ru", CHANGING),
        (
            "я з білорусі, працюю по карті побиту, хочу змінити роботодавця, що потрібно",
            "uk",
            CHANGING,
        ),
        ("I'm from Belarus, I work on a karta pobytu, I want to change employer", "en", CHANGING),
    ],
)
def test_tester_41s_miss_is_answered_at_once_at_its_part(searcher, question, lang, expected):
    assert at_once(searcher, question, lang) == expected
