"""The phone corrected the same way in every form that takes one (a visit, an appointment and
its request, a help request, a course's sign-up, a callback): a number typed later, «не той
номер, мій …», «wrong number» alone, or «📱 Change the phone» on the summary, which asks only
the phone and comes back to the summary (person/corrected.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.appointments import book_career, give_details
from tests.support.assist import fill_translation, send_payload, up_to_the_form
from tests.support.bookings import STAFF_CHAT, book, confirm_button, to_chat
from tests.support.callbacks import to_the_window
from tests.support.courses import up_to_summary
from tests.support.services import write_services_config

# (a correction with the number, the words alone, «back», the label of the phone on a summary)
SAID = {
    "uk": ("не той номер, мій 602 000 111", "ой, не той номер", "назад", "Телефон"),
    "ru": ("ой, ошиблась, правильный номер 602 000 111", "неправильный номер", "назад", "Телефон"),
    "en": ("wrong number, it is 602 000 111", "wrong number", "back", "Phone"),
    "pl": ("zły numer, mój to 602 000 111", "zły numer", "wstecz", "Telefon"),
}
CHANGE = {
    "uk": "Змінити телефон",
    "ru": "Изменить телефон",
    "en": "Change the phone",
    "pl": "Zmień telefon",
}
LANGS = sorted(SAID)
QUESTION = {
    "uk": "де зробити песель?",
    "ru": "где сделать песель?",
    "en": "where do I get a pesel?",
    "pl": "gdzie zrobić pesel?",
}


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return write_services_config(tmp_path)


@pytest.mark.parametrize("lang", LANGS)
async def test_a_visit_takes_the_corrected_number_typed_at_its_summary(app, dialogue, lang):
    dialogue.language_hint = lang
    await book(dialogue)
    await dialogue.send(SAID[lang][0])
    assert "+48 602 000 111" in dialogue.text and "601 234 567" not in dialogue.text
    await dialogue.payload(confirm_button(dialogue).payload)
    [card] = await to_chat(app.core, STAFF_CHAT)
    assert "602 000 111" in card.text and "601 234 567" not in card.text


@pytest.mark.parametrize("lang", LANGS)
async def test_change_the_phone_on_a_visits_summary_asks_only_the_phone(dialogue, lang):
    dialogue.language_hint = lang
    await book(dialogue, name="Olena")
    await dialogue.press(CHANGE[lang])
    assert dialogue.replies[0].request_contact  # the phone asked, not the name
    assert not any(b.payload == "person:known_phone" for b in dialogue.buttons)
    await dialogue.send("602 000 111")
    assert "Olena" in dialogue.text and "+48 602 000 111" in dialogue.text
    assert confirm_button(dialogue)  # the summary again


@pytest.mark.parametrize("lang", LANGS)
async def test_wrong_number_alone_asks_the_phone_and_back_keeps_the_old_one(dialogue, lang):
    dialogue.language_hint = lang
    _, alone, back, _ = SAID[lang]
    await book(dialogue)
    await dialogue.send(alone)
    assert dialogue.replies[0].request_contact and "601 234 567" in dialogue.text
    await dialogue.send(back)
    assert "601 234 567" in dialogue.text and confirm_button(dialogue)


@pytest.mark.parametrize("lang", LANGS)
async def test_an_appointment_takes_the_corrected_number(dialogue, lang):
    dialogue.language_hint = lang
    await book_career(dialogue)
    await dialogue.send(SAID[lang][0])
    assert "+48 602 000 111" in dialogue.text
    assert any(b.payload.startswith("appt:confirm:") for b in dialogue.buttons)


@pytest.mark.parametrize("lang", LANGS)
async def test_an_appointment_request_changes_only_the_phone_from_its_summary(dialogue, lang):
    dialogue.language_hint = lang
    await dialogue.payload("appt:open:legal_advice")
    await dialogue.payload("person:agree")
    await dialogue.send("My residence card was refused, I have a letter from the voivode")
    await give_details(dialogue, "Olena Kovalenko", "601 234 567")
    await dialogue.payload("appt:fix")
    await dialogue.press(CHANGE[lang])
    await dialogue.send("+48 602 000 111")
    assert "Olena Kovalenko" in dialogue.text and "+48 602 000 111" in dialogue.text
    assert any(b.payload.startswith("appt:send:") for b in dialogue.buttons)


@pytest.mark.parametrize("lang", LANGS)
async def test_a_help_request_takes_a_number_typed_at_a_later_question(dialogue, lang):
    dialogue.language_hint = lang
    await up_to_the_form(dialogue, "translation")
    await dialogue.send(SAID[lang][0])
    assert f"✅ {SAID[lang][3]}: +48 602 000 111" in dialogue.text
    assert any(b.payload.startswith("assist:pick:0:") for b in dialogue.buttons)  # same question
    await dialogue.payload("assist:pick:0:1")
    await dialogue.send("1.12")
    await dialogue.payload("assist:pick:2:uk")
    await dialogue.payload("assist:skip:3")
    assert "+48 602 000 111" in dialogue.text and "601 234 567" not in dialogue.text
    assert send_payload(dialogue)


async def test_a_help_forms_phone_field_follows_the_corrected_number(app, dialogue):
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("1.12")
    await dialogue.send("10:00")
    await dialogue.send("wrong number: 602 000 111")  # at «Where to?»
    assert "✅ Phone: +48 602 000 111" in dialogue.text and "Where to?" in dialogue.text
    await dialogue.send("Opole, ul. Piastowska 14")
    assert "601 234 567" not in dialogue.text  # the field «Your phone» too
    await dialogue.payload(send_payload(dialogue))
    [card] = await to_chat(app.core, STAFF_CHAT)
    assert "602 000 111" in card.text and "601 234 567" not in card.text


@pytest.mark.parametrize("lang", LANGS)
async def test_a_help_requests_summary_changes_only_the_phone(dialogue, lang):
    dialogue.language_hint = lang
    await fill_translation(dialogue)
    await dialogue.payload("assist:fix")
    await dialogue.press(CHANGE[lang])
    await dialogue.send("602 000 111 po 17")  # (the office closes at 16: keep the note?)
    await dialogue.payload("person:note_keep")
    assert "+48 602 000 111" in dialogue.text and "Olena" in dialogue.text
    assert "po 17" in dialogue.text  # the note, for staff
    assert send_payload(dialogue)


@pytest.mark.parametrize("lang", LANGS)
async def test_a_course_sign_up_takes_the_corrected_number(dialogue, lang):
    dialogue.language_hint = lang
    await up_to_summary(dialogue)
    await dialogue.send(SAID[lang][0])
    assert "+48 602 000 111" in dialogue.text
    assert any(b.payload.startswith("course:confirm:") for b in dialogue.buttons)


@pytest.mark.parametrize("lang", LANGS)
async def test_a_callbacks_summary_changes_only_the_phone(dialogue, lang):
    dialogue.language_hint = lang
    await to_the_window(dialogue, description=None, language=lang)
    await dialogue.send(SAID[lang][0])  # at «when to call?»
    assert f"✅ {SAID[lang][3]}: +48 602 000 111" in dialogue.text
    await dialogue.payload("callback:window:asap")
    assert "+48 602 000 111" in dialogue.text
    await dialogue.payload("callback:fix")
    await dialogue.press(CHANGE[lang])
    await dialogue.send("603 000 222")
    assert "Olena" in dialogue.text and "+48 603 000 222" in dialogue.text
    assert any(b.payload.startswith("callback:send:") for b in dialogue.buttons)


async def test_a_description_with_a_number_in_it_stays_the_description(dialogue):
    await dialogue.send("/callback")
    await dialogue.payload("person:agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.payload("callback:topic:pesel")
    text = "My employer's new number 602 000 111 does not answer and my card expires next week"
    await dialogue.send(text)
    assert "which language" in dialogue.text and "✅ Phone" not in dialogue.text
    await dialogue.payload("callback:language:en")
    await dialogue.payload("callback:window:asap")
    assert "+48 601 234 567" in dialogue.text and "employer" in dialogue.text


@pytest.mark.parametrize("lang", LANGS)
async def test_a_correction_typed_while_an_offer_waits_is_taken_and_the_offer_stays(dialogue, lang):
    dialogue.language_hint = lang
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("1.12")
    await dialogue.send("10:00")
    await dialogue.send(QUESTION[lang])  # at «Where to?»: leave the form to have it answered?
    assert any(b.payload == "typed:answer" for b in dialogue.buttons)
    await dialogue.send(SAID[lang][0])
    assert f"✅ {SAID[lang][3]}: +48 602 000 111" in dialogue.text
    assert any(b.payload == "typed:answer" for b in dialogue.buttons)  # the offer, again
