"""«Is it free?» typed in a help request's form is answered from the service's description
where it speaks of a price, and the same question is asked again; where the description says
nothing of one, that staff tell it when they call back, and the question again (no offer to
leave the form)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_config
from tests.support.assist import up_to_the_form
from tests.support.dialogue import Dialogue
from tests.support.services import catalogue

FREE = "We translate a document for an office, free of charge."


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    data = catalogue()
    data["services"]["translation"]["description"]["en"] = FREE
    return write_config(tmp_path, **data)


async def test_is_it_free_is_answered_where_the_description_says(dialogue: Dialogue):
    await up_to_the_form(dialogue, "translation")
    assert "Which document?" in dialogue.text
    await dialogue.send("is it free?")
    assert FREE in dialogue.text and "Which document?" in dialogue.text
    assert "looks like a question" not in dialogue.text


async def test_where_it_does_not_say_staff_tell_it_on_their_call(dialogue: Dialogue):
    dialogue.language_hint = "pl"  # «Pomożemy przetłumaczyć dokument dla urzędu.»: no price
    await up_to_the_form(dialogue, "translation")
    await dialogue.send("czy to jest darmowe?")
    assert "zapytaj pracownika, gdy do Ciebie zadzwoni" in dialogue.text
    assert "Jaki dokument?" in dialogue.text and "To wygląda na pytanie" not in dialogue.text
