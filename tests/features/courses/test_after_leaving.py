"""What stays after someone leaves a course: the past meetings' attendance sheets keep whoever
was marked present (an office reports it), and the course's staff chat is told who left, and
to whom a freed place went from the waiting list, or who declined the place offered."""

from __future__ import annotations

from tests.support.courses import (
    STAFF_CHAT,
    course_app,
    enrol,
    inbox,
    payload_of,
    people,
    text_of,
)
from tests.support.dialogue import StaffMember

ODD_NAME = "Jan *Nowak*"


async def test_a_past_meeting_keeps_who_was_present_after_they_left(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        jan, petro = people(app, 2)
        await enrol(jan, name=ODD_NAME)
        await enrol(petro, name="Petro")
        anna = StaffMember(app.core)
        clock.advance(days=8, hours=8)  # Tuesday 1 December: the first meeting
        await anna.payload("courses:att:polish_a1:20261201")
        await anna.press(f"⬜ {ODD_NAME}")
        assert "Obecni: 1 z 2" in anna.text
        clock.advance(days=4)  # Saturday 5 December: Jan leaves
        await jan.send("/mybookings")
        await jan.press("Leave: Polish A1")
        await jan.press("Yes, leave")
        await anna.payload("courses:att:polish_a1:20261201")
        assert "Obecni: 1 z 2" in anna.text
        assert f"✅ {ODD_NAME} (wypisał(a) się 5 gru 2026)" in anna.text
        assert not any(ODD_NAME in b.label for b in anna.buttons)  # nothing to tap: kept
        assert "⬜ Petro" in [b.label for b in anna.buttons]
        await jan.send("/mydata")
        assert "Present at: 1 Dec 2026" in jan.text


async def test_staff_are_told_who_left_and_who_was_offered_the_place(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        jan, petro, maria = people(app, 3)
        await enrol(jan, name=ODD_NAME)
        await enrol(petro, name="Petro")
        await enrol(maria, name="Maria")  # waiting: two seats
        await maria.send("/mybookings")
        await jan.send("/mybookings")
        await jan.press("Leave: Polish A1")
        await jan.press("Yes, leave")
        notes = [text_of(r) for r in await inbox(app, STAFF_CHAT)]
        note = next(n for n in notes if n.startswith("👋"))
        assert note.startswith(f"👋 {ODD_NAME} wypisał(a) się z „Język polski A1”.")
        assert "Miejsce zaproponowano: Maria" in note
        assert [r for r in await inbox(app, STAFF_CHAT) if "👋" in r.text][0].text.count("\\*") == 2


async def test_staff_are_told_when_the_person_offered_the_place_declines_it(tmp_path, clock):
    """Tester 36, F8: staff read «czekamy na potwierdzenie» and never learned it was over."""
    async with course_app(tmp_path, clock) as app:
        jan, petro, maria, ivan = people(app, 4)
        for person, name in ((jan, "Jan"), (petro, "Petro"), (maria, "Maria"), (ivan, "Ivan")):
            await enrol(person, name=name)
        await jan.send("/mybookings")
        await jan.press("Leave: Polish A1")
        await jan.press("Yes, leave")
        offer = (await inbox(app, "p3"))[-1]
        await maria.payload(payload_of(offer, "No, thanks"))
        assert "the place goes to the next person" in maria.text
        notes = [text_of(r) for r in await inbox(app, STAFF_CHAT)]
        note = next(n for n in notes if n.startswith("❎"))
        assert note.startswith(
            "❎ Maria zrezygnował(a) z zaproponowanego miejsca na „Język polski A1”."
        )
        assert "Miejsce zaproponowano: Ivan" in note  # and who has it now
