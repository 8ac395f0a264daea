"""Forged buttons and commands with numbers that are not ours (Unicode digits, huge numbers):
every payload family the features register gets an answer, never the apology for an error and
never an ERROR in the log."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

import pytest

from bot.app import build
from bot.core.flows import Flow
from bot.core.registry import Registry
from tests.support.assist import up_to_the_form
from tests.support.callbacks import StaffMember, request_callback
from tests.support.dialogue import Dialogue
from tests.support.services import write_services_config

NINES = "9" * 30
FORGED = ("²", "٣", NINES, "0:²", "²:5", "1:٣", f"0:{NINES}")
APOLOGY = ("went wrong", "poszło nie tak")


@pytest.fixture
async def app(tmp_path: Path, clock):  # type: ignore[no-untyped-def]
    application = await build(write_services_config(tmp_path), clock=clock, search="off")
    yield application
    await application.close()


def families(registry: Registry) -> tuple[list[str], list[str]]:
    """Every `<word>:<action>` a person's and a staff member's buttons start with."""
    person = []
    for word, target in registry.buttons.items():
        if isinstance(target, Flow):
            steps = {action for step in target.steps.values() for action in step.buttons}
            person += [f"{word}:{action}" for action in sorted(set(target.buttons) | steps)]
        elif isinstance(target, Mapping):
            person += [f"{word}:{action}" for action in target]
        else:
            person.append(word)
    staff = [f"{word}:{action}" for word, acts in registry.staff_buttons.items() for action in acts]
    return person, staff


async def forge(who: Dialogue | StaffMember, prefixes: list[str], caplog) -> list[str]:  # type: ignore[no-untyped-def]
    failed = []
    for prefix in prefixes:
        for forged in FORGED:
            caplog.clear()
            replies = await who.payload(f"{prefix}:{forged}")
            errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
            if errors or not replies or any(a in who.text for a in APOLOGY):
                failed.append(f"{prefix}:{forged}")
    return failed


async def test_every_button_and_command_with_unicode_digits_or_huge_numbers_gets_an_answer(
    app, caplog
):
    person, staff = families(app.core.registry)
    assert len(person) > 60 and len(staff) > 20  # every feature's, found in the registry
    olena, ivan = Dialogue(app.core, user_id="31"), Dialogue(app.core, user_id="32")
    await request_callback(olena)  # an open request: a note to it, rating, stop...
    await up_to_the_form(ivan, "translation")  # at a help form's choice
    anna = StaffMember(app.core, "501", "Anna Nowak")
    with caplog.at_level(logging.WARNING):
        failed = await forge(olena, person, caplog)
        failed += await forge(ivan, person, caplog)
        failed += await forge(anna, staff, caplog)
        registry = app.core.registry
        for command in [*registry.staff_commands, *registry.commands]:
            for forged in FORGED:  # /request ², /unanswered 999…, /start ²
                caplog.clear()
                if command in registry.staff_commands:
                    replies = await anna.command(f"/{command} {forged}")
                else:
                    replies = await olena.send(f"/{command} {forged}")
                if [r for r in caplog.records if r.levelno >= logging.ERROR] or not replies:
                    failed.append(f"/{command} {forged}")
    assert failed == []


async def test_the_forged_buttons_found_by_the_audit_say_they_expired(app, caplog):
    olena = Dialogue(app.core, user_id="31")
    await request_callback(olena)
    ivan = Dialogue(app.core, user_id="32")
    await up_to_the_form(ivan, "translation")
    assert "1/4 Which document?" in ivan.text
    with caplog.at_level(logging.WARNING):
        for payload in ("callback:note:²", f"callback:note:{NINES}", "topic:pesel:²"):
            await olena.payload(payload)
            assert "no longer active" in olena.text or "PESEL" in olena.text, payload
        for payload in ("assist:pick:0:²", "assist:pick:0:٣", f"assist:pick:0:{NINES}"):
            await ivan.payload(payload)
            assert "no longer active" in ivan.text, payload
        await ivan.payload("assist:fix:²")
        assert "Diploma" not in ivan.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
