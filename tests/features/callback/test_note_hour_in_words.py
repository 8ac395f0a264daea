"""An hour said in words in the note written with the phone number is an hour: «po piątej» is
after five o'clock (17:00), never Friday («w piątek» is); the office (Mon-Fri 08:00-16:00,
Wednesday until 18:00) closes before it, so the person is told when staff can call, with
Wednesday named, the day that hour works. The clock: Monday, 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from tests.support.callbacks import at_the_name_step


@pytest.mark.parametrize(
    ("lang", "typed", "today", "wednesday", "friday"),
    [
        ("pl", "600 123 456 po piątej", "dziś, poniedziałek", "środa, 25 list", "27 listopada"),
        ("uk", "600 123 456 після пʼятої", "сьогодні, понеділок", "25 листопада", "27 листопада"),
        ("ru", "600 123 456 после пяти", "сегодня, понедельник", "25 ноября", "27 ноября"),
        ("en", "600 123 456 after five", "today, Monday", "Wednesday, 25 November", "27 November"),
    ],
)
async def test_after_five_in_words_is_an_hour_not_friday(
    dialogue, lang, typed, today, wednesday, friday
):
    await at_the_name_step(dialogue, lang)
    await dialogue.send("Olena")
    await dialogue.send(typed)
    assert f"• {today}, 23" in dialogue.text
    assert wednesday in dialogue.text  # 17:00 fits Wednesday's hours (until 18:00)
    assert friday not in dialogue.text  # Friday 27 November is never named


async def test_on_friday_after_five_names_friday(dialogue):
    await at_the_name_step(dialogue, "pl")
    await dialogue.send("Olena")
    await dialogue.send("600 123 456 w piątek po piątej")
    assert "piątek, 27 listopada: 08:00–16:00" in dialogue.text
