"""A card staff asked to see again (/request T1) more than once (tester 25, item 2): only the
newest copy is kept up to date; the copy before it is edited once to «shown again below», and
later changes and /forget leave it alone. The fixture's clock: Monday, 23 November 2026, 09:00."""

from __future__ import annotations

import re

from tests.channels.test_console import run_chat
from tests.channels.test_console_staff import turns

REQUEST = ["/callback", "1", "Olena", "601 234 567", "1", "My son needs a PESEL", "1", "1", "1"]
NOTE = "Please call after 3 pm, I am at work"
BELOW = "↓ Ta karta jest pokazana ponownie niżej — aktualna jest tamta kopia."


def updated(turn: str) -> list[int]:
    """The staff-chat messages a turn edited, by number."""
    return [int(n) for n in re.findall(r"message no\. (\d+) updated", turn)]


async def test_a_change_and_forget_edit_the_card_and_its_newest_copy_only(tmp_path):
    steps = [*REQUEST, "/as staff", "/request T1", "/request T1", "/request T1", "/as person"]
    steps += ["/callback", "1", NOTE, "/forget", "1"]
    out = await run_chat(tmp_path, steps)
    shown = turns(out)[-10:]
    first, second, third = shown[1:4]  # the card is message 1; its copies 2, 3 and 4
    assert updated(first) == [] and "message no. 2 ───" in first
    assert updated(second) == [2] and BELOW in second  # the copy before: once, no buttons
    assert updated(third) == [3] and BELOW in third
    assert "[s" not in second.split("message no. 2 updated")[1]
    noted, forgotten = shown[-3], shown[-1]
    assert sorted(updated(noted)) == [1, 4]  # was: the card and all three copies
    assert "Uwaga dopisana przez osobę" in noted.split("message no. 4 updated")[1]
    assert 2 not in updated(forgotten) and 3 not in updated(forgotten)
    assert {1, 4} <= set(updated(forgotten))
    # the tester's count: every copy edited on every change, 4 + 5 edits; now 2 + 3
    assert len(updated(noted)) + len(updated(forgotten)) == 5
    block = third.split("message no. 3 updated ───")[1].split("────────────")[0]
    assert block.strip() == BELOW  # nobody's name or phone left in it: /forget needs not edit it


async def test_what_the_person_wrote_keeps_its_record_after_forget(tmp_path):
    # tester 25, item 18: their relayed texts became only «🔒 Dane osobowe usunięte…»
    steps = [*REQUEST, "/as staff", "/reply 1 Please bring your passport", "/as person"]
    steps += ["Thank you, I will bring it", "/forget", "1"]
    out = await run_chat(tmp_path, steps)
    wrote, forgotten = turns(out)[-3], turns(out)[-1]
    [relayed] = re.findall(r"message no\. (\d+) ───\n💬 Prośba o telefon nr T1 · Olena", wrote)
    edited = forgotten.split(f"message no. {relayed} updated ───\n")[1].split("────")[0]
    assert edited.strip() == (
        "💬 Prośba o telefon nr T1: (treść usunięta: osoba poprosiła o usunięcie swoich danych)"
    )
    assert "Olena" not in forgotten and "Thank you" not in forgotten
