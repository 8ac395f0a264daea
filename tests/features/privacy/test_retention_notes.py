"""A note about one person in the staff chat (a visit cancelled by them), replaced once the
retention period is over, still says which record it was about, in the staff chat's language,
with nobody's data, as it does after /forget («🔒 Wizyta nr D1: …»)."""

from __future__ import annotations

from tests.features.privacy.test_erasure import staff_ask
from tests.support.bookings import STAFF_CHAT, TUE_1330, book_and_confirm
from tests.support.callbacks import request_callback
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


async def test_a_requests_list_quoting_a_typed_matter_is_replaced_after_the_retention_period(
    app, clock, delivery, platform
):
    """/requests quotes the matter a person typed for «Something else»: the list says whom it
    shows, so retention replaces it in its time (it stayed before)."""
    olena = Dialogue(app.core, user_id="o1")
    await request_callback(olena, topic="other", description="Qorblix landlord")
    await delivery.run()
    await staff_ask(app, delivery, "requests", "800")
    listed = platform.to(STAFF_CHAT)[-1]
    assert "Qorblix" in listed.text

    clock.advance(days=40)
    for job in app.jobs:
        await job.run(app.services)
    await delivery.run()
    edits = [e.text for e in platform.edits if e.message_id == listed.message_id]
    assert edits and "Qorblix" not in edits[-1] and "minął okres" in edits[-1]
