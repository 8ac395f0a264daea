"""A file cache of analysed words, so a restart does not analyse the whole content again.

Analysing every word of the content with the dictionaries is most of the index's start-up time.
The results depend only on the word, our analysis code and the dictionaries, so they are kept
in `search-words.pickle` beside the database, stamped with a version of all three; a stale or
broken file is ignored and rewritten. The file holds words of the public content, no user data.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import pickle
from pathlib import Path
from typing import Any

from bot.lazy_imports import installed

log = logging.getLogger(__name__)

FILENAME = "search-words.pickle"
_PACKAGES = (
    "pymorphy3",
    "pymorphy3-dicts-uk",
    "pymorphy3-dicts-ru",
    "pystempel",
    "snowballstemmer",
    "PyStemmer",
)


@functools.cache  # the code and the dictionaries a process runs stay the same for its life
def version() -> str:
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for source in ("morph.py", "stempel.py", "text.py"):
        digest.update((here / source).read_bytes())
    for package in _PACKAGES:
        found = installed(package)  # (importlib.metadata's version, without importing it)
        digest.update(package.encode() if found is None else f"{package}={found}".encode())
    return digest.hexdigest()


def load(path: Path) -> dict[Any, Any]:
    words = load_value(path)
    return words if isinstance(words, dict) else {}


def save(path: Path, words: dict[Any, Any]) -> None:
    save_value(path, dict(words))


def load_value(path: Path) -> Any:  # noqa: ANN401 - whatever was saved
    """What `save_value` wrote, if it was written by this code with these dictionaries."""
    try:
        with path.open("rb") as file:
            stamp, value = pickle.load(file)  # noqa: S301 - our own file, beside the database
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - a half-written or foreign file: start afresh
        log.info("ignoring the cache %s: %s", path, type(exc).__name__)
        return None
    return value if stamp == version() else None


def save_value(path: Path, value: object) -> None:
    """Write atomically (a crash leaves the old file or none, never half of one)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")  # (the bot and its child: apart.py)
        with partial.open("wb") as file:
            pickle.dump((version(), value), file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)
    except (OSError, pickle.PicklingError) as exc:
        log.info("cannot write the cache %s: %s", path, exc)
