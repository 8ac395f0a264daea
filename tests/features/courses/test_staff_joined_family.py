"""Staff hear of every sign-up in one line (tester 25): a family signed up split (some now, the
rest waiting) and a child added to a family's sign-up, as any other sign-up. The course: Polish
A1 for children, 2 places, up to 3 children a sign-up (tests/features/courses/test_families.py).
"""

from __future__ import annotations

from tests.features.courses.test_another_child import _add_petro, _anya_signed_up
from tests.features.courses.test_families import kids_course, signed_up, up_to_children
from tests.support.courses import STAFF_CHAT, inbox, text_of
from tests.support.dialogue import Dialogue


async def staff_lines(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [text_of(r) for r in await inbox(app, STAFF_CHAT) if text_of(r).startswith("🆕")]


async def test_a_family_signed_up_split_is_told_to_staff_in_one_line(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        await signed_up(Dialogue(app.core, user_id="p1"), "Olena")  # one of the two places
        maria = Dialogue(app.core, user_id="p2")
        await up_to_children(maria, "Maria", 3)
        await maria.send("Аня 8, Петро 10, Іван 9")
        await maria.press("Now: Аня, the rest wait")
        assert "Signed up for Polish A1: Аня!" in maria.text
        told = await staff_lines(app)
        assert told[-1] == (
            "🆕 Maria zapisał(a) na „Język polski A1”: Аня;"
            " na liście rezerwowej, nr 1: Петро, Іван."
        )


async def test_a_child_added_to_a_sign_up_is_told_to_staff(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        maria = await _anya_signed_up(app)
        await _add_petro(maria)  # a place is free: signed up with the family
        told = await staff_lines(app)
        assert told[-1] == "🆕 Maria dopisał(a) 1 dziecko do zapisu na „Język polski A1”: Петро."
        await signed_up(Dialogue(app.core, user_id="p3"), "Ivan")  # none left: Ivan waits
        await maria.payload("course:open:polish_a1")
        await maria.press("➕ Sign up another child")
        await maria.send("Соня")
        await maria.send("9")
        await maria.press("Yes")
        assert "waiting list for Polish A1: number 2" in maria.text
        told = await staff_lines(app)
        assert told[-1] == (
            "🆕 Maria dopisał(a) 1 dziecko do zapisu na „Język polski A1”: Соня"
            " — na liście rezerwowej, nr 2."
        )
