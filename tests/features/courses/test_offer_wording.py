"""An offer of places to the rest of a split sign-up (tester 38, F15): /mybookings says how many
places it takes, and that «No, thanks» keeps the places already booked; an offer never runs out
in the night («23:37»): one that would ends at 09:00 the morning after."""

from __future__ import annotations

from tests.features.courses.test_group_plurals import DAY, group_event
from tests.support.courses import inbox, text_of, up_to_summary
from tests.support.dialogue import Dialogue, StaffMember


async def test_the_rest_of_a_split_sign_up_is_offered_with_what_no_keeps(tmp_path, clock):
    async with group_event(tmp_path, clock, seats=2, confirm_hours=12) as app:
        maria = Dialogue(app.core, user_id="p1")
        await up_to_summary(maria, DAY, name="Maria")
        await maria.send("4")
        await maria.press("Now: 2 people, the rest wait")
        clock.advance(hours=2, minutes=37)  # late morning: 12 hours on is 23:37
        await StaffMember(app.core).command(f"/seats {DAY} 5")
        offer = text_of((await inbox(app, "p1"))[-1])
        assert "by 24 November 2026, 09:00" in offer and "23:37" not in offer, offer
        await maria.send("/mybookings")
        labels = [b.label for b in maria.buttons]
        assert "✅ Take the places (2): Multiculturalism Day" in labels, labels
        assert "✖ No, thanks; keep my booked places (2): Multiculturalism Day" in labels
