"""After a visit is moved, every staff card of it shows the new day and time (a tester's
finding: the old card, edited after the confirmation, still said the old time, and the visit
shown again with /request said «cancelled by the person» at the old time): the old card marked
«PRZENIESIONA … nowy termin» over the new time, the same when shown again, and a visit moved
twice: its first card too."""

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


async def test_every_card_of_a_moved_visit_shows_its_new_time(app, dialogue):
    await book_and_confirm(dialogue)
    before = len(await to_chat(app.core, STAFF_CHAT))
    await _move(dialogue, "Tue 24 Nov, 13:30")
    staff = (await to_chat(app.core, STAFF_CHAT))[before:]
    [new] = [m for m in staff if m.action != "edit"]
    when = next(line for line in new.text.splitlines() if line.startswith("🗓 "))
    assert OLD not in when  # the new visit's day and time
    [old_card] = [m for m in staff if m.action == "edit" and m.ref == ("booking", 1)]
    assert "PRZENIESIONA przez osobę; nowy termin:" in old_card.text
    assert when in old_card.text and OLD not in old_card.text
    anna = StaffMember(app.core)
    await anna.command("/request D1")  # the old visit shown again
    assert "PRZENIESIONA przez osobę; nowy termin:" in anna.text
    assert when in anna.text and OLD not in anna.text and "ODWOŁANA" not in anna.text


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
    for number in (1, 2):  # both earlier cards: the time it has now, and where it went
        assert when in edits[("booking", number)]
        assert "(wizyta nr D3)" in edits[("booking", number)]
    anna = StaffMember(app.core)
    await anna.command("/request D1")
    assert when in anna.text and "(wizyta nr D3)" in anna.text


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
    print([(m.action, m.ref, m.text[:80]) for m in staff])
    [new_card] = [m for m in staff if m.action == "edit" and m.ref == ("booking", 2)]
    assert "ODWOŁANA" in new_card.text  # the new visit: cancelled by the /forget
