"""/contact («Hours and addresses»): the hours Monday to Sunday, an announced change next to the
rule it replaces, and the closed days of the coming four weeks in the person's language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.app import build
from bot.core.markup import to_plain
from tests.conftest import Clock, write_config
from tests.support.dialogue import Dialogue, StaffMember

SATURDAY = dt.datetime(2026, 12, 5, 15, 0, tzinfo=dt.UTC)
DUTY = [
    {"weekday": "friday", "from": "10:00", "to": "12:00", "place": "info_point"},
    {"weekday": "tuesday", "from": "13:00", "to": "15:30", "place": "city_hall"}
    | {"valid_until": "2026-12-15"},
    {"weekday": "thursday", "from": "13:00", "to": "15:00", "place": "social_services"},
    {"weekday": "tuesday", "from": "09:00", "to": "11:00", "place": "city_hall"}
    | {"valid_from": "2026-12-16"},
    {"weekday": "monday", "from": "10:00", "to": "12:00", "place": "info_point"},
]


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    closed = ["2026-12-10", "2026-12-24", "2026-12-31"]
    return write_config(tmp_path, duty=DUTY, booking__closed_dates=closed)


@pytest.fixture
def clock() -> Clock:
    return Clock(SATURDAY)


async def contact(dialogue: Dialogue, lang: str) -> list[str]:
    dialogue.language_hint = lang
    await dialogue.send("/contact")
    return to_plain(dialogue.text).splitlines()


async def test_duty_hours_go_monday_to_sunday_with_a_change_next_to_its_successor(dialogue):
    lines = [line for line in await contact(dialogue, "en") if line.startswith("• ")][:5]
    assert [line.split(" ")[1] for line in lines] == [
        "Monday",
        "Tuesday",
        "Tuesday",
        "Thursday",
        "Friday",
    ]
    assert lines[1].startswith("• Tuesday 13:00–15:30") and "(until 15 December 2026)" in lines[1]
    assert lines[2].startswith("• Tuesday 09:00–11:00") and "(from 16 December 2026)" in lines[2]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "en",
            "Closed in the coming weeks (public holidays and days off): 10, 24–26, 31 December;"
            " 1 January",
        ),
        (
            "pl",
            "Nieczynne w najbliższych tygodniach (święta i dni wolne): 10, 24–26, 31 grudnia;"
            " 1 stycznia",
        ),
        ("uk", "(свята й вихідні дні): 10, 24–26, 31 грудня; 1 січня"),
        ("ru", "(праздники и выходные дни): 10, 24–26, 31 декабря; 1 января"),
    ],
)
async def test_the_coming_closed_days_are_named_in_the_persons_language(dialogue, lang, said):
    # closed_dates and the public holidays (24–26 December, 1 January) of the next four weeks;
    # 6 January is further off
    assert said in "\n".join(await contact(dialogue, lang))


async def test_a_holiday_on_a_day_without_hours_is_no_news_and_no_holiday_no_line(app, clock):
    dialogue = Dialogue(app.core)
    clock.now = dt.datetime(2026, 10, 26, 9, 0, tzinfo=dt.UTC)  # 1 November is a Sunday
    text = "\n".join(await contact(dialogue, "en"))
    assert "days off): 11 November" in text
    clock.now = dt.datetime(2026, 9, 7, 9, 0, tzinfo=dt.UTC)  # no holiday until October
    dialogue.user_id = "another"
    assert "Closed in the coming weeks" not in "\n".join(await contact(dialogue, "en"))


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "🤒 Duty cancelled (no visits then): Thu 17 Dec, 13:00–15:00 — Social Services"),
        ("pl", "🤒 Dyżur odwołany (w tym czasie nie ma wizyt): czw. 17 grudnia, 13:00–15:00 — "),
        ("uk", "🤒 Чергування скасовано (візитів у цей час немає): чт, 17 груд., 13:00–15:00"),
        ("ru", "🤒 Дежурство отменено (приёма в это время нет): чт, 17 дек., 13:00–15:00"),
    ],
)
async def test_a_duty_staff_cancelled_is_named_until_they_reopen_it(app, dialogue, lang, said):
    anna = StaffMember(app.core)
    await anna.payload("duty:cancel_now:social_services:20261217")  # 🤒 in /week
    await anna.payload("duty:cancel_now:social_services:20261224")  # closed anyway: named there
    await anna.payload("duty:cancel_now:social_services:20270107")  # further than four weeks
    text = "\n".join(await contact(dialogue, lang))
    [line] = [x for x in text.splitlines() if x.startswith("🤒")]
    assert line.startswith(said), line
    assert "24" not in line and "7 " not in line.replace("17 ", "")
    await anna.payload("duty:reopen:social_services:20261217")  # «↩️ Reopen for booking»
    dialogue.user_id = "another"
    assert "🤒" not in "\n".join(await contact(dialogue, lang))


async def test_with_every_duty_rule_ended_contact_offers_no_booking_only_the_call_back(
    tmp_path, clock
):
    ended = [rule | {"valid_until": "2025-12-31"} for rule in DUTY if "valid_from" not in rule]
    app = await build(write_config(tmp_path, duty=ended), clock=clock)
    try:
        dialogue = Dialogue(app.core)
        text = "\n".join(await contact(dialogue, "en"))
        labels = [button.label for button in dialogue.buttons]
        assert "no hours announced at the moment" in text, text
        assert "📅 Book a visit" not in labels and any("call" in b.lower() for b in labels), labels
    finally:
        await app.close()


async def test_with_duty_hours_still_to_come_contact_offers_booking(dialogue):
    await contact(dialogue, "en")
    assert "📅 Book a visit" in [button.label for button in dialogue.buttons]
