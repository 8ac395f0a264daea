"""The office is named to a person as their language reads it (`local: org_name`: the Polish
name explained), as the welcome does: the services' heading, the one-office note, the visit's
calendar file; never the bare Polish name alone."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.support.bookings import book_and_confirm
from tests.support.dialogue import Dialogue
from tests.support.services import write_services_config

POLISH = "Punkt Informacyjny dla Cudzoziemców w Starachowicach"
EXPLAINED = {
    "uk": f"{POLISH} (інформаційний пункт для іноземців)",
    "ru": f"{POLISH} (информационный пункт для иностранцев)",
    "en": "Starachowice Information Point for Foreigners (Punkt Informacyjny dla Cudzoziemców)",
}


@pytest.fixture
async def app(tmp_path, clock):  # type: ignore[no-untyped-def]
    config = write_services_config(tmp_path, local__org_name={"name": POLISH, "label": EXPLAINED})
    app = await build(config, clock=clock)
    yield app
    await app.close()


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("uk", f"🧰 Що пропонує {EXPLAINED['uk']}"),
        ("ru", f"🧰 Что предлагает {EXPLAINED['ru']}"),
        ("en", f"🧰 Offered by {EXPLAINED['en']}"),
        ("pl", f"🧰 Co oferuje {POLISH}"),  # Polish needs no explaining
    ],
)
async def test_the_services_heading_names_the_office_in_the_persons_language(app, lang, heading):
    person = Dialogue(app.core, language_hint=lang)
    await person.send("/services")
    assert person.text.splitlines()[0] == heading


async def test_office_in_a_one_office_bot_names_it_as_the_welcome_does(app):
    person = Dialogue(app.core, language_hint="en")
    await person.send("/office")
    assert f"This bot serves one information point: {EXPLAINED['en']}." in person.text


async def test_the_visits_calendar_file_names_the_office_in_the_persons_language(app):
    person = Dialogue(app.core, language_hint="en")
    await person.send("/book")
    await book_and_confirm(person)
    attachment = person.replies[0].attachment
    assert attachment is not None
    calendar = attachment.content.decode("utf-8").replace("\r\n ", "")
    assert "DESCRIPTION:Visit at Starachowice Information Point for Foreigners" in calendar
