"""The places filled into the shipped answers ({city_office}, {voivodeship_office}, …) read as
part of the sentence, in every language: for each office of config.yaml and
examples/network.yaml, and for someone whose own town has no office («urząd miasta lub gminy w
mieście Kraków»)."""

from __future__ import annotations

import re

import pytest

from bot.app import load_offices
from bot.content import towns
from bot.content.i18n import Translator
from bot.core import markup
from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # the whole shipped content, five offices

LANGS = ("uk", "ru", "en", "pl")
PLACEHOLDER = r"\{[a-z_]+\}"
BRACKET = re.compile(r"\([^()]{2,40}\)")


def answers_shown(lang: str) -> list[tuple[str, str, str]]:
    """(office or town, topic, answer as plain text) of every topic, as each office answers
    it, and as it answers someone living in Kraków or in Gniezno."""
    t = Translator()
    shown = []
    for config in ("config.yaml", "examples/network.yaml"):
        for office, kb in load_offices(ROOT / config)[1].items():
            for topic in kb.language(lang).topics.values():
                shown.append((office, topic.id, topic.answer))
                for town in ("Kraków", "Gniezno"):
                    if topic.per_town:
                        places = towns.places(t, lang, town)
                        shown.append((f"{office}, {town}", topic.id, topic.answer_for(places)))
    return [(who, tid, markup.to_plain(text, link_format="{text}")) for who, tid, text in shown]


@pytest.mark.parametrize("lang", LANGS)
def test_no_filled_place_is_followed_by_a_second_bracket(lang):
    """A filled place may end with a bracket («… w mieście Kraków (міська або гмінна управа)»):
    the content puts no bracket of its own right after it."""
    doubled = [
        f"{who}: {tid}: …{text[max(0, m.start() - 60) : m.end() + 30]}…"
        for who, tid, text in answers_shown(lang)
        for m in re.finditer(r"\) \(", text)
    ]
    assert doubled == []


def test_polish_names_a_place_where_its_nominative_is_right():
    """«zaktualizuj dane w {city_office}» would read «w Urząd Miejski…», «w urząd miasta lub
    gminy…»: a Polish placeholder follows a colon or a bracket or is the subject, never a
    preposition that asks for another case."""
    text = (ROOT / "content" / "faq_pl.yaml").read_text(encoding="utf-8")
    prepositions = r"w|we|do|z|ze|od|u|na|dla|o|przy|po|przez|za|ku|nad|pod|przed"
    after = re.findall(rf"(?i)\b(?:{prepositions})\s+{PLACEHOLDER}", text)
    assert after == []


@pytest.mark.parametrize(
    ("lang", "prepositions"), [("uk", "в|у|до|з|із|біля"), ("ru", "в|во|до|с|из|около|рядом с")]
)
def test_a_town_in_cyrillic_stands_after_the_word_town(lang, prepositions):
    """{city_name} is Сопот, Ополе in Ukrainian and Russian, in the nominative: «у місті Сопот»,
    not «у Сопот»; so is {town_name} (the person's own town: «біля міста Кельце»)."""
    text = (ROOT / "content" / f"faq_{lang}.yaml").read_text(encoding="utf-8")
    assert re.findall(rf"(?i)(?<!\w)(?:{prepositions})\s+\{{(?:city|town)_name\}}", text) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_own_towns_places_say_nothing_twice(lang):
    """For someone whose own town has no office, the sentence around a filled place does not
    say it again: not «do urzędu miasta (urząd miasta lub gminy w mieście Kraków)», nor
    «Соціальна допомога (MOPS/GOPS) в ośrodek pomocy społecznej (MOPS/GOPS) у місті Краків»."""
    # a bracket an own town's filling brings, said again near it (the content's own repeats,
    # «(sąd pracy)» in two sentences, are the content's)
    places = towns.places(Translator(), lang, "Kraków").values()
    brackets = {b for place in places for b in BRACKET.findall(place)}
    said_twice = rf"({'|'.join(map(re.escape, sorted(brackets))) or '(?!)'})[^()]{{0,80}}\1"
    office_twice = r"(?i)(urz[ęe]d\w* miasta|ośrod\w* pomocy)\s*\((urząd miasta|ośrodek pomocy)"
    found = [
        f"{who}: {tid}: …{text[max(0, m.start() - 40) : m.end() + 30]}…"
        for who, tid, text in answers_shown(lang)
        if "," in who  # (an office's answer for someone in Kraków or Gniezno)
        for m in [*re.finditer(said_twice, text), *re.finditer(office_twice, text)]
    ]
    assert found == []


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_an_own_towns_polish_place_name_is_not_cut_by_a_cyrillic_town(lang):
    """«у urząd miasta lub gminy у місті Вроцлав» reads as two languages in one name: the
    own town's places are Polish whole («… w Krakowie»), explained in brackets after."""
    mixed = re.compile(
        r"(?:miasta|gminy|społecznej|oświaty|pracy|NFZ|wojewódzki|skarbowy)\s+"
        r"(?:у|в|для)\s+(?:місті|міста|городе|города)"
    )
    found = [
        f"{who}: {tid}: …{text[max(0, m.start() - 40) : m.end() + 30]}…"
        for who, tid, text in answers_shown(lang)
        if "," in who
        for m in mixed.finditer(text)
    ]
    assert found == []
