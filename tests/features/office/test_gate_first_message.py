"""A newcomer's first message at a network's gate that names their city in a longer question
(«hi, I am a student in Opole, how do I get a PESEL?») chooses that office, says so in one line
and answers the question there. A city that may not be theirs (a move between cities, an
address, someone else's city) is not taken: the list is shown, the named office first."""

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
        # a move: the city may be the one left
        (
            "en",
            "I moved from Opole to Kraków last month, where do I register my address now?",
            "Opole",
        ),
        ("uk", "я переїхала з Ополя, де тепер робити мельдунек?", "Ополе"),
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


async def test_two_cities_named_keep_asking_between_them(network):
    person = newcomer(network, "en")
    await person.send("I moved from Opole to Sopot, where do I do the meldunek now, and how fast?")
    assert person.text.startswith("📍 More than one information point fits what you wrote.")
    assert [b.label for b in person.buttons][:2] == ["Sopot", "Opole"]  # moved to, first
    await person.press("Sopot")
    assert person.replies[0].text.startswith("Your information point: Sopot.")


@pytest.mark.parametrize(
    ("hint", "typed", "first", "then"),
    [  # tester report 17, item 3: the city moved to first, the one left after it
        ("uk", "я переїхала з Ополя в Сопот, де зробити песель", "Сопот", "Ополе"),
        ("uk", "я переїхала в Сопот з Ополя, де зробити песель", "Сопот", "Ополе"),
        ("en", "I moved from Opole to Sopot", "Sopot", "Opole"),
        ("en", "I moved from Sopot to Opole", "Opole", "Sopot"),
        ("ru", "переехала из Сопота в Ополе, где сделать песель", "Ополе", "Сопот"),
        ("pl", "przeprowadziłam się z Opola do Sopotu, gdzie zrobić pesel", "Sopot", "Opole"),
    ],
)
async def test_a_move_between_two_cities_lists_the_city_moved_to_first(
    network, hint, typed, first, then
):
    person = newcomer(network, hint)
    await person.send(typed)
    assert "/office" not in person.text  # asked, not chosen
    assert [b.label for b in person.buttons][:2] == [first, then]


async def test_two_cities_without_a_move_are_listed_as_before(network):
    person = newcomer(network, "uk")
    await person.send("моя сестра живе в Сопоті, а я в Ополі, де зробити песель")
    assert [b.label for b in person.buttons][:2] == ["Ополе", "Сопот"]  # not a move: unchanged
