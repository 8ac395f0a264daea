"""«Так», «да», «tak», «yes» typed under a summary send or book it, as at a course's summary
(tester 32, item 9): the help request's «Is everything correct?», the appointment request's
«Send?» and the appointment's «Is everything correct?». A typed no is the summary's other way:
«Change something» where the form has it, «Don't send» / «Don't book» where it has that."""

from __future__ import annotations

import re

import pytest

from tests.support.appointments import book_career
from tests.support.assist import fill_translation
from tests.support.dialogue import Dialogue

YES = {"uk": "так", "ru": "да", "en": "yes", "pl": "tak"}
SENT = re.compile(r"(№ |#|nr )P1\b")


def leaves_no_summary(dialogue: Dialogue) -> bool:
    return not any(":send:" in b.payload or ":confirm:" in b.payload for b in dialogue.buttons)


@pytest.mark.parametrize("lang", sorted(YES))
async def test_a_typed_yes_sends_the_help_request(app, lang):
    dialogue = Dialogue(app.core, language_hint=lang)
    await fill_translation(dialogue)
    await dialogue.send(YES[lang])
    assert SENT.search(dialogue.text) and leaves_no_summary(dialogue), dialogue.text
    assert app.services.t(lang, "cb_use_buttons") not in dialogue.text


@pytest.mark.parametrize("typed", ["ok", "верно", "wszystko się zgadza", "так, все правильно"])
async def test_other_yes_words_send_it_too(app, typed):
    dialogue = Dialogue(app.core, language_hint="ru")
    await fill_translation(dialogue)
    await dialogue.send(typed)
    assert SENT.search(dialogue.text) and leaves_no_summary(dialogue), dialogue.text


@pytest.mark.parametrize("typed", ["нет", "не верно", "нет, неправильно"])
async def test_a_typed_no_asks_what_to_change(app, typed):
    dialogue = Dialogue(app.core, language_hint="ru")
    await fill_translation(dialogue)
    await dialogue.send(typed)
    assert app.services.t("ru", "cb_fix_what") in dialogue.text
    assert not SENT.search(dialogue.text)


async def send_summary(dialogue: Dialogue) -> None:
    await dialogue.payload("appt:open:legal_advice")
    await dialogue.payload("person:agree")
    await dialogue.send("Моя карта побиту отклонена, есть письмо от воеводы")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    assert any(b.payload.startswith("appt:send:") for b in dialogue.buttons)


@pytest.mark.parametrize("lang", sorted(YES))
async def test_a_typed_yes_sends_the_appointment_request(app, lang):
    dialogue = Dialogue(app.core, language_hint=lang)
    await send_summary(dialogue)
    await dialogue.send(YES[lang])
    assert "W1" in dialogue.text and leaves_no_summary(dialogue), dialogue.text


async def test_a_typed_no_sends_no_appointment_request(app):
    dialogue = Dialogue(app.core, language_hint="pl")
    await send_summary(dialogue)
    await dialogue.send("nie")
    assert app.services.t("pl", "ap_abandoned") in dialogue.text and "W1" not in dialogue.text


@pytest.mark.parametrize("lang", sorted(YES))
async def test_a_typed_yes_books_the_appointment(app, lang):
    dialogue = Dialogue(app.core, language_hint=lang)
    await book_career(dialogue)
    assert any(b.payload.startswith("appt:confirm:") for b in dialogue.buttons)
    await dialogue.send(YES[lang])
    assert "S1" in dialogue.text and leaves_no_summary(dialogue), dialogue.text
