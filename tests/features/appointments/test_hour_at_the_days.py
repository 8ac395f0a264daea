"""A time typed at a specialist's days («o trzech», «о 14», «at 10», «в десять») is an hour,
never a day of the month: the day is asked, the hour kept; the day then tapped takes that time
when it is free then (on to the name), else shows its times. The fixture's career counsellor
sees people on Thursdays, 09:00–11:00, visits of 30 minutes; it is Monday 23 November."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue

KEPT = {
    "pl": ("o dziesiątej", "🕒 10:00: wybierz dzień poniżej; jeśli tego dnia godzina 10:00"),
    "uk": ("о десятій", "🕒 10:00: оберіть день нижче; якщо того дня час 10:00 вільний"),
    "ru": ("в десять", "🕒 10:00: выберите день ниже; если в этот день время 10:00 свободно"),
    "en": ("at 10", "🕒 10:00: choose the day below; if 10:00 is free that day, I will take"),
}
THURSDAY = "appt:day:career:20261126"


@pytest.mark.parametrize("lang", list(KEPT))
async def test_an_hour_at_the_days_is_taken_on_the_day_tapped(app, lang):
    typed, said = KEPT[lang]
    dialogue = Dialogue(app.core, language_hint=lang)
    await dialogue.payload("appt:open:career")
    await dialogue.send(typed)
    assert said in dialogue.text
    assert THURSDAY in [b.payload for b in dialogue.buttons]
    await dialogue.payload(THURSDAY)
    assert any(b.payload == "person:agree" for b in dialogue.buttons)  # the time taken


async def test_an_hour_not_free_that_day_shows_its_times(app):
    dialogue = Dialogue(app.core, language_hint="pl")
    await dialogue.payload("appt:open:career")
    await dialogue.send("o trzech")  # 15:00: the counsellor sees people until 11:00
    assert "🕒 15:00: wybierz dzień poniżej" in dialogue.text
    await dialogue.payload(THURSDAY)
    assert not any(b.payload == "person:agree" for b in dialogue.buttons)
    assert any(b.payload.startswith("appt:time:career:") for b in dialogue.buttons)
