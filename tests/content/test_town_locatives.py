"""Every town the bot reads as someone's own (bot/features/office/cities.yaml, a part of a city
being the city) is said in Polish in its locative («w Gnieźnie», «we Wrześni»), never «w mieście
Gniezno»; Ukrainian and Russian say a town they have no name for in the same Polish phrase."""

from __future__ import annotations

import re

from bot.content import towns
from bot.content.i18n import Translator
from tests.conftest import ROOT
from tests.support.yamlfiles import read_yaml


def test_every_town_read_has_its_polish_locative():
    listed = read_yaml(ROOT / "bot/features/office/cities.yaml")
    words = towns.words()
    read = {words.districts.get(name, name) for name in listed}
    assert read - set(words.polish_in) == set()
    for town, said in words.polish_in.items():
        # «we» before W or F and a consonant («we Wrocławiu»), else «w»
        we = re.match(r"[WF][^aąeęioóuyAĄEĘIOÓUY]", town) is not None
        assert said.startswith("we " if we else "w "), said
        assert said.split(" ", 1)[1] != town, said  # (a locative, not the nominative again)


def test_a_town_without_a_name_in_ukrainian_or_russian_is_said_in_polish_in_its_case():
    t = Translator()
    assert towns.in_town(t, "pl", "Gniezno") == "w Gnieźnie"
    assert towns.in_town(t, "uk", "Gniezno") == "w Gnieźnie"
    assert towns.in_town(t, "ru", "Ostrów Mazowiecka") == "w Ostrowi Mazowieckiej"
    assert towns.in_town(t, "uk", "Kraków") == "у місті Краків"
    assert towns.in_town(t, "en", "Gniezno") == "in Gniezno"
    city_hall = towns.places(t, "uk", "Września")["city_office"]
    assert city_hall == "urząd miasta lub gminy we Wrześni (міська або гмінна управа)"


def test_every_towns_county_office_is_named_by_known_towns():
    """towns.yaml's county data names towns of cities.yaml (a misspelt one would silently say
    «w mieście …» or fail): the cities with county rights, the towns whose powiat's seat is
    another town, and each seat, said in Polish in its locative."""
    listed = read_yaml(ROOT / "bot/features/office/cities.yaml")
    words = towns.words()
    assert len(words.county_cities) == 66  # (every city with county rights has 15,000 people)
    assert words.county_cities <= set(listed)
    assert set(words.seat) <= set(listed) and not set(words.seat) & words.county_cities
    for town in listed:
        seat_in = towns.county_seat_in(words.districts.get(town, town))
        assert re.fullmatch(r"we? \w.+", seat_in), (town, seat_in)
    assert set(words.seat_in) == {seat for seat in words.seat.values() if seat not in listed}
