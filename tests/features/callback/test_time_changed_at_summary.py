"""The time of the call changed at the summary (tester 33, item 3): the new answer's words
replace the note the old answer left, for the person and on the staff card; what was written
with the phone number stays. The clock: Monday, 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from tests.support.callbacks import STAFF_CHAT, confirm_payload, to_the_window


async def test_a_new_time_replaces_the_old_times_note_and_keeps_the_phones(
    dialogue, delivery, platform
):
    dialogue.language_hint = "en"
    await to_the_window(
        dialogue, phone="601 234 567, my wife answers", description=None, language="en"
    )
    await dialogue.send("today after 3pm")
    assert "Note for the staff: my wife answers · today after 3pm" in dialogue.text
    await dialogue.payload("callback:fix")
    await dialogue.payload("callback:fix:window")
    await dialogue.send("today at 15:30")
    assert "Note for the staff: my wife answers · today at 15:30" in dialogue.text
    assert "after 3pm" not in dialogue.text
    await dialogue.send("tomorrow at 10")  # typed at the summary itself: replaced too
    assert "Note for the staff: my wife answers · tomorrow at 10" in dialogue.text
    assert "15:30" not in dialogue.text
    await dialogue.payload("callback:fix")
    await dialogue.payload("callback:fix:window")
    await dialogue.payload("callback:window:am")  # the button: no time's note is left
    assert "in the morning (before 12:00)" in dialogue.text
    assert "Note for the staff: my wife answers" in dialogue.text
    assert "tomorrow at 10" not in dialogue.text
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Uwaga od osoby: my wife answers" in card.text
    assert "tomorrow" not in card.text and "after 3pm" not in card.text


async def test_a_constraint_then_a_time_at_the_same_question_are_both_kept(dialogue):
    """«в будни вечером» keeps the buttons asked: the time typed next adds to it."""
    dialogue.language_hint = "ru"
    await to_the_window(dialogue, description=None, language="ru")
    await dialogue.send("в будни вечером")
    await dialogue.send("после 15")
    assert "в будни вечером · после 15" in dialogue.text


NUMBER_AT_THE_SUMMARY = {  # the day «5» would be (the clock: 23 November), as it is to be typed
    "uk": ("Кнопки 5 тут немає", "«5 грудня»", "5 грудня", "субота, 5 грудня", "якнайшвидше"),
    "ru": (
        "Кнопки 5 здесь нет",
        "«5 декабря»",
        "5 декабря",
        "суббота, 5 декабря",
        "как можно скорее",
    ),
    "en": (
        "no button 5 here",
        "“5 December”",
        "5 December",
        "saturday, 5 december",
        "as soon as possible",
    ),
    "pl": (
        "Nie ma tu przycisku 5",
        "„5 grudnia”",
        "5 grudnia",
        "sobota, 5 grudnia",
        "jak najszybciej",
    ),
}


@pytest.mark.parametrize("lang", sorted(NUMBER_AT_THE_SUMMARY))
async def test_a_bare_number_at_the_summary_is_no_day(dialogue, lang):
    """Tester 33, item 4: «5» at the summary is said to be no button, the day it would be named
    with its month; nothing changes until the day is typed so."""
    no_button, hint, typed, day, asap = NUMBER_AT_THE_SUMMARY[lang]
    dialogue.language_hint = lang
    await to_the_window(dialogue, description=None, language=lang)
    await dialogue.payload("callback:window:asap")
    await dialogue.send("5")
    assert no_button in dialogue.text and hint in dialogue.text
    assert asap in dialogue.text.lower() and day not in dialogue.text.lower()
    await dialogue.send("40")
    assert "40" in dialogue.text and asap in dialogue.text.lower()
    await dialogue.send(typed)  # the day with its month: the day of the call
    assert day in dialogue.text.lower()


SUNDAY = {  # typed, said, the summary's «When» (the clock: Monday 23 November; Sunday closed)
    "uk": ("в неділю", "У запиті тепер наступний робочий день: понеділок, 30 листопада.",
           "Коли: понеділок, 30 листопада"),
    "ru": ("в воскресенье", "В заявке теперь следующий рабочий день: понедельник, 30 ноября.",
           "Когда: понедельник, 30 ноября"),
    "en": ("on sunday", "Your request now has the next working day: Monday, 30 November.",
           "When: Monday, 30 November"),
    "pl": ("w niedzielę", "W zgłoszeniu jest teraz najbliższy dzień pracy: poniedziałek, "
           "30 listopada.", "Kiedy: poniedziałek, 30 listopada"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(SUNDAY))
async def test_a_closed_day_asked_for_is_the_next_working_day_said(
    dialogue, delivery, platform, lang
):
    """Tester 33, item 8: «в неділю» (closed) was «as soon as possible» unasked; now the next
    day the office works is the request's day, said so, the words kept as the note."""
    typed, said, when = SUNDAY[lang]
    dialogue.language_hint = lang
    await to_the_window(dialogue, description=None, language=lang)
    await dialogue.send(typed)
    assert said in dialogue.text and when in dialogue.text and typed in dialogue.text
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "poniedziałek, 30 listopada" in card.text and typed in card.text
