"""A family given its places at two moments (Аня signed up at once, Петро from the waiting list
later) is one entry wherever it is shown: the staff's attendance sheet (one button, named with
the children, marking them present together) and the family's own /mybookings and course page
(one «signed up» with both children), as on the course's card. The course: Polish A1 for
children, 2 places, up to 3 children a sign-up (tests/features/courses/test_families.py)."""

from __future__ import annotations

from tests.features.courses.test_families import family, kids_course, signed_up
from tests.support.courses import inbox, payload_of
from tests.support.dialogue import Dialogue, StaffMember


async def _given_at_two_moments(app) -> Dialogue:
    olena = Dialogue(app.core, user_id="p1")
    await signed_up(olena, "Olena")  # one of the two places
    maria = Dialogue(app.core, user_id="p2")
    await family(maria)
    await maria.press("Now: Аня, the rest wait")  # Петро waits, number 1
    await olena.send("/mybookings")
    await olena.press("Leave: Polish A1")
    await olena.press("Yes, leave")  # the place goes to Петро
    await maria.payload(payload_of((await inbox(app, "p2"))[-1], "Take the place"))
    assert "The place is yours" in maria.text
    return maria


async def test_the_familys_own_bookings_show_it_once_with_both_children(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        maria = await _given_at_two_moments(app)
        await maria.send("/mybookings")
        assert maria.text.count("Polish A1") == 1
        assert "Polish A1 — ✅ you are signed up\n👧 Аня, 8 years old\n👧 Петро, 10 years old" in (
            maria.text
        )
        leave = [b.label for b in maria.buttons if b.payload.startswith("course:leave:")]
        assert leave == ["✖ Leave: Polish A1 — Аня", "✖ Leave: Polish A1 — Петро"]
        await maria.payload("course:open:polish_a1")  # the course's page: one «signed up» too
        assert maria.text.count("You are signed up") == 1
        assert "✅ You are signed up\n👧 Аня, 8 years old\n👧 Петро, 10 years old" in maria.text

        await maria.press("Leave: Polish A1 — Петро")  # one child may still leave alone
        await maria.press("Yes, leave")
        await maria.send("/mybookings")
        assert "✅ you are signed up\n👧 Аня, 8 years old\n" in maria.text
        assert "Петро" not in maria.text


async def test_the_attendance_sheet_has_the_family_once_marked_present_together(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        maria = await _given_at_two_moments(app)
        clock.advance(days=8, hours=8)  # Tuesday 1 December, 16:00: the meeting's day
        anna = StaffMember(app.core)
        await anna.payload("courses:att:polish_a1:20261201")
        assert "Obecni: 0 z 1" in anna.text
        marks = [b.label for b in anna.buttons if b.payload.startswith("courses:mark:")]
        assert marks == ["⬜ Maria — Аня, Петро"]
        await anna.press("⬜ Maria — Аня, Петро")
        assert "Obecni: 1 z 1" in anna.text
        assert "✅ Maria — Аня, Петро" in [b.label for b in anna.buttons]
        await maria.send("/mydata")
        assert maria.text.count("Present at: 1 Dec 2026") == 2  # each child's place

        await anna.press("✅ Maria — Аня, Петро")  # tapped by mistake: undone for both
        assert "Obecni: 0 z 1" in anna.text
        await maria.send("/mydata")
        assert "Present at" not in maria.text
