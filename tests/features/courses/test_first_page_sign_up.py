"""Tester 21, item 12: «хочу записати сина» typed on a children's course's FIRST page (/services,
the one with «🗓 Dates and sign-up») is its sign-up, as on the course's page, in every language;
and one son or daughter said there is one child: «How many children?» is not asked. The course:
Polish A1 for children, up to 3 children a sign-up (tests/features/courses/test_families.py)."""

from __future__ import annotations

import pytest

from tests.features.courses.test_families import kids_course
from tests.support.courses import confirm_button
from tests.support.dialogue import Dialogue

FIRST_PAGE = (
    ("uk", "хочу записати сина", "Перш ніж почати: ваші дані", "👧 Як звати дитину?"),
    ("ru", "хочу записать сына", "Прежде чем начать: ваши данные", "👧 Как зовут ребёнка?"),
    ("pl", "chcę zapisać syna", "Zanim zaczniemy: Twoje dane", "👧 Jak ma na imię dziecko?"),
    ("en", "I want to sign up my son", "Before we start: your data", "👧 What is your child's"),
)


@pytest.mark.parametrize("page", ["service:polish_a1", "course:open:polish_a1"])
@pytest.mark.parametrize(("lang", "typed", "consent", "child"), FIRST_PAGE)
async def test_on_the_first_page_one_son_starts_the_sign_up_for_one_child(
    tmp_path, clock, page, lang, typed, consent, child
):
    """The first page (/services) and the course's own page (its dates, «Sign up») alike."""
    async with kids_course(tmp_path, clock) as app:
        parent = Dialogue(app.core, user_id="p1", language_hint=lang)
        await parent.payload(page)
        await parent.send(typed)
        assert consent in parent.text, typed
        await parent.payload("person:agree")
        await parent.send("Olena")
        await parent.send("601 234 567")
        assert child in parent.text  # not «How many children are you signing up?»
        assert "(1–3)" not in parent.text
        await parent.send("Петро")
        await parent.send("10")
        assert "Петро" in parent.text
        await parent.payload(confirm_button(parent).payload)
        await parent.send("/mybookings")
        assert "Петро" in parent.text


async def test_two_children_or_a_daughter_with_her_brother_are_asked_how_many(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        for i, typed in enumerate(("хочу записати сина і доньку", "chcę zapisać dwoje dzieci")):
            parent = Dialogue(app.core, user_id=f"q{i}", language_hint="uk")
            await parent.payload("service:polish_a1")
            await parent.send(typed)
            assert "Перш ніж почати: ваші дані" in parent.text, typed
            await parent.payload("person:agree")
            await parent.send("Olena")
            await parent.send("601 234 567")
            assert "Скільки дітей ви записуєте? (1–3)" in parent.text, typed


async def test_after_another_screen_the_words_go_on_as_before(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        parent = Dialogue(app.core, user_id="p1", language_hint="en")
        await parent.payload("service:polish_a1")
        await parent.send("/menu")  # another screen seen since: not the sign-up
        await parent.send("I want to sign up my son")
        assert "Before we start" not in parent.text
