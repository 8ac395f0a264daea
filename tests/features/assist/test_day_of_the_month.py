"""(tester 19) A day of the month typed with its time at a help form's date question («15
числа в 10», «9 о 11», «the 9th at 2 pm», «dziewiątego o 11»): that day at that time, the next
such day (this month's if not passed, else next month's), never a day and month («9 о 11» is
no 9 November: bot/core/dates.py, bot/core/when.py). A part of the day typed with the day where
the time is set elsewhere (`office_hours: false`): the hour is asked, and the part kept in the
person's note for staff, not lost when the hour is skipped; politeness alone after the day
and time («wednesday 10am please») is no note. The fixture clock: Monday 23 November 2026,
09:00 in Warsaw."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import build
from tests.conftest import write_config
from tests.support.assist import send_payload, up_to_the_form
from tests.support.callbacks import STAFF_CHAT, Delivery
from tests.support.dialogue import Dialogue
from tests.support.services import catalogue


@pytest.mark.parametrize(
    ("language", "typed", "day", "time"),
    [
        ("ru", "25 числа в 10", "среда, 25 ноября 2026", "10:00"),
        ("uk", "9 о 11", "середа, 9 грудня 2026", "11:00"),  # the 9th of November has passed
        ("ru", "9-го в 14", "среда, 9 декабря 2026", "14:00"),
        ("en", "the 25th at 2 pm", "Wednesday, 25 November 2026", "14:00"),
        ("pl", "9. o 11", "środa, 9 grudnia 2026", "11:00"),
        ("pl", "dziewiątego o 11", "środa, 9 grudnia 2026", "11:00"),
    ],
)
async def test_a_day_of_the_month_with_a_time_is_that_day_at_that_time(
    app, language, typed, day, time
):
    dialogue = Dialogue(app.core, language_hint=language)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send(typed)
    assert "3/3" in dialogue.text  # the time taken from the message: not asked
    await dialogue.send("Kielce")
    assert day in dialogue.text and f"— {time}" in dialogue.text  # the summary


async def test_a_day_of_the_month_alone_is_the_next_such_day(app):
    dialogue = Dialogue(app.core, language_hint="ru")
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("15 числа")
    assert "2/3" in dialogue.text  # the time asked next
    await dialogue.send("10:00")
    await dialogue.send("Kielce")
    assert "вторник, 15 декабря 2026" in dialogue.text


def time_set_elsewhere(tmp_path: Path) -> Path:
    """The transport form with its time set elsewhere (a meeting's) and optional."""
    data = catalogue()
    time = data["services"]["transport"]["fields"][1]
    time.update(office_hours=False, required=False)
    return write_config(tmp_path, **data)


@pytest.mark.parametrize(
    ("language", "typed", "told", "note"),
    [
        ("pl", "w piątek rano", "a „rano” pracownicy dostaną jako uwagę", "rano"),
        (
            "ru",
            "в четверг после обеда, возьму с собой ребенка",
            "а «после обеда» сотрудники получат как примечание",
            "возьму с собой ребенка · после обеда",
        ),
        ("uk", "завтра зранку", "а «вранці» працівники отримають як примітку", "вранці"),
        ("en", "friday evening", "“in the evening” goes to the staff as a note", "in the evening"),
    ],
)
async def test_a_part_of_the_day_where_the_hour_is_skipped_reaches_staff(
    tmp_path, clock, platform, language, typed, told, note
):
    app = await build(time_set_elsewhere(tmp_path), clock=clock, search="off")
    try:
        dialogue = Dialogue(app.core, language_hint=language)
        await up_to_the_form(dialogue, "transport")
        await dialogue.send(typed)
        assert told in dialogue.text and "2/3" in dialogue.text  # the hour still asked
        await dialogue.payload("assist:skip:1")
        await dialogue.send("Kielce")
        assert note in dialogue.text  # the summary: the person's note
        await dialogue.payload(send_payload(dialogue))
        await Delivery(app, platform, clock).run()
        [card] = platform.to(STAFF_CHAT)
        assert f"Uwaga od osoby: {note}" in card.text
    finally:
        await app.close()


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("en", "wednesday 10am please"),
        ("pl", "w środę o 10, proszę"),
        ("uk", "у середу о 10, будь ласка"),
        ("ru", "в среду в 10, пожалуйста"),
        ("pl", "w środę o 10, dziękuję"),
        ("en", "wednesday at 10, thanks"),
    ],
)
async def test_politeness_after_the_day_and_time_is_no_note(
    app, delivery, platform, language, typed
):
    dialogue = Dialogue(app.core, language_hint=language)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send(typed)
    assert "10:00" in dialogue.text and "3/3" in dialogue.text
    assert "🗒" not in dialogue.text  # «the rest of your message goes to the staff…»: not said
    await dialogue.send("Kielce")
    await dialogue.payload(send_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Uwaga od osoby" not in card.text
