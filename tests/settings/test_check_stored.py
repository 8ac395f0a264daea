"""An office or a course renamed (or removed) in the config while the database holds its
records (the fresh-eyes tester's finding 1): `infopoint check` and `infopoint run` name the
office or course, what it holds and the line of the mapping, and say what to do; open records
stop both, people alone are a warning. A course whose last meeting moved since people signed
up is a warning of `check` (finding 24)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml

from bot.app import build
from bot.cli import main
from bot.features.courses.moved import tell_moved
from tests.conftest import FIXTURE, write_config
from tests.support.bookings import book_and_confirm, to_chat
from tests.support.callbacks import request_callback
from tests.support.courses import enrol
from tests.support.dialogue import Dialogue
from tests.support.network import NORTH_CHAT
from tests.support.services import catalogue
from tests.support.yamlfiles import read_yaml

# meets after any day the suite runs on: its sign-ups are open whatever the date
LATER = {"weekday": "tuesday", "from": "17:00", "to": "18:30", "start": "2030-01-01", "count": 8}


@pytest.fixture(autouse=True)
def no_token(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)


def network_config(tmp_path: Path) -> Path:
    offices = read_yaml(FIXTURE / "network.yaml")
    return write_config(tmp_path, **offices, **catalogue(), services__polish_a1__series=LATER)


def run(config: Path, capsys, command: str = "check") -> tuple[int, str]:  # type: ignore[no-untyped-def]
    with pytest.MonkeyPatch.context() as env:
        if command == "run":  # it gets as far as the database (and, refused, no further)
            env.setenv("TELEGRAM_BOT_TOKEN", "123:abc")
        code = main([command, "--config", str(config)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def edit(config: Path, change: Any) -> None:
    data = read_yaml(config)
    change(data)
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def rename_north(data: dict[str, Any]) -> None:
    data["offices"] = {("northern" if k == "north" else k): v for k, v in data["offices"].items()}
    data["default_office"] = "northern"


def line_of(config: Path, text: str) -> int:
    lines = config.read_text("utf-8").splitlines()
    return next(i + 1 for i, line in enumerate(lines) if line.startswith(text))


async def people_of_north(config: Path, clock, *, request: bool) -> None:  # type: ignore[no-untyped-def]
    app = await build(config, clock=clock, search="off")
    try:
        nina = Dialogue(app.core, user_id="2001")
        await nina.send("/start north")
        if request:
            await request_callback(nina, name="Nina")
        await Dialogue(app.core, user_id="2002").send("/start north")
    finally:
        await app.close()


async def test_an_office_renamed_with_open_requests_stops_check_and_run(tmp_path, clock, capsys):
    config = network_config(tmp_path)
    await people_of_north(config, clock, request=True)
    code, out = run(config, capsys)
    assert code == 0 and "no longer has" not in out, out  # as it was: nothing to say
    edit(config, rename_north)
    for command in ("check", "run"):
        code, out = run(config, capsys, command)
        assert code == 2, out
        assert (
            f"config.yaml:{line_of(config, 'offices:')}: [offices] error: the database ("
        ) in out, out
        assert (
            "holds 1 open request, 2 people of office 'north', which this config no longer "
            "has (its offices: 'northern', 'south', 'east'): staff would not see those records "
            "and the people would lose them. If the office was renamed, give it back the id "
            "'north'; to close the office, keep it in the config until its records are closed"
        ) in out, out
    assert "infopoint run did not start" in out
    edit(
        config, lambda d: d.update(offices={"north": d["offices"].pop("northern"), **d["offices"]})
    )
    edit(config, lambda d: d.update(default_office="north"))
    code, out = run(config, capsys)
    assert code == 0 and "no longer has" not in out, out  # renamed back: all is as it was


async def test_people_alone_of_an_office_removed_are_a_warning(tmp_path, clock, capsys):
    config = network_config(tmp_path)
    await people_of_north(config, clock, request=False)
    edit(config, rename_north)
    code, out = run(config, capsys)
    assert code == 0, out
    assert (
        "[offices] warning: the database (" in out
        and "holds 2 people of office 'north', which this config no longer has" in out
        and "they will be asked to choose their office again" in out
    ), out


def services_config(tmp_path: Path) -> Path:
    return write_config(tmp_path, **catalogue(), services__polish_a1__series=LATER)


async def signed_up(config: Path, clock) -> None:  # type: ignore[no-untyped-def]
    app = await build(config, clock=clock, search="off")
    try:
        await enrol(Dialogue(app.core, user_id="3001"), name="Olena")
    finally:
        await app.close()


async def test_a_course_renamed_with_people_signed_up_stops_check_and_run(tmp_path, clock, capsys):
    config = services_config(tmp_path)
    await signed_up(config, clock)
    edit(config, lambda d: d.update(services={
        ("polish_basics" if k == "polish_a1" else k): v for k, v in d["services"].items()
    }))  # fmt: skip
    for command in ("check", "run"):
        code, out = run(config, capsys, command)
        assert code == 2, out
        assert (
            f"config.yaml:{line_of(config, 'services:')}: [services] error: the database ("
        ) in out, out
        assert (
            "holds 1 sign-up (signed up or waiting) for course 'polish_a1', which this "
            "config no longer has (its courses: 'polish_basics', 'culture_day'): they would "
            "not see it in /mybookings, nor staff in /courses. If the course was renamed, give "
            "it back the id 'polish_a1'"
        ) in out, out


async def test_a_course_whose_last_meeting_moved_after_sign_up_is_a_warning(
    tmp_path, clock, capsys
):
    """A database from before the bot kept a course's meetings (migration 041): only the last
    meeting is known, and the bot will tell them the meetings ahead."""
    config = services_config(tmp_path)
    await signed_up(config, clock)
    code, out = run(config, capsys)
    assert code == 0 and "changed since they signed up" not in out, out
    edit(config, lambda d: d["services"]["polish_a1"]["series"].update({"to": "19:00"}))
    code, out = run(config, capsys)
    assert code == 0, out
    assert (
        "[services.polish_a1] warning: course 'polish_a1' has 1 sign-up (signed up or "
        "waiting) made when its last meeting ended 2030-02-19 18:30; it now ends 2030-02-19 "
        "19:00: its meetings changed since they signed up. When the bot starts with this "
        "config, it tells each of them once, in their language, the meetings ahead"
    ) in out, out


def move_and_drop(data: dict[str, Any]) -> None:
    """The series written out, its third meeting a day later and its fourth left out."""
    course = data["services"]["polish_a1"]
    course.pop("series")
    days = ["2030-01-01", "2030-01-08", "2030-01-16", "2030-01-29", "2030-02-05", "2030-02-12"]
    days.append("2030-02-19")
    course["meetings"] = [{"date": day, "from": "17:00", "to": "18:30"} for day in days]


async def test_every_meeting_moved_in_the_middle_of_a_course_is_named(tmp_path, clock, capsys):
    config = services_config(tmp_path)
    app = await build(config, clock=clock, search="off")
    try:
        await enrol(Dialogue(app.core, user_id="3001"), name="Olena")
        await tell_moved(app.services)  # (its job at start: the meetings as they were told)
    finally:
        await app.close()
    code, out = run(config, capsys)
    assert code == 0 and "meetings changed" not in out, out
    edit(config, move_and_drop)
    code, out = run(config, capsys)
    assert code == 0, out
    assert (
        "[services.polish_a1] warning: course 'polish_a1' has 1 sign-up (signed up or "
        "waiting), and 2 of its meetings changed since they were told: 2030-01-15 17:00–18:30 "
        "moved to 2030-01-16 17:00–18:30; 2030-01-22 17:00–18:30 dropped. When the bot starts "
        "with this config, it tells each of them once, in their language, which meetings changed"
    ) in out, out


async def test_an_office_removed_with_visits_to_come_names_them_and_how_to_cancel(
    tmp_path, clock, capsys
):
    """The deployer sees which visits people still expect (numbers and times, no names) and
    how to cancel them so the people are told; `run` does not start meanwhile."""
    config = network_config(tmp_path)
    clock.advance(weeks=208)  # (after any day the suite runs on: the visit is still to come)
    slot = dt.datetime(2026, 11, 24, 12, 30, tzinfo=dt.UTC) + dt.timedelta(weeks=208)
    app = await build(config, clock=clock, search="off")
    try:
        nina = Dialogue(app.core, user_id="2001")
        await nina.send("/start north")
        await book_and_confirm(nina, f"booking:time:city_hall:{slot:%Y%m%d%H%M}", name="Nina")
        assert "Nina" in (await to_chat(app.core, str(NORTH_CHAT)))[-1].text
    finally:
        await app.close()
    edit(config, rename_north)
    for command in ("check", "run"):
        code, out = run(config, capsys, command)
        assert code == 2, out
        assert (
            "holds 1 open visit, 1 person of office 'north', which this config no longer has "
            "(its offices: 'northern', 'south', 'east'): staff would not see those records and "
            "the people would lose them; its 1 visit or appointment still to come, whose "
            f"people expect them: D1 ({slot.astimezone(ZoneInfo('Europe/Warsaw')):%Y-%m-%d %H:%M})."
        ) in out, out
        assert (
            "in its staff chat, cancel each visit and appointment still to come (/request D4, "
            "then “✖ Cancel this visit” or “✖ Cancel this appointment”: the person is told, in "
            "their language, that it is cancelled)"
        ) in out, out
        assert "Nina" not in out and "601" not in out  # no personal data in the terminal
