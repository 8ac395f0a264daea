"""Threats told around (bot/features/urgent/cues.yaml, `threat`): harm promised on a condition
(«if I go to the police / ZUS»), from an unknown number, «they know where I live»: the help lines
first, in the message's language, in a chat and in a form's free text (a help request's note is
flagged 🚨 for staff). A missing child typed at any form's free-text step gets the missing
person's lines in each language. And the look-alikes (a film, a school project, «my boss will
kill me if I'm late», a threat of a fine, a bill that «kills») bring no lines."""

from __future__ import annotations

import pytest

from tests.support.assist import up_to_the_form
from tests.support.callbacks import STAFF_CHAT, at_the_name_step
from tests.support.dialogue import Dialogue

# tester 40 (F2) first; the last two say a look-alike's sign (a court, a film) beside a real threat
THREATS = [
    ("pl", "pracodawca zabrał mi paszport i mówi że jak pójdę do ZUS to mnie zabije"),
    ("pl", "szef grozi że mnie zabije"),
    ("pl", "brygadzista mówi że jak pójdę do inspekcji pracy to mnie wywiozą do lasu"),
    ("uk", "отримала повідомлення: ми знаємо в яку школу ходить твій син"),
    ("uk", "shef skazav shcho yakshcho pidu v policiiu to meni kinets"),
    ("ru", "бригадир говорит что если пожалуюсь, меня вывезут и никто не найдет"),
    ("ru", "pishut s neznakomogo nomera chto ub'yut moyu sem'yu"),
    ("en", "getting messages from unknown number saying they know where I live"),
    ("en", "he told me he'll slit my throat if I speak to anyone about the work"),
    ("ru", "муж угрожает убить если я подам в суд на развод"),
    ("en", "my ex watched a movie and then said he will kill me"),
]

LOOK_ALIKES = [
    "my boss will kill me if I'm late again lol, when does the first tram leave",
    "my wife will kill me if I forget our anniversary, where can I buy flowers at night",
    "my son's school project is about domestic violence, where can we find statistics for Poland",
    "I'm watching a series where the mafia threatens a family, is it available in Polish",
    "the tax office threatens a fine if I don't file by April, what should I do",
    "my daughter is reading a crime novel about a stalker, is it on the school reading list",
    "I keep getting calls from an unknown number, could it be the voivodeship office?",
    "rachunek za gaz mnie zabija, czy można rozłożyć na raty",
    "в школі дали проект про домашнє насильство, де знайти статистику по Польщі",
]

# tester 40 (F1) in each language
MISSING = {
    "uk": "доньки 9 років нема вдома з обіду, телефон не відповідає, що робити",
    "ru": "дочери 9 лет нет дома с обеда, телефон не отвечает, что делать",
    "en": "my 9 year old daughter has not come home since lunch, her phone is off, what do i do",
    "pl": "córki 9 lat nie ma w domu od obiadu, telefon nie odpowiada, co robić",
}


async def test_a_threat_told_around_gets_the_help_lines_in_its_language(app):
    for at, (lang, text) in enumerate(THREATS):
        person = Dialogue(app.core, user_id=str(6400 + at), language_hint=lang)
        await person.send(text)
        first = person.replies[0]
        assert first.text.startswith(app.services.t(lang, "urgent_help")), (text, person.text)


async def test_a_look_alike_gets_no_lines(app):
    for at, text in enumerate(LOOK_ALIKES):
        person = Dialogue(app.core, user_id=str(6500 + at))
        await person.send(text)
        for reply in person.replies:
            assert not reply.text.startswith(("🚨", "🚑")), (text, person.text)


async def test_a_threat_in_a_help_requests_note_gets_the_lines_and_is_flagged_for_staff(
    dialogue: Dialogue, delivery, platform
):
    await up_to_the_form(dialogue, "translation")
    await dialogue.payload("assist:pick:0:1")
    await dialogue.send("1.12")
    await dialogue.payload("assist:pick:2:uk")
    await dialogue.send(THREATS[0][1])
    assert "800 120 002" in dialogue.text and "112" in dialogue.text
    [send] = [b for b in dialogue.buttons if b.payload.startswith("assist:send")]
    await dialogue.payload(send.payload)
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert card.text.startswith("🚨 PILNE")


async def _at_the_visits_topic(dialogue: Dialogue) -> None:
    await dialogue.send("/book")
    await dialogue.press("City Hall")
    await dialogue.press("Tue 24 Nov")
    await dialogue.press("13:30")


async def _at_the_callbacks_description(dialogue: Dialogue) -> None:
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.payload("callback:topic:other")


async def _at_a_help_requests_note(dialogue: Dialogue) -> None:
    await up_to_the_form(dialogue, "translation")
    await dialogue.payload("assist:pick:0:1")
    await dialogue.send("1.12")
    await dialogue.payload("assist:pick:2:uk")


async def _at_an_appointments_need(dialogue: Dialogue) -> None:
    await dialogue.payload("appt:open:legal_advice")
    await dialogue.payload("person:agree")


@pytest.mark.parametrize(
    ("lang", "reach"),
    [
        ("uk", _at_the_visits_topic),
        ("ru", _at_the_callbacks_description),
        ("en", _at_a_help_requests_note),
        ("pl", _at_an_appointments_need),
    ],
)
async def test_a_missing_child_typed_in_a_forms_free_text_gets_the_missing_persons_lines(
    app, dialogue: Dialogue, lang, reach
):
    await reach(dialogue)
    await dialogue.send(MISSING[lang])
    assert app.services.t(lang, "urgent_missing").replace("**", "") in dialogue.text
    assert "116 000" in dialogue.text
