"""After an appointment is moved, every staff note of it says where it went: the old note
marked «PRZENIESIONA … nowy termin: <the new time> (… nr S2)» over its own old time (never the
new time under the old number: tester report 21, finding 7), the same when shown again with
/request and after /forget, not «cancelled by the person»."""

from __future__ import annotations

from bot.storage import message_refs
from tests.features.appointments.test_move import TUE_1045, _booked
from tests.support.appointments import STAFF_CHAT
from tests.support.bookings import to_chat
from tests.support.dialogue import StaffMember

OLD = "wtorek, 24 listopada 2026, 10:00"
NEW = "wtorek, 24 listopada 2026, 10:45"


async def test_the_old_note_keeps_its_old_time_under_the_new_times_mark(app, dialogue):
    await _booked(app, dialogue)
    await dialogue.send("/mybookings")
    await dialogue.press("Move: Tue 24 Nov, 10:00")
    before = len(await to_chat(app.core, STAFF_CHAT))
    await dialogue.payload(f"appt:move_now:1:{TUE_1045}")
    assert "Your appointment has been moved" in dialogue.text
    staff = (await to_chat(app.core, STAFF_CHAT))[before:]
    [old_note] = [m for m in staff if m.action == "edit" and m.ref == ("appointment", 1)]
    assert "PRZENIESIONA przez osobę; nowy termin: wt. 24 listopada, 10:45" in old_note.text
    assert "(wizyta u specjalisty nr S2)" in old_note.text
    assert f"🗓 {OLD}" in old_note.text and NEW not in old_note.text
    anna = StaffMember(app.core)
    await anna.command("/request S1")  # the old appointment shown again
    assert "PRZENIESIONA przez osobę; nowy termin: wt. 24 listopada, 10:45" in anna.text
    assert f"🗓 {OLD}" in anna.text and NEW not in anna.text


async def test_a_moved_appointment_is_moved_not_cancelled_in_mydata_and_after_forget(app, dialogue):
    await _booked(app, dialogue)
    await dialogue.send("/mybookings")
    await dialogue.press("Move: Tue 24 Nov, 10:00")
    await dialogue.payload(f"appt:move_now:1:{TUE_1045}")
    await dialogue.send("/mydata")
    old = next(line for line in dialogue.text.splitlines() if "24 November 2026, 10:00" in line)
    assert "(moved to Tue 24 Nov, 10:45)" in old and "cancelled" not in old
    async with app.services.db.transaction() as tx:  # both notes were delivered
        for number in (1, 2):
            now = app.services.clock()
            await message_refs.remember(
                tx, now, "telegram", STAFF_CHAT, f"7{number}", "appointment", number
            )
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    staff = await to_chat(app.core, STAFF_CHAT)
    [old_note] = [m for m in staff if m.action == "edit" and m.ref == ("appointment", 1)][-1:]
    assert "PRZENIESIONA przez osobę; nowy termin: wt. 24 listopada, 10:45" in old_note.text
    assert "ODWOŁANA" not in old_note.text
    assert f"🗓 {OLD}" in old_note.text and NEW not in old_note.text
