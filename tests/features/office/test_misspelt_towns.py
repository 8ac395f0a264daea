"""A town misspelt where the person says they live («живу в Горжові»: Gorzów; «I live in
Wroclw») is read as that town, and two towns one key apart (Gorzów, Chorzów: «Хожуві») are
told apart by the letters typed; what people write there that is no Polish town (a country, a
Ukrainian city, a dormitory, «w gminie …», «Minsk») names none (bot/features/office/spelt.py);
nor does an ordinary word a letter from a town's form, in any of its cases («я живу в годині»,
«годиною»: not Gdynia; ordinary_words.yaml), while «Вроцлаў», «Krakov», «Gdyna» are read."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from bot.features.office.cities import named_town
from tests.support.dialogue import Dialogue
from tests.support.yamlfiles import read_yaml

_SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "ordinary_words.py"
_SPEC = importlib.util.spec_from_file_location("ordinary_words", _SCRIPT)
assert _SPEC is not None and _SPEC.loader is not None
ordinary_words = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(ordinary_words)


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
            "urząd miasta lub gminy w Gorzowie Wielkopolskim (міська або гмінна управа)",
        ),
        (
            "uk",
            "я живу в Хожуві",
            "Ваше місто: Хожув",
            "urząd miasta lub gminy w Chorzowie (міська",
        ),
        (
            "ru",
            "я живу в Гожуве",
            "Ваш город: Гожув-Велькопольский",
            "urząd miasta lub gminy w Gorzowie Wielkopolskim (городская",
        ),
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


# Ordinary words one letter from a town's form, in their cases (not only the content's own):
# «година» is Gdynia's «Гдині» with a letter, «leczeniu» Łęczna's «Łęcznie» …
ORDINARY = [
    ("uk", "я живу в годині"),
    ("uk", "я живу в годиною"),
    ("uk", "я живу в головному"),
    ("uk", "ми живемо в загальній"),
    ("ru", "я живу в сколько"),
    ("ru", "я живу в лечении"),
    ("ru", "я живу в красном"),
    ("pl", "mieszkam w leczeniu"),
    ("pl", "mieszkam w głównym"),
    ("pl", "mieszkam w będzie"),
    ("en", "I live in lodzkie"),
    # a filler word that is also a town's other name («ласка», «Laska»: Łask), in any place
    ("uk", "будь ласка"),
    ("uk", "допоможіть будь ласка з песелем"),
    # a word one letter from a town's form not after a preposition of place («я люблю»: not
    # Lublin's «Любліну»), or in the instrumental after a «z» of "with" (not Gdynia, Ustka)
    ("ru", "я люблю Польшу"),
    ("uk", "я люблю Польщу"),
    ("uk", "я люблю"),
    ("pl", "przyjechałem z Chinami"),
    ("pl", "współpraca z Chinami"),
    ("pl", "jestem z Chin"),
    ("pl", "problem z uszkami dziecka"),
    ("pl", "mieszkam z uszkami"),
]
# … and towns misspelt or written in a case of their own, which are read
MISSPELT = [
    ("я живу в Вроцлаў", "Wrocław"),
    ("I live in Wroclaw", "Wrocław"),
    ("mieszkam w Opolu", "Opole"),
    ("I live in Krakov", "Kraków"),
    ("я живу в Варшаве", "Warszawa"),
    ("I live in Gdyna", "Gdynia"),
    ("я живу в Ленчні", "Łęczna"),
    ("mieszkam w Zawierciiu", "Zawiercie"),
    ("живу в Горжові", "Gorzów Wielkopolski"),
    # after «z», «з», «from» in the genitive (where one is from), misspelt too
    ("jestem z Gnizna", "Gniezno"),
    ("я з Горжова", "Gorzów Wielkopolski"),
    ("I am from Wroclw", "Wrocław"),
]


@pytest.mark.parametrize(("lang", "typed"), ORDINARY)
async def test_an_ordinary_word_is_not_taken_for_a_misspelt_town(core, lang, typed):
    person = Dialogue(core, user_id=f"plain-{lang}-{len(typed)}", language_hint=lang)
    await person.payload(f"language:{lang}")
    await person.send(typed)
    await person.send("/mydata")
    noted = {"uk": "Ваше місто", "ru": "Ваш город", "en": "Your town", "pl": "Twoje miasto"}
    assert noted[lang] not in person.text
    assert named_town(typed) is None


@pytest.mark.parametrize(("typed", "town"), MISSPELT)
def test_a_town_misspelt_or_in_its_case_is_still_read(typed, town):
    found = named_town(typed)
    assert found is not None and found.name == town


def test_every_word_of_the_content_taken_for_a_misspelt_town_is_listed_as_ordinary():
    """A word the content or the bot's texts write in lower case that would be taken for a
    town misspelt after «я живу в», «I live in», «mieszkam w» is in ordinary_words.yaml (else
    scripts/ordinary_words.py is to be run), and the list names no word the texts lost."""
    found = ordinary_words.ordinary()
    shipped = read_yaml(ordinary_words.OUT)
    assert {lang: sorted(words) for lang, words in found.items()} == {
        lang: sorted(shipped.get(lang) or []) for lang in found
    }, "run scripts/ordinary_words.py"
