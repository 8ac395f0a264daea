"""More seats in the config (the deployer raises `seats:` and restarts): at the start the
waiting list moves up as when a place frees, the same offer with the same time to confirm, or a
family waiting together told of places it may take for some of its children; once: the next
start offers nothing again. The course: the fixture's Polish A1, 2 seats."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.app import App, build
from bot.features.courses.waiting import lapse_offers
from tests.conftest import write_config
from tests.features.courses.test_families import KIDS, family, signed_up
from tests.support.courses import enrol, inbox, payload_of, people, text_of
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.services import catalogue


async def _started(tmp_path: Path, clock: Any, **course: Any) -> App:
    """The bot started on a config whose Polish A1 is `course`; its job's first run (at start)."""
    data = catalogue()
    data["services"]["polish_a1"].update(course)
    app = await build(write_config(tmp_path, **data), clock=clock, search="off")
    await lapse_offers(app.services)
    return app


async def test_seats_added_in_the_config_are_offered_to_the_people_waiting_once(tmp_path, clock):
    app = await _started(tmp_path, clock)
    try:
        for person in people(app, 4):  # two signed up, two waiting
            await enrol(person)
        assert await inbox(app, "p3") == []
    finally:
        await app.close()

    app = await _started(tmp_path, clock, seats=3)  # one seat more
    try:
        [offer] = await inbox(app, "p3")
        assert "🎉 A place is free on Polish A1!" in text_of(offer)
        assert "It is yours if you confirm by 24 November 2026, 09:00" in text_of(offer)
        [moved] = await inbox(app, "p4")
        assert text_of(moved) == "⏫ You are now number 1 on the waiting list for Polish A1."
        assert await inbox(app, "p1") == [] and await inbox(app, "p2") == []
    finally:
        await app.close()

    app = await _started(tmp_path, clock, seats=3)  # started again: nothing new
    try:
        assert len(await inbox(app, "p3")) == 1 and len(await inbox(app, "p4")) == 1
        maria = Dialogue(app.core, user_id="p3")
        await maria.send("/mybookings")
        assert "a place is yours if you confirm by 24 November 2026, 09:00" in maria.text
        await maria.press("Take the place")
        assert "The place is yours: you are signed up for Polish A1!" in maria.text
        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        assert "Zapisani (3 z 3):" in anna.text
    finally:
        await app.close()


async def test_seats_added_are_held_for_a_family_waiting_together_and_taken(tmp_path, clock):
    app = await _started(tmp_path, clock, **KIDS)
    try:
        await signed_up(Dialogue(app.core, user_id="p1"), "Olena")
        maria = Dialogue(app.core, user_id="p2", language_hint="uk")
        await family(maria, 3)
        await maria.press("Усі чекають разом")
        await signed_up(Dialogue(app.core, user_id="p3"), "Ivan")  # the last place
    finally:
        await app.close()

    app = await _started(tmp_path, clock, **KIDS, seats=4)  # two more: too few for three
    try:
        [told] = await inbox(app, "p2")
        text = text_of(told)
        assert "🪑 Є 2 вільні місця: Польська мова A1. Їх замало для всіх" in text
        assert "(Аня, Петро, Іван), які чекають разом, тож я притримую їх для вас" in text
        assert "місця — для дітей: Аня, Петро, якщо підтвердите до" in text
        maria = Dialogue(app.core, user_id="p2", language_hint="uk")
        await maria.payload(payload_of(told, "Записати зараз: Аня, Петро"))
        assert "✅ 2 місця ваші: ви записані на «Польська мова A1»!" in maria.text
        assert "⏳ Досі в списку очікування, номер 1: Іван." in maria.text
    finally:
        await app.close()

    app = await _started(tmp_path, clock, **KIDS, seats=4)  # started again: not told twice
    try:
        assert len(await inbox(app, "p2")) == 1
    finally:
        await app.close()
