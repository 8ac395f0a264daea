"""A day and a time typed at the list of times to move a visit to, or a time typed where one
day's times are shown, that is not free is said why, as at the booking's day step
(bot/core/day_at.py): taken by someone, no visit's start, outside the hours (at their end: the
last visit's time), or the very time of the visit being moved; in every language."""

from __future__ import annotations

import pytest

from tests.features.booking.test_move_typed import at_the_move
from tests.support.bookings import book_and_confirm
from tests.support.dialogue import Dialogue


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("1.12 15:30", "the hours end at 15:30 (13:00–15:30), so the last visit starts at 15:15"),
        ("1.12 13:10", "no visit starts at 13:10: visits start every 15 minutes"),
        ("1.12 o 9", "09:00 is outside the hours that day (13:00–15:30)"),
        ("24.11 13:30", "13:30 is already your time"),
    ],
)
async def test_a_time_not_free_is_said_why(app, dialogue: Dialogue, typed, said):
    await at_the_move(dialogue)
    await dialogue.send(typed)
    assert said in dialogue.text
    assert "The nearest free times that day:" in dialogue.text
    assert any(b.payload.startswith("booking:moveto:1:") for b in dialogue.buttons)


async def test_a_time_taken_by_someone_else_is_said_so(app, dialogue: Dialogue):
    other = Dialogue(app.core, user_id="2002")
    await book_and_confirm(other, "booking:time:city_hall:202612011200", name="Raj")  # 13:00
    await at_the_move(dialogue)
    await dialogue.send("1.12")  # that day's times, then a time alone
    await dialogue.send("13:00")
    assert "Tuesday, 1 December: 13:00 is already taken by someone else." in dialogue.text


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("uk", "13:30 — це вже ваш час"),
        ("ru", "13:30 — это уже ваше время"),
        ("pl", "13:30 to już Twój termin"),
    ],
)
async def test_the_visits_own_time_in_every_language(app, dialogue: Dialogue, lang, said):
    dialogue.language_hint = lang
    await book_and_confirm(dialogue)
    await dialogue.send("/mybookings")
    await dialogue.payload("booking:move:1")  # «🕒 Перенести: …»
    await dialogue.send("24.11 13:30")
    assert said in dialogue.text


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        (
            "en",
            "26.11",
            "Thursday, 26 November: the duty hours that day are at another place: Social "
            "Services Centre (CUS). A visit moves only within its own place; to go there, "
            "cancel this visit and book a new one. The nearest days with free times:",
        ),
        ("en", "thursday 13", "Thursday, 26 November: the duty hours that day are at another"),
        ("en", "friday", "Friday, 27 November: there are no duty hours that day. The nearest"),
        ("en", "friday at 14", "Friday, 27 November: there are no duty hours that day."),
        ("uk", "четвер 13", "Четвер, 26 листопада: цього дня чергування в іншому місці: Центр"),
        ("ru", "пятница", "Пятница, 27 ноября: в этот день дежурства нет. Ближайшие дни"),
        ("pl", "czwartek o 13", "tego dnia dyżur jest w innym miejscu: Centrum Usług"),
    ],
)
async def test_a_day_without_duty_here_is_said_why(app, lang, typed, said):
    # tester report 21, finding 6: Thursday (the duty at the CUS) and Friday (no duty) were
    # only «There are no free times on Thursday»
    person = Dialogue(app.core, language_hint=lang)
    await book_and_confirm(person)
    await person.payload("booking:move:1")
    await person.send(typed)
    assert said in person.text
    nothing = ("no free times", "вільного часу немає", "свободного времени нет", "brak wolnych")
    assert not any(none in person.text for none in nothing)
    days = [b.payload for b in person.buttons if b.payload.startswith("booking:moveday:1:")]
    assert days[:2] == ["booking:moveday:1:20261124", "booking:moveday:1:20261201"]
