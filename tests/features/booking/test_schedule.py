"""Duty rules -> bookable slots: rules, validity, holidays, closed dates, DST, notice, capacity."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from zoneinfo import ZoneInfo

import holidays

from bot.core.public_holidays import public_holidays
from bot.features.booking import schedule
from bot.settings.config import BookingSettings, HoursRule

WARSAW = ZoneInfo("Europe/Warsaw")
TUESDAY = 1
SUNDAY = 6


def rule(
    weekday: int = TUESDAY,
    start: str = "13:00",
    end: str = "15:30",
    place: str = "hall",
    valid_from: dt.date | None = None,
    valid_until: dt.date | None = None,
) -> HoursRule:
    return HoursRule(
        weekday,
        dt.time.fromisoformat(start),
        dt.time.fromisoformat(end),
        place,
        valid_from,
        valid_until,
    )


def local_times(slots: list[schedule.Slot]) -> list[str]:
    return [s.start.astimezone(WARSAW).strftime("%a %d.%m %H:%M") for s in slots]


def test_a_duty_is_cut_into_visits_that_fit_wholly_inside_it():
    slots = schedule.rule_slots(rule(end="14:10"), dt.date(2026, 12, 1), 15, WARSAW)
    assert local_times(slots) == [
        "Tue 01.12 13:00",
        "Tue 01.12 13:15",
        "Tue 01.12 13:30",
        "Tue 01.12 13:45",
    ]
    assert all(s.end - s.start == dt.timedelta(minutes=15) for s in slots)
    assert all(s.start.tzinfo == dt.UTC for s in slots)


def test_rules_apply_only_on_their_weekday_and_within_their_validity_dates():
    old = rule(end="15:00", valid_until=dt.date(2026, 12, 8))
    new = rule(start="09:00", end="10:00", valid_from=dt.date(2026, 12, 9))
    slots = schedule.slots_between(
        [old, new],
        BookingSettings(visit_minutes=30),
        WARSAW,
        dt.date(2026, 12, 1),
        dt.date(2026, 12, 16),
    )
    assert local_times(slots) == [
        "Tue 01.12 13:00",
        "Tue 01.12 13:30",
        "Tue 01.12 14:00",
        "Tue 01.12 14:30",
        "Tue 08.12 13:00",
        "Tue 08.12 13:30",
        "Tue 08.12 14:00",
        "Tue 08.12 14:30",
        "Tue 15.12 09:00",
        "Tue 15.12 09:30",
    ]


def test_polish_public_holidays_are_closed_without_any_configuration():
    thursday = rule(weekday=3, start="13:00", end="14:00")
    days = {
        s.local_day(WARSAW)
        for s in schedule.slots_between(
            [thursday], BookingSettings(), WARSAW, dt.date(2026, 12, 20), dt.date(2027, 1, 10)
        )
    }
    # Christmas Eve (a holiday since 2025) and New Year's Day fall on Thursdays.
    assert dt.date(2026, 12, 24) not in days
    assert dt.date(2026, 12, 31) in days
    assert dt.date(2027, 1, 7) in days
    # Easter Monday moves every year; the holidays package knows it.
    monday = rule(weekday=0, start="09:00", end="09:15")
    mondays = schedule.slots_between(
        [monday], BookingSettings(), WARSAW, dt.date(2027, 3, 22), dt.date(2027, 4, 5)
    )
    assert local_times(mondays) == ["Mon 22.03 09:00", "Mon 05.04 09:00"]


def test_configured_closed_dates_and_duties_cancelled_by_staff_have_no_slots():
    booking = BookingSettings(closed_dates=(dt.date(2026, 12, 1),))
    slots = schedule.slots_between(
        [rule(), rule(place="cus")],
        booking,
        WARSAW,
        dt.date(2026, 12, 1),
        dt.date(2026, 12, 8),
        cancelled=[("cus", dt.date(2026, 12, 8))],
    )
    assert {(s.place, s.local_day(WARSAW)) for s in slots} == {("hall", dt.date(2026, 12, 8))}


def test_the_same_local_time_on_both_sides_of_the_spring_change():
    # Summer time begins on Sunday 28 March 2027: 13:00 is 12:00 UTC before, 11:00 UTC after.
    slots = schedule.slots_between(
        [rule(end="13:15")], BookingSettings(), WARSAW, dt.date(2027, 3, 22), dt.date(2027, 4, 4)
    )
    assert local_times(slots) == ["Tue 23.03 13:00", "Tue 30.03 13:00"]
    assert [s.start.hour for s in slots] == [12, 11]


def test_the_same_local_time_on_both_sides_of_the_autumn_change():
    # Winter time begins on Sunday 25 October 2026.
    slots = schedule.slots_between(
        [rule(end="13:15")], BookingSettings(), WARSAW, dt.date(2026, 10, 19), dt.date(2026, 11, 1)
    )
    assert local_times(slots) == ["Tue 20.10 13:00", "Tue 27.10 13:00"]
    assert [s.start.hour for s in slots] == [11, 12]


def test_a_duty_across_the_missing_spring_hour_skips_the_times_that_do_not_exist():
    night = rule(weekday=SUNDAY, start="01:30", end="03:30")
    slots = schedule.rule_slots(night, dt.date(2027, 3, 28), 30, WARSAW)
    assert local_times(slots) == ["Sun 28.03 01:30", "Sun 28.03 03:00"]
    assert slots[1].start - slots[0].start == dt.timedelta(minutes=30)  # real time


def test_a_duty_across_the_repeated_autumn_hour_offers_each_wall_time_once():
    night = rule(weekday=SUNDAY, start="01:30", end="03:30")
    slots = schedule.rule_slots(night, dt.date(2026, 10, 25), 30, WARSAW)
    assert local_times(slots) == [
        "Sun 25.10 01:30",
        "Sun 25.10 02:00",
        "Sun 25.10 02:30",
        "Sun 25.10 03:00",
    ]
    assert len({s.start for s in slots}) == 4


def test_only_slots_after_the_minimum_notice_and_within_the_horizon_are_bookable():
    booking = BookingSettings(min_notice_minutes=120, horizon_days=7)
    now = dt.datetime(2026, 12, 1, 10, 30, tzinfo=WARSAW)  # Tuesday 10:30
    slots = schedule.bookable([rule()], booking, WARSAW, now)
    times = local_times(slots)
    assert times[0] == "Tue 01.12 13:00"
    assert times[-1] == "Tue 08.12 15:15"
    later = dt.datetime(2026, 12, 1, 11, 20, tzinfo=WARSAW)
    assert local_times(schedule.bookable([rule()], booking, WARSAW, later))[0] == "Tue 01.12 13:30"


def test_full_slots_are_left_out_and_capacity_counts_seats():
    slots = schedule.rule_slots(rule(end="13:45"), dt.date(2026, 12, 1), 15, WARSAW)
    taken = {("hall", slots[0].start): 2, ("hall", slots[1].start): 1}
    assert schedule.free(slots, taken, capacity=2) == slots[1:]
    assert schedule.free(slots, taken, capacity=1) == slots[2:]


def test_nearest_free_slots_prefer_the_same_place_and_come_in_time_order():
    day = dt.date(2026, 12, 1)
    hall = schedule.rule_slots(rule(), day, 15, WARSAW)
    cus = schedule.rule_slots(rule(place="cus"), day, 15, WARSAW)
    wanted = hall[4].start
    offers = schedule.nearest(hall[:4] + hall[5:] + cus, wanted, "hall", 3)
    assert [o.place for o in offers] == ["hall"] * 3
    assert [o.start for o in offers] == [hall[2].start, hall[3].start, hall[5].start]
    assert schedule.nearest(cus, wanted, "hall", 2)[0].place == "cus"


def test_slot_keys_round_trip_and_malformed_keys_are_refused():
    slot = schedule.rule_slots(rule(), dt.date(2026, 12, 1), 15, WARSAW)[0]
    assert schedule.parse_key(slot.key) == slot.start
    for bad in ("", "2026120112", "20261301120000"[:12], "abcdefghijkl", "202612011260"):
        assert schedule.parse_key(bad) is None


def test_duties_list_each_duty_once_and_skip_holidays():
    duties = schedule.duties_between(
        [rule(), rule(weekday=3, place="cus")],
        BookingSettings(),
        dt.date(2026, 12, 21),
        dt.date(2026, 12, 27),
    )
    assert [(d.day, d.place) for d in duties] == [(dt.date(2026, 12, 22), "hall")]


def test_the_polish_holidays_are_the_librarys_without_loading_every_country():
    years = range(2024, 2031)
    assert public_holidays(years) == set(holidays.country_holidays("PL", years=list(years)))
    assert dt.date(2025, 12, 24) in public_holidays([2025])  # Christmas Eve, a day off since 2025
    assert dt.date(2024, 12, 24) not in public_holidays([2024])
    # in a fresh process: the other ~250 countries (8 MB resident) are never imported
    probe = (
        "import sys; from bot.core.public_holidays import public_holidays;"
        "assert public_holidays([2026]); print(sum(m.startswith('holidays.countries')"
        " for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_infopoint_run_has_the_holidays_computed_by_the_library_in_a_child_process():
    # (a fresh process, as `infopoint run` is: the library is never imported in it)
    probe = (
        "import sys, json; from bot.core import public_holidays as p;"
        "p.from_child(range(2024, 2031));"
        "print(json.dumps([sorted(map(str, p.public_holidays(range(2024, 2031)))),"
        " 'holidays' in sys.modules]))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    days, imported = json.loads(out.stdout)
    expected = holidays.country_holidays("PL", years=list(range(2024, 2031)))
    assert days == sorted(map(str, expected))
    assert not imported
