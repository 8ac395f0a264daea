"""A course's meeting moved or dropped in the config in the middle of the course: when the bot
starts with the new config (its job at start), everyone on the course's lists is told, once, in
their language, which meetings changed; people not signed up hear nothing. The course's staff
chat is told once that it went out: to how many, and what changed (tester 18)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from bot.app import build
from bot.features.courses.moved import tell_moved
from tests.support.courses import STAFF_CHAT, enrol, inbox, text_of
from tests.support.dialogue import Dialogue
from tests.support.services import write_services_config
from tests.support.yamlfiles import read_yaml

# Polish A1 meets on Tuesdays from 1 Dec 2026, 8 times (tests/fixture/services.yaml)
DAYS = ["2026-12-01", "2026-12-08", "2026-12-16", "2026-12-29", "2027-01-05", "2027-01-12"]


def edit(config: Path, change: Any, course: str = "polish_a1") -> None:
    data = read_yaml(config)
    change(data["services"][course])
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def move_and_drop(course: dict[str, Any]) -> None:
    """The third meeting a day later (Wednesday 16 Dec), the fourth (22 Dec) left out."""
    course.pop("series")
    days = [*DAYS, "2027-01-19"]
    course["meetings"] = [{"date": day, "from": "17:00", "to": "18:30"} for day in days]


async def told(config: Path, clock: Any) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """The bot started with the config (its job at start): what waits for each person."""
    app = await build(config, clock=clock, search="off")
    try:
        await tell_moved(app.services)
        whom = ("p1", "p2", "p3", STAFF_CHAT)
        return {who: [text_of(r) for r in await inbox(app, who)] for who in whom}
    finally:
        await app.close()


async def test_people_signed_up_are_told_of_a_meeting_moved_and_one_dropped_once(tmp_path, clock):
    config = write_services_config(tmp_path)
    app = await build(config, clock=clock, search="off")
    try:
        await enrol(Dialogue(app.core, user_id="p1", language_hint="uk"))
        await enrol(Dialogue(app.core, user_id="p2", language_hint="en"), name="Petro")
        await Dialogue(app.core, user_id="p3", language_hint="pl").send("/start")
        await tell_moved(app.services)  # started: the meetings as people know them
        before = {who: len(await inbox(app, who)) for who in ("p1", "p2", "p3", STAFF_CHAT)}
    finally:
        await app.close()
    edit(config, move_and_drop)
    clock.now = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)  # after the first meeting
    now = await told(config, clock)
    olena, petro = now["p1"][before["p1"] :], now["p2"][before["p2"] :]
    assert len(olena) == 1 and len(petro) == 1, (olena, petro)
    assert "Польська мова A1: змінилися дати занять" in olena[0]
    assert (
        "🕒 вт, 15 груд. 2026\u202fр., 17:00–18:30 → ср, 16 груд. 2026\u202fр., 17:00–18:30"
    ) in olena[0]
    assert "❌ вт, 22 груд. 2026\u202fр., 17:00–18:30: цього заняття не буде" in olena[0]
    assert "Ви залишаєтеся у списку курсу" in olena[0]
    assert "Polish A1: the meetings have changed" in petro[0]
    assert "🕒 Tue, 15 Dec 2026, 17:00–18:30 → Wed, 16 Dec 2026, 17:00–18:30" in petro[0]
    assert "❌ Tue, 22 Dec 2026, 17:00–18:30: this meeting will not take place" in petro[0]
    assert "1 Dec" not in petro[0] and "29 Dec" not in petro[0]  # (what did not change)
    assert len(now["p3"]) == before["p3"]  # not signed up: nothing
    [staff] = now[STAFF_CHAT][before[STAFF_CHAT] :]  # one note, in the staff's Polish
    assert staff.startswith("📅 Język polski A1: zmiana terminów spotkań (w konfiguracji)")
    assert "— powiadomiono: 2 osoby." in staff
    assert "🕒 wt., 15 gru 2026, 17:00–18:30 → śr., 16 gru 2026, 17:00–18:30" in staff, staff
    assert "❌ wt., 22 gru 2026, 17:00–18:30: tego spotkania nie będzie" in staff
    assert "Olena" not in staff and "Petro" not in staff
    again = await told(config, clock)  # started again with the same config: once only
    assert {who: len(texts) for who, texts in again.items()} == {
        who: len(texts) for who, texts in now.items()
    }


async def test_a_course_changed_before_the_bot_kept_its_meetings_tells_the_meetings_ahead(
    tmp_path, clock
):
    """A database from before the bot kept the meetings: what changed is not known, so people
    whose course now ends otherwise than when they signed up get the meetings ahead."""
    config = write_services_config(tmp_path)
    app = await build(config, clock=clock, search="off")
    try:
        await enrol(Dialogue(app.core, user_id="p2", language_hint="en"), name="Petro")
        before = len(await inbox(app, "p2"))
    finally:
        await app.close()
    edit(config, lambda course: course["series"].update({"count": 6}))
    clock.now = dt.datetime(2026, 12, 9, 9, 0, tzinfo=dt.UTC)  # two meetings past
    now = await told(config, clock)
    petro = now["p2"][before:]
    assert len(petro) == 1, petro
    staff = now[STAFF_CHAT][-1]
    assert "— powiadomiono: 1 osoba." in staff
    assert "podano im najbliższe spotkania, jakie są teraz" in staff
    assert "Polish A1: the meetings have changed" in petro[0]
    assert "The meetings ahead are now:" in petro[0]
    assert "🗓 Tue, 15 Dec 2026, 17:00–18:30" in petro[0] and "5 Jan 2027" in petro[0]
    assert "8 Dec" not in petro[0] and "12 Jan" not in petro[0]


async def test_a_one_day_event_moved_says_its_date_changed(tmp_path, clock):
    config = write_services_config(tmp_path)
    app = await build(config, clock=clock, search="off")
    try:
        await enrol(Dialogue(app.core, user_id="p3", language_hint="pl"), "culture_day")
        await tell_moved(app.services)
        before = len(await inbox(app, "p3"))
    finally:
        await app.close()
    later = [{"date": "2026-12-13", "from": "12:00", "to": "16:00"}]
    edit(config, lambda day: day.update(meetings=later), "culture_day")
    maria = (await told(config, clock))["p3"][before:]
    assert len(maria) == 1, maria
    assert "Dzień Wielokulturowości: zmienił się termin" in maria[0]
    assert "12 gru" in maria[0] and "→ niedz., 13 gru" in maria[0], maria[0]
    assert "Nadal jesteś zapisany(-a). Jeśli nowy termin Ci nie pasuje" in maria[0]
