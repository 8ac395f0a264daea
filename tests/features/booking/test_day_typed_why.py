"""A day typed with its time at a visit's days, as people type it: an hour alone after the day
(«tomorrow 14», «jutro 14», «завтра 14», «завтра 14:30»); a time not free said with why (taken
by someone, no visit starts then, outside the desk's hours, their own visit); a deadline («do
piątku», «by Friday») or «as soon as possible» offering the earliest free times
(bot/core/day_at.py). The fixture: on Monday 23 November, City Hall's duty is on Tuesdays,
13:00–15:30, visits of 15 minutes."""

from __future__ import annotations

import pytest

from tests.support.bookings import book_and_confirm
from tests.support.dialogue import Dialogue

TUE_1400 = "booking:time:city_hall:202611241300"  # UTC: 14:00 in Warsaw


async def at_the_days(dialogue: Dialogue) -> None:
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("en", "tomorrow 14", "✅ Tuesday, 24 November, 14:00: this time is free."),
        ("pl", "jutro 14", "✅ Wtorek, 24 listopada, 14:00: ta godzina jest wolna."),
        ("uk", "завтра 14", "✅ Вівторок, 24 листопада, 14:00: цей час вільний."),
        ("ru", "завтра 14:30", "✅ Вторник, 24 ноября, 14:30: это время свободно."),
    ],
)
async def test_an_hour_alone_after_the_day_is_its_time(app, language, typed, said):
    dialogue = Dialogue(app.core, language_hint=language)
    await at_the_days(dialogue)
    await dialogue.send(typed)
    assert said in dialogue.text
    assert any(b.payload.startswith("booking:topic:") for b in dialogue.buttons)


@pytest.mark.parametrize(
    ("language", "typed", "why"),
    [
        (
            "en",
            "tomorrow 10",
            "Tuesday, 24 November: 10:00 is outside the hours that day (13:00–15:30).",
        ),
        (
            "uk",
            "завтра 10",
            "Вівторок, 24 листопада: 10:00 — поза годинами прийому цього дня (13:00–15:30).",
        ),
        (
            "ru",
            "завтра в 16",
            "Вторник, 24 ноября: 16:00 — вне часов приёма в этот день (13:00–15:30).",
        ),
        (
            "pl",
            "jutro o 15:30",
            "Wtorek, 24 listopada: przyjęcia kończą się o 15:30 (13:00–15:30), więc ostatnia"
            " wizyta zaczyna się o 15:15.",
        ),
        (  # (tester 19) the hours' end is no start: the last visit is named
            "en",
            "tomorrow at 15:30",
            "Tuesday, 24 November: the hours end at 15:30 (13:00–15:30), so the last visit starts"
            " at 15:15.",
        ),
        (
            "en",
            "tomorrow at 13:20",
            "Tuesday, 24 November: no visit starts at 13:20: visits start every 15 minutes.",
        ),
        (
            "uk",
            "завтра о 13:20",
            "Вівторок, 24 листопада: о 13:20 прийом не починається:"
            " прийоми починаються кожні 15 хвилин.",
        ),
        (
            "ru",
            "завтра в 13:20",
            "Вторник, 24 ноября: в 13:20 приём не начинается: приёмы начинаются каждые 15 минут.",
        ),
        (
            "pl",
            "jutro o 13:20",
            "Wtorek, 24 listopada: o 13:20 nie zaczyna się żadna wizyta:"
            " wizyty zaczynają się co 15 minut.",
        ),
    ],
)
async def test_a_time_not_free_says_why_with_the_nearest(app, language, typed, why):
    dialogue = Dialogue(app.core, language_hint=language)
    await at_the_days(dialogue)
    await dialogue.send(typed)
    assert why in dialogue.text
    assert dialogue.replies[0].buttons  # the nearest free times, to tap
    assert not any(b.payload.startswith("booking:topic:") for b in dialogue.buttons)


