"""One child of a family's sign-up taken off, the others staying signed up: by the parent
(/mybookings) or by staff (the course's card). The child's place goes to the next person
waiting; a past meeting's attendance sheet still shows the child. The course: Polish A1 for
children, 2 places, up to 3 children a sign-up (tests/features/courses/test_families.py)."""

from __future__ import annotations

from tests.features.courses.test_families import family, kids_course, signed_up
from tests.support.courses import STAFF_CHAT, confirm_button, inbox, text_of
from tests.support.dialogue import Dialogue, StaffMember


async def _both_signed_up_and_one_waiting(app) -> tuple[Dialogue, Dialogue]:
    maria = Dialogue(app.core, user_id="p2")
    await family(maria)  # Аня and Петро: both places
    await maria.payload(confirm_button(maria).payload)
    olena = Dialogue(app.core, user_id="p1")
    await signed_up(olena, "Olena")  # waiting, number 1
    assert "waiting list" in olena.text
    return maria, olena


async def test_a_parent_takes_one_child_off_and_the_place_goes_to_the_next(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        maria, _ = await _both_signed_up_and_one_waiting(app)
        anna = StaffMember(app.core)
        clock.advance(days=8, hours=8)  # Tuesday 1 December: the first meeting
        await anna.payload("courses:att:polish_a1:20261201")
        await anna.press("⬜ Maria — Аня, Петро")
        clock.advance(days=4)  # Saturday 5 December
        await maria.send("/mybookings")
        labels = [b.label for b in maria.buttons]
        assert "✖ Take off only Петро: Polish A1" in labels
        assert "✖ Take off only Аня: Polish A1" in labels
        await maria.press("Take off only Петро")
        assert "Take only Петро off Polish A1? The others (Аня) stay signed up" in maria.text
        await maria.press("Yes, take off Петро")
        assert "Петро is no longer signed up for Polish A1; the others stay." in maria.text
        await maria.send("/mybookings")
        assert "✅ you are signed up\n👧 Аня, 8 years old" in maria.text
        assert "Петро" not in maria.text
        assert not any("Take off only" in b.label for b in maria.buttons)  # one child left
        assert "A place is free" in text_of((await inbox(app, "p1"))[-1])
        note = next(text_of(r) for r in await inbox(app, STAFF_CHAT) if "👋" in r.text)
        assert "👋 Maria — Петро wypisał(a) się z „Język polski A1”." in note
        assert "Miejsce zaproponowano: Olena" in note
        await anna.payload("courses:att:polish_a1:20261201")  # the past meeting keeps Петро
        assert "✅ Maria — Петро (wypisał(a) się 5 gru 2026)" in anna.text
        assert "Obecni: 2 z 2" in anna.text
        assert "✅ Maria — Аня" in [b.label for b in anna.buttons]


async def test_staff_take_one_child_off_and_the_parent_is_told(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        maria, _ = await _both_signed_up_and_one_waiting(app)
        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        labels = [b.label for b in anna.buttons]
        assert "✖ Usuń tylko: 1. Maria — Аня" in labels
        old = anna.button("Usuń tylko: 1. Maria — Петро").payload
        await anna.press("Usuń tylko: 1. Maria — Петро")
        assert "Maria — Петро" in anna.text
        await anna.press("Tak")
        assert "Maria — Петро: usunięto z listy" in anna.text
        assert "Miejsce zaproponowano: Olena" in anna.text
        assert "👧 dzieci: Аня (8)" in anna.text and "Петро (10)" not in anna.text
        told = [text_of(r) for r in await inbox(app, "p2")]
        assert any("taken Петро off the list for Polish A1" in t for t in told)
        await anna.payload(old)  # an old button: nobody else is taken off
        await maria.send("/mybookings")
        assert "👧 Аня, 8 years old" in maria.text
