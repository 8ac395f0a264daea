"""Telegram's private command menu (setMyCommands, default scope, per language) lists /book only
where something can be booked: duty hours to come, or the specialists of an office without
`duty:`. The menu is one for every private chat, so it is left out only when no office of the
deployment books anything; it follows the date while the bot runs (its job, run here directly
after the clock moved, or by the scheduler with a wait that moves the clock: no waiting), at
midnight. The real bot against the fake Bot API."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest

from bot.channels.telegram.commands import JOB_NAME
from bot.delivery.scheduler import every
from tests.conftest import Clock
from tests.support.e2e import STAFF_CHAT, has, running_bot
from tests.support.fake_telegram import FakeTelegram
from tests.support.services import catalogue

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1

ENDED = [  # (the tests' clock: 23 November 2026)
    {"weekday": "tuesday", "from": "13:00", "to": "15:00", "place": "city_hall"}
    | {"valid_until": "2026-06-30"}
]

ENDS_TODAY = [ENDED[0] | {"valid_until": "2026-11-23"}]


def menus(tg: FakeTelegram) -> dict[str, list[str]]:
    """language ("" the default) -> the private menu's commands."""
    default = json.dumps({"type": "default"}, sort_keys=True)
    return {
        lang: [c["command"] for c in cmds]
        for (s, lang), cmds in tg.commands.items()
        if s == default
    }


async def test_no_book_in_the_menu_when_nothing_can_be_booked(tmp_path):
    async with FakeTelegram() as tg:
        tg.group(STAFF_CHAT, "Staff")
        olena = tg.user("Olena", language_code="uk")
        async with running_bot(tmp_path, tg, clock=Clock(), duty=ENDED):
            await tg.wait_until(lambda: len(menus(tg)) >= 5)  # 4 languages and the default
            for lang, commands in menus(tg).items():
                assert "book" not in commands and "callback" in commands, (lang, commands)
            await olena.send("/book")  # typed anyway: said plainly, the call offered
            await olena.wait_message(has("Записатися на візит зараз не можна"))
        assert not tg.refused, tg.refused


async def test_book_in_the_menu_for_the_specialists_of_an_office_without_duty(tmp_path):
    async with FakeTelegram() as tg:
        tg.group(STAFF_CHAT, "Staff")
        async with running_bot(tmp_path, tg, clock=Clock(), duty=[], **catalogue()):
            await tg.wait_until(lambda: len(menus(tg)) >= 5)
            for lang, commands in menus(tg).items():
                assert "book" in commands, (lang, commands)
        assert not tg.refused, tg.refused


async def test_the_menu_drops_book_the_day_after_the_last_duty_ended_without_a_restart(tmp_path):
    clock = Clock()
    async with FakeTelegram() as tg:
        tg.group(STAFF_CHAT, "Staff")
        olena = tg.user("Olena", language_code="uk")
        async with running_bot(tmp_path, tg, clock=clock, duty=ENDS_TODAY) as app:
            await tg.wait_until(lambda: len(menus(tg)) >= 5)
            assert all("book" in commands for commands in menus(tg).values()), menus(tg)
            job = next(j for j in app.jobs if j.name == JOB_NAME)
            calls = len(tg.calls_to("setMyCommands"))
            await job.run(app.services)  # the same day: nothing changed, nothing sent
            assert len(tg.calls_to("setMyCommands")) == calls

            clock.advance(days=1)  # 24 November: the duty has ended
            await job.run(app.services)
            for lang, commands in menus(tg).items():
                assert "book" not in commands and "callback" in commands, (lang, commands)
            await olena.send("/book")  # as the menu now says: nothing to book
            await olena.wait_message(has("Записатися на візит зараз не можна"))
        assert not tg.refused, tg.refused


class Stopped(Exception):
    pass


async def test_the_menu_drops_book_at_midnight_not_minutes_after(tmp_path):
    warsaw = ZoneInfo("Europe/Warsaw")
    clock = Clock(dt.datetime(2026, 11, 23, 23, 55, 30, tzinfo=warsaw).astimezone(dt.UTC))
    async with FakeTelegram() as tg:
        tg.group(STAFF_CHAT, "Staff")
        async with running_bot(tmp_path, tg, clock=clock, duty=ENDS_TODAY) as app:
            await tg.wait_until(lambda: len(menus(tg)) >= 5)
            assert all("book" in commands for commands in menus(tg).values()), menus(tg)
            job = next(j for j in app.jobs if j.name == JOB_NAME)
            waits: list[float] = []

            async def sleep(seconds: float) -> None:  # the scheduler's wait, on the app's clock
                if waits:
                    raise Stopped  # (after the run that followed the first wait)
                waits.append(seconds)
                clock.advance(seconds=seconds)

            with pytest.raises(Stopped):
                await every(job, app.services, sleep)
            at = clock.now.astimezone(warsaw)
            assert (at.date(), at.hour, at.minute) == (dt.date(2026, 11, 24), 0, 0), at
            for lang, commands in menus(tg).items():
                assert "book" not in commands and "callback" in commands, (lang, commands)
        assert not tg.refused, tg.refused
