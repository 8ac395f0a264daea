"""(tester 29, item 5) A constraint typed at «when should we call you?»: «звоните после 17 в
будни», «after 5 pm on weekdays», «po 17 w dni robocze» (a time in a few of its words: the
window it fits, the whole kept as the note for staff), «в будни вечером», «only at weekends»
(no time: kept as the note, the person told, the buttons asked again); the note on the staff
card, escaped. A name or a phone number there is no note. The fixture office: Mon-Fri
08:00-16:00, Wednesday until 18:00; the clock: Monday, 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from tests.support.callbacks import STAFF_CHAT, at_the_name_step, confirm_payload
from tests.support.dialogue import Dialogue


async def _at_the_window(dialogue: Dialogue, lang: str) -> None:
    await at_the_name_step(dialogue, lang)
    await dialogue.send("Olena")
    await dialogue.send("600 123 456")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload(f"callback:language:{lang}")
    assert any(b.payload.startswith("callback:window:") for b in dialogue.buttons)


@pytest.mark.parametrize(
    ("lang", "typed", "told"),
    [
        (
            "ru",
            "звоните после 17 в будни",
            "Сотрудники увидят ваши слова: «звоните после 17 в будни»",
        ),
        ("en", "after 5 pm on weekdays", "Staff will see your words: “after 5 pm on weekdays”"),
        ("pl", "po 17 w dni robocze", "Pracownicy zobaczą Twoje słowa: „po 17 w dni robocze”"),
    ],
)
async def test_a_time_with_a_constraint_is_the_afternoon_and_the_note(
    dialogue, delivery, platform, lang, typed, told
):
    await _at_the_window(dialogue, lang)
    await dialogue.send(typed)
    assert told in dialogue.text
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert f"🗒 Uwaga od osoby: {typed}" in card.text
    assert "po południu (po 12:00)" in card.text


@pytest.mark.parametrize(
    ("lang", "typed", "told"),
    [
        ("ru", "в будни **вечером** <b>", "🗒 Записали для сотрудников: «в будни **вечером** <b>»."),
        ("uk", "тільки у вихідні", "🗒 Записали для працівників: «тільки у вихідні»."),
        ("en", "only at weekends", "🗒 Noted for the staff: “only at weekends”."),
    ],
)
async def test_a_constraint_with_no_time_is_noted_and_the_buttons_stay(
    dialogue, delivery, platform, lang, typed, told
):
    await _at_the_window(dialogue, lang)
    await dialogue.send(typed)
    assert told in dialogue.text  # shown as typed: no markup read in it
    assert any(b.payload == "callback:window:pm" for b in dialogue.buttons)  # the buttons stay
    await dialogue.payload("callback:window:pm")
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert f"Uwaga od osoby: {typed}\n" in card.text  # as typed: **, <b> not read as markup


@pytest.mark.parametrize("typed", ["Olena Kovalenko", "+48 600 123 456"])
async def test_a_name_or_a_phone_there_is_no_note(dialogue, typed):
    await _at_the_window(dialogue, "en")
    await dialogue.send(typed)
    assert "Noted for the staff" not in dialogue.text  # (a phone: the number changed)
    assert any(b.payload == "callback:window:pm" for b in dialogue.buttons)


async def test_a_date_that_does_not_exist_is_said_so_not_noted(dialogue):
    await _at_the_window(dialogue, "uk")
    await dialogue.send("30 лютого")
    assert "⚠️ Дати 30.02 не існує: лютий має лише 28 днів." in dialogue.text
    assert "Записали для працівників" not in dialogue.text
    assert any(b.payload == "callback:window:pm" for b in dialogue.buttons)
