"""A withdrawn request's note in the staff chat («↩️ Prośba o telefon nr T1 (…) — osoba
wycofała prośbę») is not edited on /forget: it holds the record, its topic as the catalogue
titles it and the staff member, never the person's name, phone or what they typed
(docs/reliability.md)."""

from __future__ import annotations

from tests.support.callbacks import STAFF_CHAT, StaffMember, request_callback
from tests.support.dialogue import Dialogue

TRACE = "Qorblix"  # the person's name and matter, found nowhere else


async def test_a_withdrawn_requests_note_shows_nothing_of_the_person_before_or_after_forget(
    app, delivery, platform
):
    olena = Dialogue(app.core, user_id="w1")
    await request_callback(
        olena, name=f"Olena {TRACE}", topic="other", description=f"{TRACE} landlord"
    )
    await StaffMember(app.core).payload("request:take:1")
    await olena.payload("callback:withdraw_now:1")
    await delivery.run()
    [note] = [s for s in platform.to(STAFF_CHAT) if "wycofała prośbę" in s.text]
    assert "nr T1" in note.text and "Anna" in note.text  # the record and who took it
    assert TRACE not in note.text and "601" not in note.text

    await olena.send("/forget")
    await olena.payload("privacy:forget")
    await delivery.run()
    now = {s.message_id: s.text for s in platform.to(STAFF_CHAT)}
    now |= {e.message_id: e.text for e in platform.edits if e.chat_id == STAFF_CHAT}
    assert [t for t in now.values() if TRACE in t or "601 234 567" in t] == []
    assert now[note.message_id] == note.text  # nothing of hers in it: left as it was
