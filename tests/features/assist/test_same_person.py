"""A help request sent while the same person's other request is open says so on its staff card
(tester 18, item 7), the first one's card names it back, and nowhere the person reads."""

from __future__ import annotations

from tests.support.assist import send_translation


async def test_a_second_help_request_is_marked_for_staff_not_in_mydata(app, dialogue, anna):
    await send_translation(dialogue)
    await send_translation(dialogue, note="Another document")
    await anna.command("/request 2")
    assert "👥 Ta sama osoba: P1 — uzgodnijcie, kto dzwoni." in anna.text
    assert "same_person" not in anna.text
    await anna.command("/request 1")  # the first one's card names the second one back
    assert "👥 Ta sama osoba: P2 — uzgodnijcie, kto dzwoni." in anna.text
    assert "same_person" not in anna.text
    await dialogue.send("/mydata")
    assert "same_person" not in dialogue.text and "Another document" in dialogue.text
