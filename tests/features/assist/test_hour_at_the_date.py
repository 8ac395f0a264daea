"""A time typed at a help form's date question («o trzech», «о 14», «at 2 pm») is an hour,
never a day of the month (not the 3rd, not 3 January): kept for the time question that comes
next, the day asked; the day then typed or tapped takes it, and the time is not asked again.
Monday 23 November 2026, 09:00 in Warsaw; the office is open 08:00–16:00 on weekdays."""

from __future__ import annotations

import pytest

from tests.support.assist import up_to_the_form
from tests.support.dialogue import Dialogue

KEPT = {
    "pl": "🕒 15:00 to godzina, zapamiętam ją. A którego dnia?",
    "uk": "🕒 14:00 — це час, я його запамʼятаю. А якого дня?",
    "ru": "🕒 15:00 — это время, я его запомню. А в какой день?",
    "en": "🕒 14:00 is a time, so I will keep it for the time question. Which day?",
}
TYPED = {"pl": "o trzech", "uk": "о чотирнадцятий", "ru": "в три", "en": "at 2 pm"}
TOMORROW = {"pl": "jutro", "uk": "завтра", "ru": "завтра", "en": "tomorrow"}
DAY = {
    "pl": "wtorek, 24 listopada 2026",
    "uk": "вівторок, 24 листопада 2026",
    "ru": "вторник, 24 ноября 2026",
    "en": "Tuesday, 24 November 2026",
}


@pytest.mark.parametrize("lang", list(KEPT))
async def test_an_hour_at_the_date_is_kept_and_taken_with_the_day_typed(app, lang):
    dialogue = Dialogue(app.core, language_hint=lang)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send(TYPED[lang])
    assert KEPT[lang] in dialogue.text
    assert "1/3" in dialogue.text  # the day asked, the hour kept
    await dialogue.send(TOMORROW[lang])
    time = KEPT[lang].split()[1]
    assert time in dialogue.text and "3/3" in dialogue.text  # the time not asked again
    await dialogue.send("Kielce")
    assert DAY[lang] in dialogue.text and f"— {time}" in dialogue.text  # the summary


async def test_an_hour_at_the_date_is_taken_with_the_day_tapped(app):
    dialogue = Dialogue(app.core, language_hint="pl")
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("o trzech")
    day = next(b for b in dialogue.buttons if b.payload.startswith("assist:pick:0:2026112"))
    await dialogue.payload(day.payload)
    assert "15:00" in dialogue.text and "3/3" in dialogue.text


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("ru", "о четырнадцатый"), ("uk", "о четырнадцатый"), ("en", "о четырнадцатый")],
)
async def test_a_russian_ordinal_hour_at_the_date_is_kept(app, lang, typed):
    """Issue 16: Russian «о четырнадцатый» (the «-ый» form, after «о») is 14:00, never the 14th,
    as Ukrainian «о чотирнадцятий» is."""
    dialogue = Dialogue(app.core, language_hint=lang)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send(typed)
    assert "🕒 14:00" in dialogue.text and "1/3" in dialogue.text  # kept, the day asked
    await dialogue.send("завтра")
    assert "3/3" in dialogue.text  # the time not asked again
