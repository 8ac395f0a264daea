"""A consent refused, then «а куди саме дзвонити?»: the phone to call, the hours and the places
(as the refusal showed them), not an answer of the knowledge base's search."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue

PHONE = "+48 41 000 00 00"  # the fixture office's organisation.phone
CALL = {
    "uk": f"📞 Дзвоніть до інформаційного пункту: {PHONE}",
    "ru": f"📞 Звоните в информационный пункт: {PHONE}",
    "en": f"📞 Call the information point on {PHONE}",
    "pl": f"📞 Zadzwoń do punktu informacyjnego: {PHONE}",
}
HOURS = {
    "uk": "Інформаційний пункт — години роботи",
    "ru": "Информационный пункт — часы работы",
    "en": "Information point — opening hours",
    "pl": "Punkt informacyjny — godziny otwarcia",
}


async def _declined(dialogue: Dialogue, lang: str) -> None:
    dialogue.language_hint = lang
    await dialogue.send("/callback")
    await dialogue.payload("person:decline")
    assert HOURS[lang] in dialogue.text


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("uk", "а куди саме дзвонити?"),
        ("uk", "А на який номер телефонувати?"),
        ("ru", "а куда именно звонить?"),
        ("ru", "какой номер?"),
        ("en", "where do I call then?"),
        ("en", "what number should I call"),
        ("pl", "gdzie mam dzwonić?"),
        ("pl", "a pod jaki numer?"),
    ],
)
async def test_where_to_call_after_a_refusal_gives_the_phone_and_hours(dialogue, lang, question):
    await _declined(dialogue, lang)
    await dialogue.send(question)
    assert dialogue.text.startswith(CALL[lang])
    assert HOURS[lang] in dialogue.text
    await dialogue.send("а куди саме дзвонити?")  # asked once more: the same
    assert dialogue.text.startswith(CALL["uk"] if lang == "uk" else "📞")


async def test_where_to_come_puts_the_places_first(dialogue):
    await _declined(dialogue, "en")
    await dialogue.send("where do I go?")
    assert dialogue.text.startswith("Information point for foreigners")  # the address first
    assert CALL["en"] not in dialogue.text


async def test_without_a_refusal_it_is_a_question_as_before(dialogue):
    dialogue.language_hint = "uk"
    await dialogue.send("а куди саме дзвонити?")
    assert CALL["uk"] not in dialogue.text


async def test_a_question_about_something_else_after_a_refusal_is_searched(dialogue):
    await _declined(dialogue, "en")
    await dialogue.send("how do I get a PESEL number?")
    assert CALL["en"] not in dialogue.text
    assert "PESEL" in dialogue.text


@pytest.mark.parametrize(
    ("lang", "between", "question"),
    [
        ("uk", "дякую", "а куди саме дзвонити?"),
        ("ru", "понятно", "какой номер?"),
        ("en", "ok", "where do I call then?"),
        ("pl", "dziękuję", "gdzie mam dzwonić?"),
    ],
)
async def test_where_to_call_two_messages_after_a_refusal_gets_the_same_answer(
    dialogue, lang, between, question
):
    await _declined(dialogue, lang)
    await dialogue.send(between)
    assert CALL[lang] not in dialogue.text
    await dialogue.send(question)
    assert dialogue.text.startswith(CALL[lang])
    assert HOURS[lang] in dialogue.text


async def test_long_after_a_refusal_it_is_a_question_as_before(dialogue, clock):
    await _declined(dialogue, "uk")
    await dialogue.send("дякую")
    clock.advance(minutes=31)
    await dialogue.send("а куди саме дзвонити?")
    assert CALL["uk"] not in dialogue.text
