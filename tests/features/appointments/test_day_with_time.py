"""A day typed with its time at a specialist's days («thursday at 9:30», «w czwartek o 10»,
«26.11 po południu»: bot/core/day_at.py, as at a visit's days): the time goes on with the day.
The fixture's career counsellor sees people on Thursdays, 09:00–10:30 every 30 minutes."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.conftest import write_config
from tests.support.dialogue import Dialogue
from tests.support.services import catalogue


@pytest.mark.parametrize(
    ("language", "typed", "said", "time"),
    [
        ("en", "thursday at 9:30", "✅ Thursday, 26 November, 09:30: this time is free.", "09:30"),
        (
            "pl",
            "w czwartek o 10",
            "✅ Czwartek, 26 listopada, 10:00: ta godzina jest wolna.",
            "10:00",
        ),
        ("uk", "у четвер о 9", "✅ Четвер, 26 листопада, 09:00: цей час вільний.", "09:00"),
        ("ru", "3.12 в 10:30", "✅ Четверг, 3 декабря, 10:30: это время свободно.", "10:30"),
    ],
)
async def test_a_free_time_typed_with_its_day_is_taken(app, language, typed, said, time):
    dialogue = Dialogue(app.core, language_hint=language)
    await dialogue.payload("appt:open:career")
    await dialogue.send(typed)
    assert said in dialogue.text
    assert any(b.payload == "person:agree" for b in dialogue.buttons)  # no time asked: consent
    await dialogue.payload("person:agree")
    await dialogue.send("Ann")
    await dialogue.send("600 700 800")
    assert time in dialogue.text  # the summary, to confirm
    assert any(b.payload.startswith("appt:confirm:") for b in dialogue.buttons)


async def test_a_time_not_free_that_day_shows_that_days_times(app, dialogue: Dialogue):
    await dialogue.payload("appt:open:career")
    await dialogue.send("thursday at 14")
    assert (
        "Thursday, 26 November: 14:00 is outside the hours that day (09:00–11:00)."
        " The nearest free times that day: "
        "“10:00” or “10:30”."
    ) in dialogue.text
    assert [b.label for b in dialogue.replies[0].buttons[0]] == ["10:00", "10:30"]
    assert any(b.payload.startswith("appt:time:career:") for b in dialogue.replies[-1].buttons[0])
    assert not any(b.payload == "person:agree" for b in dialogue.buttons)


async def test_a_day_without_the_specialist_offers_the_nearest_days(app, dialogue: Dialogue):
    await dialogue.payload("appt:open:career")
    await dialogue.send("friday at 10")
    assert "There are no free times on Friday, 27 November." in dialogue.text
    assert "“Thu 26 Nov” or “Thu 3 Dec”" in dialogue.text


async def test_a_part_of_the_day_offers_that_days_times_in_it_first(tmp_path, clock):
    data = catalogue()
    data["specialists"]["career"]["schedule"] = [
        {"weekday": "thursday", "from": "10:00", "to": "14:00"}
    ]
    app = await build(write_config(tmp_path, **data), clock=clock)
    try:
        dialogue = Dialogue(app.core, language_hint="uk")
        await dialogue.payload("appt:open:career")
        await dialogue.send("в четвер після обіду")
        assert "Четвер, 26 листопада, після обіду: цей час вільний." in dialogue.text
        first = [b.label for row in dialogue.replies[0].buttons for b in row]
        assert first == ["12:00", "12:30", "13:00", "13:30"]  # 12–17: in the afternoon
        assert "10:00" in [b.label for b in dialogue.buttons]  # and every time of that day
        await dialogue.send("вранці 3.12")
        assert "Четвер, 3 грудня, вранці: цей час вільний." in dialogue.text
        first = [b.label for row in dialogue.replies[0].buttons for b in row]
        assert first == ["10:00", "10:30", "11:00", "11:30"]
        await dialogue.press("11:30")
        assert any(b.payload == "person:agree" for b in dialogue.buttons)
    finally:
        await app.close()


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("en", "thursday after 10", "Thursday, 26 November, after 10:00"),
        ("pl", "w czwartek po 10", "Czwartek, 26 listopada, po 10:00"),
        ("uk", "у четвер після 10", "Четвер, 26 листопада, після 10:00"),
        ("ru", "в четверг до 10", "Четверг, 26 ноября, до 10:00"),
    ],
)
async def test_hours_typed_with_the_day_offer_those_times_first(app, language, typed, said):
    """Tester 26, item 4: «after N» in words, read as a callback's time is (core/note_time.py)."""
    dialogue = Dialogue(app.core, language_hint=language)
    await dialogue.payload("appt:open:career")
    await dialogue.send(typed)
    assert said in dialogue.text
    first = [b.label for b in dialogue.replies[0].buttons[0]]
    assert first == (["09:00", "09:30"] if language == "ru" else ["10:00", "10:30"])
