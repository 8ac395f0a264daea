"""The tester's count (tester 25, item 2): a visit's card shown again three times, then the
person cancels it and sends /forget. Each change edited every copy; now the card and its newest
copy only, the copies before it once, when the next was shown (and nothing of the person left in
them)."""

from __future__ import annotations

from tests.features.privacy.test_erasure import staff_ask
from tests.support.bookings import STAFF_CHAT, TUE_1330, book_and_confirm

BELOW = "↓ Ta karta jest pokazana ponownie niżej — aktualna jest tamta kopia."


async def test_a_visit_shown_three_times_costs_two_edits_per_change(
    app, dialogue, delivery, platform
):
    await book_and_confirm(dialogue, TUE_1330, name="Olena")
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    for n in range(3):  # «/request D1» three times: copies 1, 2, 3
        await staff_ask(app, delivery, "request D1", f"90{n}")
        await delivery.run()
    copies = [s.message_id for s in platform.to(STAFF_CHAT)][-3:]
    assert card.message_id not in copies
    shown = [e for e in platform.edits if e.chat_id == STAFF_CHAT]
    assert [e.message_id for e in shown] == copies[:2]  # each once, when the next came
    assert all(e.text == BELOW and not e.reply.buttons for e in shown)

    before = len(platform.edits)
    await dialogue.payload("booking:cancel_now:1")
    await delivery.run()
    cancelled = [e.message_id for e in platform.edits[before:] if e.chat_id == STAFF_CHAT]
    assert sorted(cancelled) == sorted([card.message_id, copies[-1]])  # was: all four

    before = len(platform.edits)
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await delivery.run()
    forgotten = [e for e in platform.edits[before:] if e.chat_id == STAFF_CHAT]
    edited = {e.message_id for e in forgotten}  # (and the note that she cancelled)
    assert {card.message_id, copies[-1]} <= edited and not edited & set(copies[:2])
    assert all("Olena" not in e.text for e in forgotten)
