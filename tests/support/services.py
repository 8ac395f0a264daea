"""The fixture catalogue: tests/fixture/config.yaml with the services of
tests/fixture/services.yaml (specialists, courses and events, help requests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.core.messages import Reply
from tests.conftest import FIXTURE, write_config
from tests.support.dialogue import Dialogue
from tests.support.yamlfiles import read_yaml


def catalogue() -> dict[str, Any]:
    data: dict[str, Any] = read_yaml(FIXTURE / "services.yaml")
    return data


def write_services_config(tmp_path: Path, **overrides: Any) -> Path:
    return write_config(tmp_path, **catalogue(), **overrides)


def offer_of(person: Dialogue) -> Reply:
    """The reply that offers the office's services a question names: under the answer, or
    above the guesses when the search is not sure («did you mean»); a course, the office's
    courses that fit it, before the answer (bot/features/courses/lead.py)."""
    return next(
        reply
        for reply in person.replies
        if any(b.payload.startswith(OFFERS) for row in reply.buttons for b in row)
    )


OFFERS = ("service:", "course:open:")  # a service offered, or a course put first
