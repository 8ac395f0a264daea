"""Staff cancel a specialist's appointment: its time closes (the specialist will not be there)
unless staff keep it bookable; the person is never offered the cancelled time again, is asked
to choose another time (no «good news … approved»), and the request's card says the bot
offered the times, not a staff member (the fresh-eyes tester's finding 1)."""

from __future__ import annotations

from tests.support.appointments import LAWYER_TUE_1000, STAFF_CHAT, send_request
from tests.support.bookings import queued, to_chat
from tests.support.dialogue import Dialogue, StaffMember

CANCELLED = "202611240900"  # Tue 24 Nov, 10:00 in Warsaw


async def _booked(app, dialogue) -> StaffMember:  # type: ignore[no-untyped-def]
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1000}")
    await anna.press("Zaproponuj zaznaczony")
    await dialogue.payload("appt:take:1:0")
    assert "Your appointment is booked" in dialogue.text
    return anna


def _has(staff: StaffMember, label: str) -> bool:
    return any(label in b.label for b in staff.buttons)


async def _told(app, dialogue):  # type: ignore[no-untyped-def]
    return [q for q in await queued(app.core) if q.chat_id == dialogue.user_id][-1]


async def test_a_cancelled_time_is_closed_and_never_offered_again(app, dialogue):
    anna = await _booked(app, dialogue)
    await anna.payload("apptv:cancel:1")
    assert "zamyka też tę godzinę" in anna.text and anna.button("Odwołaj, godzina zostaje wolna")
    await anna.press("Tak, odwołaj wizytę")
    assert "godzina zamknięta dla zapisów" in anna.text
    assert anna.button("Otwórz zapisy: wt. 24 listopada, 10:00").payload == "apptv:reopen:1"
    told = await _told(app, dialogue)
    assert "has been cancelled — the specialist will not be available" in told.text
    assert "Good news" not in told.text and "Please choose another time" in told.text
    labels = " ".join(b.label for b in told.buttons)
    # the specialist is away: no other time that day (10:45 was free), the next days' ones
    assert "24 Nov" not in labels and "1 Dec, 10:00" in labels
    card = [m for m in await to_chat(app.core, STAFF_CHAT) if "Prośba o wizytę nr W1" in m.text]
    assert "Po odwołaniu wizyty bot zaproponował inne terminy" in card[-1].text
    assert "Zaproponowane terminy (Anna Nowak)" not in card[-1].text
    # nobody else is offered or may book it, until staff reopen it
    other = Dialogue(app.core, user_id="2002")
    await send_request(other, name="Iryna Shevchenko")
    await anna.payload("apptq:approve:2")
    assert not _has(anna, "wt. 24 listopada, 10:00") and _has(anna, "wt. 24 listopada, 10:45")
    await anna.command("/week")  # listed with its reopen button, as a duty's closed time
    assert "Anna Prawnik: 🚫 zamknięte dla zapisów: 10:00" in anna.text
    await anna.press("Otwórz zapisy: wt. 24 listopada, 10:00")
    assert "Ponownie otwarto zapisy" in anna.text
    await anna.payload("apptq:approve:2")
    assert _has(anna, "wt. 24 listopada, 10:00")


async def test_staff_may_cancel_and_keep_the_time_bookable(app, dialogue):
    anna = await _booked(app, dialogue)
    await anna.payload("apptv:cancel:1")
    await anna.press("Odwołaj, godzina zostaje wolna")
    assert "godzina zostaje otwarta dla zapisów" in anna.text  # no reopen: it is open
    assert all(b.payload.startswith("apptv:why:1:") for b in anna.buttons)  # the reasons only
    told = await _told(app, dialogue)
    assert "has been cancelled." in told.text and "will not be available" not in told.text
    assert (
        "We will write to you again today by 09:30: why" in told.text
    )  # no times before staff say why
    assert [b.payload for b in told.buttons] == ["booking:mine"]
    await anna.press("Bez powodu — zaproponuj inne terminy")
    assert "nie dostaje powodu" in anna.text and "dostała inne wolne terminy" in anna.text
    told = await _told(app, dialogue)
    assert "Please choose another time" in told.text
    labels = " ".join(b.label for b in told.buttons)
    assert "24 Nov, 10:45" in labels and "24 Nov, 10:00" not in labels  # not to the same person
    other = Dialogue(app.core, user_id="2002")
    await send_request(other, name="Iryna Shevchenko")
    await anna.payload("apptq:approve:2")
    assert _has(anna, "wt. 24 listopada, 10:00")  # for anyone else


async def test_times_ticked_out_of_order_are_offered_in_the_order_of_time(app, dialogue):
    """Staff tick 10:45, then 10:00: the person's buttons and the staff's note say 10:00 first."""
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload("apptq:pick:1:lawyer:202611240945")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1000}")
    await anna.press("Zaproponuj 2 zaznaczone")
    assert anna.text.index("10:00") < anna.text.index("10:45"), anna.text
    told = await _told(app, dialogue)
    labels = [b.label for row in told.reply.buttons for b in row]
    assert labels.index(next(x for x in labels if "10:00" in x)) < labels.index(
        next(x for x in labels if "10:45" in x)
    )