@pytest.mark.parametrize(
    ("language", "typed", "why"),
    [
        ("en", "tomorrow 14", "Tuesday, 24 November: 14:00 is already taken by someone else."),
        ("uk", "завтра 14", "Вівторок, 24 листопада: 14:00 вже зайнято іншою людиною."),
        ("ru", "завтра 14", "Вторник, 24 ноября: 14:00 уже занято другим человеком."),
        (
            "pl",
            "jutro 14",
            "Wtorek, 24 listopada: godzina 14:00 jest już zajęta przez kogoś innego.",
        ),
    ],
)
async def test_a_time_someone_took_is_said_to_be_taken(app, language, typed, why):
    await book_and_confirm(Dialogue(app.core, user_id="2002", language_hint="en"), TUE_1400)
    dialogue = Dialogue(app.core, language_hint=language)
    await at_the_days(dialogue)
    await dialogue.send(typed)
    assert why in dialogue.text
    assert [b.label for b in dialogue.replies[0].buttons[0]] == ["13:45", "14:15"]


async def test_their_own_visit_is_named_as_theirs(app, dialogue: Dialogue):
    await book_and_confirm(dialogue, TUE_1400)
    await dialogue.send("/book")
    await dialogue.press("Book another visit")
    await dialogue.press("City Hall")
    await dialogue.send("tomorrow 14")
    assert "Tuesday, 24 November: 14:00 is already your own visit" in dialogue.text
    assert "taken by someone else" not in dialogue.text
    await dialogue.press("14:15")
    assert "What is your visit about?" in dialogue.text


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("pl", "do piątku", "Najbliższe wolne terminy do 27 listopada:"),
        ("uk", "до п'ятниці", "Найближчий вільний час до 27 листопада:"),
        ("en", "by Friday", "The earliest free times by 27 November:"),
        ("ru", "до пятницы", "Ближайшее свободное время до 27 ноября:"),
    ],
)
async def test_a_deadline_offers_the_free_times_up_to_it(app, language, typed, said):
    dialogue = Dialogue(app.core, language_hint=language)
    await at_the_days(dialogue)
    await dialogue.send(typed)
    assert said in dialogue.text
    offered = [b.payload for row in dialogue.replies[0].buttons for b in row]
    assert len(offered) == 4 and all(
        p.startswith("booking:time:city_hall:20261124") for p in offered
    )
    await dialogue.payload(offered[1])  # 13:15: taken, on to the topic
    assert any(b.payload.startswith("booking:topic:") for b in dialogue.buttons)


