"""(tester 19) A day of the month typed with its time at a visit's days and at the list of times
to move a visit to («1-го в 14», «1 о 14», «the 1st at 2 pm», «pierwszego o 14»): the next such
day (this month's if not passed, else next month's) at that time, never a day and month («1 о
14» is no 1 November, «24. o 14» no 24 February): bot/core/dates.py, bot/core/when.py. The
fixture: on Monday 23 November, City Hall's free times are on Tuesdays, 13:00–15:15."""

from __future__ import annotations

import pytest

from tests.support.bookings import book_and_confirm
from tests.support.dialogue import Dialogue


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("ru", "1-го в 14", "✅ Вторник, 1 декабря, 14:00: это время свободно."),
        ("uk", "1 о 14", "✅ Вівторок, 1 грудня, 14:00: цей час вільний."),
        ("uk", "24 числа о 14", "✅ Вівторок, 24 листопада, 14:00: цей час вільний."),
        ("en", "the 1st at 2 pm", "✅ Tuesday, 1 December, 14:00: this time is free."),
        ("pl", "pierwszego o 14", "✅ Wtorek, 1 grudnia, 14:00: ta godzina jest wolna."),
        ("pl", "24. o 14", "✅ Wtorek, 24 listopada, 14:00: ta godzina jest wolna."),
    ],
)
async def test_a_day_of_the_month_with_its_time_is_taken_at_the_days(app, language, typed, said):
    dialogue = Dialogue(app.core, language_hint=language)
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    await dialogue.send(typed)
    assert said in dialogue.text
    assert any(b.payload.startswith("booking:topic:") for b in dialogue.buttons)  # no time asked


@pytest.mark.parametrize("typed", ["1 o 13", "1-go o 13", "the 1st at 1 pm", "1 числа в 13"])
async def test_a_day_of_the_month_with_its_time_moves_a_visit_there(app, dialogue, typed):
    await book_and_confirm(dialogue)
    await dialogue.send("/mybookings")
    await dialogue.press("Move: Tue 24 Nov, 13:30")
    await dialogue.send(typed)
    assert "to Tuesday, 1 December 2026, 13:00?" in dialogue.text
