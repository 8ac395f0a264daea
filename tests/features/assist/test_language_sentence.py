"""A sentence typed where a help form asks for a language, in a form with no note field (the
example network's doctor's visit: tester 35, item 8): refused, asked again, and its words kept
as the person's note for staff, never stored as the language."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_config
from tests.support.assist import send_payload, up_to_the_form
from tests.support.callbacks import STAFF_CHAT
from tests.support.services import catalogue


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    services = catalogue()
    form = services["services"]["translation"]
    form["fields"] = [f for f in form["fields"] if f["id"] != "note"]
    return write_config(tmp_path, **services)


async def test_the_sentence_is_kept_as_the_persons_note(dialogue, delivery, platform):
    dialogue.language_hint = "ru"
    await up_to_the_form(dialogue, "translation")
    await dialogue.send("Диплом")
    await dialogue.send("1.12")
    said = "кардиолог, я не говорю по-польски"
    await dialogue.send(said)
    assert "Это не название языка" in dialogue.text
    assert "сохранены как примечание" in dialogue.text
    assert "3/3 С какого языка?" in dialogue.text
    await dialogue.send("русский")
    assert "С какого языка? — русский" in dialogue.text and said in dialogue.text
    await dialogue.payload(send_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Język dokumentu — rosyjski" in card.text and said in card.text
    assert f"Język dokumentu — {said}" not in card.text
