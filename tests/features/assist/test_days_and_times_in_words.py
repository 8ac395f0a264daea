"""A help form's day and time typed the way people say them (bot/core/relative.py,
bot/core/spoken.py, bot/core/ordinals.py): «вчора», «yesterday» has passed (said so, never «I
did not understand»); an hour in words («о восьмій», «в восемь», «o ósmej», «at eight», «к
девяти») is that hour. Tester report 20, item 9; the booking's side:
tests/features/booking/test_days_and_times_in_words.py.
Monday 23 November 2026, 09:00 in Warsaw; the office is open 08:00–16:00 on weekdays."""

from __future__ import annotations

import pytest

from tests.support.assist import up_to_the_form
from tests.support.dialogue import Dialogue


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("uk", "вчора", "⚠️ Ця дата вже минула."),
        ("ru", "вчера", "⚠️ Эта дата уже прошла."),
        ("en", "yesterday", "⚠️ That date has already passed."),
        ("pl", "wczoraj o 10", "⚠️ Ta data już minęła."),
    ],
)
async def test_yesterday_in_a_help_form_has_passed(app, language, typed, said):
    dialogue = Dialogue(app.core, language_hint=language)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send(typed)
    assert said in dialogue.text
    await dialogue.send("завтра")  # the date asked again: a later one is taken
    assert "2/3" in dialogue.text and said not in dialogue.text  # on to the time


@pytest.mark.parametrize(
    ("language", "typed", "time"),
    [
        ("uk", "о восьмій", "08:00"),
        ("uk", "на девʼяту", "09:00"),
        ("uk", "о дев'ятій годині", "09:00"),
        ("ru", "в восемь", "08:00"),
        ("ru", "к девяти", "09:00"),
        ("pl", "o ósmej", "08:00"),
        ("en", "at eight", "08:00"),
        ("uk", "о другій", "14:00"),
        ("ru", "в три часа дня", "15:00"),
        # Russian ordinals in «-ый» after «о», as Ukrainian «о чотирнадцятий» is (issue 16);
        # typed in Russian whatever the bot's language, as people do
        ("ru", "о четырнадцатый", "14:00"),
        ("ru", "о пятнацатый", "15:00"),  # a letter left out
        ("ru", "в четырнадцать", "14:00"),
        ("ru", "о пятнадцатой", "15:00"),
        ("uk", "о четырнадцатый", "14:00"),
        ("en", "о пятнадцатый час", "15:00"),
        ("pl", "о четырнадцатый", "14:00"),
        # minutes to the hour (tester 40, F11)
        ("ru", "без пятнадцати десять", "09:45"),
        ("uk", "за чверть десята", "09:45"),
        ("pl", "za kwadrans dziesiąta", "09:45"),
        ("en", "quarter to ten", "09:45"),
        ("ru", "без десяти двенадцать", "11:50"),
    ],
)
async def test_an_hour_in_words_in_a_help_forms_time(app, language, typed, time):
    dialogue = Dialogue(app.core, language_hint=language)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("завтра")
    await dialogue.send(typed)
    assert "3/3" in dialogue.text  # taken: where to, next
    await dialogue.send("Kielce")
    assert f"— {time}" in dialogue.text  # the summary


@pytest.mark.parametrize(
    ("language", "typed", "day"),
    [
        ("ru", "мне срочно, сегодня", "▫️ В какой день? — понедельник, 23 ноября"),
        ("uk", "мені терміново, завтра", "— вівторок, 24 листопада"),
        ("pl", "pilne, dzisiaj", "— poniedziałek, 23 listopada"),
        ("en", "it's urgent: tomorrow", "— Tuesday, 24 November"),
    ],
)
async def test_urgent_words_with_the_day_are_that_day_not_a_date_unread(app, language, typed, day):
    """«мне срочно, сегодня»: the day, as «сегодня» alone is (tester 40, F11)."""
    dialogue = Dialogue(app.core, language_hint=language)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send(typed)
    assert "2/3" in dialogue.text  # taken: the time next
    await dialogue.send("10:00")
    await dialogue.send("Kielce")
    assert day in dialogue.text  # the summary


async def test_urgent_alone_still_asks_which_day(app):
    dialogue = Dialogue(app.core, language_hint="ru")
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("мне очень срочно")
    assert "⚡ Как можно скорее: к какому дню самое позднее?" in dialogue.text
