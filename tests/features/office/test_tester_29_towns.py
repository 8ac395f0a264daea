"""Tester 29 (2026-12-06): towns whose name is an ordinary word too (Brzeg «shore», Piła «saw»,
Police, Koło «near») are read where the person was asked for their town (the gate: the name
alone, «jestem z Brzegu», «Бжег»), and in a question only after z, w, в, з, from, in; a place
the gate does not know («Olesno») is said so once, with the offices, not the same request
again; a place under 15,000 people that GeoNames lists («Olesno», «z Głubczyc») is told its
nearest office, first in the list. (The fixture's offices stand in Gdańsk, Kraków and Lublin.)"""

from __future__ import annotations

import pytest

from bot.app import build
from tests.support.dialogue import Dialogue
from tests.support.network import write_network_config


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    app = await build(write_network_config(tmp_path), clock=clock)
    yield app
    await app.close()


@pytest.mark.parametrize(
    ("hint", "typed", "said", "nearest"),
    [
        ("pl", "Brzeg", "W Brzegu nie mamy punktu informacyjnego.", "south"),
        ("pl", "Jestem z Brzegu, gdzie zrobić pesel?", "W Brzegu nie mamy punktu", "south"),
        ("ru", "Бжег", "В городе Бжег у нас нет информационного пункта.", "south"),
        ("en", "Piła", "In Piła we have no information point.", "north"),
        ("en", "Police", "In Police we have no information point.", "north"),
        ("pl", "Koło", "W Kole nie mamy punktu informacyjnego.", "north"),
    ],
)
async def test_a_town_that_is_also_a_word_is_read_where_the_town_was_asked(
    network, hint, typed, said, nearest
):
    person = Dialogue(network.core, user_id=f"t29{hint}{typed}", language_hint=hint)
    await person.send(typed)
    assert said in person.text  # not the same request again
    assert person.buttons[0].payload == f"office:{nearest}"  # the nearest first


@pytest.mark.parametrize(
    ("hint", "typed"),
    [("pl", "brzeg rzeki"), ("pl", "koło domu"), ("en", "I called the police")],
)
async def test_such_a_word_in_a_sentence_names_no_town(network, hint, typed):
    person = Dialogue(network.core, user_id=f"t29w{typed}", language_hint=hint)
    await person.send(typed)
    assert "nie mamy punktu" not in person.text and "no information point" not in person.text


@pytest.mark.parametrize(
    ("hint", "typed", "said"),
    [
        ("pl", "Kwatrzyno", "Nie znam miejscowości «Kwatrzyno»."),
        ("pl", "jestem z Kwatrzyna", "Nie znam miejscowości «Kwatrzyna»."),
        ("uk", "Kwatrzyno", "Я не знаю міста «Kwatrzyno»."),
        ("en", "Kwatrzyno", "I don't know the town «Kwatrzyno»."),
    ],
)
async def test_an_unknown_town_is_said_so_with_the_offices_not_the_same_request(
    network, hint, typed, said
):
    person = Dialogue(network.core, user_id=f"t29u{hint}{typed}", language_hint=hint)
    await person.send(typed)
    assert said in person.text
    assert len(person.buttons) >= 3  # the offices to choose from
    await person.send(typed)  # again: said again, never the first request's loop
    assert said in person.text


@pytest.mark.parametrize(
    ("hint", "typed", "said"),
    [  # (places under 15,000 people: small_towns.yaml, GeoNames' cities1000)
        ("pl", "Olesno", "📍 Olesno: nie mamy tam punktu informacyjnego. Najbliższy to Południe"),
        ("pl", "jestem z Głubczyc", "📍 Głubczyce: nie mamy tam punktu informacyjnego."),
        ("uk", "я з Олесна", "📍 Олесно (Olesno): там у нас немає інформаційного пункту."),
        ("ru", "Ozimek", "📍 Озимек (Ozimek): там у нас нет информационного пункта."),
        ("en", "Olesno", "📍 Olesno: we have no information point there. The nearest is South"),
    ],
)
async def test_a_small_town_is_told_its_nearest_office_first(network, hint, typed, said):
    person = Dialogue(network.core, user_id=f"t29s{hint}{typed}", language_hint=hint)
    await person.send(typed)
    assert person.text.startswith(said), person.text[:200]
    assert person.buttons[0].payload == "office:south"  # (Kraków's coordinates: the nearest)
    assert "/office" not in person.text  # (chosen by the person, not for them)


async def test_a_word_the_search_knows_is_not_an_unknown_town(network):
    person = Dialogue(network.core, user_id="t29pesel", language_hint="pl")
    await person.send("pesel")
    assert "Nie znam" not in person.text


@pytest.mark.parametrize(
    ("hint", "typed", "said"),
    [
        ("uk", "Ниса", "У місті Ниса (Nysa) у нас немає інформаційного пункту."),
        ("ru", "Ниса", "В городе Ныса (Nysa) у нас нет информационного пункта."),
        ("uk", "Krapkowice", "У місті Крапковіце (Krapkowice) у нас немає інформаційного пункту."),
        ("uk", "Гдиня", "У місті Гдиня у нас немає інформаційного пункту."),
    ],
)
async def test_every_town_without_a_point_is_said_alike_in_the_persons_letters(
    network, hint, typed, said
):
    person = Dialogue(network.core, user_id=f"t29s{hint}{typed}", language_hint=hint)
    await person.send(typed)
    assert said in person.text
