"""A help request's deadline in /mybookings (tester 34, item 9): a date field set elsewhere
(`office_hours: false`) with its staff name («Needed by») reads «⏳ Needed by: …», as on the
staff card, in the person's language, not «📅 …» like a visit's day; a day of the help itself
(the fixture's field as it is) keeps its 📅."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_config
from tests.support.assist import fill_translation, send_translation
from tests.support.dialogue import Dialogue
from tests.support.services import catalogue

NEEDED_BY = {"uk": "Потрібно на", "ru": "Нужно к", "en": "Needed by", "pl": "Potrzebne na"}


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    data = catalogue()
    fields = data["services"]["translation"]["fields"]
    fields[1] = dict(fields[1], office_hours=False, staff_label=NEEDED_BY)
    return write_config(tmp_path, **data)


async def test_a_deadline_reads_needed_by_in_each_language(app):
    said = {
        "en": "⏳ Needed by: Tuesday, 1 December",
        "pl": "⏳ Potrzebne na: wtorek, 1 grudnia",
        "uk": "⏳ Потрібно на: вівторок, 1 грудня",
        "ru": "⏳ Нужно к: вторник, 1 декабря",
    }
    for lang, line in said.items():
        person = Dialogue(app.core, user_id=f"person-{lang}", language_hint=lang)
        await send_translation(person)
        await person.send("/mybookings")
        assert line in person.text, lang
        assert "📅" not in person.text, lang


async def test_a_day_of_the_help_itself_keeps_its_calendar(tmp_path: Path):
    from bot.app import build
    from tests.conftest import Clock
    from tests.support.services import write_services_config

    application = await build(write_services_config(tmp_path), clock=Clock(), search="off")
    try:
        person = Dialogue(application.core, user_id="1001", language_hint="en")
        await send_translation(person)
        await person.send("/mybookings")
        assert "📅 Tuesday, 1 December" in person.text and "Needed by" not in person.text
    finally:
        await application.close()


# tester 43, F12: a deadline typed as people say it is read as a date, shown in the summary
SAID_SO = [
    ("uk", "до кінця місяця", "— понеділок, 30 листопада 2026"),
    ("uk", "через два тижні", "— понеділок, 7 грудня 2026"),
    ("ru", "в течение недели", "— понедельник, 30 ноября 2026"),
    ("en", "by the end of the month", "— Monday, 30 November 2026"),
    ("en", "in two weeks", "— Monday, 7 December 2026"),
    ("pl", "za dwa tygodnie", "— poniedziałek, 7 grudnia 2026"),
    ("pl", "do końca przyszłego miesiąca", "— czwartek, 31 grudnia 2026"),
]


async def test_a_deadline_said_as_people_say_it_is_read_as_its_date(app):
    for n, (lang, typed, line) in enumerate(SAID_SO):
        person = Dialogue(app.core, user_id=f"said-{n}", language_hint=lang)
        await fill_translation(person, needed_by=typed)
        assert line in person.text, (typed, person.text)
        assert "⚠️" not in person.text, typed