async def test_a_deadline_with_a_time_offers_those_up_to_that_time(app, dialogue: Dialogue):
    await at_the_days(dialogue)
    await dialogue.send("by tomorrow 13:30")
    assert "The earliest free times by 24 November, 13:30:" in dialogue.text
    labels = [b.label for row in dialogue.replies[0].buttons for b in row]
    assert labels == ["Tue 24 Nov, 13:00", "Tue 24 Nov, 13:15", "Tue 24 Nov, 13:30"]
    await dialogue.send("by 24.11 at 12")  # none by then: the earliest after it
    assert "There is no free time by 24 November, 12:00." in dialogue.text
    assert "The earliest free times after it: “Tue 24 Nov, 13:00”" in dialogue.text


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("pl", "jak najszybciej", "Najbliższe wolne terminy: „wt. 24 listopada, 13:00”"),
        ("uk", "якнайшвидше", "Найближчий вільний час:"),
        ("ru", "как можно скорее", "Ближайшее свободное время:"),
        ("en", "as soon as possible", "The earliest free times: “Tue 24 Nov, 13:00”"),
    ],
)
async def test_as_soon_as_possible_offers_the_earliest(app, language, typed, said):
    dialogue = Dialogue(app.core, language_hint=language)
    await at_the_days(dialogue)
    await dialogue.send(typed)
    assert said in dialogue.text
    offered = [b.payload for row in dialogue.replies[0].buttons for b in row]
    assert offered[0] == "booking:time:city_hall:202611241200"  # 13:00, the earliest
    assert any(b.payload.startswith("booking:day:") for b in dialogue.buttons)  # the days below


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("pl", "wtorek 14", "✅ Wtorek, 24 listopada, 14:00: ta godzina jest wolna."),
        ("uk", "вівторок 14", "✅ Вівторок, 24 листопада, 14:00: цей час вільний."),
        ("ru", "вторник 14", "✅ Вторник, 24 ноября, 14:00: это время свободно."),
        ("en", "tuesday 14", "✅ Tuesday, 24 November, 14:00: this time is free."),
    ],
)
async def test_a_weekday_with_an_hour_is_that_day_at_that_hour(app, language, typed, said):
    dialogue = Dialogue(app.core, language_hint=language)  # 14 December is a Monday
    await at_the_days(dialogue)
    await dialogue.send(typed)
    assert said in dialogue.text
    assert any(b.payload.startswith("booking:topic:") for b in dialogue.buttons)


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("en", "tuesday 15", "Which do you mean: Tuesday, 15 December, or Tuesday, 24 November,"),
        ("pl", "wtorek 15", "Co masz na myśli: Wtorek, 15 grudnia czy Wtorek, 24 listopada,"),
        ("uk", "вівторок 15", "Що ви маєте на увазі: Вівторок, 15 грудня чи Вівторок, 24 листо"),
        ("ru", "вторник 15", "Что вы имеете в виду: Вторник, 15 декабря или Вторник, 24 ноября"),
    ],
)
async def test_a_weekday_with_a_number_that_may_be_either_asks_which(app, language, typed, said):
    dialogue = Dialogue(app.core, language_hint=language)  # 15 December is a Tuesday, 15:00 open
    await at_the_days(dialogue)
    await dialogue.send(typed)
    assert said in dialogue.text
    day, hour = (row[0].payload for row in dialogue.replies[0].buttons)
    assert day == "booking:day:city_hall:20261215"
    assert hour == "booking:time:city_hall:202611241400"  # UTC: 15:00 in Warsaw
    assert not any(b.payload.startswith("booking:topic:") for b in dialogue.buttons)
    await dialogue.payload(hour)
    assert any(b.payload.startswith("booking:topic:") for b in dialogue.buttons)


async def test_a_weekday_with_a_number_no_hour_of_the_desk_is_that_day(app, dialogue: Dialogue):
    await at_the_days(dialogue)
    await dialogue.send("tuesday 1")  # 1 December, a Tuesday: 01:00 is no hour of City Hall
    assert "🕒 Tuesday, 1 December 2026" in dialogue.text
    assert "Which do you mean" not in dialogue.text
    await dialogue.send("четвер 17")  # 17 December, a Thursday, when City Hall is closed
    assert (
        "Thursday, 17 December: the duty hours that day are at another place: Social Services "
        "Centre (CUS)."
    ) in dialogue.text


@pytest.mark.parametrize(
    ("language", "typed", "why"),
    [
        ("en", "14:00", "Tuesday, 24 November: 14:00 is already taken by someone else."),
        ("pl", "14:00", "Wtorek, 24 listopada: godzina 14:00 jest już zajęta przez kogoś innego."),
        ("uk", "9:00", "Вівторок, 24 листопада: 09:00 — поза годинами прийому цього дня"),
        ("ru", "13:20", "Вторник, 24 ноября: в 13:20 приём не начинается:"),
    ],
)
async def test_a_time_typed_at_a_days_times_says_why_it_is_not_free(app, language, typed, why):
    await book_and_confirm(Dialogue(app.core, user_id="2002", language_hint="en"), TUE_1400)
    dialogue = Dialogue(app.core, language_hint=language)
    await at_the_days(dialogue)
    await dialogue.payload("booking:day:city_hall:20261124")
    await dialogue.send(typed)
    assert why in dialogue.text
    assert dialogue.replies[0].buttons  # the nearest free times, to tap
    assert not any(b.payload.startswith("booking:topic:") for b in dialogue.buttons)
