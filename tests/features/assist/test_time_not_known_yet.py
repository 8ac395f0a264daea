"""(tester 29, item 4) At an optional time («if you already know»), «не знаю», «nie wiem»,
«don't know», «не знаю ещё», «ещё не знаю», «jeszcze nie wiem», «not sure yet» skip it, said
briefly, and the form goes on; a part of the day alone there («вранці») where the time is set
elsewhere is kept as a note for staff, not refused. A required time still asks for the hour.
The fixture clock: Monday 23 November 2026."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import build
from tests.conftest import write_config
from tests.support.assist import send_payload, up_to_the_form
from tests.support.callbacks import STAFF_CHAT, Delivery
from tests.support.dialogue import Dialogue
from tests.support.services import catalogue


def optional_time(tmp_path: Path, *, office_hours: bool) -> Path:
    """The transport form, its time optional («if you already know»)."""
    data = catalogue()
    data["services"]["transport"]["fields"][1].update(office_hours=office_hours, required=False)
    return write_config(tmp_path, **data)


@pytest.mark.parametrize(
    ("language", "typed", "said"),
    [
        ("uk", "не знаю", "👌 Гаразд, час поки не вказуємо"),
        ("pl", "nie wiem", "👌 Dobrze, na razie bez godziny"),
        ("en", "don't know", "👌 Fine, no time for now"),
        ("ru", "не знаю ещё", "👌 Хорошо, время пока не указываем"),
        ("ru", "Ещё не знаю", "👌 Хорошо, время пока не указываем"),
        ("pl", "jeszcze nie wiem", "👌 Dobrze, na razie bez godziny"),
        ("en", "Not sure yet", "👌 Fine, no time for now"),
    ],
)
@pytest.mark.parametrize("office_hours", [True, False])
async def test_not_knowing_the_time_yet_skips_it(
    tmp_path, clock, language, typed, said, office_hours
):
    app = await build(optional_time(tmp_path, office_hours=office_hours), clock=clock, search="off")
    try:
        dialogue = Dialogue(app.core, language_hint=language)
        await up_to_the_form(dialogue, "transport")
        await dialogue.send("1.12")
        await dialogue.send(typed)
        assert said in dialogue.text
        assert "3/3" in dialogue.text and "⚠️" not in dialogue.text  # the place asked next
    finally:
        await app.close()


async def test_a_part_of_the_day_at_an_optional_time_reaches_staff_as_a_note(
    tmp_path, clock, platform
):
    app = await build(optional_time(tmp_path, office_hours=False), clock=clock, search="off")
    try:
        dialogue = Dialogue(app.core, language_hint="uk")
        await up_to_the_form(dialogue, "transport")
        await dialogue.send("1.12")
        await dialogue.send("вранці")
        assert "«вранці» працівники отримають як примітку" in dialogue.text
        assert "3/3" in dialogue.text and "⚠️" not in dialogue.text
        await dialogue.send("Kielce")
        await dialogue.payload(send_payload(dialogue))
        await Delivery(app, platform, clock).run()
        [card] = platform.to(STAFF_CHAT)
        assert "Uwaga od osoby: вранці" in card.text
    finally:
        await app.close()


async def test_a_required_time_is_still_asked(app):
    dialogue = Dialogue(app.core, language_hint="uk")
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("1.12")
    await dialogue.send("не знаю")
    assert "2/3" in dialogue.text and "👌" not in dialogue.text
