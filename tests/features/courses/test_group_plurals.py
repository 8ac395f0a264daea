"""A group's sign-up (`max_people`: several places on one sign-up) is spoken of in the plural,
with the plural rules of each language: its event confirmation («cancel your places»), the
places it takes from the waiting list («The 3 places are yours»), and cancelling them in
/mybookings; one person keeps the singular (tests/features/courses/test_event_wording.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from bot.app import App, build
from tests.conftest import write_config
from tests.support.courses import confirm_button, inbox, payload_of, text_of, up_to_summary
from tests.support.dialogue import Dialogue
from tests.support.services import catalogue

DAY = "culture_day"


@asynccontextmanager
async def group_event(
    tmp_path: Any, clock: Any, seats: int = 50, **more: Any
) -> AsyncIterator[App]:
    data = catalogue()
    data["services"][DAY].update({"max_people": 6, "seats": seats, **more})
    app = await build(write_config(tmp_path, **data), clock=clock, search="off")
    try:
        yield app
    finally:
        await app.close()


async def group(dialogue: Dialogue, count: int, name: str = "Olena") -> None:
    await up_to_summary(dialogue, DAY, name=name)
    await dialogue.send(str(count))
    await dialogue.payload(confirm_button(dialogue).payload)


async def test_a_groups_event_confirmation_and_cancelling_are_in_the_plural(tmp_path, clock):
    async with group_event(tmp_path, clock) as app:
        olena = Dialogue(app.core, user_id="p1")
        await group(olena, 3)
        text = olena.text
        assert "You are signed up for Multiculturalism Day: 3 places!" in text
        assert "please cancel your places in /mybookings, so that others can have them" in text
        assert "cancel your place " not in text

        await olena.send("/mybookings")
        await olena.press("Cancel our 3 places: Multiculturalism Day")
        assert "Do you really want to cancel your 3 places at Multiculturalism Day?" in olena.text
        await olena.press("Yes, cancel 3 places")
        assert "Your 3 places at Multiculturalism Day are cancelled." in olena.text


@pytest.mark.parametrize(
    ("lang", "count", "signed_up", "button"),
    [
        ("uk", 3, "Ви записані: День багатокультурності, 3 місця!", "Скасувати 3 місця"),
        ("uk", 5, "Ви записані: День багатокультурності, 5 місць!", "Скасувати 5 місць"),
        ("ru", 2, "Вы записаны: День мультикультурности, 2 места!", "Отменить 2 места"),
        ("ru", 6, "Вы записаны: День мультикультурности, 6 мест!", "Отменить 6 мест"),
        ("pl", 4, "Zapisano Cię na „Dzień Wielokulturowości”: 4 miejsca!", "Odwołaj 4 miejsca"),
        ("pl", 5, "Zapisano Cię na „Dzień Wielokulturowości”: 5 miejsc!", "Odwołaj 5 miejsc"),
    ],
)
async def test_a_groups_places_take_each_languages_plural(
    tmp_path, clock, lang, count, signed_up, button
):
    async with group_event(tmp_path, clock) as app:
        person = Dialogue(app.core, language_hint=lang)
        await group(person, count)
        assert signed_up in person.text
        assert "своє місце" not in person.text and "swoje miejsce" not in person.text
        await person.send("/mybookings")
        assert any(b.label.startswith(f"✖ {button}:") for b in person.buttons)


async def test_places_freed_for_a_group_are_taken_in_the_plural(tmp_path, clock):
    async with group_event(tmp_path, clock, seats=3) as app:
        olena, maria = Dialogue(app.core, user_id="p1"), Dialogue(app.core, user_id="p2")
        await group(olena, 3)
        await group(maria, 3, name="Maria")  # no places left: the waiting list
        assert "waiting list" in maria.text
        await olena.send("/mybookings")
        await olena.press("Cancel our 3 places: Multiculturalism Day")
        await olena.press("Yes, cancel 3 places")
        offer = (await inbox(app, "p2"))[-1]
        assert "3 places are free on Multiculturalism Day!" in text_of(offer)
        await maria.payload(payload_of(offer, "Sign up now"))
        assert "The 3 places are yours: you are signed up for Multiculturalism Day!" in maria.text
        assert "The place is yours" not in maria.text
