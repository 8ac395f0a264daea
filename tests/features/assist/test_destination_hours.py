"""Accompaniment to an office whose option names the place it goes to (`place: zus_office` in
the option, the place with its own `hours:`, tester 22, item 4): a day that office is closed is
not offered and, typed, is refused with that office's name and hours, in the person's language,
never with the information point's reason (open on Saturdays, closed on Sundays); an option
going nowhere known keeps the information point's days. The answer stays the option's key.
The fixture clock: Monday 23 November 2026."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_config
from tests.features.assist.test_place_hours import accompany
from tests.support.assist import up_to_the_form

ZUS_HOURS = [{"weekday": "monday", "from": "08:00", "to": "18:00"}] + [
    {"weekday": d, "from": "08:00", "to": "15:00"}
    for d in ("tuesday", "wednesday", "thursday", "friday")
]
ZUS = {
    "name": "ZUS, Inspektorat w Starachowicach",
    "address": "Starachowice",
    "label": {"uk": "Відділення ZUS", "ru": "Отделение ZUS", "en": "The ZUS office"},
    "hours": ZUS_HOURS,
}


def with_destination() -> dict:  # type: ignore[type-arg]
    data = accompany()
    options = data["services"]["accompany"]["fields"][0]["options"]
    options["zus"] = dict(options["zus"], place="zus_office")
    options["other"] = {"uk": "Інша", "ru": "Другое", "en": "Other", "pl": "Inny"}
    return data


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return write_config(tmp_path, **with_destination(), places__zus_office=ZUS)


def _days(dialogue) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.label for b in dialogue.buttons if b.payload.startswith("assist:pick:1:")]


async def test_zus_saturday_and_sunday_are_refused_naming_zus_and_its_hours(dialogue, anna):
    await up_to_the_form(dialogue, "accompany")
    await dialogue.press("ZUS")
    days = _days(dialogue)
    assert days and not any(label.startswith(("Sat", "Sun")) for label in days)
    for typed, day in (("28.11", "Saturday, 28 November"), ("29.11", "Sunday, 29 November")):
        await dialogue.send(typed)
        assert (
            f"⚠️ The ZUS office is closed on that day ({day}). "
            "Its hours: Mon 08:00–18:00, Tue–Fri 08:00–15:00. Please choose another day."
        ) in dialogue.text
        assert "information point" not in dialogue.text
        assert "2/3 Which day?" in dialogue.text
    await dialogue.send("27.11")  # a Friday
    await dialogue.send("16:00")  # after ZUS closes that day
    assert "On that day (Friday, 27 November) The ZUS office is open 08:00–15:00" in dialogue.text
    await dialogue.send("10:00")
    assert "Please check your request" in dialogue.text and "ZUS" in dialogue.text
    await dialogue.press("Send")
    await anna.command("/request 1")  # the answer is still the option `zus`, shown as such
    assert "— ZUS" in anna.text and "27" in anna.text


async def test_in_ukrainian_sunday_at_zus_names_zus_not_the_information_point(dialogue):
    dialogue.language_hint = "uk"
    await up_to_the_form(dialogue, "accompany", name="Оксана")
    await dialogue.press("ZUS")
    await dialogue.send("в неділю")
    assert (
        "⚠️ Відділення ZUS не працює в цей день (неділя, 29 листопада). "
        "Години роботи: пн 08:00–18:00, вт–пт 08:00–15:00. Оберіть, будь ласка, інший день."
    ) in dialogue.text
    assert "Інформаційний пункт" not in dialogue.text
    await dialogue.send("25.11")  # a Wednesday
    await dialogue.send("в суботу о 10")  # a day with a time at the time question
    assert "⚠️ Відділення ZUS не працює в цей день (субота, 28 листопада)" in dialogue.text
    assert "Змінено день" not in dialogue.text
    await dialogue.send("в четвер о 10")
    assert "📅 Змінено день: четвер, 26 листопада" in dialogue.text


async def test_in_russian_an_office_with_no_place_keeps_the_information_points_days(dialogue):
    dialogue.language_hint = "ru"
    await up_to_the_form(dialogue, "accompany", name="Ольга")
    await dialogue.press("Другое")
    await dialogue.send("Суд")
    assert any(label.startswith("сб") for label in _days(dialogue))  # the point's Saturday
    await dialogue.send("в воскресенье")
    assert "Информационный пункт не работает в этот день (воскресенье, 29 ноября)" in (
        dialogue.text
    )
