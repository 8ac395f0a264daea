"""The twenty-eighth session's content (docs/content-review.md, «The twenty-eighth session's
check»): a car brought from abroad now says how much excise and how much the registration costs,
as `infopoint ask` prints it on the shipped content."""

from __future__ import annotations

import pytest

from tests.shipped.test_known_gaps import plain
from tests.shipped.test_twenty_seventh_content import CAR
from tests.shipped.test_twenty_sixth_content import answered_at

pytestmark = pytest.mark.slow  # the whole shipped content


@pytest.mark.parametrize(
    ("question", "lang", "rates", "fee"),
    [
        ("how much excise do i pay for a car from germany", "en", ("3.1%", "18.6%"), "160 zł"),
        ("скільки акцизу платити за авто з Німеччини", "uk", ("3,1%", "18,6%"), "160 зл"),
        ("какой акциз на машину из Германии", "ru", ("3,1%", "18,6%"), "160 зл."),
        (
            "ile kosztuje rejestracja auta sprowadzonego z zagranicy",
            "pl",
            ("3,1%", "18,6%"),
            "160 zł",
        ),
    ],
)
def test_a_car_from_abroad_says_the_excise_rate_and_the_fee(question, lang, rates, fee):
    """The car's part said to pay the excise and a fee «ask the office for the amount»: someone
    deciding whether to bring a car could not tell what it costs. It now gives the rates of the
    excise act by engine size, 30 days to pay, and the county pages' 160 zł."""
    assert answered_at(question, lang) == ("driving_licence", CAR)
    shown = plain(question, lang)
    assert all(rate in shown for rate in rates)
    assert fee in shown
