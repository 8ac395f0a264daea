"""A help form's «which language suits you?» (`spoken: true`) is the language of the call
(tester 38, F16): the card names it once, and its reply hint says it too, not the chat's
language beside it; a document's language leaves the chat's (test_card_language_once.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_config
from tests.support.appointments import STAFF_CHAT
from tests.support.assist import send_payload, send_translation, up_to_the_form
from tests.support.bookings import to_chat
from tests.support.services import catalogue


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    services = catalogue()
    [language] = [f for f in services["services"]["translation"]["fields"] if f["id"] == "language"]
    language.update(spoken=True, staff_label={"pl": "Język osoby", "en": "Person's language"})
    return write_config(tmp_path, **services)


async def test_the_language_to_talk_in_is_the_call_s_and_named_once(app, dialogue):
    await send_translation(dialogue)  # Ukrainian, in an English chat
    card = (await to_chat(app.core, STAFF_CHAT))[-1].text
    assert "▫️ Język osoby — ukraiński (też język rozmowy telefonicznej)" in card
    assert "Język rozmowy telefonicznej:" not in card and "angielski" not in card, card
    assert "(język tej osoby: ukraiński)" in card


async def test_two_languages_typed_are_both_kept_not_only_the_one_of_ours(app, dialogue):
    """«po gruzińsku albo rosyjsku» (tester 40, F10): Georgian is not lost for Russian."""
    dialogue.language_hint = "pl"
    await up_to_the_form(dialogue, "translation")
    await dialogue.payload("assist:pick:0:1")
    await dialogue.send("1.12")
    await dialogue.send("po gruzińsku albo rosyjsku")
    await dialogue.send("nic więcej")
    assert "▫️ Z jakiego języka? — gruziński, rosyjski" in dialogue.text  # what was understood
    await dialogue.payload(send_payload(dialogue))
    card = (await to_chat(app.core, STAFF_CHAT))[-1].text
    assert "▫️ Język osoby — gruziński, rosyjski" in card
    assert "też język rozmowy" not in card  # neither is surely the call's
