"""Days and times typed the way people say them, read alike at every step that asks a day or a
time (bot/core/when.py `at`, bot/core/spoken.py, bot/core/ordinals.py, bot/core/relative.py):
a day that has passed is said to have passed, with the nearest free days (never «no free
time», nor «I did not understand»: «вчора», «yesterday»); a number with a part of the day
after it is a time («о 2 дня», «at 2 pm»), never the 2nd of a month; a half hour in words
(«о пів на третю») and an hour in words («о восьмій», «в восемь», «o ósmej», «at eight») are
read at a booking's times as in a help form. Tester report 20, item 9.
The same in a help form: tests/features/assist/test_days_and_times_in_words.py.
The fixture: Monday 23 November 2026; City Hall's free times are on Tuesdays, 13:00–15:15 every
15 minutes."""

from __future__ import annotations

import pytest

from tests.support.bookings import book_and_confirm
from tests.support.dialogue import Dialogue


async def at_the_days(dialogue: Dialogue) -> None:
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    days = [b.payload for b in dialogue.buttons][:2]
    assert days == ["booking:day:city_hall:20261124", "booking:day:city_hall:20261201"]


async def at_the_times(dialogue: Dialogue) -> None:
    await at_the_days(dialogue)
    await dialogue.payload("booking:day:city_hall:20261124")
    assert any(b.label == "14:30" for b in dialogue.buttons)


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        (
            "en",
            "20.11.2026",
            "⚠️ Friday, 20 November: that date has already passed. The nearest days with free"
            " times: “Tue 24 Nov” or “Tue 1 Dec”. Tap one, or choose another day below.",
        ),
        ("en", "yesterday", "⚠️ Sunday, 22 November: that date has already passed."),
        ("uk", "вчора", "⚠️ Неділя, 22 листопада: ця дата вже минула. Найближчі дні"),
        ("ru", "вчера", "⚠️ Воскресенье, 22 ноября: эта дата уже прошла. Ближайшие дни"),
        ("pl", "wczoraj", "⚠️ Niedziela, 22 listopada: ta data już minęła. Najbliższe dni"),
        ("uk", "позавчора", "⚠️ Субота, 21 листопада: ця дата вже минула."),
        ("uk", "20 листопада", "⚠️ Пʼятниця, 20 листопада: ця дата вже минула."),
        ("en", "yesterday at 14:00", "⚠️ Sunday, 22 November: that date has already passed."),
        ("pl", "20.11 o 14", "⚠️ Piątek, 20 listopada: ta data już minęła."),
    ],
)
async def test_a_day_that_has_passed_at_the_days_is_said_to_have_passed(app, language, typed, said):
    dialogue = Dialogue(app.core, language_hint=language)
    await at_the_days(dialogue)
    await dialogue.send(typed)
    assert said in dialogue.text
    assert "free time" not in dialogue.text.split(said)[0]  # no «no free time» before it
    assert not dialogue.replies[0].buttons  # the days below, once (tester 35, item 20)
    days = [b.payload for b in dialogue.buttons if b.payload.startswith("booking:day:")]
    assert days[:2] == ["booking:day:city_hall:20261124", "booking:day:city_hall:20261201"]
    assert len(days) == len(set(days))
    await dialogue.payload("booking:day:city_hall:20261124")  # the nearest: on to its times
    assert any(b.label == "14:30" for b in dialogue.buttons)


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("uk", "о 2 дня"),
        ("uk", "о 2 годині дня"),
        ("ru", "в 2 часа дня"),
        ("pl", "o 2 po południu"),
        ("en", "at 2 pm"),
        ("en", "at 2 in the afternoon"),
    ],
)
async def test_a_number_with_a_part_of_the_day_is_a_time_never_a_day(app, language, typed):
    dialogue = Dialogue(app.core, language_hint=language)
    await at_the_days(dialogue)
    await dialogue.send(typed)  # at the days: the days it is free on, no 2nd of a month
    assert dialogue.text.startswith("🕒 ") and "14:00" in dialogue.text.splitlines()[0]
    assert "2 December" not in dialogue.text and "грудня" not in dialogue.text
    assert any(b.payload == "booking:day:city_hall:20261124" for b in dialogue.buttons)
    await dialogue.payload("booking:day:city_hall:20261124")
    await dialogue.send(typed)  # at that day's times: that time
    assert "14:00" in dialogue.text and "24" in dialogue.text
    assert any(b.payload.startswith("booking:topic:") for b in dialogue.buttons)


