"""The office's phone as people read it in /contact: a «tel.» the deployer wrote before the
number in config.yaml is not repeated after the bot's own «phone» label."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.markup import to_plain
from tests.conftest import write_config


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return write_config(tmp_path, organisation__phone="tel. 41 000 00 00 wew. 12")


@pytest.mark.parametrize("lang", ["uk", "ru", "en", "pl"])
async def test_contact_shows_the_number_without_the_label_written_before_it(dialogue, lang):
    dialogue.language_hint = lang
    await dialogue.send("/contact")
    text = to_plain(dialogue.text)
    assert "41 000 00 00 wew. 12" in text, text
    assert "tel. 41" not in text, text
