"""Tester 24, item 6: an office typed at «Which office?» after a preposition («в зус», «to the
tax office», «do zusu»), or in Cyrillic («зус»), is its button, not «Other» offered (nor, for
«do zusu», a question to leave the form for)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_config
from tests.support.assist import up_to_the_form
from tests.support.dialogue import Dialogue
from tests.support.services import catalogue

OFFICE = {
    "id": "office",
    "type": "choice",
    "label": {"uk": "До якої установи?", "ru": "В какое учреждение?", "en": "Which office?",
              "pl": "Do którego urzędu?"},
    "options": {
        "city_hall": {"uk": "Міська управа (Urząd Miejski)", "ru": "Городская управа (Urząd "
                      "Miejski)", "en": "City hall (Urząd Miejski)", "pl": "Urząd Miejski"},
        "zus": {"uk": "ZUS", "ru": "ZUS", "en": "ZUS", "pl": "ZUS"},
        "tax": {"uk": "Податкова (Urząd Skarbowy)", "ru": "Налоговая (Urząd Skarbowy)",
                "en": "Tax office (Urząd Skarbowy)", "pl": "Urząd Skarbowy"},
        "other": {"uk": "Інша", "ru": "Другое", "en": "Other", "pl": "Inny"},
    },
}  # fmt: skip


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    data = catalogue()
    transport = data["services"]["transport"]
    day, time = transport["fields"][0], dict(transport["fields"][1], office_hours=False)
    data["services"]["accompany"] = dict(transport, fields=[OFFICE, day, time])
    return write_config(tmp_path, **data)


@pytest.mark.parametrize(
    ("lang", "typed", "chosen"),
    [
        ("ru", "в зус", "В какое учреждение? — ZUS"),
        ("ru", "зус", "В какое учреждение? — ZUS"),
        ("ru", "в налоговую", "В какое учреждение? — Налоговая (Urząd Skarbowy)"),
        ("uk", "до податкової", "До якої установи? — Податкова (Urząd Skarbowy)"),
        ("en", "to the tax office", "Which office? — Tax office (Urząd Skarbowy)"),
        ("pl", "do zusu", "Do którego urzędu? — ZUS"),
    ],
)
async def test_an_office_typed_with_a_preposition_or_in_cyrillic_is_its_button(
    dialogue: Dialogue, lang, typed, chosen
):
    dialogue.language_hint = lang
    await up_to_the_form(dialogue, "accompany")
    await dialogue.send(typed)
    assert "2/3" in dialogue.text  # on to the day: no «Other» offered, no question
    assert not any(b.payload.endswith(":typed") for b in dialogue.buttons)
    await dialogue.send("27.11")
    await dialogue.send("10:00")
    assert chosen in dialogue.text  # the summary


async def test_an_office_not_shown_is_still_offered_as_other(dialogue: Dialogue):
    dialogue.language_hint = "en"
    await up_to_the_form(dialogue, "accompany")
    await dialogue.send("to the court")
    assert any(b.payload.endswith(":typed") for b in dialogue.buttons)  # «Yes, save “…”»
