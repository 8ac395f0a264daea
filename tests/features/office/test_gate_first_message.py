"""A newcomer's first message at a network's gate that names their city in a longer question
(«hi, I am a student in Opole, how do I get a PESEL?») chooses that office, says so in one line
and answers the question there. A city that may not be theirs (a move between cities, an
address, someone else's city) is not taken: the list is shown, the named office first; a city
the person moved from is neither taken nor put first, and the city they moved to is taken."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.features.office.test_gate_names import _cities, newcomer


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    app = await build(_cities(tmp_path), clock=clock)
    yield app
    await app.close()


@pytest.mark.parametrize(
    ("hint", "typed", "chosen"),
    [
        (
            "en",
            "hi, I am a student in Opole, how do I get a PESEL?",
            "Your information point: Opole.",
        ),
        (
            "uk",
            "Добрий день, я навчаюся в Ополі, підкажіть будь ласка як мені отримати номер песель",
            "Ваш інформаційний пункт: Ополе.",
        ),
        (
            "uk",
            "Привіт, я тепер у Сопоті, скажіть будь ласка як отримати песель для себе і дитини",
            "Ваш інформаційний пункт: Сопот.",
        ),
        (
            "ru",
            "Здравствуйте, я живу в Ополе, подскажите пожалуйста, как получить номер песель"
            " для ребенка",
            "Ваш информационный пункт: Ополе.",
        ),
        (
            "pl",
            "Dzień dobry, jestem studentką w Opolu, jak mogę dostać numer PESEL jako"
            " obywatelka Ukrainy?",
            "Twój punkt informacyjny: Opole.",
        ),
    ],
)
async def test_a_longer_first_question_naming_the_city_chooses_it_and_is_answered(
    network, hint, typed, chosen
):
    person = newcomer(network, hint)
    await person.send(typed)
    first = person.replies[0].text
    assert first.startswith(chosen) and "/office" in first and "\n" not in first  # one line
    # the question answered there (or its PESEL topic offered), not the list of offices
    assert "PESEL" in person.text or any("PESEL" in b.label for b in person.buttons)
    assert not any(b.payload.startswith("office:") for b in person.buttons)


@pytest.mark.parametrize(
    ("hint", "typed", "named"),
    [
        # an address
        (
            "en",
            "Hi, I got a letter from ul. Piastowska 14, 45-082 Opole, what should I do with it?",
            "Opole",
        ),
        # a sentence saying more than where the person is
        ("en", "I am a Ukrainian student in Opole and I need a PESEL for work", "Opole"),
        # someone else's city
        ("en", "my sister lives in Sopot and I need a pesel for my child", "Sopot"),
        (
            "uk",
            "Привіт, моя сестра живе в Сопоті, а мені потрібен песель для дитини, що робити",
            "Сопот",
        ),
    ],
)
async def test_a_city_that_may_not_be_theirs_is_asked_about_first(network, hint, typed, named):
    person = newcomer(network, hint)
    await person.send(typed)
    assert "/office" not in person.text  # not chosen
    offices = [b for b in person.buttons if b.payload.startswith("office:")]
    assert offices[0].label == named  # the office named, at the top of the whole list
    assert len(offices) >= 4
    await person.press(named)
    assert "/office" in person.replies[0].text  # chosen now; the question answered after it
    assert len(person.replies) > 1


@pytest.mark.parametrize(
    ("hint", "typed", "left"),
    [  # the city left («from X») is not the person's: asked, and not put at the top
        ("uk", "я переїхала з Ополя, де тепер робити мельдунек?", "Ополе"),
        ("ru", "я переехала из Сопота, где сделать песель", "Сопот"),
        ("uk", "я переїхала із Сопота", "Сопот"),
    ],
)
async def test_the_city_moved_from_is_neither_chosen_nor_put_first(network, hint, typed, left):
    person = newcomer(network, hint)
    await person.send(typed)
    assert "/office" not in person.text  # asked, not chosen
    offices = [b.label for b in person.buttons if b.payload.startswith("office:")]
    other = newcomer(network, hint, user="2402")
    await other.send("/start")
    usual = [b.label for b in other.buttons if b.payload.startswith("office:")]
    assert offices == usual and left in offices  # the usual order, the city left not lifted
    if left == "Сопот":
        assert offices[0] != left  # (Sopot, last in the config, is no longer put first)
    await person.press(offices[0])
    assert "/office" in person.replies[0].text  # the question still answered after the choice


@pytest.mark.parametrize(
    ("hint", "typed", "chosen"),
    [  # the city moved to («в», «до», «to», «do») is theirs now: chosen, the question answered
        (
            "uk",
            "я переїхала із Сопота в Ополе, де зробити песель",
            "Ваш інформаційний пункт: Ополе.",
        ),
        ("uk", "я переїхала з Ополя в Сопот, де зробити песель", "Ваш інформаційний пункт: Сопот."),
        ("uk", "я переїхала в Сопот з Ополя, де зробити песель", "Ваш інформаційний пункт: Сопот."),
        (
            "uk",
            "я переїхала із Сопота до Ополя, де зробити песель",
            "Ваш інформаційний пункт: Ополе.",
        ),
        ("en", "I moved from Opole to Sopot", "Your information point: Sopot."),
        (
            "en",
            "I moved from Sopot to Opole, where do I get a PESEL?",
            "Your information point: Opole.",
        ),
        (
            "ru",
            "переехала из Сопота в Ополе, где сделать песель",
            "Ваш информационный пункт: Ополе.",
        ),
        (
            "pl",
            "przeprowadziłam się z Opola do Sopotu, gdzie zrobić pesel",
            "Twój punkt informacyjny: Sopot.",
        ),
    ],
)
async def test_a_move_from_one_city_to_another_chooses_the_city_moved_to(
    network, hint, typed, chosen
):
    person = newcomer(network, hint)
    await person.send(typed)
    assert person.replies[0].text.startswith(chosen)
    assert not any(b.payload.startswith("office:") for b in person.buttons)  # no list
    if "esel" in typed:  # the question answered there
        assert "PESEL" in person.text or any("PESEL" in b.label for b in person.buttons)


async def test_the_town_moved_to_from_an_offices_city_puts_its_nearest_first(network):
    """«I moved from Opole to Kraków»: Kraków has no office; the one nearest to it comes first
    (in this network the office at Kraków's coordinates, named Sopot here), not Opole, the city
    left; the question is answered after the choice."""
    person = newcomer(network, "en")
    await person.send(
        "I moved from Opole to Kraków last month, where do I register my address now?"
    )
    assert "In Kraków we have no information point. The nearest is Sopot" in person.text
    offices = [b.label for b in person.buttons if b.payload.startswith("office:")]
    assert offices[0] == "Sopot" and "Opole" in offices[1:]
    await person.press(offices[0])
    assert "/office" in person.replies[0].text  # the question still answered after the choice


async def test_two_cities_without_a_move_are_listed_as_before(network):
    person = newcomer(network, "uk")
    await person.send("моя сестра живе в Сопоті, а я в Ополі, де зробити песель")
    assert [b.label for b in person.buttons][:2] == ["Ополе", "Сопот"]  # not a move: unchanged
