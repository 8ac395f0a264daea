"""The name step: a name kept exactly as typed (and escaped for staff), the «a question, not a
name?» offer answered by a yes or a no typed, and a message asking for something («Ukrainian
visit please») offered as a question, not taken for a name."""

from __future__ import annotations

import pytest

from bot.core import markup
from tests.support.callbacks import STAFF_CHAT, at_the_name_step, confirm_payload
from tests.support.dialogue import Dialogue


async def _sent(dialogue: Dialogue) -> str:
    """From the phone step on: the request sent; the summary the person saw before sending."""
    await dialogue.send("601 234 567")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload("callback:language:uk")
    await dialogue.payload("callback:window:asap")
    summary = dialogue.text
    await dialogue.payload(confirm_payload(dialogue))
    return summary


async def test_a_name_ending_in_a_character_reference_keeps_its_last_character(
    dialogue, delivery, platform
):
    await at_the_name_step(dialogue, "uk")
    await dialogue.send("Олена <b>&amp;")
    summary = await _sent(dialogue)
    assert "Ім'я: Олена <b>&amp;\n" in summary
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Imię: Олена <b>&amp;\n" in card.text
    assert "Imię: Олена &lt;b&gt;&amp;amp;\n" in markup.to_html(card.reply.text)  # not a tag


async def test_a_name_with_a_trailing_exclamation_mark_is_still_tidied(dialogue):
    await at_the_name_step(dialogue, "en")
    await dialogue.send("Olena!")
    summary = await _sent(dialogue)
    assert "Name: Olena\n" in summary


LEFT = {
    "uk": "заповнення припинено, нічого не надіслано",
    "ru": "заполнение прервано, ничего не отправлено",
    "en": "the form is closed and nothing was sent",
    "pl": "wypełnianie przerwane, nic nie zostało wysłane",
}


@pytest.mark.parametrize(
    ("lang", "yes"), [("uk", "так"), ("ru", "да"), ("pl", "tak"), ("en", "yes"), ("uk", "Так!")]
)
async def test_a_yes_typed_at_the_question_offer_answers_the_question(dialogue, lang, yes):
    await at_the_name_step(dialogue, lang)
    await dialogue.send("pesel")
    assert any(b.payload == "person:answer" for b in dialogue.buttons)
    await dialogue.send(yes)
    assert LEFT[lang] in dialogue.text
    assert not any(b.payload == "person:is_name" for b in dialogue.buttons)


@pytest.mark.parametrize(("lang", "no"), [("uk", "ні"), ("ru", "нет"), ("pl", "nie"), ("en", "no")])
async def test_a_no_typed_at_the_question_offer_takes_it_as_the_name(dialogue, lang, no):
    await at_the_name_step(dialogue, lang)
    await dialogue.send("Pesel")
    await dialogue.send(no)
    assert dialogue.replies[-1].request_contact  # on to the phone
    summary = await _sent(dialogue)
    assert ": Pesel\n" in summary


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("en", "Ukrainian visit please"),
        ("en", "Visit tomorrow"),
        ("uk", "Швидкий запис"),
        ("uk", "Візит завтра будь ласка"),
        ("ru", "Срочно запись пожалуйста"),
        ("pl", "Wizyta jutro proszę"),
    ],
)
async def test_a_request_typed_at_the_name_is_offered_as_a_question(dialogue, lang, typed):
    await at_the_name_step(dialogue, lang)
    await dialogue.send(typed)
    assert not dialogue.replies[-1].request_contact  # not taken as the name
    assert [b.payload for b in dialogue.buttons] == ["person:answer", "person:is_name"]
    await dialogue.press("👤")  # «No, that is my name»: the person's word goes
    assert dialogue.replies[-1].request_contact


@pytest.mark.parametrize("name", ["Rose Kowalska", "Олена Петренко", "Maria José", "Bohdan"])
async def test_names_still_go_through(dialogue, name):
    await at_the_name_step(dialogue, "en")
    await dialogue.send(name)
    assert dialogue.replies[-1].request_contact


@pytest.mark.parametrize(
    ("lang", "typed", "line"),
    [
        ("uk", "мене звати Оксана, я з Харкова", "Ім'я: Оксана\n"),
        ("en", "my name is Anna and I live in Kielce", "Name: Anna\n"),
        ("pl", "nazywam się Kasia, mam pytanie o pracę", "Imię: Kasia\n"),
        ("ru", "меня зовут Ольга и у меня вопрос", "Имя: Ольга\n"),
        ("pl", "Kowalska, Anna Maria", "Imię: Kowalska, Anna Maria\n"),
    ],
)
async def test_a_name_said_in_a_sentence_is_only_the_name(dialogue, lang, typed, line):
    """Tester 22, item 1: staff call «Оксана», not «Оксана, я»."""
    await at_the_name_step(dialogue, lang)
    await dialogue.send(typed)
    assert dialogue.replies[-1].request_contact  # on to the phone: no «a question?» offer
    summary = await _sent(dialogue)
    assert line in summary


async def test_a_sentence_confirmed_as_the_name_keeps_the_name_it_names(dialogue):
    await at_the_name_step(dialogue, "en")
    await dialogue.send("Anna and I live in Kielce")
    assert [b.payload for b in dialogue.buttons] == ["person:answer", "person:is_name"]
    await dialogue.press("👤")  # «No, that is my name»
    summary = await _sent(dialogue)
    assert "Name: Anna\n" in summary


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("en", "work question"), ("pl", "pytanie o pracę"), ("ru", "вопрос по работе")],
)
async def test_a_question_about_something_is_not_a_name_in_any_language(dialogue, lang, typed):
    """Tester 22, item 2: «work question» is offered as a question as «pytanie o pracę» is."""
    await at_the_name_step(dialogue, lang)
    await dialogue.send(typed)
    assert not dialogue.replies[-1].request_contact
    assert [b.payload for b in dialogue.buttons] == ["person:answer", "person:is_name"]