async def test_a_time_at_the_days_offers_the_days_it_is_free_on_in_each_language(app):
    said = {
        "en": "🕒 14:00 is free on these days.",
        "uk": "🕒 14:00 вільно в ці дні.",
        "ru": "🕒 14:00 свободно в эти дни.",
        "pl": "🕒 Godzina 14:00 jest wolna w te dni.",
    }
    for language, text in said.items():
        dialogue = Dialogue(app.core, user_id=f"day-first-{language}", language_hint=language)
        await at_the_days(dialogue)
        await dialogue.send("o 2 po południu")
        assert text in dialogue.text


@pytest.mark.parametrize(
    ("language", "typed", "time"),
    [
        ("uk", "о пів на третю", "14:30"),  # the help form's reader: the same at the booking
        ("ru", "в половине третьего", "14:30"),
        ("pl", "wpół do trzeciej", "14:30"),
        ("en", "half past two", "14:30"),
        ("uk", "о другій", "14:00"),  # an hour in words, in the afternoon from 1 to 6
        ("uk", "о чотирнадцятій", "14:00"),
        ("ru", "в два часа дня", "14:00"),
        ("ru", "в три", "15:00"),
        ("pl", "o drugiej", "14:00"),
        ("pl", "na piętnastą", "15:00"),
        ("en", "at two", "14:00"),
        ("en", "three o'clock", "15:00"),
    ],
)
async def test_a_time_said_in_words_at_a_days_times_is_taken(app, language, typed, time):
    dialogue = Dialogue(app.core, language_hint=language)
    await at_the_times(dialogue)
    await dialogue.send(typed)
    assert time in dialogue.text and "24" in dialogue.text
    assert any(b.payload.startswith("booking:topic:") for b in dialogue.buttons)
    await dialogue.payload("booking:topic:pesel")
    await dialogue.payload("person:agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    assert time in dialogue.text  # the summary: that time


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("uk", "завтра о восьмій", "Вівторок, 24 листопада: 08:00 — поза годинами прийому"),
        ("uk", "завтра на восьму", "Вівторок, 24 листопада: 08:00 — поза годинами прийому"),
        ("ru", "завтра в восемь", "Вторник, 24 ноября: 08:00"),
        ("ru", "завтра к восьми", "Вторник, 24 ноября: 08:00"),
        ("pl", "jutro o ósmej", "Wtorek, 24 listopada: godzina 08:00 jest poza godzinami"),
        ("en", "tomorrow at eight", "Tuesday, 24 November: 08:00 is outside the hours"),
        ("uk", "завтра о восьмій вечора", "Вівторок, 24 листопада: 20:00 — поза годинами"),
        ("uk", "завтра о пʼятнадцятій", "✅ Вівторок, 24 листопада, 15:00: цей час вільний."),
        ("ru", "завтра о пятнадцатой", "✅ Вторник, 24 ноября, 15:00: это время свободно."),
    ],
)
async def test_an_hour_in_words_with_its_day_is_that_days_hour(app, language, typed, said):
    dialogue = Dialogue(app.core, language_hint=language)
    await at_the_days(dialogue)
    await dialogue.send(typed)
    assert said in dialogue.text


@pytest.mark.parametrize(
    ("language", "typed"),
    [("uk", "о восьмій"), ("uk", "восьми"), ("ru", "в восемь"), ("pl", "o ósmej")],
)
async def test_an_hour_in_words_alone_at_the_days_is_no_day_of_the_month(app, language, typed):
    dialogue = Dialogue(app.core, language_hint=language)
    await at_the_days(dialogue)
    await dialogue.send(typed)
    assert dialogue.text.startswith("🕒 08:00: ")  # not «8 December»


async def at_the_move(dialogue: Dialogue) -> None:
    await book_and_confirm(dialogue)
    await dialogue.send("/mybookings")
    await dialogue.press("Move: Tue 24 Nov, 13:30")


async def test_a_day_that_has_passed_at_the_move_is_said_to_have_passed(app, dialogue):
    await at_the_move(dialogue)
    await dialogue.send("yesterday")
    assert "⚠️ Sunday, 22 November: that date has already passed." in dialogue.text


@pytest.mark.parametrize(
    ("typed", "time"),
    [("1.12 о другій", "14:00"), ("1.12 o wpół do trzeciej", "14:30"), ("1.12 at two", "14:00")],
)
async def test_an_hour_in_words_at_the_move_is_that_hour(app, dialogue, typed, time):
    await at_the_move(dialogue)
    await dialogue.send(typed)
    assert f"to Tuesday, 1 December 2026, {time}?" in dialogue.text
