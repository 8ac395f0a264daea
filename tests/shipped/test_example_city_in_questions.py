"""examples/network.yaml: a person of Opole who names their city in a question («pesel opole»,
«karta pobytu w Opolu») is answered about the matter, not with Opole's own bus card topic (whose
title names the city); a question whose other words ask for the bus card («autobus Opole») gets
it. A newcomer whose first words are Polish («mieszkam w Opolu») is offered answers in Polish."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content, four offices


@pytest.fixture
def example(searched_example):  # type: ignore[no-untyped-def]
    """examples/network.yaml on a Monday morning, with the search (tests/shipped/conftest.py)."""
    return searched_example


async def of_opole(example, lang: str) -> Dialogue:  # type: ignore[no-untyped-def]
    person = Dialogue(example.core, user_id="3201", language_hint=lang)
    await person.send("/start opole")
    return person


@pytest.mark.parametrize(
    ("lang", "question", "title"),
    [
        ("en", "pesel opole", "PESEL"),
        ("pl", "karta pobytu w Opolu", "Pobyt, wizy, karta pobytu"),
        ("uk", "карта побиту Ополе", "Перебування, візи, карта побиту"),
    ],
)
async def test_the_city_named_in_a_question_does_not_bring_the_city_s_bus_card(
    example, lang, question, title
):
    olena = await of_opole(example, lang)
    await olena.send(question)
    assert title in olena.text.split("\n")[0]
    assert "Opolka" not in olena.text.split("\n")[0]


async def test_a_question_about_the_city_s_buses_gets_its_bus_card(example):
    olena = await of_opole(example, "pl")
    await olena.send("autobus Opole")
    assert "Opolka" in olena.text.split("\n")[0]


async def test_a_newcomer_writing_polish_names_is_offered_answers_in_polish(example):
    anna = Dialogue(example.core, user_id="3202")
    await anna.send("meldunek w Opolu")  # (the Polish names of things: any newcomer's words)
    assert "Your information point: Opole." in anna.text
    assert anna.buttons[0].label == "🇵🇱 Odpowiadaj po polsku"
    await anna.press("Odpowiadaj po polsku")  # (the question answered again, in Polish)
    assert anna.text.startswith("Meldunek (zameldowanie)")


async def test_a_newcomer_writing_a_polish_sentence_is_answered_in_polish(example):
    anna = Dialogue(example.core, user_id="3202")
    await anna.send("mieszkam w Opolu")  # (a verb: a Polish sentence, without Polish letters)
    assert "Twój punkt informacyjny: Opole." in anna.text
    await anna.send("/menu")
    assert anna.button("Dokumenty i legalny pobyt")


async def test_a_question_naming_another_office_is_answered_again_there_after_the_switch(example):
    """Tester report 28, item 8: «📍 Go to: Sopot» under the answer to a question that named
    Sopot answers that question again with Sopot's office, not with the menu only; the same
    button under an older answer switches without answering that old question again."""
    olena = Dialogue(example.core, user_id="3102", language_hint="uk")
    await olena.send("/start opole")
    await olena.send("я переїхала в Сопот, де тепер зробити мельдунек?")
    assert "Urząd Miasta Sopotu" in olena.text  # (the town asked about: tester 32, item 3)
    assert "Urząd Miasta Opola" not in olena.text
    await olena.press("📍 Перейти: Сопот")
    assert "Ваш інформаційний пункт: Сопот" in olena.text
    assert "Urząd Miasta Sopotu" in olena.text  # (its «where», the move's words not searched)

    marta = Dialogue(example.core, user_id="3103", language_hint="uk")
    await marta.send("/start opole")
    await marta.send("я переїхала в Сопот, де тепер зробити мельдунек?")
    button = marta.button("📍 Перейти: Сопот")
    await marta.send("скільки коштує страхування NFZ?")  # a later question
    await marta.payload(button.payload)
    assert "Ваш інформаційний пункт: Сопот" in marta.text
    assert "Мельдунек" not in marta.text
