"""config.yaml read once per test process for each text, not in each of ~3,500 app builds (~5 ms
each: parsed, every key checked; examples/network.yaml ~80 ms): most tests write the fixture
config into their own temp folder, the same text but for the folder in the database's path; the
shipped configs are read where they are (their database is the build's argument).

Kept only where nothing else in the settings comes from the folder (the content folders written
as absolute paths, as `write_config` does); a second test's settings are the first's with its own
file, database and warnings (a warning names the file: the fixture catalogue's series has one, and
~800 tests build on it), and for the day it was read on (a warning can name the coming weeks'
dates). A config read for `infopoint check` (holidays) or with an error is read as it is each
time."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


def _from_folder(settings: Any, folder: str) -> bool:  # noqa: ANN401 - Settings
    """Whether anything but the file and the database lies in the test's folder."""
    inside = [settings.content_dir, *(o.content_dir for o in settings.offices.values())]
    return any(p is not None and str(p).startswith(folder) for p in inside)


@pytest.fixture(autouse=True, scope="session")
def configs_read_once() -> Iterator[None]:
    from bot.settings import config

    real = config.load
    memo: dict[str, tuple[str, Any]] = {}

    def load(path: Path | str, *, holidays: Any = None) -> Any:  # noqa: ANN401 - Settings
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            text = None
        folder = str(path.resolve().parent) + "/"
        if holidays is not None or text is None or text.count(folder) > 1:
            return real(path, holidays=holidays)
        today = dt.date.today().isoformat()
        if folder not in text:  # (config.yaml, an example: read where they are, as they are)
            key = f"{path.resolve()}\0{today}\0{text}"
            if key not in memo:
                memo[key] = (folder, real(path))
            return memo[key][1]
        key = f"{today}\0" + text.replace(folder, "\0")
        if key not in memo:
            settings = real(path)
            if _from_folder(settings, folder):
                return settings
            memo[key] = (folder, settings)
            return settings
        first, settings = memo[key]
        if first == folder:
            return settings
        database = str(settings.storage_path)
        return dataclasses.replace(
            settings,
            source=Path(str(settings.source).replace(first, folder, 1)),
            storage_path=Path(folder + database[len(first) :])
            if database.startswith(first)
            else settings.storage_path,
            warnings=tuple(
                dataclasses.replace(
                    w, file=w.file.replace(first, folder), message=w.message.replace(first, folder)
                )
                for w in settings.warnings
            ),
        )

    patch = pytest.MonkeyPatch()
    patch.setattr(config, "load", load)
    yield
    patch.undo()
