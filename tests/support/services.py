"""The fixture catalogue: tests/fixture/config.yaml with the services of
tests/fixture/services.yaml (specialists, courses and events, help requests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from tests.conftest import FIXTURE, write_config


def catalogue() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FIXTURE / "services.yaml").read_text(encoding="utf-8"))
    return data


def write_services_config(tmp_path: Path, **overrides: Any) -> Path:
    return write_config(tmp_path, **catalogue(), **overrides)
