"""Staff cancel a specialist appointment keeping its time open and never press a reason (README
«Known gaps», Staff side: the person heard nothing more). The person is told at once by when
they hear more; once 30 minutes of opening hours have passed with no reason, they get the
other times anyway and the staff chat is reminded; a reason pressed later says so."""

from __future__ import annotations

from tests.support.appointments import (
    LAWYER_TUE_1000,
    STAFF_CHAT,
    book_and_confirm_career,
    send_request,
)
from tests.support.bookings import queued
from tests.support.dialogue import Dialogue, StaffMember


async def _job(app) -> None:  # type: ignore[no-untyped-def]
    for job in app.core.registry.jobs:
        if job.name.startswith("appointments: cancels with no reason"):
            await job.run(app.services)


async def _told(app, chat: str):  # type: ignore[no-untyped-def]
    return [q for q in await queued(app.core) if q.chat_id == chat]


async def _cancel_keeping_the_time(app, person: Dialogue) -> StaffMember:  # type: ignore[no-untyped-def]
    await book_and_confirm_career(person, name="Olena Kovalenko")  # Thursday 26 Nov, 09:00
    anna = StaffMember(app.core)
    await anna.payload("apptv:cancel:1")
    await anna.press("Odwołaj, godzina zostaje wolna")
    return anna


async def test_no_reason_in_time_brings_the_times_and_reminds_staff(app, clock, dialogue):
    anna = await _cancel_keeping_the_time(app, dialogue)  # Monday 09:00, the office open
    assert "Jeśli do pon. 23 listopada, 09:30 nic nie zostanie wybrane" in anna.text
    [cancelled] = (await _told(app, dialogue.user_id))[-1:]
    assert "has been cancelled" in cancelled.text
    assert "We will write to you again today by 09:30: why" in cancelled.text
    assert not any(b.payload.startswith("appt:again:") for b in cancelled.buttons)

    clock.advance(minutes=29)
    await _job(app)  # not yet: staff may still choose
    assert (await _told(app, dialogue.user_id))[-1].text == cancelled.text

    clock.advance(minutes=2)
    await _job(app)
    await _job(app)  # a second run (or a restart) repeats nothing
    times = (await _told(app, dialogue.user_id))[-1]
    assert "About your cancelled appointment (Thursday, 26 November 2026, 09:00" in times.text
    assert "Please choose another time" in times.text
    assert [b for b in times.buttons if b.payload.startswith("appt:again:1:")]
    assert len(await _told(app, dialogue.user_id)) == 2  # the cancel, the times
    [reminder] = [q for q in await _told(app, STAFF_CHAT) if "⏰" in q.text]
    assert "⏰ Wizyta u specjalisty nr S1 (Olena Kovalenko): przez 30 minut" in reminder.text
    assert "osoba dostała już inne wolne terminy tego specjalisty" in reminder.text

    await anna.press("Prosimy najpierw zadzwonić")  # pressed after all: nothing more is sent
    assert "Powodu odwołania wizyty nr S1 nie wybrano na czas" in anna.text
    assert len(await _told(app, dialogue.user_id)) == 2


async def test_a_reason_pressed_in_time_leaves_nothing_for_the_job(app, clock, dialogue):
    anna = await _cancel_keeping_the_time(app, dialogue)
    await anna.press("Osoba sama prosiła o odwołanie")
    before = len(await _told(app, dialogue.user_id))
    clock.advance(hours=1)
    await _job(app)
    assert len(await _told(app, dialogue.user_id)) == before
    assert not [q for q in await _told(app, STAFF_CHAT) if "⏰" in q.text]


async def test_a_cancel_after_hours_waits_for_the_morning(app, clock):
    person = Dialogue(app.core, user_id="uk-1", language_hint="uk")
    await book_and_confirm_career(person)
    clock.advance(hours=9)  # Monday 18:00: the office closed at 16:00
    anna = StaffMember(app.core)
    await anna.payload("apptv:cancel:1")
    await anna.press("Odwołaj, godzina zostaje wolna")
    told = (await _told(app, "uk-1"))[-1]
    assert "Ми напишемо вам ще раз до вт, 24 лист., 08:30" in told.text, told.text
    clock.advance(hours=14)  # Tuesday 08:00: staff have had no time yet
    await _job(app)
    assert (await _told(app, "uk-1"))[-1].text == told.text
    clock.advance(minutes=31)
    await _job(app)
    assert "Щодо вашого скасованого прийому" in (await _told(app, "uk-1"))[-1].text


async def test_an_approved_request_is_offered_again_by_the_bot(app, clock, dialogue):
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1000}")
    await anna.press("Zaproponuj zaznaczony termin")
    await dialogue.payload("appt:take:1:0")
    await anna.payload("apptv:cancel:1")
    await anna.press("Odwołaj, godzina zostaje wolna")
    clock.advance(minutes=31)
    await _job(app)
    last = (await _told(app, dialogue.user_id))[-1]
    assert "Your appointment request #W1 (Legal advice) stays approved" in last.text
    assert [b for b in last.buttons if b.payload.startswith("appt:take:1:")]
