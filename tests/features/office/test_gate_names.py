"""An office's city typed at a network's gate in a sentence and in another grammatical case
(«я живу в Ополі», «mieszkam w Opolu», «w Sopocie», «из Стараховице») chooses it; a name two
offices share offers just those two; a question naming an office is answered there once it is
chosen. Ordinary words that begin like a city («сопли», «opera») choose nothing. From someone
who has an office, such a sentence offers the switch. The gate says, in the person's language,
that typing the city's name is enough."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import build
from tests.conftest import FIXTURE, write_config
from tests.support.dialogue import Dialogue
from tests.support.network import FORUM_CHAT
from tests.support.yamlfiles import read_yaml


def _cities(tmp_path: Path) -> Path:
    """The fixture network with real towns' names (their ids as they were), and a second office
    in Starachowice: the city's and the county's."""
    network = read_yaml(FIXTURE / "network.yaml")
    offices = network["offices"]
    towns = {
        "north": ("Opole", {"uk": "Ополе", "ru": "Ополе"}),
        "south": ("Sopot", {"uk": "Сопот", "ru": "Сопот"}),
        "east": (
            "Starachowice",
            {"uk": "Стараховіце — місто", "ru": "Стараховице — город", "en": "Starachowice — city"},
        ),
    }
    for office_id, (name, label) in towns.items():
        offices[office_id].update(name=name, label=label, local={"city_name": name})
    offices["county"] = {
        "name": "Starachowice — powiat",
        "label": {
            "uk": "Стараховіце — повіт",
            "ru": "Стараховице — повят",
            "en": "Starachowice County",
        },
        "staff": {"chat_id": FORUM_CHAT, "topic_id": 13},
        "local": {"city_name": "Starachowice"},
    }
    return write_config(tmp_path, **network)


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    app = await build(_cities(tmp_path), clock=clock)
    yield app
    await app.close()


def newcomer(app, hint: str | None = None, user: str = "2401") -> Dialogue:  # type: ignore[no-untyped-def]
    return Dialogue(app.core, user_id=user, language_hint=hint)


def about_pesel(person: Dialogue) -> bool:
    """The question about PESEL answered, or its topic offered first («did you mean»)."""
    return "PESEL" in person.text or "PESEL" in person.buttons[0].label


@pytest.mark.parametrize(
    ("hint", "typed", "chosen", "mine"),
    [
        (None, "я живу в Ополі", "Ваш інформаційний пункт: Ополе.", "Інформаційний пункт: Ополе"),
        (None, "живу в Сопоті", "Ваш інформаційний пункт: Сопот.", "Інформаційний пункт: Сопот"),
        ("pl", "mieszkam w Opolu", "Twój punkt informacyjny: Opole.", "Punkt informacyjny: Opole"),
        (None, "I live in Sopot", "Your information point: Sopot.", "Information point: Sopot"),
        ("pl", "Jestem z Sopotu", "Twój punkt informacyjny: Sopot.", "Punkt informacyjny: Sopot"),
        ("pl", "w Sopocie", "Twój punkt informacyjny: Sopot.", "Punkt informacyjny: Sopot"),
        ("uk", "Привіт, я з Опола", "Ваш інформаційний пункт: Ополе.", "пункт: Ополе"),
        ("en", "Starachowice County", "Your information point: Starachowice County.", "County"),
        # in Latin letters: the place words too, not a question about where to live
        ("en", "zhyvu v Sopoti", "Ваш інформаційний пункт: Сопот.", "Інформаційний пункт: Сопот"),
        ("en", "ya zhivu v Sopote", "Your information point: Sopot.", "Information point: Sopot"),
        # said twice, in two languages: nothing else to answer, nothing for staff (tester 42, F9)
        (
            "ru",
            "я в сопоте живу, ja mieszkam w Sopocie",
            "Ваш информационный пункт: Сопот.",
            "Информационный пункт: Сопот",
        ),  # fmt: skip
        (
            "en",
            "I live in Sopot, mieszkam w Sopocie",
            "Twój punkt informacyjny: Sopot.",
            "Punkt informacyjny: Sopot",
        ),  # fmt: skip (its Polish read last: answered in Polish)
    ],
)
async def test_a_city_in_a_sentence_and_in_another_case_chooses_its_office(
    network, hint, typed, chosen, mine
):
    person = newcomer(network, hint)
    await person.send(typed)
    assert chosen in person.text
    assert len(person.replies) == 1  # the office chosen, the menu: no answer to a question
    await person.send("/mydata")
    assert mine in person.text


async def test_a_town_with_two_offices_offers_just_those_two(network):
    ivan = newcomer(network)
    await ivan.send("из Стараховице")
    assert ivan.text == (
        "📍 Тому, что вы написали, соответствует несколько информационных пунктов."
        " Какой из них ваш?"
    )
    assert [b.label for b in ivan.buttons] == [
        "Стараховице — город",
        "Стараховице — повят",
        "📋 Все информационные пункты",
        "🌐 Язык",
    ]
    await ivan.press("Все информационные")
    assert "Ополе" in [b.label for b in ivan.buttons]
    await ivan.press("повят")
    assert "Ваш информационный пункт: Стараховице — повят." in ivan.text


async def test_a_question_naming_an_office_is_answered_there_once_chosen(network):
    olena = newcomer(network)
    await olena.send("як отримати песель в Ополі")
    assert "Ваш інформаційний пункт: Ополе." in olena.text
    assert about_pesel(olena)  # the question, not only the menu
    taras = newcomer(network, "uk", user="2402")
    await taras.send("песель у Стараховицях")
    assert "Який із них ваш?\nПотім я відповім на те, що ви надіслали." in taras.text
    await taras.press("місто")
    assert "Ваш інформаційний пункт: Стараховіце — місто." in taras.text
    assert about_pesel(taras)
    anna = newcomer(network, "pl", user="2403")  # a longer question names it too
    await anna.send("Gdzie mogę wyrobić PESEL dla dziecka w Opolu?")
    assert "Twój punkt informacyjny: Opole." in anna.text
    assert about_pesel(anna)


@pytest.mark.parametrize(
    "typed",
    ["сопли у ребенка", "gdzie jest opera", "opłata za pobyt", "an easy job in eastern parts"],
)
async def test_ordinary_words_that_begin_like_a_city_choose_nothing(network, typed):
    person = newcomer(network)
    await person.send(typed)
    assert "/office" not in person.text  # («You can change it any time with /office»)
    offices = [b.payload for b in person.buttons if b.payload.startswith("office:")]
    assert offices[:4] == ["office:north", "office:south", "office:east", "office:county"]


async def test_a_long_message_naming_an_office_waits_for_the_choice_as_before(network):
    olena = newcomer(network, "en")
    await olena.send("my sister lives in Sopot and I need a pesel for my child")
    assert olena.text.startswith("First choose your information point")
    await olena.press("Opole")
    assert "Your information point: Opole." in olena.text and about_pesel(olena)


@pytest.mark.parametrize(
    ("hint", "said"),
    [
        ("en", "tap it below or type your city's name"),
        ("uk", "натисніть його нижче або напишіть назву свого міста"),
        ("ru", "нажмите на него ниже или напишите название своего города"),
        ("pl", "naciśnij go poniżej albo wpisz nazwę swojego miasta"),
    ],
)
async def test_the_gate_says_that_the_citys_name_can_be_typed(network, hint, said):
    person = newcomer(network, hint)
    await person.send("?")
    assert said in person.text
    await person.send("/start")
    assert (
        "city" in person.text
        or "міст" in person.text
        or "город" in person.text
        or ("miast" in person.text)
    )


@pytest.mark.parametrize(
    ("typed", "offer"),
    [
        ("я живу в Ополі", "📍 Ополе — це інший інформаційний пункт, а ваш зараз — Сопот."),
        ("w Opolu", "📍 Ополе — це інший інформаційний пункт"),
        ("Стараховіце", "📍 «Стараховіце»: там кілька інформаційних пунктів"),
    ],
)
async def test_someone_with_an_office_is_offered_the_switch_by_such_a_sentence(
    network, typed, offer
):
    olena = newcomer(network, "uk")
    await olena.send("/start south")
    await olena.send(typed)
    assert olena.text.startswith(offer)
    await olena.send("як отримати песель в Ополі")  # a question naming an office: a question
    assert "інший інформаційний пункт" not in olena.text
