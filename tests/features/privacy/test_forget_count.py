"""/forget in a /requests list shown before (tester 33, item 8): the person's line, their request
withdrawn with their data, leaves the list, and the title's count goes down with it («Otwarte
prośby: 2» → «1»), as /requests now counts (tester 43, F15: no «🔒» line under a count that
no longer has it)."""

from __future__ import annotations

from tests.features.privacy.test_erasure import staff_ask
from tests.support.callbacks import STAFF_CHAT, request_callback
from tests.support.dialogue import Dialogue


async def test_the_requests_lists_count_goes_down_with_the_forgotten_persons_line(
    app, delivery, platform
):
    first = Dialogue(app.core, user_id="p1")
    second = Dialogue(app.core, user_id="p2")
    await request_callback(first, name="Olena", phone="601 234 567")
    await request_callback(second, name="Iryna", phone="602 345 678")
    await delivery.run()
    await staff_ask(app, delivery, "requests", "800")
    listed = [s for s in platform.sent if s.chat_id == STAFF_CHAT][-1]
    assert "Otwarte prośby: 2" in listed.text

    await first.send("/forget")
    await first.payload("privacy:forget")
    await delivery.run()
    [edit] = [e for e in platform.edits if e.message_id == listed.message_id]
    assert "Otwarte prośby: 1" in edit.text and "Olena" not in edit.text
    assert "🔒" not in edit.text and edit.text.count("Prośba o telefon nr") == 1, edit.text
    assert [b.label for row in edit.reply.buttons for b in row] == ["📞 Prośba o telefon nr T2"]
    await staff_ask(app, delivery, "requests", "801")
    again = [s for s in platform.sent if s.chat_id == STAFF_CHAT][-1]
    assert "Otwarte prośby: 1" in again.text  # the same count as the list asked for now
