"""After a visit is moved, every staff card of it says where it went (a tester's finding: the
visit shown again with /request said «cancelled by the person»): the old card marked
«PRZENIESIONA … nowy termin: <the new time> (wizyta nr D2)» over its own old time — never the
new time under the old number (tester report 21, finding 7: «Wizyta nr D1, 14:00» read like a
second visit at 14:00) — the same when shown again, after /forget, and a visit moved twice: its
first card too."""

from __future__ import annotations

from bot.storage import message_refs
from tests.support.bookings import STAFF_CHAT, book_and_confirm, to_chat
from tests.support.dialogue import StaffMember

OLD = "wtorek, 24 listopada 2026, 13:30"


async def _move(dialogue, old: str, target: int = 0) -> str:  # type: ignore[no-untyped-def]
    """Moves the visit at `old` («Tue 24 Nov, 13:30») to a free time; that time's label."""
    await dialogue.send("/mybookings")
    await dialogue.press(f"Move: {old}")
    times = [b for b in dialogue.buttons if ":moveto:" in b.payload]
    await dialogue.payload(times[target].payload)
    await dialogue.press("Yes, move it")
    assert "Your visit has been moved" in dialogue.text
    return times[target].label


def _when(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("🗓 "))


async def test_the_old_card_keeps_its_old_time_under_the_new_times_mark(app, dialogue):
    await book_and_confirm(dialogue)
    before = len(await to_chat(app.core, STAFF_CHAT))
    await _move(dialogue, "Tue 24 Nov, 13:30")
    staff = (await to_chat(app.core, STAFF_CHAT))[before:]
    [new] = [m for m in staff if m.action != "edit"]
    when = _when(new.text)
    assert OLD not in when  # the new visit's day and time
    [old_card] = [m for m in staff if m.action == "edit" and m.ref == ("booking", 1)]
    mark = "PRZENIESIONA przez osobę; nowy termin: wt. 24 listopada, 13:00 (wizyta nr D2)"
    assert mark in old_card.text
    assert _when(old_card.text) == f"🗓 {OLD}" and when not in old_card.text
    anna = StaffMember(app.core)
    await anna.command("/request D1")  # the old visit shown again
    assert mark in anna.text
    assert _when(anna.text) == f"🗓 {OLD}" and when not in anna.text
    assert "ODWOŁANA" not in anna.text


async def test_a_visit_moved_twice_edits_its_first_card_too(app, dialogue):
    await book_and_confirm(dialogue)
    label = await _move(dialogue, "Tue 24 Nov, 13:30")
    before = len(await to_chat(app.core, STAFF_CHAT))
    await _move(dialogue, label, target=1)
    staff = (await to_chat(app.core, STAFF_CHAT))[before:]
    [new] = [m for m in staff if m.action != "edit"]
    assert "(wizyta nr D2)" in new.text and "Nowa wizyta (nr D3)" in new.text
    when = next(line for line in new.text.splitlines() if line.startswith("🗓 "))
    edits = {m.ref: m.text for m in staff if m.action == "edit"}
    for number in (1, 2):  # both earlier cards: where it went, over their own time
        assert "(wizyta nr D3)" in edits[("booking", number)]
    assert _when(edits[("booking", 1)]) == f"🗓 {OLD}"
    assert _when(edits[("booking", 2)]) not in (when, f"🗓 {OLD}")  # D2's own time
    anna = StaffMember(app.core)
    await anna.command("/request D1")
    assert _when(anna.text) == f"🗓 {OLD}" and "(wizyta nr D3)" in anna.text


async def test_a_moved_visit_is_moved_not_cancelled_in_mydata_and_after_forget(app, dialogue):
    # a tester's finding: /mydata called the old visit «cancelled», and /forget rewrote its
    # «PRZENIESIONA» card as «ODWOŁANA przez osobę»
    await book_and_confirm(dialogue)
    label = await _move(dialogue, "Tue 24 Nov, 13:30")
    await dialogue.send("/mydata")
    old = next(line for line in dialogue.text.splitlines() if "24 November 2026, 13:30" in line)
    assert f"(moved to {label})" in old
    assert "cancelled" not in old
    async with app.services.db.transaction() as tx:  # both cards were delivered
        for number in (1, 2):
            now = app.services.clock()
            await message_refs.remember(
                tx, now, "telegram", STAFF_CHAT, f"7{number}", "booking", number
            )
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    staff = [m for m in await to_chat(app.core, STAFF_CHAT) if "Dane osobowe usunięte" in m.text]
    [old_card] = [m for m in staff if m.action == "edit" and m.ref == ("booking", 1)]
    assert "PRZENIESIONA przez osobę; nowy termin:" in old_card.text
    assert "ODWOŁANA" not in old_card.text and "Dane osobowe usunięte" in old_card.text
    assert _when(old_card.text) == f"🗓 {OLD}"  # its own time, the new one in the mark
    [new_card] = [m for m in staff if m.action == "edit" and m.ref == ("booking", 2)]
    assert "ODWOŁANA" in new_card.text  # the new visit: cancelled by the /forget
