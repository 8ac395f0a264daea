"""«🕒 Move» in /mybookings: a booked appointment moves to another free time of the same
specialist; the old time is freed only once the new one is booked, an approved request needs no
new approval, and staff get one message «moved from … » (the fresh-eyes tester's finding 7)."""

from __future__ import annotations

from tests.support.appointments import LAWYER_TUE_1000, STAFF_CHAT, send_request
from tests.support.bookings import to_chat
from tests.support.dialogue import Dialogue, StaffMember

TUE_1045 = "202611240945"  # Tue 24 Nov, 10:45 in Warsaw (UTC key)


async def _booked(app, dialogue) -> StaffMember:  # type: ignore[no-untyped-def]
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1000}")
    await anna.press("Zaproponuj zaznaczony")
    await dialogue.payload("appt:take:1:0")
    return anna


async def test_an_approved_appointment_moves_without_a_new_approval(app, dialogue):
    anna = await _booked(app, dialogue)
    await dialogue.send("/mybookings")
    await dialogue.press("Move: Tue 24 Nov, 10:00")
    assert "The old one stays yours until you confirm the new one" in dialogue.text
    assert not any("24 Nov, 10:00" in b.label for b in dialogue.buttons)
    await dialogue.press("Tue 24 Nov, 10:45")
    assert "Move your appointment from Tuesday, 24 November 2026, 10:00 to" in dialogue.text
    before = len(await to_chat(app.core, STAFF_CHAT))
    await dialogue.press("Yes, move it")
    assert "Your appointment has been moved" in dialogue.text and "10:45" in dialogue.text
    assert dialogue.replies[-1].attachment is not None  # the new calendar file
    staff = (await to_chat(app.core, STAFF_CHAT))[before:]
    new = [m for m in staff if m.action != "edit"]
    assert len(new) == 1  # one message for staff
    assert "Przeniesiona przez osobę; poprzedni termin: wt. 24 listopada, 10:00" in new[0].text
    assert "Nowa wizyta u specjalisty (nr S2)" in new[0].text
    edits = [m.text for m in staff if m.action == "edit"]
    assert any("PRZENIESIONA przez osobę; nowy termin: wt. 24 listopada, 10:45" in t for t in edits)
    assert any("Umówiona: wtorek, 24 listopada 2026, 10:45" in t for t in edits)  # the card
    await dialogue.send("/mybookings")
    assert "10:45" in dialogue.text and "Cancel: Tue 24 Nov, 10:00" not in dialogue.text
    # the old time is free again for anyone
    other = Dialogue(app.core, user_id="2002")
    await send_request(other, name="Iryna Shevchenko")
    await anna.payload("apptq:approve:2")
    assert any("wt. 24 listopada, 10:00" in b.label for b in anna.buttons)


async def test_a_time_taken_meanwhile_keeps_the_old_appointment(app, dialogue):
    await _booked(app, dialogue)
    await dialogue.send("/mybookings")
    await dialogue.press("Move: Tue 24 Nov, 10:00")
    await dialogue.press("Tue 24 Nov, 10:45")
    other = Dialogue(app.core, user_id="2002")  # someone takes 10:45 meanwhile
    await send_request(other, name="Iryna Shevchenko")
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:2")
    await anna.payload(f"apptq:pick:2:lawyer:{TUE_1045}")
    await anna.press("Zaproponuj zaznaczony")
    await other.payload("appt:take:2:0")
    await dialogue.payload(f"appt:move_now:1:{TUE_1045}")
    assert "that time has just been taken" in dialogue.text
    await dialogue.send("/mybookings")
    assert "Tuesday, 24 November 2026, 10:00" in dialogue.text  # still theirs
    assert dialogue.button("Cancel: Tue 24 Nov, 10:00")


async def test_another_time_after_cancelling_an_approved_appointment_needs_no_approval(
    app, dialogue
):
    await _booked(app, dialogue)
    await dialogue.send("/mybookings")
    await dialogue.press("Cancel: Tue 24 Nov, 10:00")
    await dialogue.press("Yes, cancel it")
    assert dialogue.button("Other time").payload == "appt:rebook:1"
    await dialogue.press("Other time")
    assert "Choose a day" in dialogue.text  # no need described again, no advisor waited for
    card = [m for m in await to_chat(app.core, STAFF_CHAT) if "Prośba o wizytę nr W1\n" in m.text]
    assert "Po odwołaniu wizyty bot zaproponował dowolny wolny termin" in card[-1].text
