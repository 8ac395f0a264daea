"""The booking's own day step, as people type at it: a day with no duty at the place says why
(no duty that day, or the duty at another place, with a button to book there), as moving a
visit does; a time alone («о 14», «at 2 pm») offers the days that time is free on; an hour
21–23 said in words («о двадцять першій», «в двадцать три») is read, and said to be outside
the duty hours. The fixture: on Monday 23 November, City Hall's duty is on Tuesdays,
13:00–15:30 (visits of 15 minutes), the Social Services Centre's on Thursdays."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue

AT_14 = [  # UTC: 14:00 in Warsaw, the next three Tuesdays
    "booking:time:city_hall:202611241300",
    "booking:time:city_hall:202612011300",
    "booking:time:city_hall:202612081300",
]


async def at_the_days(app, lang: str) -> Dialogue:
    dialogue = Dialogue(app.core, language_hint=lang)
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    assert any(b.payload == "booking:day:city_hall:20261124" for b in dialogue.buttons)
    return dialogue


@pytest.mark.parametrize(
    ("lang", "typed", "why"),
    [
        ("en", "27.11", "Friday, 27 November: there are no duty hours that day."),
        ("uk", "27.11", "Пʼятниця, 27 листопада: цього дня чергування немає."),
        ("ru", "27.11", "Пятница, 27 ноября: в этот день дежурства нет."),
        ("pl", "27.11", "Piątek, 27 listopada: tego dnia nie ma dyżuru."),
    ],
)
async def test_a_day_without_duty_says_why_with_the_nearest_days(app, lang, typed, why):
    dialogue = await at_the_days(app, lang)
    await dialogue.send(typed)
    assert dialogue.text.startswith(why)
    # the nearest named; their buttons are the step's days below, once (tester 35, item 20)
    assert not dialogue.replies[0].buttons
    days = [b.payload for b in dialogue.buttons if b.payload.startswith("booking:day:")]
    assert days[:2] == ["booking:day:city_hall:20261124", "booking:day:city_hall:20261201"]
    assert len(days) == len(set(days))


@pytest.mark.parametrize(
    ("lang", "typed", "why", "there"),
    [
        ("en", "26.11", "the duty hours that day are at another place", "📍 Book at:"),
        ("uk", "в четвер", "цього дня чергування в іншому місці", "📍 Записатися:"),
        ("ru", "в четверг", "в этот день дежурство в другом месте", "📍 Записаться:"),
        ("pl", "czwartek o 14", "tego dnia dyżur jest w innym miejscu", "📍 Umów się:"),
    ],
)
async def test_a_day_whose_duty_is_elsewhere_offers_that_place(app, lang, typed, why, there):
    dialogue = await at_the_days(app, lang)
    await dialogue.send(typed)
    assert why in dialogue.replies[0].text
    await dialogue.press(there)
    assert any(b.payload.startswith("booking:day:social_services:") for b in dialogue.buttons)


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("uk", "о 14"),
        ("ru", "в 14:00"),
        ("en", "at 2 pm"),
        ("pl", "o 14"),
        ("en", "14:00"),
        ("uk", "о 14, будь ласка"),  # a polite word after the time
        ("en", "at 2pm please"),
    ],
)
async def test_a_time_alone_offers_the_days_it_is_free_on(app, lang, typed):
    dialogue = await at_the_days(app, lang)
    await dialogue.send(typed)
    assert dialogue.text.startswith("🕒")
    assert [b.payload for row in dialogue.replies[0].buttons for b in row] == AT_14
    await dialogue.payload(AT_14[1])  # taken as tapped: on to the topic
    assert any(b.payload.startswith("booking:topic:") for b in dialogue.buttons)


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        (
            "en",
            "o 14:10",
            "🕒 No visit starts at 14:10: visits start every 15 minutes, at 14:00, 14:15",
        ),
        (
            "ru",
            "14:10",
            "🕒 В 14:10 визиты не начинаются: они начинаются каждые 15 минут, в 14:00, 14:15",
        ),
        (
            "uk",
            "о 14:10",
            "🕒 О 14:10 візити не починаються: вони починаються кожні 15 хвилин, о 14:00, 14:15",
        ),
        (
            "pl",
            "14:10",
            "🕒 O 14:10 nie zaczyna się żadna wizyta: wizyty zaczynają się co 15 minut, "
            "o 14:00, 14:15",
        ),
    ],
)
async def test_a_time_off_the_visit_grid_names_the_grid_and_the_nearest_free_times(
    app, lang, typed, said
):
    """«14:10» where visits start every 15 minutes is no time any day is free at: the visit
    times around it are named, and the free ones nearest to it offered on their days."""
    dialogue = await at_the_days(app, lang)
    await dialogue.send(typed)
    assert dialogue.text.startswith(said)
    offered = [b.payload for row in dialogue.replies[0].buttons for b in row]
    at_1415 = [p.removesuffix("1300") + "1315" for p in AT_14]
    assert offered == [p for pair in zip(AT_14, at_1415, strict=True) for p in pair]
    await dialogue.payload(at_1415[0])  # taken as tapped: on to the topic
    assert any(b.payload.startswith("booking:topic:") for b in dialogue.buttons)


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        ("uk", "о двадцять першій", "🕒 21:00: у цей час чергування немає"),
        ("ru", "в двадцать три", "🕒 23:00: в это время дежурства нет"),
        ("en", "at 9 pm", "🕒 21:00: the office has no duty hours then"),
        ("pl", "o dwudziestej drugiej", "🕒 22:00: o tej godzinie nie ma dyżuru"),
    ],
)
async def test_an_hour_of_the_evening_in_words_is_said_to_be_closed(app, lang, typed, said):
    dialogue = await at_the_days(app, lang)
    await dialogue.send(typed)
    assert dialogue.text.startswith(said)
    assert "13:00–15:30" in dialogue.text  # the duty hours named


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        ("uk", "завтра о двадцять першій", "21:00 — поза годинами прийому цього дня (13:00–15:30)"),
        ("ru", "завтра в двадцать три", "23:00 — вне часов приёма в этот день (13:00–15:30)"),
        ("en", "tomorrow at 9 pm", "21:00 is outside the hours that day (13:00–15:30)"),
        ("pl", "jutro o dwudziestej pierwszej", "21:00 jest poza godzinami przyjęć tego dnia"),
    ],
)
async def test_a_day_with_an_evening_hour_in_words_says_the_hours(app, lang, typed, said):
    dialogue = await at_the_days(app, lang)
    await dialogue.send(typed)
    assert said in dialogue.text


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        ("en", "can I come on Friday instead?", "visits only on these days: Tuesday 13:00–15:30."),
        (
            "uk",
            "а можна в п'ятницю? я в вівторок працюю",
            "візити лише в ці дні: вівторок 13:00–15:30.",
        ),
        ("ru", "а в другой день можно?", "визиты только в эти дни: вторник 13:00–15:30."),
        ("pl", "czy mogę przyjść w piątek?", "wizyty tylko w te dni: wtorek 13:00–15:30."),
    ],
)
async def test_a_question_about_the_day_is_answered_by_the_form_with_its_days(
    app, lang, typed, said
):
    dialogue = await at_the_days(app, lang)
    await dialogue.send(typed)
    assert said in dialogue.text
    assert "/callback" in dialogue.text  # another day: by a callback
    payloads = [b.payload for b in dialogue.buttons]
    assert "booking:day:city_hall:20261124" in payloads  # the days kept, the form goes on
    assert "booking:place:social_services" in payloads  # Thursdays there, a tap away
    assert "typed:answer" not in payloads  # no «stop filling in and answer it?»
    await dialogue.payload("booking:day:city_hall:20261124")
    assert any(
        p.startswith("booking:time:city_hall:") for p in (b.payload for b in dialogue.buttons)
    )


async def test_another_question_that_names_a_day_is_still_offered_its_answer(app):
    dialogue = await at_the_days(app, "en")
    await dialogue.send("what documents do I need on Tuesday?")  # not whether it is possible
    assert "visits only on these days" not in dialogue.text
    assert "typed:answer" in [b.payload for b in dialogue.buttons]  # «stop and answer it?»
