"""A part of the day typed as a help form's time («rano», «вранці», «утром», «in the
afternoon»), where staff are there (`office_hours`, the default): its hours (bot/core/when.py
WINDOWS: 8–12, 12–17, 17–21) within those the office is open that day, shown to the person
and to staff as «rano (08:00–12:00)»; a part when the office is closed is refused, naming
the hours; a time set elsewhere (`office_hours: false`) still needs the hour. The fixture
office: Monday to Friday 08:00–16:00, Wednesday to 18:00."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.conftest import write_config
from tests.support.assist import up_to_the_form
from tests.support.callbacks import STAFF_CHAT
from tests.support.dialogue import Dialogue
from tests.support.services import catalogue


@pytest.mark.parametrize(
    ("language", "typed", "shown"),
    [
        ("pl", "rano", "O której? — rano (08:00–12:00)"),
        ("uk", "вранці", "О котрій? — вранці (08:00–12:00)"),
        ("ru", "утром", "Во сколько? — утром (08:00–12:00)"),
        ("en", "in the morning", "At what time? — in the morning (08:00–12:00)"),
        ("uk", "після обіду", "О котрій? — після обіду (12:00–16:00)"),  # closed at 16:00
        ("pl", "po południu", "O której? — po południu (12:00–16:00)"),
        ("en", "after lunch", "At what time? — in the afternoon (12:00–16:00)"),  # tester 17
        ("uk", "pislia obidu", "О котрій? — після обіду (12:00–16:00)"),
        ("ru", "вечером", None),  # closed in the evening: refused
    ],
)
async def test_a_part_of_the_day_is_the_hours_staff_can_use(app, language, typed, shown):
    dialogue = Dialogue(app.core, language_hint=language)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("24.11")  # a Tuesday
    await dialogue.send(typed)
    if shown is None:
        assert (
            "В этот день (вторник, 24 ноября) работает 08:00–16:00: вечером никого нет."
        ) in dialogue.text
        assert "2/3" in dialogue.text  # the same question again
        return
    assert "3/3" in dialogue.text
    await dialogue.send("Kielce")
    assert shown in dialogue.text  # the summary


async def test_staff_see_the_part_of_the_day_with_its_hours(dialogue, delivery, platform):
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("25.11")  # a Wednesday: open until 18:00
    await dialogue.send("in the evening")
    await dialogue.send("Kielce")
    assert "At what time? — in the evening (17:00–18:00)" in dialogue.text
    await dialogue.press("Send")
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "▫️ O której? — wieczorem (17:00–18:00)" in card.text
    await dialogue.send("/mybookings")
    assert "Wednesday, 25 November, in the evening (17:00–18:00)" in dialogue.text


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "I couldn't read that time. Type it like this: 9:30 or 14:00, or a part of the day"),
        ("pl", "Nie rozumiem tej godziny. Wpisz ją tak: 9:30 albo 14:00, albo porę dnia"),
        ("uk", "Не вдалося прочитати час. Напишіть його так: 9:30 чи 14:00, або пору дня"),
        ("ru", "Не получилось прочитать время. Напишите его так: 9:30 или 14:00, или время суток"),
    ],
)
async def test_nonsense_is_still_refused_with_the_hint(app, language, said):
    dialogue = Dialogue(app.core, language_hint=language)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("24.11")
    await dialogue.send("whenever, blah")
    assert said in dialogue.text and "2/3" in dialogue.text


async def test_a_new_day_keeps_the_part_of_the_day_within_its_hours(dialogue):
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("25.11")  # a Wednesday: open until 18:00
    await dialogue.send("po południu")
    await dialogue.send("Kielce")
    assert "At what time? — in the afternoon (12:00–17:00)" in dialogue.text
    await dialogue.payload("assist:fix")
    await dialogue.payload("assist:fix:0")
    await dialogue.send("24.11")  # a Tuesday: open until 16:00
    assert "At what time? — in the afternoon (12:00–16:00)" in dialogue.text


async def test_a_time_set_elsewhere_still_needs_the_hour(tmp_path, clock):
    data = catalogue()
    data["services"]["transport"]["fields"][1]["office_hours"] = False  # the meeting's time
    app = await build(write_config(tmp_path, **data), clock=clock)
    try:
        dialogue = Dialogue(app.core, language_hint="ru")
        await up_to_the_form(dialogue, "transport")
        await dialogue.send("в понедельник утром")
        said = "понедельник, 30 ноября: записали, а «утром» сотрудники получат как примечание."
        assert said in dialogue.text and "Во сколько именно?" in dialogue.text
        await dialogue.send("утром")
        said = "«утром» — это время суток, а сотрудникам нужен час. Напишите его так: 9:00"
        assert said in dialogue.text and "2/3" in dialogue.text
    finally:
        await app.close()
