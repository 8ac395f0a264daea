"""First come, first served. A family waiting together comes before a family behind it that may
be split (tester 25), and before a single child behind both: a place too few for the earlier
family is held for it once, not offered to the later ones; once it has had its hold, the next
in line has it: the family that may be split, for its first child, before the single child
behind it (docs/services.md). The course: Polish A1 for children, 2 places, up to 3 children a
sign-up."""

from __future__ import annotations

from tests.features.courses.test_families import family, kids_course, signed_up
from tests.support.courses import inbox, payload_of, text_of
from tests.support.dialogue import Dialogue, StaffMember


async def test_a_family_waiting_together_is_held_a_place_before_a_family_behind_it(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        olena, ivan = Dialogue(app.core, user_id="p1"), Dialogue(app.core, user_id="p3")
        await signed_up(olena, "Olena")
        maria = Dialogue(app.core, user_id="p2")
        await family(maria, 3)  # one place free for three: all wait together, number 1
        await maria.press("All wait together")
        assert "number 1" in maria.text
        await signed_up(ivan, "Ivan")  # the free place: Ivan fits, Maria cannot use it
        oksana = Dialogue(app.core, user_id="p4")
        await family(oksana, 2)  # nothing free: her two wait, number 2, not together
        await oksana.payload(next(b.payload for b in oksana.buttons if ":confirm:" in b.payload))
        assert "number 2" in oksana.text
        petro = Dialogue(app.core, user_id="p5")
        await signed_up(petro, "Petro")  # one child, number 3: he would fit in one place
        assert "number 3" in petro.text

        await olena.send("/mybookings")  # one place frees: too few for Maria's or Oksana's
        await olena.press("Leave: Polish A1")
        await olena.press("Yes, leave")
        held = [text_of(r) for r in await inbox(app, "p2")]
        assert any("A place is free on Polish A1." in t and "holding it for you" in t for t in held)
        assert not [t for t in (text_of(r) for r in await inbox(app, "p4")) if "place" in t]
        assert await inbox(app, "p5") == []  # Petro fits, but two are ahead of him

        offer = (await inbox(app, "p2"))[-1]
        await maria.payload(payload_of(offer, "keep waiting"))  # Maria had her hold
        told = [text_of(r) for r in await inbox(app, "p4")]
        assert any("A place is free on Polish A1!" in t and "Аня" in t for t in told)
        assert await inbox(app, "p5") == []  # Oksana, ahead of him, may take it for Аня
        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        assert "1. Maria" in anna.text
