"""/forget keeps who cancelled a visit (tester 25, item 3): a visit staff cancelled still reads
«ODWOŁANA przez pracownika» on its card once the person's data is gone, one the person cancelled
«przez osobę»."""

from __future__ import annotations

from tests.support.bookings import STAFF_CHAT, TUE_1330, book_and_confirm
from tests.support.dialogue import StaffMember


async def test_a_visit_staff_cancelled_stays_cancelled_by_staff_after_forget(
    app, dialogue, delivery, platform
):
    await book_and_confirm(dialogue, TUE_1330, name="Olena")
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    await StaffMember(app.core).payload("visit:cancel_now:1")
    await delivery.run()
    assert "ODWOŁANA przez pracownika" in platform.edits[-1].text
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await delivery.run()
    now = [e.text for e in platform.edits if e.message_id == card.message_id][-1]
    assert "ODWOŁANA przez pracownika" in now and "Olena" not in now
    assert "przez osobę" not in now


async def test_a_visit_the_person_cancelled_stays_cancelled_by_them_after_forget(
    dialogue, delivery, platform
):
    await book_and_confirm(dialogue, TUE_1330, name="Olena")
    await dialogue.payload("booking:cancel_now:1")
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)[:1]
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await delivery.run()
    now = [e.text for e in platform.edits if e.message_id == card.message_id][-1]
    assert "ODWOŁANA przez osobę" in now and "Olena" not in now
