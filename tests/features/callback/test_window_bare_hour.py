"""A bare number typed at «When to call?» (README «Known gaps», Forms: «14» was read as the 14th
of the month, «the day you asked for»): the step asks a time, so it is an hour; where both
readings or neither are within the office's hours, the person is asked which. The fixture
office: Mon-Fri 08:00-16:00, Wednesday until 18:00, Saturday 10:00-14:00; the clock: Monday,
23 November 2026, 09:00."""

from __future__ import annotations

from tests.features.callback.test_window_typed import _at_the_window
from tests.support.callbacks import STAFF_CHAT, confirm_payload
from tests.support.dialogue import Dialogue


async def test_14_is_two_in_the_afternoon_not_the_14th(dialogue, delivery, platform):
    await _at_the_window(dialogue, "en", "Olena")
    await dialogue.send("14")
    assert "Taken as “Afternoon (after 12:00)”" in dialogue.text
    assert "Staff will see your words: “14:00”" in dialogue.text
    assert "14 December" not in dialogue.text and "day you asked for" not in dialogue.text
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "14:00" in card.text and "grudnia" not in card.text


async def test_the_hour_the_office_works_at_is_taken(app):
    morning = Dialogue(app.core, user_id="uk1", language_hint="uk")
    await _at_the_window(morning, "uk", "Оля")
    await morning.send("9")  # 09:00, not 21:00
    assert "Записано: «Зранку (до 12:00)»" in morning.text and "«9:00»" in morning.text
    afternoon = Dialogue(app.core, user_id="pl1", language_hint="pl")
    await _at_the_window(afternoon, "pl", "Anna")
    await afternoon.send("3")  # 15:00, not 03:00
    assert "Po południu (po 12:00)" in afternoon.text and "„15:00”" in afternoon.text


async def test_neither_or_no_hour_at_all_is_asked(app):
    person = Dialogue(app.core, user_id="ru1", language_hint="ru")
    await _at_the_window(person, "ru", "Оля")
    await person.send("6")  # 06:00 or 18:00: the office works at neither
    assert "«6» — это 06:00 или 18:00?" in person.text
    assert any(b.payload.startswith("callback:window:") for b in person.buttons)
    await person.send("18:00")
    assert "«18:00»" in person.text and "Всё верно?" in person.text
    english = Dialogue(app.core, user_id="en2")
    await _at_the_window(english, "en", "Olena")
    await english.send("25")
    assert "“25” is not a time of day" in english.text
    assert any(b.payload == "callback:window:pm" for b in english.buttons)
