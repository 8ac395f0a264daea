"""A town misspelt where the person says they live («живу в Горжові»: Gorzów; «I live in
Wroclw») is read as that town, and two towns one key apart (Gorzów, Chorzów: «Хожуві») are
told apart by the letters typed; what people write there that is no Polish town (a country, a
Ukrainian city, a dormitory, «w gminie …», «Minsk») names none (bot/features/office/spelt.py)."""

from __future__ import annotations

import pytest

from bot.features.office.cities import named_town
from tests.support.dialogue import Dialogue


@pytest.fixture
def core(shipped_core):  # type: ignore[no-untyped-def]
    return shipped_core


@pytest.mark.parametrize(
    ("lang", "typed", "noted", "city_hall"),
    [
        (
            "uk",
            "живу в Горжові",
            "Ваше місто: Гожув-Великопольський",
            "urząd miasta lub gminy у місті Гожув-Великопольський",
        ),
        ("uk", "я живу в Хожуві", "Ваше місто: Хожув", "urząd miasta lub gminy у місті Хожув"),
        ("ru", "я живу в Гожуве", "Ваш город: Гожув-Велькопольский", "в городе Гожув-Вел"),
        ("en", "I live in Wroclw", "Your town: Wrocław", "(urząd miasta lub gminy) in Wrocław"),
        ("pl", "mieszkam w Gniezie", "Twoje miasto: Gniezno", "urząd miasta lub gminy w Gnieźnie"),
    ],
)
async def test_a_misspelt_town_is_kept_as_the_persons_own(core, lang, typed, noted, city_hall):
    person = Dialogue(core, user_id=f"spelt-{lang}-{len(typed)}", language_hint=lang)
    await person.payload(f"language:{lang}")
    await person.send(typed)
    assert noted in person.text
    await person.payload("topic:pesel")
    assert city_hall in person.text and "Urząd Miejski w Starachowicach" not in person.text


@pytest.mark.parametrize(
    "typed",
    [
        "mieszkam w gminie Kobylnica",
        "mieszkam w Polsce",
        "mieszkam w akademiku",
        "mieszkam w mieszkaniu",
        "jestem z Charkowa",
        "я живу в Польщі",
        "я живу в гуртожитку",
        "я живу в хостелі",
        "я з Харкова",
        "я живу в Києві",
        "ми з Житомира",
        "я из Минска",
        "я живу в Днепре",
        "I live in Poland",
        "I live in Minsk",
        "I live in dormitory",
        "I am from Kharkiv",
        "we live in Germany",
    ],
)
def test_what_people_write_there_that_is_no_polish_town_names_none(typed):
    assert named_town(typed) is None
