"""Nowhere to sleep at 2 a.m.: the housing answer named the social services centre («Tonight: go
to …») at any hour, though its hours were nowhere. Now it names its hours where config.yaml has
them (`local: social_services: opening_hours:`), says to check them where it has none, and says
who is there at night, at the weekend or while it is closed: the police, 112 in danger."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.app import build
from tests.conftest import ROOT, Clock
from tests.support.dialogue import Dialogue

NIGHT = dt.datetime(2026, 12, 8, 1, 0, tzinfo=dt.UTC)  # Tuesday, 2:00 in Warsaw
HOURS = """    opening_hours:
      - {weekday: monday, from: "07:30", to: "15:30"}
      - {weekday: tuesday, from: "07:30", to: "15:30"}
      - {weekday: wednesday, from: "07:30", to: "15:30"}
      - {weekday: thursday, from: "07:30", to: "17:00"}
      - {weekday: friday, from: "07:30", to: "15:30"}
"""
SAID = {  # the hours, when config.yaml has them; when it has none; the night
    "uk": (
        "пн–ср 07:30–15:30; чт 07:30–17:00; пт 07:30–15:30",
        "годин роботи в нас немає",
        "Сьогодні вночі",
    ),
    "ru": (
        "пн–ср 07:30–15:30; чт 07:30–17:00; пт 07:30–15:30",
        "часов работы у нас нет",
        "Сегодня ночью",
    ),
    "en": (
        "Mon–Wed 07:30–15:30; Thu 07:30–17:00; Fri 07:30–15:30",
        "its hours are not in",
        "Tonight, right now",
    ),
    "pl": (
        "pon.–śr. 07:30–15:30; czw. 07:30–17:00; pt. 07:30–15:30",
        "godzin otwarcia nie mamy",
        "Dziś w nocy",
    ),
}


def _config(tmp_path: Path, hours: bool) -> Path:
    """The shipped config.yaml, its content where it is, its social services' hours if asked."""
    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    text += f"\ncontent:\n  dir: {ROOT / 'content'}\n"
    if hours:
        local = text.index("\nlocal:")
        at = text.index("  social_services:\n", local)
        end = text.index("\n  ", text.index("en:", at)) + 1
        text = text[:end] + HOURS + text[end:]
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


async def _housing(tmp_path: Path, lang: str, hours: bool) -> str:
    app = await build(
        _config(tmp_path, hours),
        storage_path=tmp_path / "shipped.sqlite3",
        clock=Clock(NIGHT),
        search="off",
    )
    try:
        person = Dialogue(app.core, language_hint=lang)
        await person.payload(f"language:{lang}")
        await person.payload("topic:housing")
        return "\n".join(r.text for r in person.replies)
    finally:
        await app.close()


@pytest.mark.parametrize("lang", sorted(SAID))
async def test_the_social_services_hours_are_named_and_the_night_has_its_own_line(tmp_path, lang):
    known, unknown, night = SAID[lang]
    answer = await _housing(tmp_path, lang, hours=True)
    assert known in answer and unknown not in answer
    assert night in answer and "112" in answer


@pytest.mark.parametrize("lang", sorted(SAID))
async def test_without_hours_in_the_config_it_says_to_check_them_never_go_now(tmp_path, lang):
    known, unknown, night = SAID[lang]
    answer = await _housing(tmp_path, lang, hours=False)
    assert unknown in answer and known not in answer
    assert night in answer and "112" in answer
    assert "Tonight: go to" not in answer and "Сьогодні: ідіть" not in answer
