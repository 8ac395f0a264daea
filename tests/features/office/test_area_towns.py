"""The towns of an office's own area (`towns:`; here East's: the gminas Wąchock, Brody, Mirzec)
are read in any case, by the forms the config gives a name whose stem changes («w Mircu», «в
Мирці»), in a question too («pesel w Wąchocku»: East chosen, PESEL answered); a town said
with someone («współpraca z Krakowem», «з Краковом») is nobody's town; Brody, also a town in
Ukraine, is not East's when Ukraine is named and is asked about when the person says they come
from there (bot/features/office/area.py, instrumental.py)."""

from __future__ import annotations

import pytest
import yaml

from bot.app import build
from tests.conftest import FIXTURE, write_config
from tests.support.dialogue import Dialogue

EAST_TOWNS = [
    {"name": "Wąchock", "forms": ["Вонхоцьк"]},
    {"name": "Brody", "abroad": True},
    {"name": "Mirzec", "forms": ["Mircu"]},
]
CHOSEN = {
    "uk": "Ваш інформаційний пункт: Схід.",
    "ru": "Ваш информационный пункт: Восток.",
    "en": "Your information point: East.",
    "pl": "Twój punkt informacyjny: Wschód.",
}
TOWN_KEPT = {
    "uk": "• Ваше місто:",
    "ru": "• Ваш город:",
    "en": "• Your town:",
    "pl": "• Twoje miasto:",
}
PESEL = {"uk": "Номер PESEL", "ru": "Номер PESEL", "en": "PESEL number", "pl": "Numer PESEL"}


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    network = yaml.safe_load((FIXTURE / "network.yaml").read_text(encoding="utf-8"))
    network["offices"]["east"]["towns"] = EAST_TOWNS
    app = await build(write_config(tmp_path, **network), clock=clock)
    yield app
    await app.close()


def offices(person: Dialogue) -> list[str]:
    """The offices offered («office:<id>», under an answer «office:<id>:asked:<question>»)."""
    found = [b.payload for b in person.buttons if b.payload.startswith("office:")]
    return [payload.split(":asked:")[0] for payload in found]


@pytest.mark.parametrize(
    ("hint", "typed"),
    [
        ("pl", "mieszkam w Mircu"),
        ("uk", "я живу в Мирці"),
        ("ru", "я из Мирца"),
        ("uk", "я живу у Бродах"),
        ("pl", "mieszkam w Brodach"),
        ("uk", "я живу у Вонхоцьку"),
        ("en", "I live in Wąchock"),
        ("pl", "jestem z Brodów w Polsce"),
    ],
)
async def test_a_gmina_of_the_area_in_another_case_chooses_its_office(network, hint, typed):
    person = Dialogue(network.core, user_id=f"area-{hint}-{typed}", language_hint=hint)
    await person.send(typed)
    assert CHOSEN[hint] in person.text
    assert offices(person) == []  # no list: chosen


@pytest.mark.parametrize(
    ("hint", "typed"),
    [("pl", "pesel w Wąchocku"), ("pl", "pesel w Mircu"), ("uk", "песель у Вонхоцьку")],
)
async def test_a_question_naming_a_gmina_of_the_area_is_answered_there(network, hint, typed):
    person = Dialogue(network.core, user_id=f"ask-{hint}-{typed}", language_hint=hint)
    await person.send(typed)
    assert CHOSEN[hint] in person.text
    assert PESEL[hint] in person.text  # the question answered at once, at East


async def test_a_question_naming_a_gmina_of_another_office_offers_that_office(network):
    person = Dialogue(network.core, user_id="north-mircu", language_hint="pl")
    await person.send("/start north")
    await person.send("pesel w Mircu")
    assert "Numer PESEL" in person.text
    assert offices(person) == ["office:east"]  # «Przejść do punktu Wschód?»


