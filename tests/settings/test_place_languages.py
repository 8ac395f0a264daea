"""A place's address and desk, as one text or one per language: a person reads the note in
their own language (no Polish «adres na …» in a Ukrainian message); a text per language without
Polish is refused by file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.cli import main
from tests.support.courses import course_app
from tests.support.dialogue import Dialogue
from tests.support.services import write_services_config
from tests.support.yamlfiles import read_yaml

ADDRESS = {
    "pl": "Starachowice (adres na cus.starachowice.pl)",
    "uk": "Стараховіце (адреса на cus.starachowice.pl)",
    "en": "Starachowice (address at cus.starachowice.pl)",
}
DESK = {"pl": "asystenci integracyjni", "uk": "асистенти з інтеграції"}


def _places(tmp_path: Path, **place: object) -> Path:
    config = write_services_config(tmp_path)
    data = read_yaml(config)
    data["places"]["social_services"].update(place)
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return config


@pytest.fixture(autouse=True)
def no_token(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)


@pytest.mark.parametrize(
    ("lang", "address", "desk"),
    [
        ("uk", ADDRESS["uk"], DESK["uk"]),
        ("en", ADDRESS["en"], DESK["pl"]),  # no English desk: the Polish one
        ("ru", ADDRESS["pl"], DESK["pl"]),  # none in Russian: the Polish ones
        ("pl", ADDRESS["pl"], DESK["pl"]),
    ],
)
async def test_a_course_page_shows_the_place_in_the_persons_language(
    tmp_path, clock, lang, address, desk
):
    config = _places(tmp_path, address=ADDRESS, desk=DESK)
    overrides = read_yaml(config)
    async with course_app(tmp_path, clock, places=overrides["places"]) as app:
        person = Dialogue(app.core, language_hint=lang)
        await person.payload("course:open:culture_day")
        assert f"{desk}\n{address}" in person.text
        if address != ADDRESS["pl"]:  # no Polish note where the language has its own
            assert "adres na" not in person.text


def test_a_text_per_language_needs_polish(tmp_path, capsys):
    config = _places(tmp_path, address={"uk": ADDRESS["uk"]})
    code = main(["check", "--config", str(config)])
    out = capsys.readouterr()
    assert code != 0
    assert "[places.social_services.address] error: a text per language needs at least `pl`" in (
        out.out + out.err
    )
    assert "config.yaml:" in out.out + out.err
