"""What a person and staff read around a sign-up: leaving says who gets the place only when
someone waits for it, a status on its own starts with a capital, the summary and confirmation
do not list again every meeting the page just listed, and staff tell apart two people of one
first name on a course's card."""

from __future__ import annotations

from tests.support.courses import course_app, enrol, people, up_to_summary
from tests.support.dialogue import Dialogue, StaffMember


async def _leave(dialogue: Dialogue) -> str:
    await dialogue.send("/mybookings")
    await dialogue.press("Leave: Polish A1")
    question = dialogue.text
    await dialogue.press("Yes, leave")
    return question


async def test_leaving_with_nobody_waiting_does_not_promise_the_place_to_anyone(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena = Dialogue(app.core)
        await enrol(olena)
        question = await _leave(olena)
        assert "Do you really want to leave Polish A1?" in question
        assert "waiting list" not in question
        assert "You have left Polish A1. Thank you for letting us know." in olena.text
        assert "next person" not in olena.text


async def test_leaving_with_someone_waiting_says_the_place_goes_to_them(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena, petro, maria = people(app, 3)
        for person in (olena, petro, maria):
            await enrol(person)
        question = await _leave(olena)
        assert "Your place will go to the next person on the waiting list." in question
        assert "your place goes to the next person" in olena.text


async def test_a_course_page_says_you_are_signed_up_with_a_capital(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena = Dialogue(app.core, language_hint="uk")
        await enrol(olena)
        await olena.payload("course:open:polish_a1")
        assert "✅ Ви записані" in olena.text
        await olena.send("/mybookings")
        assert "Польська мова A1 — ✅ ви записані" in olena.text  # after the name, in a list


async def test_the_summary_and_confirmation_give_many_meetings_as_first_count_and_last(
    tmp_path, clock
):
    async with course_app(tmp_path, clock) as app:
        olena = Dialogue(app.core)
        await olena.payload("course:open:polish_a1")
        assert "Tue, 8 Dec 2026, 17:00–18:30" in olena.text  # the page lists every one
        await up_to_summary(olena)
        span = "🗓 8 meetings: the first on Tue, 1 Dec 2026, 17:00–18:30, the last on Tue, 19 Jan"
        assert span in olena.text
        assert "8 Dec 2026" not in olena.text
        await olena.press("Yes, sign me up")
        assert "You are signed up for Polish A1!" in olena.text
        assert span in olena.text and "8 Dec 2026" not in olena.text


async def test_a_one_off_event_keeps_its_date_in_the_summary(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena = Dialogue(app.core)
        await up_to_summary(olena, "culture_day")
        assert "🗓 Sat, 12 Dec 2026, 12:00–16:00" in olena.text


async def test_staff_tell_apart_two_people_of_one_name_signed_up_and_waiting(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        first, second, third = people(app, 3)
        await enrol(first, name="Анна")
        await enrol(second, name="Petro")
        await enrol(third, name="Анна", phone="602 000 111")
        staff = StaffMember(app.core)
        await staff.payload("courses:show:polish_a1")
        labels = [b.label for b in staff.buttons if b.payload.startswith("courses:remove:")]
        assert labels == [
            "✖ Usuń z listy: 1. Анна",
            "✖ Usuń z listy: 2. Petro",
            "✖ Usuń z listy rezerwowej: 1. Анна",
        ]
        await staff.press("Usuń z listy rezerwowej: 1. Анна")
        await staff.press("Tak, usuń")
        assert "Lista rezerwowa (0)" in staff.text
        assert "1. Анна, +48 601 234 567" in staff.text  # the one signed up stays
