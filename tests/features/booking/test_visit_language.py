"""The language of the visit (tester report 16, item 10): a Pole booking a visit for a Ukrainian
neighbour says it will be in Ukrainian on the summary, and staff read it on the card beside the
language of the chat; a person who books for themselves is not asked anything more."""

from __future__ import annotations

import pytest

from tests.support.bookings import STAFF_CHAT, book, confirm_button, to_chat
from tests.support.callbacks import request_callback


async def test_the_summary_asks_and_the_staff_card_shows_the_visits_language(app, dialogue):
    dialogue.language_hint = "pl"
    await book(dialogue, name="Jan Kowalski")
    assert "🗣 Język wizyty: polski" in dialogue.text
    assert "Wybierz jej język poniżej" in dialogue.text
    await dialogue.press("Українська")
    assert "🗣 Język wizyty: ukraiński" in dialogue.text  # the summary again
    assert "Українська" not in [b.label for b in dialogue.buttons]
    await dialogue.payload(confirm_button(dialogue).payload)
    [card] = await to_chat(app.core, STAFF_CHAT)
    assert "🗣 Język wizyty: ukraiński" in card.text
    assert "Język czatu: polski" in card.text  # what the bot writes to the person in


@pytest.mark.parametrize(
    ("lang", "typed", "line"),
    [
        ("uk", "польською", "🗣 Мова візиту: польська"),
        ("ru", "по-украински", "🗣 Язык визита: украинский"),
        ("en", "in Russian", "🗣 Language of the visit: Russian"),
        ("pl", "po rosyjsku", "🗣 Język wizyty: rosyjski"),
    ],
)
async def test_the_visits_language_typed_at_the_summary(app, dialogue, lang, typed, line):
    dialogue.language_hint = lang
    await book(dialogue)
    await dialogue.send(typed)
    assert line in dialogue.text
    await dialogue.payload(confirm_button(dialogue).payload)
    [card] = await to_chat(app.core, STAFF_CHAT)
    staff_line = {"uk": "polski", "ru": "ukraiński", "en": "rosyjski", "pl": "rosyjski"}[lang]
    assert f"🗣 Język wizyty: {staff_line}" in card.text


async def test_booking_for_oneself_keeps_the_persons_language_and_a_move_keeps_it(app, dialogue):
    await book(dialogue)
    assert "🗣 Language of the visit: English" in dialogue.text
    await dialogue.press("Polski")
    await dialogue.payload(confirm_button(dialogue).payload)
    await dialogue.send("/mybookings")
    await dialogue.press("Move: Tue 24 Nov, 13:30")
    target = next(b for b in dialogue.buttons if b.payload.startswith("booking:moveto:1:"))
    await dialogue.payload(target.payload)
    await dialogue.press("Yes, move it")
    staff = await to_chat(app.core, STAFF_CHAT)
    moved = [m for m in staff if "Nowa wizyta (nr D2)" in m.text]
    assert moved and "🗣 Język wizyty: polski" in moved[0].text


@pytest.mark.parametrize(
    ("lang", "press", "line"),
    [
        ("pl", "Українська", "🗣 Język wizyty: ukraiński"),
        ("uk", "Polski", "🗣 Мова візиту: польська"),
        ("ru", "English", "🗣 Язык визита: английский"),
        ("en", "Українська", "🗣 Language of the visit: Ukrainian"),
    ],
)
async def test_the_person_reads_the_visits_other_language_after_booking(
    dialogue, lang, press, line
):
    dialogue.language_hint = lang
    await book(dialogue)
    await dialogue.press(press)
    await dialogue.payload(confirm_button(dialogue).payload)
    assert line in dialogue.text  # the confirmation
    await dialogue.send("/mybookings")
    assert line in dialogue.text
    await dialogue.send("/mydata")
    assert line in dialogue.text


async def test_a_visit_in_the_chats_language_says_nothing_more_after_booking(dialogue):
    await book(dialogue)
    await dialogue.payload(confirm_button(dialogue).payload)
    assert "Language of the visit" not in dialogue.text
    await dialogue.send("/mybookings")
    assert "Language of the visit" not in dialogue.text


@pytest.mark.parametrize(
    ("lang", "typed", "line"),
    [
        ("uk", "візит польською будь ласка", "🗣 Мова візиту: польська"),
        ("ru", "визит на украинском пожалуйста", "🗣 Язык визита: украинский"),
        ("en", "visit in ukrainian please", "🗣 Language of the visit: Ukrainian"),
        ("pl", "wizyta po ukraińsku proszę", "🗣 Język wizyty: ukraiński"),
    ],
)
async def test_the_visits_language_named_in_a_sentence(app, dialogue, lang, typed, line):
    dialogue.language_hint = lang
    await book(dialogue)
    await dialogue.send(typed)
    assert line in dialogue.text  # the summary again, with it


async def test_a_first_name_is_no_language_and_a_negation_chooses_none(app, dialogue):
    await book(dialogue)
    assert dialogue.button("Polski")
    await dialogue.send("Polina")  # a first name, not «Polish»
    assert "🗣 Language of the visit: English" in dialogue.text
    assert "Please choose with the buttons" in dialogue.text
    await dialogue.send("not in polish please")
    assert "🗣 Language of the visit: English" in dialogue.text
    await dialogue.send("po polsku")  # the language's own words still choose it
    assert "🗣 Language of the visit: Polish" in dialogue.text


async def test_a_card_whose_visit_is_in_the_chats_language_says_it_once(app, dialogue):
    """Tester 30: «Język czatu: polski» and «Język wizyty: polski» on two lines said one
    thing twice; the visit's line is there only when it is another language."""
    dialogue.language_hint = "pl"
    await book(dialogue, name="Jan Kowalski")
    await dialogue.payload(confirm_button(dialogue).payload)
    [card] = await to_chat(app.core, STAFF_CHAT)
    assert "🗣 Język czatu: polski" in card.text
    assert "Język wizyty" not in card.text


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("pl", "🗣 Język wizyty: ukraiński"),
        ("en", "🗣 Language of the visit: Ukrainian"),
        ("ru", "🗣 Язык визита: украинский"),
    ],
)
async def test_a_visit_booked_after_a_callback_is_offered_in_the_language_asked_for_then(
    dialogue, lang, line
):
    """Tester 30: a person who asked staff to call them in Ukrainian, then booked a visit with
    the bot in Polish, got «Język wizyty: polski»: the language they asked for comes first."""
    dialogue.language_hint = lang
    await request_callback(dialogue, language="uk")
    await book(dialogue)
    assert line in dialogue.text
