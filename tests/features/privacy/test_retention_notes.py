"""A note about one person in the staff chat (a visit cancelled by them), replaced once the
retention period is over, still says which record it was about, in the staff chat's language,
with nobody's data, as it does after /forget («🔒 Wizyta nr D1: …»)."""

from __future__ import annotations

from tests.support.bookings import STAFF_CHAT, TUE_1330, book_and_confirm
from tests.support.dialogue import Dialogue


async def test_a_cancelled_visits_note_keeps_its_number_after_the_retention_period(
    app, clock, delivery, platform
):
    raj = Dialogue(app.core, user_id="r1")
    await book_and_confirm(raj, TUE_1330, name="Raj Kumar", phone="+48 601 999 111")
    await raj.payload("booking:cancel_now:1")
    await delivery.run()
    [note] = [s for s in platform.to(STAFF_CHAT) if "odwołana przez osobę" in s.text]
    assert "Wizyta nr D1" in note.text and "Raj Kumar" in note.text

    clock.advance(days=40)
    for job in app.jobs:  # what `infopoint run` runs every hour
        await job.run(app.services)
    await delivery.run()
    [edit] = [e for e in platform.edits if e.message_id == note.message_id]
    assert edit.text == "🔒 Wizyta nr D1: dane osobowe usunięte, minął okres ich przechowywania."
