"""A help form opened from the question that named it (tester 33, item 6): what the question
already said (the office, the day, the hour) is read by the form's own readers, said at once,
not asked, and shown on the summary to confirm; a time the chosen office is closed at is said
at once and asked. The fixture clock: Monday 23 November 2026, 09:00; ZUS: Mon 08:00–18:00,
Tue–Fri 08:00–15:00."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_config
from tests.features.assist.test_destination_hours import ZUS, with_destination
from tests.support.dialogue import Dialogue

KEYWORDS = {
    "uk": ["піти зі мною"],
    "ru": ["пойти со мной"],
    "en": ["go with me"],
    "pl": ["pójść ze mną"],
}


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    data = with_destination()
    data["services"]["accompany"]["keywords"] = KEYWORDS
    return write_config(tmp_path, **data, places__zus_office=ZUS)


async def _asked_and_opened(dialogue: Dialogue, question: str) -> None:
    await dialogue.send(question)
    await dialogue.payload("service:accompany")
    await dialogue.payload("assist:open:accompany")


async def _details(dialogue: Dialogue) -> None:
    await dialogue.payload("person:agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")


async def test_the_office_day_and_hour_said_are_not_asked_again(dialogue):
    await _asked_and_opened(dialogue, "can you go with me to ZUS on friday at 10?")
    assert "Filled in from your question" in dialogue.text
    assert "Which office? — ZUS" in dialogue.text and "Friday, 27 November" in dialogue.text
    assert "At what time? — 10:00" in dialogue.text
    await _details(dialogue)
    assert "Please check your request" in dialogue.text  # nothing left to ask
    assert "Which office?" not in dialogue.text.split("Please check")[0]
    assert "ZUS" in dialogue.text and "10:00" in dialogue.text


@pytest.mark.parametrize(
    ("lang", "question", "closed"),
    [
        ("uk", "можете піти зі мною в ZUS завтра о 16?", "Відділення ZUS працює 08:00–15:00"),
        ("ru", "можете пойти со мной в ZUS завтра в 16?", "Отделение ZUS работает 08:00–15:00"),
        ("en", "can you go with me to ZUS tomorrow at 4pm?", "The ZUS office is open 08:00–15:00"),
        ("pl", "czy możecie pójść ze mną do ZUS jutro o 16?", "08:00–15:00"),
    ],
)
async def test_an_hour_the_office_is_closed_at_is_said_at_once_and_asked(
    dialogue, lang, question, closed
):
    dialogue.language_hint = lang
    await _asked_and_opened(dialogue, question)
    assert "ZUS" in dialogue.text and "24" in dialogue.text  # the office and Tuesday taken
    assert closed in dialogue.text  # said before the name is even asked
    await _details(dialogue)
    assert "1/1" in dialogue.text  # only the time is asked, why the hour said is not taken too
    assert closed in dialogue.text.split("1/1")[0]
    await dialogue.send("14:00")
    assert "14:00" in dialogue.text and "ZUS" in dialogue.text


async def test_a_form_opened_without_such_a_question_asks_everything(dialogue):
    await dialogue.send("what is pesel?")  # a question naming no such help
    await dialogue.payload("assist:open:accompany")
    assert "Filled in" not in dialogue.text
    await _details(dialogue)
    assert "1/3 Which office?" in dialogue.text


async def test_a_time_with_no_day_takes_the_first_day_it_can_be_arranged(app, clock):
    # README «Known gaps», Forms: the pre-fill needed a day with the time («after 15» was the 15th)
    today = Dialogue(app.core, user_id="en-today")
    await _asked_and_opened(today, "can you go with me to ZUS after 15?")
    assert "Which day? — Monday, 23 November" in today.text  # ZUS and the office open then
    assert "At what time? — in the afternoon (15:00–16:00)" in today.text
    assert "15 December" not in today.text
    await _details(today)
    assert "Please check your request" in today.text and "(15:00–16:00)" in today.text
    clock.advance(hours=7)  # Monday 16:00: too late today
    later = Dialogue(app.core, user_id="uk-later", language_hint="uk")
    await _asked_and_opened(later, "можете піти зі мною в ZUS о 10?")
    assert "вівторок, 24 листопада" in later.text.lower() and "10:00" in later.text
