"""A family that chose «all wait together» may still take the places free now for some of its
children, the others waiting on with its number: from /mybookings, or from the message that a
place has freed up which is not enough for all of them; the parent chooses which child, and a
place someone else took first is said to be gone. The course: Polish A1 for children, 2 places,
up to 3 children a sign-up (tests/features/courses/test_families.py)."""

from __future__ import annotations

from tests.features.courses.test_families import family, kids_course, signed_up
from tests.support.courses import inbox, payload_of, text_of
from tests.support.dialogue import Dialogue, StaffMember


async def test_a_family_waiting_together_takes_the_free_place_for_one_child(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        await signed_up(Dialogue(app.core, user_id="p1"), "Olena")  # one place of two left
        maria = Dialogue(app.core, user_id="p2")
        await family(maria)
        await maria.press("All wait together")
        await maria.payload("course:open:polish_a1")  # the course's page says so too
        assert "⏳ Number 1 on the waiting list" in maria.text
        assert "🪑 A place is free now" in maria.text
        assert maria.button("Take the free place now").payload.startswith("course:free:")
        await maria.send("/mybookings")
        assert "⏳ number 1 on the waiting list" in maria.text
        assert "🪑 A place is free now: you can take it for one of them, the others keep" in (
            maria.text
        )
        await maria.press("Take the free place now: Polish A1")
        assert "Sign up now: Аня.\nThe others (Петро) stay number 1 on the waiting list" in (
            maria.text
        )
        await maria.press("Петро now, instead of Аня")  # the parent chooses the child
        assert "Sign up now: Петро.\nThe others (Аня) stay number 1" in maria.text
        await maria.press("Sign up now: Петро")
        assert "Signed up for Polish A1: Петро!" in maria.text
        assert "Still on the waiting list, number 1: Аня." in maria.text

        await maria.send("/mybookings")
        assert "✅ you are signed up\n👧 Петро, 10 years old" in maria.text
        assert "⏳ number 1 on the waiting list\n👧 Аня, 8 years old" in maria.text
        assert "A place is free now" not in maria.text  # none is left
        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        assert "Zapisani (2 z 2):" in anna.text and "👧 dzieci: Петро (10)" in anna.text
        assert "👧 dzieci: Аня (8) · 👪 reszta rodziny na liście zapisanych (nr 2)" in anna.text


async def test_a_family_waiting_together_is_told_of_a_place_left_free(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        olena, ivan, petro = (Dialogue(app.core, user_id=u) for u in ("p1", "p3", "p4"))
        await signed_up(olena, "Olena")
        maria = Dialogue(app.core, user_id="p2", language_hint="uk")
        await family(maria, 3)
        await maria.press("Усі чекають разом")
        await signed_up(ivan, "Ivan")  # the free place Maria's three could not use: now full

        await olena.send("/mybookings")  # a place frees; nobody behind Maria fits it
        await olena.press("Leave: Polish A1")
        await olena.press("Yes, leave")
        [told] = await inbox(app, "p2")
        text = text_of(told)
        assert "🪑 Є вільне місце: Польська мова A1. Його замало для всіх із вашого запису" in text
        assert "(Аня, Петро, Іван), тож ви всі разом залишаєтеся під номером 1" in text
        assert "можна зайняти його зараз для одного з них" in text
        take = payload_of(told, "Зайняти вільне місце")
        await maria.payload(take)
        assert "Записати зараз: Аня.\nРешта (Петро, Іван) залишаються під номером 1" in maria.text

        await signed_up(petro, "Petro")  # a newcomer takes the free place first
        assert "Your child is signed up for Polish A1!" in petro.text
        await maria.press("Записати зараз: Аня")
        assert "Вільні місця на «Польська мова A1» щойно зайняв хтось інший." in maria.text
        assert "номером 1 у списку очікування (Аня, Петро, Іван)" in maria.text
        await maria.payload(take)  # the message's button, later: nothing free
        assert "щойно зайняв хтось інший" in maria.text


async def test_a_place_freed_by_forget_is_offered_to_the_family_for_one_child(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        olena, ivan = (Dialogue(app.core, user_id=u) for u in ("p1", "p3"))
        await signed_up(olena, "Olena")
        maria = Dialogue(app.core, user_id="p2")
        await family(maria, 3)
        await maria.press("All wait together")
        await signed_up(ivan, "Ivan")  # full

        await olena.send("/forget")  # her data deleted: her place frees, too few for three
        await olena.payload("privacy:forget")
        [told] = await inbox(app, "p2")
        assert "🪑 A place is free on Polish A1. It is not enough for everyone" in text_of(told)
        assert "(Аня, Петро, Іван), so you all keep number 1" in text_of(told)
        await maria.payload(payload_of(told, "Take the free place"))
        await maria.press("Іван now, instead of Аня")
        await maria.press("Sign up now: Іван")
        assert "Signed up for Polish A1: Іван!" in maria.text
        assert "Still on the waiting list, number 1: Аня, Петро." in maria.text
