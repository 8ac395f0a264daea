"""A brother or sister added later to a family's sign-up, from the course's page: a place if
one is free (one entry with the family's, on the staff's card and in /mybookings), else the end
of the waiting list, as a new sign-up. The course: Polish A1 for children, 2 places, up to 3
children a sign-up (tests/features/courses/test_families.py)."""

from __future__ import annotations

from tests.features.courses.test_families import kids_course, one_child, signed_up
from tests.support.courses import confirm_button
from tests.support.dialogue import Dialogue, StaffMember


async def _anya_signed_up(app) -> Dialogue:
    maria = Dialogue(app.core, user_id="p2")
    await one_child(maria, "Maria", "Аня")
    await maria.payload(confirm_button(maria).payload)
    return maria


async def _add_petro(maria: Dialogue) -> None:
    await maria.payload("course:open:polish_a1")
    await maria.press("➕ Sign up another child")
    await maria.send("Петро")
    await maria.send("10")
    assert "another child on your sign-up" in maria.text
    assert "👧 Петро, 10 years old" in maria.text
    await maria.payload(confirm_button(maria).payload)


async def test_a_parent_adds_a_brother_to_the_sign_up_when_a_place_is_free(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        maria = await _anya_signed_up(app)
        await _add_petro(maria)
        assert "Your child is signed up for Polish A1" in maria.text
        await maria.send("/mybookings")
        assert maria.text.count("Polish A1 —") == 1
        assert "✅ you are signed up\n👧 Аня, 9 years old\n👧 Петро, 10 years old" in maria.text
        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        assert "dzieci: Аня (9), Петро (10)" in anna.text
        assert "2. Maria" not in anna.text  # one entry: the family's
        await maria.payload("course:open:polish_a1")  # a third child would wait
        await maria.press("➕ Sign up another child")
        await maria.send("Іван")
        await maria.send("9")
        await maria.payload(confirm_button(maria).payload)
        assert "waiting list for Polish A1: number 1" in maria.text
        await maria.payload("course:open:polish_a1")  # three: as many as one sign-up takes
        assert not any("another child" in b.label for b in maria.buttons)


async def test_with_no_place_free_the_brother_waits_at_the_end_of_the_list(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        maria = await _anya_signed_up(app)
        olena = Dialogue(app.core, user_id="p1")
        await signed_up(olena, "Olena")  # the second place
        ivan = Dialogue(app.core, user_id="p3")
        await signed_up(ivan, "Ivan")  # waiting, number 1
        await _add_petro(maria)
        assert "waiting list for Polish A1: number 2" in maria.text
        await maria.send("/mybookings")
        assert "✅ you are signed up\n👧 Аня" in maria.text
        assert "number 2 on the waiting list\n👧 Петро, 10 years old" in maria.text


TYPED = (
    "хочу записати ще сина",
    "Хочу записать ещё сына",
    "chcę zapisać jeszcze córkę",
    "I want to sign up my other son too",
)


async def test_a_parent_types_that_another_child_comes_too(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        maria = await _anya_signed_up(app)
        for typed in TYPED:  # not a question for the search: the course page's button
            await maria.send(typed)
            assert "What is your child's first name?" in maria.text, typed
            if typed != TYPED[-1]:
                await maria.press("Don't sign up")
        await maria.send("Петро")
        await maria.send("10")
        assert "another child on your sign-up" in maria.text
        await maria.payload(confirm_button(maria).payload)
        assert "Your child is signed up for Polish A1" in maria.text
        await maria.send("/mybookings")
        assert "✅ you are signed up\n👧 Аня, 9 years old\n👧 Петро, 10 years old" in maria.text

        await maria.send("I'd like to add my daughter as well")  # the third: she waits
        await maria.send("Іванка")
        await maria.send("9")
        await maria.payload(confirm_button(maria).payload)
        assert "waiting list for Polish A1: number 1" in maria.text
        await maria.send("хочу записати ще доньку")  # as many as one sign-up takes
        assert "There is no room for so many on one sign-up: it takes at most 3" in maria.text


async def test_without_a_child_on_a_childrens_course_the_words_are_a_question(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        olena = Dialogue(app.core, user_id="p1")  # nobody signed up
        await olena.send("I want to sign up my other son too")
        assert "first name" not in olena.text
        assert "I can't answer questions in your own words yet" in olena.text  # (search off)
        maria = await _anya_signed_up(app)
        await maria.send("When is the next lesson for my son?")  # not a sign-up
        assert "first name" not in maria.text


async def test_a_name_and_phone_changed_while_adding_a_child_are_kept(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        maria = await _anya_signed_up(app)
        await maria.payload("course:open:polish_a1")
        await maria.press("➕ Sign up another child")
        await maria.send("Петро")
        await maria.send("10")
        assert "Parent or guardian: Maria, 📱 +48 601 234 567" in maria.text
        await maria.press("Change something")
        await maria.press("Change the name")
        await maria.send("Maria Kowalska")
        await maria.send("602 111 222")
        assert "Parent or guardian: Maria Kowalska, 📱 +48 602 111 222" in maria.text
        await maria.payload(confirm_button(maria).payload)
        assert "Your child is signed up for Polish A1" in maria.text

        anna = StaffMember(app.core)  # the family's one entry: the new name and phone
        await anna.payload("courses:show:polish_a1")
        assert "1. Maria Kowalska, +48 602 111 222" in anna.text
        assert "601 234 567" not in anna.text
        await maria.send("/mydata")
        assert "Saved for the next request: Maria Kowalska, +48 602 111 222" in maria.text
        assert "👤 Maria Kowalska, 📱 +48 602 111 222\n  👧 Аня (9)" in maria.text
        assert "601 234 567" not in maria.text


async def test_on_a_childrens_course_page_the_words_start_its_sign_up(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        olena = Dialogue(app.core, user_id="p1")  # nobody of hers signed up anywhere
        await olena.payload("course:open:polish_a1")
        await olena.send("I want to sign up my other son too")  # as «Sign up» would
        assert "Before we start: your data" in olena.text
        await olena.payload("person:agree")
        await olena.send("Olena")
        await olena.send("601 234 567")
        await olena.press("1")
        await olena.send("Петро")
        await olena.send("10")
        await olena.payload(confirm_button(olena).payload)
        assert "Your child is signed up for Polish A1" in olena.text

        oksana = Dialogue(app.core, user_id="p3", language_hint="uk")
        await oksana.payload("course:open:polish_a1")
        await oksana.send("/menu")  # another screen seen since: the search's, as before
        await oksana.send("хочу записати ще сина")
        assert "Перш ніж почати" not in oksana.text
        await oksana.payload("course:open:polish_a1")
        await oksana.send("хочу записати ще сина")
        assert "Перш ніж почати: ваші дані" in oksana.text


ON_THE_PAGE = (  # without «ще», «ещё», «jeszcze», «also»: a sign-up, said on the page
    ("uk", "хочу записати сина", "Перш ніж почати: ваші дані"),
    ("ru", "хочу записать дочь", "Прежде чем начать: ваши данные"),
    ("pl", "chcę zapisać syna", "Zanim zaczniemy: Twoje dane"),
    ("en", "I want to sign up my son", "Before we start: your data"),
)


async def test_on_a_childrens_course_page_a_child_to_sign_up_starts_it(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        for i, (lang, typed, consent) in enumerate(ON_THE_PAGE):
            parent = Dialogue(app.core, user_id=f"q{i}", language_hint=lang)
            await parent.payload("course:open:polish_a1")
            await parent.send(typed)
            assert consent in parent.text, typed
        olena = Dialogue(app.core, user_id="p1")
        await olena.payload("course:open:polish_a1")
        await olena.send("I don't want to sign up my son")  # a no: not the button
        assert "Before we start" not in olena.text
        await olena.payload("course:open:polish_a1")
        await olena.send("хочу зареєструвати сина")  # registering (a PESEL): not a sign-up
        assert "Перш ніж почати" not in olena.text and "Before we start" not in olena.text
        await olena.payload("course:open:polish_a1")
        await olena.send("/menu")  # another screen seen since: the search's, as before
        await olena.send("I want to sign up my son")
        assert "Before we start" not in olena.text

        maria = await _anya_signed_up(app)  # her page has «➕ Sign up another child»
        await maria.payload("course:open:polish_a1")
        await maria.send("I want to sign up my son")
        assert "What is your child's first name?" in maria.text
        await maria.send("Петро")
        await maria.send("10")
        assert "another child on your sign-up" in maria.text
