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
