"""An office without duty hours (no `duty:` block) whose specialists can be booked keeps
«📅 Book a visit»: the button, /book and the way to a person lead to the specialists' services
(each one's page books an appointment); /help names them. With no specialist to book either,
nothing is offered, as at an office whose duty ended (test_nothing_to_book.py)."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.conftest import write_config
from tests.support.dialogue import Dialogue
from tests.support.services import catalogue

LANGUAGES = {"en": "English", "uk": "Українська", "ru": "Русский", "pl": "Polski"}
BOOK = {
    "en": "📅 Book a visit",
    "uk": "📅 Записатися на візит",
    "ru": "📅 Записаться на визит",
    "pl": "📅 Umów wizytę",
}
SPECIALISTS = {
    "en": "visits are with our specialists",
    "uk": "приймають наші фахівці",
    "ru": "принимают наши специалисты",
    "pl": "przyjmują nasi specjaliści",
}
LEGAL = {"en": "Legal advice", "uk": "Юридична консультація", "ru": "Юридическая консультация"}
LEGAL["pl"] = "Porada prawna"
APPOINTMENT = {
    "en": "📅 Book an appointment",
    "uk": "📅 Записатися на прийом",
    "ru": "📅 Записаться на приём",
    "pl": "📅 Umów wizytę",
}
HELP = {
    "en": "/book — book an appointment with one of our specialists",
    "uk": "/book — записатися на прийом до одного з наших фахівців",
    "ru": "/book — записаться на приём к одному из наших специалистов",
    "pl": "/book — umów się na wizytę u jednego z naszych specjalistów",
}


@pytest.fixture
async def app(tmp_path, clock):  # type: ignore[no-untyped-def]
    application = await build(
        write_config(tmp_path, duty=[], **catalogue()), clock=clock, search="off"
    )
    yield application
    await application.close()


@pytest.mark.parametrize("lang", list(LANGUAGES))
async def test_book_a_visit_leads_to_the_specialists_without_duty_hours(app, lang):
    person = Dialogue(app.core, user_id=f"52{lang}", language_hint=lang)
    await person.send("/start")
    await person.press(LANGUAGES[lang])
    await person.send("/menu")
    assert BOOK[lang] in [b.label for b in person.buttons]
    await person.press(BOOK[lang])
    assert SPECIALISTS[lang] in person.text and LEGAL[lang] in person.text, person.text
    assert not any(b.payload.startswith("booking:") for b in person.buttons)
    await person.press(LEGAL[lang])  # the service's page, its own booking button
    assert APPOINTMENT[lang] in [b.label for b in person.buttons], person.text

    await person.send("/book")  # typed: the same list
    assert SPECIALISTS[lang] in person.text, person.text
    await person.send("/help")
    assert HELP[lang] in person.text, person.text


async def test_the_way_to_a_person_names_the_specialists(app):
    person = Dialogue(app.core, user_id="5301", language_hint="en")
    await person.send("/start")
    await person.press("English")
    await person.send("I want to talk to a human")
    assert "book an appointment with one of our specialists" in person.text, person.text
    assert "intercultural assistant" not in person.text


async def test_without_duty_hours_nor_specialists_nothing_is_booked(tmp_path, clock):
    app = await build(write_config(tmp_path, duty=[]), clock=clock, search="off")
    try:
        person = Dialogue(app.core, user_id="5302", language_hint="en")
        await person.send("/start")
        await person.press("English")
        await person.send("/menu")
        assert BOOK["en"] not in [b.label for b in person.buttons]
        await person.send("/book")
        assert "Visits can't be booked at the moment" in person.text, person.text
    finally:
        await app.close()
