"""The twenty-seventh session's content (docs/content-review.md, «The twenty-seventh session's
check»): registering a car brought from abroad, a residence permit on an umowa o dzieło asked in
English and Polish, a newborn's meldunek and permit, and the health contributions a reader meets
in early January 2027, as `infopoint ask` prints them on the shipped content."""

from __future__ import annotations

import pytest

from tests.shipped.test_known_gaps import plain, reply
from tests.shipped.test_twenty_sixth_content import DZIELO, answered_at

pytestmark = pytest.mark.slow  # the whole shipped content

CAR = "Car brought from abroad: registration (rejestracja pojazdu)"


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("how i register car from germany and change driving licence", "en"),
        ("bought a car in belgium, how long do i have to register it here", "en"),
        ("як перереєструвати машину з Німеччини на польські номери", "uk"),
        ("как поставить на учёт машину, пригнанную из Литвы", "ru"),
        ("jak zarejestrować auto sprowadzone z Niemiec", "pl"),
    ],
)
def test_a_car_brought_from_abroad_gets_its_registration_part(question, lang):
    """Tester 38 (F17): «how i register car from germany and change driving licence» got only
    the licence, with no word on the car; such questions were off-topic. Now the licence topic
    answers at once with the car's part: 30 days, the AKC-U excise declaration, the fines."""
    assert answered_at(question, lang) == ("driving_licence", CAR)
    shown = plain(question, lang)
    assert "AKC-U" in shown and "500" in shown and "180" in shown


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("umowa o dzielo and karta pobytu", "en"),
        ("i work on zlecenie, can i apply for karta pobytu", "en"),
        ("umowa o dzieło a karta pobytu", "pl"),
        ("czy umowa zlecenia wystarczy do karty pobytu", "pl"),
    ],
)
def test_english_and_polish_contract_questions_open_the_permit_part(question, lang):
    """English and Polish questions about a residence card on an umowa o dzieło or zlecenia got
    «did you mean» with Work first; now Legal stay answers at once at the contract's part."""
    assert answered_at(question, lang) == ("legal_stay", DZIELO)


def test_a_newborns_pesel_part_says_the_child_needs_its_own_permit():
    """The newborn's PESEL part said only «next steps have topics of their own»: now it says
    that a child of foreign parents needs a residence permit of its own, naming Legal stay's
    part for it, and (since the twenty-ninth session, the act on population records, art. 29
    and 40) that the USC does the baby's meldunek only for a Polish citizen's child, naming
    meldunek's part for a child (it said the USC registers every baby's address)."""
    question = (
        "our baby was born here, is the meldunek done automatically after we register the birth"
    )
    assert answered_at(question, "en") == ("pesel", "PESEL for a child")
    shown = plain(question, "en")
    assert "meldunek only if a parent is a Polish citizen" in shown
    assert "«Meldunek (address registration)», its part for a child" in shown
    assert "«A child born in Poland: residence permit»" in shown


@pytest.mark.parametrize(
    ("question", "lang", "when"),
    [
        ("how much is voluntary nfz insurance", "en", "announced after 15 January 2027"),
        ("ile kosztuje dobrowolne ubezpieczenie w NFZ", "pl", "ogłasza się po 15 stycznia 2027"),
    ],
)
def test_the_voluntary_nfz_fee_says_when_the_next_one_comes(question, lang, when):
    """Only «in January–March 2026 it was 830.58 zł» was given: read on 2 January 2027 it
    looked like the fee of nothing current. The answer now says when the January–March 2027
    fee is announced."""
    assert reply(question, lang)["matches"][0]["id"] == "health_insurance"
    assert when in plain(question, lang)
