"""The danger tables kept in a file, so that a restart reads them instead of building them again
(words.py; docs/performance.md, change 78).

Building the tables from their ~44,000 phrases costs ~0.6 s of CPU at every start and leaves
~15 MB of the start's memory in holes between the objects kept; the built tables, pickled once,
are read back in ~25 ms, whole and the same (the phrases' shared starts and ends shared as they
were). The file is stamped with a digest of every file of this package (the phrases' YAML and
the code that reads and matches them) and of Python's version: a file of other tables, a
half-written or a foreign one is ignored, and the tables are built and written again. It is
kept where the bot's compiled code is (bot/docstrings.py): `$CACHE_DIRECTORY` (systemd's
`CacheDirectory=`), else this package's `__pycache__` where it may be written; nowhere to
write, the tables are built at every start as before. It holds the phrases of the package,
nothing anyone typed.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import pickle
import sys
import threading
from pathlib import Path
from typing import cast

from bot.features.urgent import tries

log = logging.getLogger(__name__)

FILENAME = "danger-tables.pickle"
HERE = Path(__file__).parent
# the names of the tables whose English verbs are found as written (words.TENSED), and each
# table by its file's name with its Latin-letter one
Tables = tuple[list[str], dict[str, tuple[tries.Table, tries.Table]]]


@functools.cache  # (the package's files stay the same for a process's life)
def version() -> str:
    """A digest of this package's files and of Python's version."""
    digest = hashlib.sha256(sys.version.encode())
    for source in sorted(HERE.iterdir()):
        if source.suffix in (".py", ".yaml"):
            digest.update(source.name.encode())
            digest.update(source.read_bytes())
    return digest.hexdigest()


def path() -> Path | None:
    """Where the tables are kept; None: nowhere writable."""
    root = os.environ.get("CACHE_DIRECTORY")
    if root:
        return Path(root.split(":")[0], "danger", FILENAME)
    folder = HERE / "__pycache__"
    if os.access(folder, os.W_OK) or (not folder.exists() and os.access(HERE, os.W_OK)):
        return folder / FILENAME
    return None


_LOCK = threading.Lock()  # (the start's thread and a first question may ask at once)
_READ: list[Tables | None] = []  # what `load` read, once


def load() -> Tables | None:
    """What `save` wrote for these files, read once for the process (one copy of the tables
    for every caller); None where there is none (or it is stale)."""
    with _LOCK:
        if not _READ:
            _READ.append(_read())
        return _READ[0]


def forget() -> None:
    """Read the file again at the next `load` (a new start's, in the tests)."""
    with _LOCK:
        _READ.clear()


def _read() -> Tables | None:
    where = path()
    if where is None:
        return None
    try:
        with where.open("rb") as file:
            if pickle.load(file) != version():  # noqa: S301 - our own file
                return None
            return cast(Tables, pickle.load(file))  # noqa: S301
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - a half-written or foreign file: build afresh
        log.info("ignoring the danger tables' file %s: %s", where, type(exc).__name__)
        return None


def save(value: Tables) -> None:
    """Write the tables atomically (a crash leaves the old file or none, never half of one)."""
    where = path()
    if where is None:
        return
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        partial = where.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")  # (apart)
        with partial.open("wb") as file:
            pickle.dump(version(), file, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, where)
    except (OSError, pickle.PicklingError) as exc:
        log.info("cannot write the danger tables' file %s: %s", where, exc)
