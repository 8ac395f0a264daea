"""A notification's buttons stay pressable in the terminal after later turns, as they stay on
the screen in Telegram (tester 31, item 14): times offered («[3] Tue 24 Nov, 10:00»), then a
question to the advisor and their answer, then «3» books that time (said so), never relays
«3» to the advisor."""

from __future__ import annotations

from tests.channels.test_console import run_chat
from tests.channels.test_console_staff import LEGAL_REQUEST, turns
from tests.support.services import write_services_config


async def test_times_offered_earlier_are_still_pressed_by_their_number(tmp_path):
    steps = [*LEGAL_REQUEST, "s1", "/as staff", "s1", "s3", "s14", "/as person"]
    steps += ["Can I come with my husband?", "/as staff", "/reply 3 Tak, oczywiście"]
    steps += ["/as person", "3"]
    out = await run_chat(tmp_path, steps, config=write_services_config(tmp_path))
    offered, _, asked, _, answered, _, pressed = turns(out)[-7:]
    assert "[3] Tue 24 Nov, 10:00" in offered
    assert "Passed on to the advisor" in asked and "[1] ✖ End chat with staff" in asked
    assert "Tak, oczywiście" in answered
    assert "(pressed [3] “Tue 24 Nov, 10:00" in pressed
    assert "Your appointment is booked: #S1" in pressed
    assert "Olena pisze:\n3" not in out  # the number never went to the advisor
