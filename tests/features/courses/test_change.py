"""«✏️ Change something» on a course's summary, as on a callback's and a help request's: the
name or phone, the number of people, one child's name and age; then the summary again, and
what was changed is what is signed up."""

from __future__ import annotations

from tests.features.courses.test_who_comes import KIDS, app_with
from tests.support.courses import confirm_button, course_app, up_to_summary
from tests.support.dialogue import Dialogue, StaffMember


async def _two_children(dialogue: Dialogue) -> None:
    await dialogue.payload("course:open:polish_a1")
    await dialogue.payload("course:enrol:polish_a1")
    await dialogue.payload("person:agree")
    await dialogue.send("Maria")
    await dialogue.send("601 234 567")
    await dialogue.send("2")
    for name, age in (("Anna", "8"), ("Petro", "10")):
        await dialogue.send(name)
        await dialogue.send(age)


async def test_a_parent_changes_a_childs_age_and_the_number_of_children(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        maria = Dialogue(app.core)
        await _two_children(maria)
        await maria.press("Change something")
        assert "What would you like to change?" in maria.text
        assert [b.label for b in maria.buttons] == [
            "👤 Change the name",
            "📱 Change the phone",
            "👧 Number of children",
            "👧 Anna, 8 years old",
            "👧 Petro, 10 years old",
            "« Back",
        ]
        await maria.press("Petro, 10")
        assert "Now: 👧 Petro, 10 years old. Please write the child's first name again" in (
            maria.text
        )
        await maria.send("Petro")
        assert "How old is Petro?" in maria.text
        await maria.send("11")
        assert "👧 Anna, 8 years old\n👧 Petro, 11 years old" in maria.text  # the summary again
        await maria.press("Change something")
        await maria.press("Number of children")
        await maria.press("3")  # one more: only the new child is asked
        assert "Child 3 of 3: what is their first name?" in maria.text
        await maria.send("Ivan")
        await maria.send("7")
        assert "👧 Anna, 8 years old\n👧 Petro, 11 years old\n👧 Ivan, 7 years old" in maria.text
        await maria.press("Change something")
        await maria.press("Number of children")
        await maria.press("1")  # fewer: the first stays, and who was taken off is said
        assert "Taken off this sign-up: Petro, Ivan." in maria.replies[0].text
        assert "👧 Anna, 8 years old\n👤 Parent or guardian: Maria" in maria.text
        assert "Petro" not in maria.replies[-1].text
        await maria.payload(confirm_button(maria).payload)
        assert "Your child is signed up for Polish A1!" in maria.text
        staff = StaffMember(app.core)
        await staff.payload("courses:show:polish_a1")
        assert "Zapisani (1 z 2)" in staff.text and "👧 dzieci: Anna (8)" in staff.text


async def test_back_from_a_change_leaves_the_summary_as_it_was(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        maria = Dialogue(app.core)
        await _two_children(maria)
        await maria.press("Change something")
        await maria.press("Anna, 8")
        await maria.send("назад")  # a word for back: the summary, nothing changed
        assert "Please check: you are signing up your child" in maria.text
        assert "👧 Anna, 8 years old\n👧 Petro, 10 years old" in maria.text
        await maria.press("Change something")
        await maria.press("Number of children")
        await maria.press("Back")
        assert "👧 Anna, 8 years old\n👧 Petro, 10 years old" in maria.text
        await maria.press("Change something")
        await maria.send("hmm")  # neither a button nor a question: the menu again
        assert "What would you like to change?" in maria.text
        await maria.press("Back")
        await maria.payload(confirm_button(maria).payload)
        assert "Anna, 8 years old" in maria.text and "Petro, 10 years old" in maria.text


async def test_the_name_and_phone_are_changed_before_signing_up(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena = Dialogue(app.core, language_hint="uk")
        await up_to_summary(olena)
        await olena.press("Щось змінити")
        assert [b.label for b in olena.buttons] == [
            "👤 Змінити ім'я",
            "📱 Змінити телефон",
            "« Назад",
        ]
        await olena.press("Змінити ім'я")
        await olena.send("Оксана")
        await olena.send("602 111 222")
        assert "👤 Оксана, 📱 +48 602 111 222" in olena.text  # the summary, changed
        await olena.payload(confirm_button(olena).payload)
        assert "Ви записані: Польська мова A1!" in olena.text
        staff = StaffMember(app.core)
        await staff.payload("courses:show:polish_a1")
        assert "1. Оксана, +48 602 111 222" in staff.text


async def test_a_change_button_of_a_finished_sign_up_has_expired(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena = Dialogue(app.core)
        await up_to_summary(olena)
        await olena.payload(confirm_button(olena).payload)
        await olena.payload("course:fix:person")
        assert "This button is no longer active" in olena.text
