"""«🕒 Move» in /mybookings: a booked visit moves to another free time at the same place; the
old time is freed only once the new one is booked (one transaction), the topic goes with it,
and staff get one message «moved from …» (the fresh-eyes tester's finding 7)."""

from __future__ import annotations

from tests.support.bookings import STAFF_CHAT, book_and_confirm, to_chat
from tests.support.dialogue import Dialogue


async def test_a_visit_moves_to_another_free_time_at_the_same_place(app, dialogue):
    await book_and_confirm(dialogue)
    await dialogue.send("/mybookings")
    await dialogue.press("Move: Tue 24 Nov, 13:30")
    assert "The old one stays yours until you confirm the new one" in dialogue.text
    times = [b for b in dialogue.buttons if b.payload.startswith("booking:moveto:1:")]
    labels = [b.label for b in times]
    assert "Tue 24 Nov, 13:30" not in labels and len(labels) > 3
    assert len({label.split(",")[0] for label in labels}) > 1  # other days too
    assert all(b.payload.split(":")[3] for b in times)
    target = times[0]
    await dialogue.payload(target.payload)
    assert "Move your visit from Tuesday, 24 November 2026, 13:30 to" in dialogue.text
    before = len(await to_chat(app.core, STAFF_CHAT))
    await dialogue.press("Yes, move it")
    assert "Your visit has been moved (it was Tuesday, 24 November 2026, 13:30)" in dialogue.text
    assert "PESEL" in dialogue.text and dialogue.replies[-1].attachment is not None
    staff = (await to_chat(app.core, STAFF_CHAT))[before:]
    new = [m for m in staff if m.action != "edit"]
    assert len(new) == 1
    assert "Przeniesiona przez osobę; poprzedni termin: wt. 24 listopada, 13:30 (wizyta nr D1)" in (
        new[0].text
    )
    assert "Nowa wizyta (nr D2)" in new[0].text
    edits = [m.text for m in staff if m.action == "edit"]
    assert any("PRZENIESIONA przez osobę; nowy termin:" in text for text in edits)
    await dialogue.send("/mybookings")
    assert "13:30" not in dialogue.text
    other = Dialogue(app.core, user_id="2002")  # the old time is free again
    await other.send("/book")
    await other.press("City Hall")
    await other.press("Tue 24 Nov")
    assert other.button("13:30")


async def test_a_time_taken_meanwhile_keeps_the_old_visit(app, dialogue):
    await book_and_confirm(dialogue)
    await dialogue.send("/mybookings")
    await dialogue.press("Move: Tue 24 Nov, 13:30")
    target = next(b for b in dialogue.buttons if b.payload.startswith("booking:moveto:1:"))
    key = target.payload.split(":")[3]
    other = Dialogue(app.core, user_id="2002")
    await book_and_confirm(other, f"booking:time:city_hall:{key}", name="Raj")
    await dialogue.payload(f"booking:move_now:1:{key}")
    assert "that time has just been taken" in dialogue.text
    await dialogue.send("/mybookings")
    assert "13:30" in dialogue.text


async def test_later_times_are_a_tap_away_when_moving(app, dialogue):
    """The first page shows a few times of the next days; «Later times ›» the ones after them."""
    await book_and_confirm(dialogue)
    await dialogue.send("/mybookings")
    await dialogue.press("Move: Tue 24 Nov, 13:30")
    first = [b for b in dialogue.buttons if b.payload.startswith("booking:moveto:1:")]
    await dialogue.press("Later times")
    later = [b for b in dialogue.buttons if b.payload.startswith("booking:moveto:1:")]
    assert later and max(b.payload for b in first) < min(b.payload for b in later)
