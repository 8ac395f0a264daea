"""The checked content and the UI strings kept beside the database, for `infopoint run`'s
next start.

Reading and checking the content files is ~0.4–0.6 s of CPU before a start can take its first
update (YAML, the schema, the answers' parts and markup), the locale files ~0.1–0.2 s more; what
comes out is read back from a pickle in a tenth of that. `content.pickle` holds the knowledge
bases with everything they were made from: every content file's bytes (a hash), each office's
placeholder values and folders, the languages, the day, the versions of Python and PyYAML, and
the bot's own code (each file's path, size and time, as Python checks a `.pyc`);
`strings.pickle` the strings with the locale files' bytes (a hash). A start whose inputs differ
in anything reads the files as before and writes the file again; one that finds problems writes
nothing (it does not start). A broken or unreadable file is ignored. The files hold the public
content and texts only, no personal data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import pickle
import sys
from collections.abc import Mapping
from pathlib import Path

import yaml

from bot.content import i18n, knowledge
from bot.content.model import KnowledgeBase, Variant

log = logging.getLogger(__name__)

FILENAME = "content.pickle"
STRINGS = "strings.pickle"
_CODE = Path(__file__).resolve().parent.parent  # the bot package
_LOCALES = Path(__file__).resolve().parent / "locales"


def _files(folder: Path | None, *, read: bool) -> tuple[tuple[str, int, str], ...]:
    """Every file under `folder`: its path, size and a hash of its bytes (`read`) or its time."""
    if folder is None or not folder.is_dir():
        return ()
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(names):
            path = os.path.join(root, name)
            if read:
                with open(path, "rb") as file:
                    mark = hashlib.blake2b(file.read(), digest_size=16).hexdigest()
                found.append((path, os.path.getsize(path), mark))
            else:
                stat = os.stat(path)
                found.append((path, stat.st_size, str(stat.st_mtime_ns)))
    return tuple(found)


def _inputs(
    content_dir: Path,
    languages: tuple[str, ...],
    variants: Mapping[str, Variant],
    today: dt.date,
    prefer: str | None,
) -> tuple[object, ...]:
    offices = tuple(
        (
            key,
            tuple(tuple(sorted(v.placeholders(code).items())) for code in languages),
            str(v.own_dir),
            _files(v.own_dir, read=True),
            v.name,
            tuple(sorted(v.offices)),
            v.local_at and v.local_at[1:],  # (its file, the config's: only ever in an error)
        )
        for key, v in variants.items()
    )
    return (
        sys.version,
        yaml.__version__,
        _files(_CODE, read=False),
        str(content_dir),
        _files(content_dir, read=True),
        languages,
        offices,
        today.isoformat(),
        prefer,
    )


def strings(folder: Path) -> None:
    """The UI strings (i18n.load_strings) from `folder`'s file when the locale files are as
    they were; otherwise read from them, and kept there."""
    inputs = (sys.version, yaml.__version__, _files(_LOCALES, read=True))
    path = folder / STRINGS
    found = _kept(path, inputs)
    if isinstance(found, dict):
        i18n.given(found)
    else:
        _keep(path, inputs, i18n.load_strings())


def load_variants(
    folder: Path,
    content_dir: Path,
    languages: tuple[str, ...],
    variants: Mapping[str, Variant],
    today: dt.date,
    prefer: str | None,
) -> dict[str, KnowledgeBase]:
    """`knowledge.load_variants`, read from `folder`'s file when it was made from the same
    inputs; otherwise loaded (raising InvalidFile as it does) and kept there."""
    inputs = _inputs(content_dir, languages, variants, today, prefer)
    path = folder / FILENAME
    found = _kept(path, inputs)
    if isinstance(found, dict):
        return found
    kbs = knowledge.load_variants(content_dir, languages, variants, today, prefer)
    _keep(path, inputs, kbs)
    return kbs


def _kept(path: Path, inputs: tuple[object, ...]) -> object:
    """What `path` keeps if it was made from `inputs`; None: nothing, or made from others (the
    inputs are read first: a value made by other code is never read)."""
    try:
        with path.open("rb") as file:
            # our own files, beside the database
            if pickle.load(file) != inputs:  # noqa: S301
                return None
            return pickle.load(file)  # noqa: S301
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - a broken file is read as none
        log.warning("%s could not be read (%s): reading the files", path, exc)
        return None


def _keep(path: Path, inputs: tuple[object, ...], value: object) -> None:
    """`value` written whole to `path` after its inputs, or not at all."""
    partial = path.with_name(f"{path.name}.{os.getpid()}")
    try:
        with partial.open("wb") as file:
            pickle.dump(inputs, file, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(path)
    except OSError as exc:  # a read-only folder: the next start reads the files again
        log.warning("%s could not be written (%s)", path, exc)
        partial.unlink(missing_ok=True)
