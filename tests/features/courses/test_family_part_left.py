"""A family of three signed up, two places at once and the third taken later from the waiting
list (two sign-ups of theirs): cancelling the one place tells staff a place of the family was
freed and how many stay, not that the person left (tester 43, F3)."""

from __future__ import annotations

from tests.features.courses.test_group_plurals import DAY, group_event
from tests.support.courses import STAFF_CHAT, inbox, payload_of, text_of, up_to_summary
from tests.support.dialogue import Dialogue, StaffMember


async def test_one_place_of_a_family_cancelled_tells_staff_how_many_stay(tmp_path, clock):
    async with group_event(tmp_path, clock, seats=2) as app:
        oksana = Dialogue(app.core, user_id="p1", language_hint="uk")
        await up_to_summary(oksana, DAY, name="Oksana")
        await oksana.send("3")
        await oksana.payload(oksana.buttons[0].payload)  # 2 now, the rest wait
        await StaffMember(app.core).command(f"/seats {DAY} 3")
        offer = (await inbox(app, "p1"))[-1]
        await oksana.payload(payload_of(offer, "Зайняти"))  # the third place taken
        await oksana.send("/mybookings")
        await oksana.press("1 з ваших 3")  # the place taken from the waiting list
        await oksana.press(oksana.buttons[0].label)  # yes
        notes = [text_of(r) for r in await inbox(app, STAFF_CHAT) if "👋" in r.text]
        assert notes[-1].startswith(
            "👋 Oksana zwolnił(a) 1 miejsce z 3 na „Dzień Wielokulturowości”; zostają 2."
        ), notes
        assert "wypisał(a) się" not in notes[-1]
