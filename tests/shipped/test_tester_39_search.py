"""Tester 39's search misses (docs/search.md, «Tester 39's search misses»): waiting a year for
the residence card in Ukrainian opens legal_stay at its waiting part (ponaglenie) as in the other
three languages, and a train ticket's price opens public_transport at the trains, not the city
buses. Through the real search on the shipped content (heldout51 measures the variants)."""

from __future__ import annotations

import pytest

from tests.shipped.conftest import at_once

pytestmark = pytest.mark.slow  # the whole shipped content

WAITING = ("legal_stay", "Waiting for the decision: how long it takes, delays (ponaglenie)")
WORKING = ("legal_stay", "Working while you wait for the decision")
TRAINS = ("public_transport", "Trains and coaches")
BUSES = ("public_transport", "City buses in Starachowice")


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # F3: the whole topic (short stays first) before
        ("карта побиту вже рік чекаю децизії, шо робити", "uk", WAITING),
        ("карта побиту вже рік чекаю рішення", "uk", WAITING),
        ("чекаю на карту побиту вже рік", "uk", WAITING),
        ("рік чекаю на рішення по карті побиту", "uk", WAITING),
        ("чекаю карту побиту вже два роки що робити", "uk", WAITING),
        ("жду карту побыту уже год", "ru", WAITING),
        ("полтора года жду карту побыту", "ru", WAITING),
        ("i have been waiting a year for my residence card decision", "en", WAITING),
        ("od roku czekam na decyzję w sprawie karty pobytu", "pl", WAITING),
        # a year's wait and a question about work: the work part, as before
        ("вже рік чекаю карту побиту, чи можна поки працювати", "uk", WORKING),
        # F13: the city buses before (en: the whole topic)
        ("скільки коштує квиток на потяг до кракова", "uk", TRAINS),
        ("ile kosztuje bilet na pociąg do krakowa", "pl", TRAINS),
        ("сколько стоит билет на поезд до кракова", "ru", TRAINS),
        ("how much is a train ticket to krakow", "en", TRAINS),
        # a city bus's price stays the city buses'
        ("скільки коштує проїзний на автобус", "uk", BUSES),
        ("how much is a bus ticket", "en", BUSES),
    ],
)
def test_tester_39s_miss_is_answered_at_once_at_its_part(searcher, question, lang, expected):
    assert at_once(searcher, question, lang) == expected


def test_waiting_for_a_payment_is_not_the_residence_card(searcher):
    """The waiting saying needs a word of residence: a benefit paid late stays benefits'."""
    result = searcher.search("чекаю на виплату 800+ вже два місяці", "uk")
    assert result.best is not None and result.best.id == "benefits"
