"""A child's name and age in one message («Марічка, 8 років») are both read; a child the course
does not take, among others, is left out at a tap («✅ Записати лише: Марічка») instead of a
false age, cancelling everyone or going back step by step (tester report 11, item 14)."""

from __future__ import annotations

import pytest

from bot.features.courses.child_age import split
from tests.features.courses.test_who_comes import KIDS, app_with
from tests.support.dialogue import Dialogue


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Марічка, 8 років", ("Марічка", 8)),
        ("Марічка 8", ("Марічка", 8)),
        ("Andriy, 15", ("Andriy", 15)),
        ("Аня (8 лет)", ("Аня", 8)),
        ("Ania, 8 lat", ("Ania", 8)),
        ("Anna 8 years old", ("Anna", 8)),
        ("Марічка", None),
        ("8", None),
        ("Olena 601234567", None),
    ],
)
def test_a_name_with_an_age_is_read_as_both(text, read):
    assert split(text) == read


async def _two_children(olga: Dialogue) -> None:
    await olga.payload("course:open:polish_a1")
    await olga.payload("course:enrol:polish_a1")
    await olga.payload("person:agree")
    await olga.send("Оксана")
    await olga.send("512 345 678")
    await olga.send("2")


async def test_name_and_age_in_one_message_fill_both_questions(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        olga = Dialogue(app.core, language_hint="uk")
        await _two_children(olga)
        await olga.send("Марічка, 8 років")
        assert "Скільки років дитині" not in olga.text
        assert "Дитина 2 з 2: як її звати?" in olga.text
        await olga.send("Петро 10")
        assert "👧 Марічка, 8 років" in olga.text and "👧 Петро, 10 років" in olga.text


async def test_one_child_too_old_the_other_is_signed_up_alone(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        olga = Dialogue(app.core, language_hint="uk")
        await _two_children(olga)
        await olga.send("Марічка, 8 років")
        await olga.send("Андрій 15")
        assert "записати дитину (Андрій) не можна" in olga.text
        await olga.press("Записати лише: Марічка")
        assert "✂️ Андрій — не записуємо" in olga.text
        assert "👧 Марічка, 8 років" in olga.text and "Андрій" not in olga.text.split("📋")[1]
        await olga.press("Так, записати")
        assert "Марічка" in olga.text
        await olga.send("/mybookings")
        assert "Марічка" in olga.text and "Андрій" not in olga.text


async def test_the_first_child_too_old_the_next_one_is_asked(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        olga = Dialogue(app.core, language_hint="uk")
        await _two_children(olga)
        await olga.send("Андрій")
        await olga.send("15")
        await olga.press("Андрій не ходитиме")
        assert "Як звати дитину?" in olga.text  # one child now
        await olga.send("Марічка 8")
        assert "👧 Марічка, 8 років" in olga.text and "ви записуєте дитину\n" in olga.text


async def test_a_single_child_out_of_range_keeps_the_two_ways(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        olga = Dialogue(app.core, language_hint="uk")
        await _two_children(olga)
        await olga.send("Андрій 15")
        await olga.press("Андрій не ходитиме")
        await olga.send("Марко, 14")  # the only child left: no one else to sign up
        assert "напишіть інший вік або натисніть «Не записуватися»" in olga.text
        assert not any(b.payload == "course:only" for b in olga.buttons)
        await olga.send("9")
        assert "👧 Марко, 9 років" in olga.text
