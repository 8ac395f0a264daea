"""A question typed where a help form asks a short text (a place, the children's ages) is
offered an answer, not kept as the answer («Де зробити песель?» as the place of a visit); a
description (the field `note`) may be a question, and a place is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_config
from tests.support.assist import up_to_the_form
from tests.support.services import catalogue


def with_a_place() -> dict:  # type: ignore[type-arg]
    data = catalogue()
    transport = data["services"]["transport"]
    place = {
        "id": "place",
        "type": "text",
        "label": {"uk": "Де прийом?", "ru": "Где приём?", "en": "Where is it?", "pl": "Gdzie?"},
    }
    data["services"]["escort"] = dict(transport, fields=[place])
    return data


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return write_config(tmp_path, **with_a_place())


async def test_a_question_at_a_place_is_offered_an_answer_not_kept(dialogue):
    await up_to_the_form(dialogue, "escort")
    assert "Where is it?" in dialogue.text
    await dialogue.send("Where do I get a PESEL for my child?")
    assert "looks like a question" in dialogue.text
    await dialogue.press("Back to the form")
    assert "Where is it?" in dialogue.text  # asked again: nothing was kept
    await dialogue.send("Szpital Wojewódzki, ul. Katowicka 64")
    assert "Please check your request" in dialogue.text
    assert "Szpital Wojewódzki, ul. Katowicka 64" in dialogue.text
