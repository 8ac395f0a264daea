"""A Polish town with no information point of the network, typed at the gate («я живу в
гданьске», «I'm in Kielce»): the gate says there is none there and puts the nearest office
first, by the offices' coordinates; a word that is also a town's name elsewhere in a sentence
(«police») names no town. (The fixture's offices stand in Gdańsk, Kraków and Lublin.)"""

from __future__ import annotations

import re
from pathlib import Path

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
    ("hint", "typed", "said", "first"),
    [
        (
            "ru",
            "я живу в гдыне",
            "В городе Гдыня у нас нет информационного пункта. Ближайший — Север, примерно в 20 км.",
            "Север",
        ),
        (
            "uk",
            "я з Тарнова, де зробити песель?",
            "У місті Тарнів у нас немає інформаційного "
            "пункту. Найближчий — Південь, приблизно за 75 км.",
            "Південь",
        ),
        (
            "en",
            "I'm in Kielce",
            "In Kielce we have no information point. The nearest is South, about 102 km away.",
            "South",
        ),
        (
            "pl",
            "mieszkam w Zamościu",
            "W Zamościu nie mamy punktu informacyjnego. Najbliższy to Wschód, około 76 km stąd.",
            "Wschód",
        ),
    ],
)
async def test_a_town_without_a_point_is_named_with_the_nearest_office_first(
    network, hint, typed, said, first
):
    person = Dialogue(network.core, user_id="2501", language_hint=hint)
    await person.send(typed)
    assert said in person.text
    assert "urząd miasta" in person.text or "urzędzie miasta" in person.text  # theirs, not ours
    assert person.buttons[0].label == first
    await person.press(first)  # chosen: what was asked is answered there, as at any gate
    assert first in person.text


async def test_a_word_that_is_a_towns_name_in_a_sentence_names_no_town(network):
    person = Dialogue(network.core, user_id="2502", language_hint="en")
    await person.send("the police took my passport")
    assert "we have no information point" not in person.text
    assert person.buttons[0].label == "North"  # the list as it is


@pytest.mark.parametrize(
    ("hint", "typed"),
    [
        ("ru", "я люблю Польшу"),  # «люблю»: a letter from «Любліну», but no place said
        ("pl", "współpraca z Chinami"),  # «z» + the instrumental: with, not from
        ("pl", "przyjechałem z Chinami"),
        ("pl", "problem z uszkami dziecka"),
    ],
)
async def test_an_ordinary_word_at_the_gate_names_no_town_and_chooses_no_office(
    network, hint, typed
):
    person = Dialogue(network.core, user_id="2503", language_hint=hint)
    await person.send(typed)
    assert all(word not in person.text for word in ("Gdyni", "Ustk", "Lublin", "Люблин"))
    labels = [b.label for b in person.buttons]
    assert (
        labels[:3]
        == {"ru": ["Север", "Юг", "Восток"], "pl": ["Północ", "Południe", "Wschód"]}[hint]
    ), labels  # the list as it is: no office put first, none chosen


@pytest.mark.parametrize(
    ("hint", "typed", "said", "first"),
    [
        # Chełm by the Dorohusk crossing, not the part of Gdańsk of the same name
        ("pl", "mieszkam w Chełmie", "W Chełmie nie mamy", "Wschód"),
        (
            "en",
            "I live in Chelm",
            "In Chełm we have no information point. The nearest is East",
            "East",
        ),
        ("uk", "живу в Хелмі", "У місті Хелм у нас немає", "Схід"),
        # names of two words, in another case; written back with their own letters
        ("pl", "mieszkam w Gorzowie Wielkopolskim", "W Gorzowie Wielkopolskim nie mamy", "Północ"),
        ("pl", "mieszkam w Gorzowie", "W Gorzowie Wielkopolskim nie mamy", "Północ"),
        ("pl", "Gorzów Wielkopolski", "W Gorzowie Wielkopolskim nie mamy", "Północ"),
        ("en", "I live in Gorzow Wielkopolski", "In Gorzów Wielkopolski we have", "North"),
        ("pl", "mieszkam w Nowym Sączu", "W Nowym Sączu nie mamy", "Południe"),
        ("ru", "я из Нового Сонча", "В городе Новы Сонч (Nowy Sącz) у нас нет", "Юг"),
        ("pl", "mieszkam w Bielsku-Białej", "W Bielsku-Białej nie mamy", "Południe"),
        # a stem that changes in another case (towns.yaml: forms)
        ("pl", "mieszkam w Białymstoku", "W Białymstoku nie mamy", "Wschód"),
        ("uk", "я живу в Білостоці", "У місті Білосток у нас немає", "Схід"),
        ("pl", "mieszkam w Zielonej Górze", "W Zielonej Górze nie mamy", "Północ"),
    ],
)
async def test_a_towns_name_shared_or_of_two_words_is_the_town(network, hint, typed, said, first):
    person = Dialogue(network.core, user_id="2503", language_hint=hint)
    await person.send(typed)
    assert said in person.text
    assert "Chorzów" not in person.text and "Sopot" not in person.text
    assert person.buttons[0].label == first


def test_no_two_towns_of_the_list_share_a_name():
    """cities.yaml names each town once (YAML would silently keep the last, a city's district:
    Gdańsk's Chełm over the town of Chełm); scripts/polish_cities.py keeps the most populous."""
    listed = Path(__file__).resolve().parents[3] / "bot/features/office/cities.yaml"
    names = re.findall(r'^"([^"]+)":', listed.read_text(encoding="utf-8"), re.MULTILINE)
    assert len(names) > 300 and len(set(names)) == len(names)


@pytest.mark.parametrize(
    ("hint", "asked", "lives", "first", "choose"),
    [
        ("uk", "як зробити песель дитині", "я живу в гдині", "Північ", "press"),
        ("ru", "как сделать песель ребенку", "я живу в гдыне", "Север", "type"),
        ("en", "how do I get a PESEL for my child", "I live in Kielce", "South", "press"),
        ("pl", "jak zrobić pesel dla dziecka", "mieszkam w Zamościu", "Wschód", "type"),
    ],
)
async def test_a_question_sent_before_the_town_is_answered_once_the_office_is_chosen(
    network, hint, asked, lives, first, choose
):
    person = Dialogue(network.core, user_id="2503", language_hint=hint)
    await person.send(asked)
    await person.send(lives)  # the town alone: the question asked before still waits
    assert person.buttons[0].label == first
    if choose == "press":
        await person.press(first)
    else:
        await person.send(first)
    assert first in person.text
    assert "PESEL" in person.text  # the question kept is answered, not only the menu shown
