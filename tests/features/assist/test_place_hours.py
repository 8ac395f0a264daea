"""Where a help form goes to a place whose hours the config knows (`places.<id>.hours`, chosen
by an option with the place's id), a day that place is closed is refused and not offered, its
hours named; a time outside them too. A date typed at a time question is not taken as a time.
The fixture clock: Monday 23 November 2026."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_config
from tests.support.assist import up_to_the_form
from tests.support.dialogue import Dialogue
from tests.support.services import catalogue

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday")
CITY_HALL_HOURS = [{"weekday": d, "from": "07:30", "to": "15:30"} for d in WEEKDAYS]


def accompany() -> dict:  # type: ignore[type-arg]
    data = catalogue()
    transport = data["services"]["transport"]
    office = {
        "id": "office",
        "type": "choice",
        "label": {"uk": "До якої установи?", "ru": "Куда?", "en": "Which office?", "pl": "Gdzie?"},
        "options": {
            "city_hall": {"uk": "Міська управа", "ru": "Управа", "en": "City hall", "pl": "UM"},
            "zus": {"uk": "ZUS", "ru": "ZUS", "en": "ZUS", "pl": "ZUS"},
        },
    }
    day, time = transport["fields"][0], dict(transport["fields"][1], office_hours=False)
    data["services"]["accompany"] = dict(transport, fields=[office, day, time])
    return data


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return write_config(tmp_path, **accompany(), places__city_hall__hours=CITY_HALL_HOURS)


async def test_a_day_the_chosen_office_is_closed_is_refused_naming_its_hours(dialogue):
    await up_to_the_form(dialogue, "accompany")
    await dialogue.press("City hall")
    days = [b.label for b in dialogue.buttons if b.payload.startswith("assist:pick:1:")]
    assert days and not any(label.startswith("Sat") for label in days)  # the office's Saturday
    await dialogue.send("28.11")  # a Saturday: the information point works, the city hall not
    assert (
        "⚠️ City Hall (Urząd Miejski) is closed on that day (Saturday, 28 November). "
        "Its hours: Mon–Fri 07:30–15:30. Please choose another day."
    ) in dialogue.text
    assert "2/3 Which day?" in dialogue.text
    await dialogue.send("27.11")  # a Friday
    assert "3/3 At what time?" in dialogue.text
    await dialogue.send("16:00")  # the time there: set elsewhere, but within its hours
    assert "On that day (Friday, 27 November) City Hall (Urząd Miejski) is open 07:30–15:30" in (
        dialogue.text
    )
    await dialogue.send("15:00")
    assert "Please check your request" in dialogue.text


async def test_another_office_with_no_hours_known_takes_that_day(dialogue):
    await up_to_the_form(dialogue, "accompany")
    await dialogue.press("ZUS")
    await dialogue.send("28.11")
    assert "3/3 At what time?" in dialogue.text and "closed" not in dialogue.text


async def test_changing_the_office_asks_again_for_a_day_it_is_closed(dialogue):
    await up_to_the_form(dialogue, "accompany")
    await dialogue.press("ZUS")
    await dialogue.send("28.11")
    await dialogue.send("10:00")
    assert "Please check your request" in dialogue.text
    await dialogue.payload("assist:fix")
    await dialogue.payload("assist:fix:0")
    await dialogue.press("City hall")
    assert "is closed on that day (Saturday, 28 November)" in dialogue.text
    assert "2/3 Which day?" in dialogue.text


async def test_a_date_typed_for_the_time_is_asked_about_not_read_as_a_time(dialogue):
    await up_to_the_form(dialogue, "accompany")
    await dialogue.press("ZUS")
    await dialogue.send("7.12")
    await dialogue.send("7.12")  # the day again, at the time question
    assert (
        "🤔 “7.12” looks like a date. Here I need the time: did you mean 07:12? "
        "Tap the button below, or type the time with a colon, e.g. 14:30."
    ) in dialogue.text
    assert "3/3 At what time?" in dialogue.text and "Please check" not in dialogue.text
    await dialogue.press("Yes, 07:12")
    assert "Please check your request" in dialogue.text and "— 07:12" in dialogue.text


async def test_a_date_with_a_year_or_a_slash_at_the_time_question_is_refused(dialogue):
    dialogue.language_hint = "uk"
    await up_to_the_form(dialogue, "accompany")
    await dialogue.press("ZUS")
    await dialogue.send("7.12")
    for typed in ("7.12.2026", "7/12"):
        await dialogue.send(typed)
        assert f"⚠️ «{typed}» — це дата, а тут потрібен час." in dialogue.text
        assert "3/3 О котрій?" in dialogue.text
    await dialogue.send("9.30")  # a time written with a dot is still a time
    assert "Перевірте" in dialogue.text and "— 09:30" in dialogue.text


async def test_the_office_the_help_goes_to_is_on_its_day_in_the_staffs_week(dialogue, anna):
    """Staff planning their week read where to go beside the time («— 📍 Urząd Miejski …»),
    not only on the card; an office with no place of its own (ZUS here) is on the card only."""
    await up_to_the_form(dialogue, "accompany")
    await dialogue.press("City hall")
    await dialogue.send("27.11")
    await dialogue.send("15:00")
    await dialogue.payload(next(b.payload for b in dialogue.buttons if "send" in b.payload))
    other = Dialogue(dialogue.core, user_id="zus")
    await up_to_the_form(other, "accompany")
    await other.press("ZUS")
    await other.send("26.11")
    await other.send("10:00")
    await other.payload(next(b.payload for b in other.buttons if "send" in b.payload))
    await anna.command("week")
    head = "piątek, 27 listopada 2026 — 🆕 Transport na spotkanie, 15:00 — 📍 Urząd Miejski w"
    assert head in anna.text
    assert "czwartek, 26 listopada 2026 — 🆕 Transport na spotkanie, 10:00\n" in anna.text
