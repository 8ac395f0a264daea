"""Tester 41's search misses (docs/search.md, «Tester 41's search misses»): a student's visa
extension opens legal_stay at «For studies», not the whole topic, in the four languages, while a
visa extension that names no studies keeps the temporary permit's part; a worker who first says
where they are from («я из беларуси, …») still gets employment's «Changing employer», as without
it. Through the real search on the shipped content. (The ambulance named alone:
tests/features/urgent/test_medical.py.)"""

from __future__ import annotations

import pytest

from tests.shipped.conftest import at_once

pytestmark = pytest.mark.slow  # the whole shipped content

STUDIES = ("legal_stay", "For studies (a student's residence permit)")
TEMPORARY = ("legal_stay", "How to get a temporary residence permit")
CHANGING = ("employment", "Changing employer: work permit, residence card")


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # F9: the whole legal stay topic before (the English and the Russian with «продлить»
        # until the close call of two parts went to the one whose heading names «student»)
        ("заканчивается студенческая виза, что делать", "ru", STUDIES),
        ("як продовжити студентську візу", "uk", STUDIES),
        ("przedłużenie wizy studenckiej", "pl", STUDIES),
        ("student visa extension", "en", STUDIES),
        ("как продлить студенческую визу", "ru", STUDIES),
        ("jak przedłużyć wizę studencką", "pl", STUDIES),
        # ... and a visa extension said without studies keeps its part
        ("visa extension kaise kare", "en", TEMPORARY),
        ("how to extend my visa", "en", TEMPORARY),
        ("продлить визу", "ru", TEMPORARY),
        ("як продовжити візу", "uk", TEMPORARY),
        ("jak przedłużyć wizę", "pl", TEMPORARY),
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