@pytest.mark.parametrize(
    ("hint", "with_", "from_", "none_there"),
    [
        ("pl", "współpraca z Krakowem", "jestem z Krakowa", "W Krakowie nie mamy punktu"),
        ("uk", "співпраця з Краковом", "я з Кракова", "У місті Краків у нас немає"),
        ("ru", "я работаю с Варшавой", "я из Варшавы", "В городе Варшава у нас нет"),
        ("pl", "mam problem z Gdynią", "jestem z Gdyni", "W Gdyni nie mamy punktu"),
    ],
)
async def test_a_town_said_with_someone_is_not_where_the_person_is(
    network, hint, with_, from_, none_there
):
    person = Dialogue(network.core, user_id=f"with-{hint}-{with_}", language_hint=hint)
    await person.send(with_)
    assert none_there not in person.text
    await person.send("/mydata")
    assert TOWN_KEPT[hint] not in person.text
    other = Dialogue(network.core, user_id=f"from-{hint}-{from_}", language_hint=hint)
    await other.send(from_)
    assert none_there in other.text  # genitive: from there, the town kept
    await other.send("/mydata")
    assert TOWN_KEPT[hint] in other.text


async def test_a_town_said_with_someone_in_a_question_is_not_named_under_the_answer(network):
    person = Dialogue(network.core, user_id="with-north", language_hint="pl")
    await person.send("/start north")
    await person.send("numer pesel a praca z Krakowem")
    assert "Numer PESEL" in person.text and "Kraków" not in person.text
    await person.send("/mydata")
    assert TOWN_KEPT["pl"] not in person.text  # no town of theirs kept
    await person.send("numer pesel, jestem z Krakowa")
    assert "Numer PESEL" in person.text and "Krak" in person.text  # (Kraków's city hall)
    await person.send("/mydata")
    assert f"{TOWN_KEPT['pl']} Kraków" in person.text


async def test_a_gmina_said_with_someone_chooses_no_office(network):
    person = Dialogue(network.core, user_id="with-mircem", language_hint="pl")
    await person.send("współpraca z Mircem")
    assert CHOSEN["pl"] not in person.text
    assert offices(person)[0] == "office:north"  # the list as always, the default first


@pytest.mark.parametrize(
    ("hint", "typed", "asked"),
    [
        ("uk", "я з Бродів", "Броди (Brody) — це також гміна в Польщі, яку обслуговує пункт"),
        ("pl", "jestem z Brodów", "Brody to także gmina w Polsce, którą obsługuje punkt Wschód"),
        ("ru", "я из Брод", "Броды (Brody) — это также гмина в Польше, которую обслуживает"),
        ("en", "I am from Brody", "Brody is also a gmina in Poland, served by East"),
    ],
)
async def test_someone_from_brody_is_asked_which_brody(network, hint, typed, asked):
    """Brody in Poland (East's gmina) or Броди in Ukraine: the list, East first, and why."""
    person = Dialogue(network.core, user_id=f"brody-{hint}", language_hint=hint)
    await person.send(typed)
    assert asked in person.text
    assert CHOSEN[hint] not in person.text
    assert offices(person)[0] == "office:east"
    await person.payload("office:east")
    assert CHOSEN[hint] in person.text
    other = Dialogue(network.core, user_id=f"brody-ua-{hint}", language_hint=hint)
    await other.send(typed)
    await other.payload("office:north")  # Броди in Ukraine: their office is North
    assert "office:east" not in offices(other)  # «from Brody» not taken up again as a switch


@pytest.mark.parametrize(
    ("hint", "typed"),
    [
        ("pl", "jestem z Brodów na Ukrainie"),
        ("uk", "я з Бродів, Україна"),
        ("ru", "я из Брод, Украина"),
        ("en", "I am from Brody in Ukraine"),
    ],
)
async def test_brody_in_ukraine_is_not_the_polish_gmina(network, hint, typed):
    person = Dialogue(network.core, user_id=f"ua-{hint}", language_hint=hint)
    await person.send(typed)
    assert CHOSEN[hint] not in person.text and "Brody" not in person.text
    assert offices(person)[0] == "office:north"  # the list as always, East not put first


async def test_someone_from_brody_who_lives_where_an_office_is_gets_that_office(network):
    person = Dialogue(network.core, user_id="brody-north", language_hint="en")
    await person.send("I am from Brody, I live in Northtown")
    assert "Your information point: North." in person.text
    assert "Brody" not in person.text
