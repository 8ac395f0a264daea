"""Tester 24, item 5: a day and a time typed at «when should we call you?» («call me on
wednesday after 5pm please», «у вівторок о 10») are the day of the summary and of the message
after sending, not «Expect a call tomorrow»; a time outside the office's hours that day is said.
The fixture office: Mon-Fri 08:00-16:00, Wednesday until 18:00; the clock: Monday, 23 November
2026, 09:00."""

from __future__ import annotations

import pytest

from tests.support.callbacks import at_the_name_step, confirm_payload


@pytest.mark.parametrize(
    ("lang", "typed", "when", "expect"),
    [
        (
            "en",
            "call me on wednesday after 5pm please",
            "🕒 When: Wednesday, 25 November, in the afternoon (after 12:00)",
            "Expect a call on Wednesday, 25 November, from about 17:00.",
        ),
        (
            "uk",
            "у вівторок о 10",
            "🕒 Коли: вівторок, 24 листопада, зранку (до 12:00)",
            "Очікуйте дзвінка: вівторок, 24 листопада, приблизно з 10:00.",
        ),
        (
            "ru",
            "в четверг после 17",
            "🕒 Когда: четверг, 26 ноября, днём (после 12:00)",
            "Ожидайте звонка: четверг, 26 ноября, в часы работы пункта (08:00–16:00): "
            "в 17:00 сотрудники позвонить не смогут.",
        ),
        (
            "pl",
            "w piątek o 9",
            "🕒 Kiedy: piątek, 27 listopada, przed południem (do 12:00)",
            "Spodziewaj się telefonu: piątek, 27 listopada, mniej więcej od 09:00.",
        ),
    ],
)
async def test_a_day_and_a_time_are_the_day_the_person_is_told(dialogue, lang, typed, when, expect):
    await at_the_name_step(dialogue, lang)
    await dialogue.send("Olena")
    await dialogue.send("600 123 456")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload(f"callback:language:{lang}")
    await dialogue.send(typed)
    assert when in dialogue.text
    await dialogue.payload(confirm_payload(dialogue))
    assert expect in dialogue.text
    assert "24 листопада" in dialogue.text or lang != "uk"  # not «завтра»
