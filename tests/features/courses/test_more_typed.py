"""Another child asked for in words inside a children's course's sign-up («хочу записати ще
доньку», «і ще доньку Соню 8 років», «I want to add my daughter too»; tester report 17, item 6):
at how many children, a child's name or the summary it is the number of children asked again,
with a line saying why (from the summary: back to the summary after), never the offer to leave
the form for a question."""

from __future__ import annotations

import pytest

from tests.features.courses.test_who_comes import KIDS, app_with
from tests.support.courses import confirm_button
from tests.support.dialogue import Dialogue

LEAVE = ("Схоже, це запитання", "looks like a question", "Please choose with the buttons")
HOW_MANY = {"uk": "Скільки дітей ви записуєте?", "en": "How many children are you signing up?"}
WHY = {"uk": "Щоб записати ще дитину", "en": "To sign up another child"}


async def _to_how_many(person: Dialogue) -> None:
    await person.payload("course:open:polish_a1")
    await person.payload("course:enrol:polish_a1")
    await person.payload("person:agree")
    await person.send("Ольга Коваль")
    await person.send("601 234 567")


def _asked_how_many(person: Dialogue, lang: str) -> None:
    assert WHY[lang] in person.text and HOW_MANY[lang] in person.text
    assert not any(leave in person.text for leave in LEAVE)


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("uk", "хочу записати ще доньку"),
        ("uk", "і ще доньку Соню 8 років"),
        ("en", "I want to add my daughter too"),
    ],
)
async def test_at_the_summary_it_is_the_number_of_children_and_then_the_summary(
    tmp_path, clock, lang, typed
):
    async with app_with(tmp_path, clock, **KIDS) as app:
        olga = Dialogue(app.core, language_hint=lang)
        await _to_how_many(olga)
        await olga.send("1")
        await olga.send("Марко")
        await olga.send("8")
        assert confirm_button(olga) is not None  # the summary
        await olga.send(typed)
        _asked_how_many(olga, lang)
        await olga.press("2")  # Марко stays; only the new child is asked
        await olga.send("Соня")
        await olga.send("8")
        assert "Марко" in olga.text and "Соня" in olga.text
        await olga.payload(confirm_button(olga).payload)
        assert "записано" in olga.text or "signed up" in olga.text


async def test_at_how_many_and_at_a_childs_name_the_number_asked_again_with_why(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        olga = Dialogue(app.core, language_hint="uk")
        await _to_how_many(olga)
        await olga.send("хочу записати ще доньку")  # at how many: why, and the question again
        _asked_how_many(olga, "uk")
        await olga.send("1")
        assert "Як звати дитину?" in olga.text
        await olga.send("хочу записати ще доньку")  # at the child's name: not a question
        _asked_how_many(olga, "uk")
        await olga.send("2")
        assert "Дитина 1 з 2" in olga.text
        await olga.send("Марко")
        await olga.send("8")
        await olga.send("Соня")
        await olga.send("9")
        assert "Марко, 8 років" in olga.text and "Соня, 9 років" in olga.text


async def test_a_course_taking_one_child_a_sign_up_says_so_and_asks_again(tmp_path, clock):
    async with app_with(tmp_path, clock, **{**KIDS, "max_people": 1}) as app:
        olga = Dialogue(app.core, language_hint="uk")
        await _to_how_many(olga)
        assert "Як звати дитину?" in olga.text
        await olga.send("хочу записати ще доньку")
        assert "щонайбільше 1" in olga.text and "Як звати дитину?" in olga.text
        assert not any(leave in olga.text for leave in LEAVE)


async def test_a_name_or_a_question_at_the_childs_name_is_read_as_before(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        olga = Dialogue(app.core, language_hint="uk")
        await _to_how_many(olga)
        await olga.send("1")
        await olga.send("де отримати песель для дитини?")
        assert LEAVE[0] in olga.text  # another matter: offered as before
