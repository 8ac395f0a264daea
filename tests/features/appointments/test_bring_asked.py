"""«What to bring to the lawyer?» after booking a legal-aid appointment (tester 34): the
appointment (when, with whom, where) and the service's `bring:` list, not the general legal-aid
answer; the career counsellor's service has no `bring:`: the documents about the matter. A
question about another specialist, or without an appointment, is searched as before."""

from __future__ import annotations

import pytest

from tests.support.appointments import LAWYER_TUE_1000, book_and_confirm_career, send_request
from tests.support.dialogue import Dialogue, StaffMember

BRING = {
    "en": ("what should I bring to the lawyer?", "your passport and every letter about"),
    "uk": ("що взяти з собою до юриста?", "паспорт і всі листи щодо справи"),
    "ru": ("что взять с собой к юристу?", "паспорт и все письма по делу"),
    "pl": ("co zabrać do prawnika?", "paszport i wszystkie pisma w sprawie"),
}
WHEN = {"en": "Tuesday, 24 November 2026, 10:00", "uk": "24 листопада 2026", "ru": "24 ноября"}
WHEN["pl"] = "24 listopada 2026"


async def booked_lawyer(app, dialogue: Dialogue) -> None:  # type: ignore[no-untyped-def]
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1000}")
    await anna.press("Zaproponuj zaznaczony")
    await dialogue.payload("appt:take:1:0")


@pytest.mark.parametrize("lang", list(BRING))
async def test_what_to_bring_to_the_lawyer_names_the_appointment_and_its_list(app, dialogue, lang):
    await booked_lawyer(app, dialogue)
    await dialogue.payload(f"language:{lang}")
    question, listed = BRING[lang]
    await dialogue.send(question)
    assert WHEN[lang] in dialogue.text, dialogue.text
    assert "🎒" in dialogue.text and listed in dialogue.text, dialogue.text


async def test_without_a_bring_list_the_documents_about_the_matter(app, dialogue):
    await book_and_confirm_career(dialogue)
    await dialogue.send("what documents should I bring to the career counsellor?")
    assert "Thursday, 26 November 2026, 09:00" in dialogue.text, dialogue.text
    assert "every letter, decision and contract about your matter" in dialogue.text


async def test_another_specialist_or_no_appointment_is_searched(app, dialogue):
    await dialogue.send("what should I bring to the lawyer?")  # nothing booked
    assert "🎒" not in dialogue.text
    await book_and_confirm_career(dialogue)
    await dialogue.send("what should I bring to the psychologist?")
    assert "🎒" not in dialogue.text


# «отмените пожалуйста юриста, я нашёл другого» with a lawyer booked opened free legal aid
# (tester 41, F4): a cancel word and the booked specialist's name ask to cancel that appointment
CANCEL = {
    "ru": ("отмените пожалуйста юриста, я нашёл другого", "отменить этот приём"),
    "uk": ("скасуйте юриста, будь ласка", "скасувати цей прийом"),
    "en": ("please cancel the lawyer, I found another one", "cancel this appointment"),
    "pl": ("proszę odwołać prawnika", "odwołać tę wizytę"),
}


@pytest.mark.parametrize("lang", list(CANCEL))
async def test_cancel_the_lawyer_asks_to_cancel_the_booked_appointment(app, dialogue, lang):
    await booked_lawyer(app, dialogue)
    await dialogue.payload(f"language:{lang}")
    typed, asked = CANCEL[lang]
    await dialogue.send(typed)
    assert asked in dialogue.text and WHEN[lang] in dialogue.text, dialogue.text
    assert any(b.payload.startswith("appt:cancel_now:") for b in dialogue.buttons)


async def test_cancel_a_lawyer_not_booked_is_searched(app, dialogue):
    await book_and_confirm_career(dialogue)
    await dialogue.send("cancel the lawyer")
    assert not any(b.payload.startswith("appt:cancel_now:") for b in dialogue.buttons)
    await dialogue.send("cancel the career counsellor")
    assert any(b.payload.startswith("appt:cancel_now:") for b in dialogue.buttons)
