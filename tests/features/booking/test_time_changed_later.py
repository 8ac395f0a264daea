"""A stressed person changes their mind about the time after choosing it: a day with its time
typed at «What is your visit about?» or at the summary («в четвер пів на одинадцяту», «wtorek
o 14:30») moves the visit there (or shows that day's times), never becomes the visit's topic.
The fixture: on Monday 23 November, City Hall's free times are on Tuesdays, 13:00–15:15."""

from __future__ import annotations

import pytest

from tests.support.bookings import TUE_1330, book, confirm_button
from tests.support.dialogue import Dialogue

AT_THE_TOPIC = {
    "en": ("tomorrow at 2 pm", "✅ Tuesday, 24 November, 14:00: this time is free."),
    "uk": ("завтра о другій дня", "✅ Вівторок, 24 листопада, 14:00: цей час вільний."),
    "ru": ("завтра в два часа дня", "✅ Вторник, 24 ноября, 14:00: это время свободно."),
    "pl": ("jutro o drugiej po południu", "✅ Wtorek, 24 listopada, 14:00: ta godzina jest wolna."),
}
AT_THE_SUMMARY = {
    "en": "tuesday at half past two",
    "uk": "у вівторок о пів на третю",
    "ru": "во вторник в половине третьего",
    "pl": "wtorek o 14:30",
}


@pytest.mark.parametrize("lang", sorted(AT_THE_TOPIC))
async def test_a_day_and_time_typed_at_the_topic_moves_the_visit(app, lang):
    typed, said = AT_THE_TOPIC[lang]
    dialogue = Dialogue(app.core, language_hint=lang)
    await dialogue.send("/book")
    await dialogue.payload(TUE_1330)
    await dialogue.send(typed)
    assert said in dialogue.text
    assert any(b.payload.startswith("booking:topic:") for b in dialogue.buttons)
    await dialogue.payload("booking:topic:pesel")
    await dialogue.payload("person:agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    assert "14:00" in dialogue.text and "13:30" not in dialogue.text  # the summary
    assert typed not in dialogue.text  # not the visit's topic


@pytest.mark.parametrize("lang", sorted(AT_THE_SUMMARY))
async def test_a_day_and_time_typed_at_the_summary_moves_the_visit(app, lang):
    dialogue = Dialogue(app.core, language_hint=lang)
    await dialogue.send("/book")
    await book(dialogue)
    assert "13:30" in dialogue.text
    await dialogue.send(AT_THE_SUMMARY[lang])
    assert "14:30" in dialogue.text and "13:30" not in dialogue.text
    assert confirm_button(dialogue)  # the summary again, with the new time
