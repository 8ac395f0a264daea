"""A help form's time when staff must be there is within the office's opening hours on the
form's day (the fixture office: Monday to Friday 8:00–16:00, Wednesday to 18:00, Saturday
10:00–14:00); a time set elsewhere (`office_hours: false`: a doctor's appointment) is not,
and a day set elsewhere (a deadline) may be one the office does not work."""

from __future__ import annotations

from bot.app import build
from tests.conftest import write_config
from tests.support.assist import up_to_the_form
from tests.support.dialogue import Dialogue
from tests.support.services import catalogue


async def test_a_time_outside_the_days_opening_hours_is_refused_naming_them(dialogue):
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("24.11")  # a Tuesday
    for late_or_early in ("22:00", "6:00", "16:00"):
        await dialogue.send(late_or_early)
        assert (
            "On that day (Tuesday, 24 November) the information point is open 08:00–16:00: "
            "please give a time when it is open."
        ) in dialogue.text
        assert "2/3 At what time?" in dialogue.text  # the same question again
    await dialogue.send("15:30")
    assert "3/3 Where to?" in dialogue.text


async def test_each_day_has_its_own_hours_in_the_persons_language(dialogue):
    dialogue.language_hint = "pl"
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("28.11")  # a Saturday
    await dialogue.send("9:00")
    assert (
        "W tym dniu (sobota, 28 listopada) punkt informacyjny jest czynny w godzinach 10:00–14:00"
    ) in dialogue.text
    await dialogue.send("10:00")
    assert "3/3" in dialogue.text


async def test_changing_the_day_asks_again_for_a_time_the_new_day_does_not_have(dialogue):
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("25.11")  # a Wednesday: open until 18:00
    await dialogue.send("17:00")
    await dialogue.send("Urząd Wojewódzki, Kielce")
    assert "At what time? — 17:00" in dialogue.text
    await dialogue.payload("assist:fix")
    await dialogue.payload("assist:fix:0")
    await dialogue.send("24.11")  # a Tuesday: open until 16:00
    assert "(Tuesday, 24 November) the information point is open 08:00–16:00" in dialogue.text
    assert "2/3 At what time?" in dialogue.text
    await dialogue.send("15:00")
    assert "Please check your request" in dialogue.text
    assert "At what time? — 15:00" in dialogue.text and "Tuesday, 24 November" in dialogue.text


async def test_a_time_set_elsewhere_may_be_outside_the_offices_hours(tmp_path, clock):
    data = catalogue()
    data["services"]["transport"]["fields"][1]["office_hours"] = False  # the meeting's time
    app = await build(write_config(tmp_path, **data), clock=clock)
    try:
        dialogue = Dialogue(app.core)
        await up_to_the_form(dialogue, "transport")
        await dialogue.send("24.11")
        await dialogue.send("7:30")
        assert "3/3 Where to?" in dialogue.text and "is open" not in dialogue.text
    finally:
        await app.close()


async def test_a_day_set_elsewhere_may_be_one_the_office_is_closed(dialogue, tmp_path, clock):
    """A deadline («When do you need it?») or a meeting set by someone else may fall on a
    Sunday (`office_hours: false` on the date); a day staff must work (the default) may not."""
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("29.11")  # a Sunday
    assert "does not work on Sunday, 29 November" in dialogue.text
    data = catalogue()
    data["services"]["transport"]["fields"][0]["office_hours"] = False
    (tmp_path / "b").mkdir()
    app = await build(write_config(tmp_path / "b", **data), clock=clock)
    try:
        elsewhere = Dialogue(app.core)
        await up_to_the_form(elsewhere, "transport")
        await elsewhere.send("29.11")
        assert "2/3 At what time?" in elsewhere.text
    finally:
        await app.close()


async def test_after_closing_a_day_before_staff_are_back_is_refused(tmp_path, clock):
    """Saturday 17:00, the office closed since 14:00 and back on Monday at 8:00: help for
    tonight or Sunday cannot be arranged (even for a meeting set elsewhere), and is not
    offered; Monday is."""
    data = catalogue()
    data["services"]["transport"]["fields"][0]["office_hours"] = False  # any day of the week
    app = await build(write_config(tmp_path, **data), clock=clock)
    clock.advance(days=5, hours=8)  # Saturday, 28 November, 17:00
    try:
        dialogue = Dialogue(app.core)
        await up_to_the_form(dialogue, "transport")
        days = [b.label for b in dialogue.buttons if b.payload.startswith("assist:pick:0:")]
        assert days[0] == "Mon 30 Nov", days  # not today nor tomorrow
        for day in ("28.11", "29.11"):
            await dialogue.send(day)
            assert "Staff are next at work on Monday, 30 November, 08:00" in dialogue.text
            assert "call 112" in dialogue.text
        await dialogue.send("30.11")
        assert "2/3 At what time?" in dialogue.text
    finally:
        await app.close()


async def test_a_time_at_the_very_hour_staff_are_back_is_refused_as_too_soon(tmp_path, clock):
    """Saturday 17:00, staff back on Monday at 8:00 (tester report 15): help on Monday at 8:00
    (or earlier, for a time set elsewhere) cannot be arranged either, nor at 8:15: staff need
    about an hour once at work; 9:00 can."""
    data = catalogue()
    data["services"]["transport"]["fields"][1]["office_hours"] = False  # a doctor's 7:30 too
    app = await build(write_config(tmp_path, **data), clock=clock)
    clock.advance(days=5, hours=8)  # Saturday, 28 November, 17:00
    try:
        dialogue = Dialogue(app.core)
        await up_to_the_form(dialogue, "transport")
        await dialogue.send("30.11")
        for too_soon in ("8:00", "7:30", "8:15", "8:59"):
            await dialogue.send(too_soon)
            assert "Staff are next at work on Monday, 30 November, 08:00" in dialogue.text
            assert "need about an hour to arrange help, so the earliest time is 09:00" in (
                dialogue.text
            )
            assert "call 112" in dialogue.text and "2/3 At what time?" in dialogue.text
        await dialogue.send("9:00")
        assert "3/3 Where to?" in dialogue.text

        again = Dialogue(app.core, user_id="1002")
        again.language_hint = "pl"
        await up_to_the_form(again, "transport")
        await again.send("30.11 o 8:00")  # the day taken, the time asked with the reason
        assert "Pracownicy będą znów w pracy: poniedziałek, 30 listopada, 08:00" in again.text
        assert "2/3" in again.text
    finally:
        await app.close()


async def test_a_time_today_needs_an_hour_for_staff_to_arrange_it(dialogue):
    """Monday 09:00, staff at work: help at 09:30 today cannot be arranged in time, 10:00 can."""
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("today")
    await dialogue.send("9:30")
    assert "Staff need about an hour to arrange help, so the earliest time today is 10:00" in (
        dialogue.text
    )
    assert "2/3 At what time?" in dialogue.text
    await dialogue.send("10:00")
    assert "3/3 Where to?" in dialogue.text
