"""The steps about who comes (how many, each child's name and age) are screened as every other
form's free text is: a plea for help gets the help lines and the step again, a question is
offered an answer, what is no name is asked again, a word for back goes one step back; the
terminal takes a number typed there for the answer, not for a button."""

from __future__ import annotations

import pytest

from tests.features.courses.test_who_comes import KIDS, app_with
from tests.support.dialogue import Dialogue

PLEA = "допоможіть, чоловік мене б'є"
GOES_ON = "Ваша заявка ще відкрита"


async def _details(dialogue: Dialogue) -> None:
    await dialogue.payload("course:open:polish_a1")
    await dialogue.payload("course:enrol:polish_a1")
    await dialogue.payload("person:agree")
    await dialogue.send("Ольга Коваль")
    await dialogue.send("601 234 567")


@pytest.mark.parametrize(
    ("before", "asked"),
    [
        ((), "Скільки дітей ви записуєте?"),
        (("2",), "Дитина 1 з 2: як її звати?"),
        (("2", "Марко"), "Скільки років дитині (Марко)?"),
    ],
)
async def test_a_plea_at_a_sign_up_step_gets_the_help_lines_and_the_step_again(
    tmp_path, clock, before, asked
):
    async with app_with(tmp_path, clock, **KIDS) as app:
        olga = Dialogue(app.core, language_hint="uk")
        await _details(olga)
        for text in before:
            await olga.send(text)
        await olga.send(PLEA)
        assert "112" in olga.replies[0].text
        assert GOES_ON in olga.text and asked in olga.text
        assert PLEA not in olga.text  # not taken for a name


async def test_a_plea_at_an_events_number_of_people_gets_the_help_lines(tmp_path, clock):
    async with app_with(tmp_path, clock, max_people=8) as app:
        olga = Dialogue(app.core, language_hint="uk")
        await _details(olga)
        await olga.send(PLEA)
        assert "112" in olga.replies[0].text
        assert "Скільки людей прийде, разом із вами?" in olga.text
        assert "оберіть число" not in olga.text


async def test_a_question_at_a_childs_name_is_offered_an_answer_not_taken_as_the_name(
    tmp_path, clock
):
    async with app_with(tmp_path, clock, **KIDS) as app:
        olga = Dialogue(app.core, language_hint="uk")
        await _details(olga)
        await olga.send("1")
        await olga.send("Скільки коштують ці заняття?")
        assert "Схоже, це запитання" in olga.text
        await olga.press("Ні, повернутися до форми")
        assert "Як звати дитину?" in olga.text
        await olga.send("дякую")  # no name: asked again
        assert "Будь ласка, напишіть лише ім'я дитини." in olga.text
        await olga.send("Марко")
        assert "Скільки років дитині (Марко)?" in olga.text


async def test_back_typed_or_pressed_goes_one_question_back(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        olga = Dialogue(app.core, language_hint="uk")
        await _details(olga)
        await olga.send("2")
        await olga.send("Марко")
        await olga.send("назад")  # at the age: Марко's name again, not a child called «назад»
        assert "Дитина 1 з 2: як її звати?" in olga.text and "назад" not in olga.text
        await olga.send("Марко")
        await olga.send("8")
        await olga.press("« Назад")  # at the second child's name: Марко's age
        assert "Скільки років дитині (Марко)?" in olga.text
        await olga.send("назад")
        await olga.send("назад")  # the first child's name: how many
        assert "Скільки дітей ви записуєте?" in olga.text
        await olga.press("« Назад")  # the name and phone once more
        assert "Як вас звати?" in olga.text
        await olga.press("Ольга Коваль")  # the saved name and phone
        await olga.send("1")
        await olga.send("Софія")
        await olga.send("9")
        assert "👧 Софія, 9 років" in olga.text and "Марко" not in olga.text


async def test_the_terminal_takes_a_number_typed_at_how_many_and_the_age_as_the_answer(
    tmp_path, clock
):
    async with app_with(tmp_path, clock, **KIDS) as app:
        olga = Dialogue(app.core, language_hint="uk")
        await _details(olga)
        assert olga.replies[-1].typed_answer  # [#1]: «4» is a number, not «Don't sign up»
        await olga.send("4")
        assert "Будь ласка, оберіть число від 1 до 3." in olga.text
        await olga.send("1")
        await olga.send("Марко")
        assert olga.replies[-1].typed_answer  # «1» is an age, not «« Back»
