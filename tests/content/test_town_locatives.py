"""Every town the bot reads as someone's own (bot/features/office/cities.yaml, a part of a city
being the city) is said in Polish in its locative («w Gnieźnie», «we Wrześni»), never «w mieście
Gniezno»; Ukrainian and Russian say a town they have no name for in the same Polish phrase."""

from __future__ import annotations

import re

import yaml

from bot.content import towns
from bot.content.i18n import Translator
from tests.conftest import ROOT


def test_every_town_read_has_its_polish_locative():
    listed = yaml.safe_load((ROOT / "bot/features/office/cities.yaml").read_text("utf-8"))
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
