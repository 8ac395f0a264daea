"""A day or a time typed at the list of times to move a visit to («🕒 Move» in /mybookings) is
read as the booking's day and time pickers read them: the day's free times, a free time taken,
a day or a time that is not free said so with the nearest; anything else keeps the person at
the list with a hint, never the main menu (the fresh-eyes tester's finding: «15.12» left the
move for «I have no answer to that question»)."""

from __future__ import annotations

import pytest

from tests.support.bookings import book_and_confirm
from tests.support.dialogue import Dialogue


async def at_the_move(dialogue: Dialogue) -> None:
    await book_and_confirm(dialogue)
    await dialogue.send("/mybookings")
    await dialogue.press("Move: Tue 24 Nov, 13:30")


@pytest.mark.parametrize("typed", ["1.12", "1 December", "maybe 1 December?", "może 1 grudnia?"])
async def test_a_day_typed_shows_its_free_times(app, dialogue: Dialogue, typed):
    await at_the_move(dialogue)
    await dialogue.send(typed)
    assert "Free times on Tuesday, 1 December 2026 for your visit of Tue 24 Nov, 13:30" in (
        dialogue.text
    )
    assert dialogue.button("13:00") and dialogue.button("Other days")
    await dialogue.send("13:15")  # a time of that day, typed, is asked about
    assert "Move your visit from Tuesday, 24 November 2026, 13:30 to Tuesday, 1 December" in (
        dialogue.text
    )
    await dialogue.press("Yes, move it")
    assert "Your visit has been moved" in dialogue.text


async def test_a_day_and_a_time_typed_asks_to_move_there(app, dialogue: Dialogue):
    await at_the_move(dialogue)
    await dialogue.send("wtorek 1.12 o 13:45")
    assert "to Tuesday, 1 December 2026, 13:45?" in dialogue.text


@pytest.mark.parametrize("typed", ["1.12 o 13", "wtorek 1.12 o 13"])
async def test_a_day_with_its_hour_is_no_day_of_another_year(app, dialogue: Dialogue, typed):
    """«1.12 o 13» is no 1 December 2013: the day and the hour (core/when.py)."""
    await at_the_move(dialogue)
    await dialogue.send(typed)
    assert "to Tuesday, 1 December 2026, 13:00?" in dialogue.text


async def test_a_time_not_free_on_the_day_names_the_nearest(app, dialogue: Dialogue):
    await at_the_move(dialogue)
    await dialogue.send("1.12 9:00")
    # said why, as at the booking's day step (it said only «09:00 is not free» before)
    assert (
        "Tuesday, 1 December: 09:00 is outside the hours that day (13:00–15:30). "
        "The nearest free times that day: “13:00” or “13:15”"
    ) in dialogue.text
    assert "Free times on Tuesday, 1 December 2026" in dialogue.text


async def test_a_day_without_free_times_names_the_nearest_days(app, dialogue: Dialogue):
    await at_the_move(dialogue)
    await dialogue.send("27.11")
    assert "Friday, 27 November: there are no duty hours that day." in dialogue.text  # why
    nearest = [b for b in dialogue.buttons if b.payload.startswith("booking:moveday:1:")]
    assert [b.label for b in nearest] == ["Tue 24 Nov", "Tue 1 Dec"]
    await dialogue.press("Tue 1 Dec")
    assert "Free times on Tuesday, 1 December 2026" in dialogue.text


@pytest.mark.parametrize("typed", ["hmm", "asdf"])
async def test_anything_else_keeps_the_person_at_the_move(app, dialogue: Dialogue, typed):
    await at_the_move(dialogue)
    await dialogue.send(typed)
    assert "or type a day (“15.12”) or a day and a time" in dialogue.text
    assert "choose the new time" in dialogue.text
    assert "no answer" not in dialogue.text.lower()


