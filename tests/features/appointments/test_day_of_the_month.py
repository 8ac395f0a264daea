"""(tester 19) A day of the month typed with its time at a specialist's days («3-го о 9», «26
числа в 10», «the 26th at 9:30», «dwudziestego szóstego o 10»): the next such day at that time,
never a day and month (bot/core/dates.py, bot/core/when.py, as at a visit's days). The
fixture's career counsellor sees people on Thursdays, 09:00–10:30 every 30 minutes; the clock:
Monday 23 November 2026."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("uk", "3-го о 9", "✅ Четвер, 3 грудня, 09:00: цей час вільний."),
        ("ru", "26 числа в 10", "✅ Четверг, 26 ноября, 10:00: это время свободно."),
        ("en", "the 26th at 9:30", "✅ Thursday, 26 November, 09:30: this time is free."),
        ("pl", "dwudziestego szóstego o 10", "✅ Czwartek, 26 listopada, 10:00: ta godzina jest"),
        ("pl", "3 o 10", "✅ Czwartek, 3 grudnia, 10:00: ta godzina jest wolna."),  # not 3 October
    ],
)
async def test_a_day_of_the_month_with_its_time_is_taken(app, language, typed, said):
    dialogue = Dialogue(app.core, language_hint=language)
    await dialogue.payload("appt:open:career")
    await dialogue.send(typed)
    assert said in dialogue.text
    assert any(b.payload == "person:agree" for b in dialogue.buttons)  # no time asked: consent
