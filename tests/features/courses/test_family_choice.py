"""A family with fewer places than children chooses which children take them: at the summary
(«🔄 Іван now, instead of Петро») and at an offer of places freed for some of them; and the
family is one entry on the staff's list of those signed up, whichever of its children were
given places later (README «Known gaps», Courses). The course: Polish A1 for children, 2
places, up to 3 children a sign-up (tests/features/courses/test_families.py)."""

from __future__ import annotations

from tests.features.courses.test_families import family, kids_course, signed_up, up_to_children
from tests.support.courses import confirm_button, inbox, payload_of, text_of
from tests.support.dialogue import Dialogue, StaffMember


async def test_at_the_summary_the_parent_chooses_which_children_are_signed_up_now(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        await signed_up(Dialogue(app.core, user_id="p1"), "Olena")  # one of the two places
        maria = Dialogue(app.core, user_id="p2")
        await up_to_children(maria, "Maria", 2)
        await maria.send("Аня 8, Петро 10")
        assert "sign up now: Аня; the rest on the waiting list (number 1): Петро;" in maria.text
        await maria.press("Петро now, instead of Аня")
        assert "sign up now: Петро; the rest on the waiting list (number 1): Аня;" in maria.text
        await maria.press("Now: Петро, the rest wait")
        assert "Signed up for Polish A1: Петро!" in maria.text
        assert "On the waiting list, number 1: Аня." in maria.text


async def test_a_place_freed_for_a_family_goes_to_the_child_the_parent_chooses(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        olena, ivan = Dialogue(app.core, user_id="p1"), Dialogue(app.core, user_id="p3")
        maria = Dialogue(app.core, user_id="p2", language_hint="uk")
        await signed_up(olena, "Olena")
        await signed_up(ivan, "Ivan")
        await family(maria, 2)  # no place free: Аня and Петро wait, number 1
        await maria.payload(confirm_button(maria).payload)
        await olena.send("/mybookings")
        await olena.press("Leave: Polish A1")
        await olena.press("Yes, leave")
        [offer] = await inbox(app, "p2")
        assert "Поки що місце — для дитини: Аня" in text_of(offer)
        await maria.payload(payload_of(offer, "Зараз Петро замість: Аня"))
        assert "Поки що місце — для дитини: Петро, якщо підтвердите" in maria.text
        assert "решта (Аня) тоді залишаються під номером 1" in maria.text
        await maria.press("Записати зараз: Петро")
        assert "Місце ваше: ви записані на «Польська мова A1»!" in maria.text
        assert "👧 Петро, 10 років" in maria.text and "номер 1: Аня." in maria.text

        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        assert "1. Ivan, +48 601 234 567" in anna.text
        assert "2. Maria, +48 601 234 567" in anna.text and "👧 dzieci: Петро (10)" in anna.text
        assert (
            "👧 dzieci: Аня (8) · 👪 z tej rodziny już zapisano: Петро (nr 2 listy zapisanych)"
            in anna.text
        )

        await ivan.send("/mybookings")  # a place for Аня too: the family, one entry
        await ivan.press("Leave: Polish A1")
        await ivan.press("Yes, leave")
        offer = (await inbox(app, "p2"))[-1]
        await maria.payload(payload_of(offer, "Зайняти місце"))
        assert "Місце ваше" in maria.text and "👧 Аня, 8 років" in maria.text
        await anna.payload("courses:show:polish_a1")
        assert "Zapisani (2 z 2):\n1. Maria, +48 601 234 567" in anna.text
        assert "👧 dzieci: Аня (8), Петро (10)" in anna.text
        assert "2. Maria" not in anna.text
        removes = [b.label for b in anna.buttons if b.payload.startswith("courses:remove:")]
        assert removes == ["✖ Usuń z listy: 1. Maria — Аня", "✖ Usuń z listy: 1. Maria — Петро"]