async def test_a_yes_typed_at_the_question_moves_the_visit(app, dialogue: Dialogue):
    await at_the_move(dialogue)
    await dialogue.send("1.12 13:45")
    await dialogue.send("tak")
    assert "Your visit has been moved (it was Tuesday, 24 November 2026, 13:30)" in dialogue.text


async def test_a_no_typed_at_the_question_keeps_the_visit(app, dialogue: Dialogue):
    await at_the_move(dialogue)
    await dialogue.send("1.12 13:45")
    await dialogue.send("no")
    assert "Your bookings" in dialogue.text or "24 November 2026, 13:30" in dialogue.text
    assert "moved" not in dialogue.text


async def at_the_move_in(dialogue: Dialogue) -> None:
    """At the move, in the person's language (the button's label is theirs)."""
    await book_and_confirm(dialogue)
    await dialogue.send("/mybookings")
    await dialogue.payload("booking:move:1")


@pytest.mark.parametrize(
    ("language", "typed", "asked"),
    [
        ("en", "tomorrow 14", "to Tuesday, 24 November 2026, 14:00?"),
        ("pl", "jutro 14", "Przenieść wizytę: wtorek, 24 listopada 2026, 13:30 → wtorek"),
        ("uk", "завтра 14", "Перенести візит: вівторок, 24 листопада 2026"),
        ("ru", "вторник 14", "Перенести визит: вторник, 24 ноября 2026"),
    ],
)
async def test_an_hour_alone_after_the_day_asks_to_move_there(app, language, typed, asked):
    dialogue = Dialogue(app.core, language_hint=language)
    await at_the_move_in(dialogue)
    await dialogue.send(typed)
    assert asked in dialogue.text
    assert "14:00?" in dialogue.text


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("pl", "do piątku", "Najbliższe wolne terminy do 27 listopada:"),
        ("uk", "якнайшвидше", "Найближчий вільний час:"),
        ("ru", "до пятницы", "Ближайшее свободное время до 27 ноября:"),
        ("en", "as soon as possible", "The earliest free times: “Tue 24 Nov, 13:00”"),
    ],
)
async def test_a_deadline_or_soon_offers_the_earliest_to_move_to(app, language, typed, said):
    dialogue = Dialogue(app.core, language_hint=language)
    await at_the_move_in(dialogue)
    await dialogue.send(typed)
    assert said in dialogue.text
    offered = [b.payload for row in dialogue.replies[0].buttons for b in row]
    assert offered[0] == "booking:moveto:1:202611241200"  # 13:00 in Warsaw, the earliest
    await dialogue.payload(offered[0])
    assert "13:00?" in dialogue.text  # «move … to …?»


NO_SUCH = {
    "uk": ("тридцятого лютого", "⚠️ Дати 30.02 не існує: лютий має лише 28 днів."),
    "ru": ("30 февраля", "⚠️ Даты 30.02 не существует: февраль длится всего 28 дней."),
    "en": ("the thirty-first of April", "⚠️ There is no 31.04: April has only 30 days."),
    "pl": ("trzydziestego lutego", "⚠️ Nie ma takiej daty jak 30.02: luty ma tylko 28 dni."),
}


@pytest.mark.parametrize("lang", list(NO_SUCH))
async def test_a_day_its_month_has_not_is_said_so_at_the_move(app, lang):
    """Issue 16: «тридцятого лютого» at the list of times to move to is said not to exist, the
    month named (bot/core/no_such_day.py), not only «tap one of the times»; the list stays."""
    person = Dialogue(app.core, user_id=f"mv-{lang}", language_hint=lang)
    await book_and_confirm(person)
    await person.send("/mybookings")
    move = next(b for b in person.buttons if b.payload.startswith("booking:move:"))
    await person.payload(move.payload)
    typed, said = NO_SUCH[lang]
    await person.send(typed)
    assert said in person.text
    assert any(b.payload.startswith("booking:moveto:") for b in person.buttons)  # still there
    await person.send("1.12")  # a real day still shows its times
    assert any(b.payload.startswith("booking:moveto:1:20261201") for b in person.buttons)
