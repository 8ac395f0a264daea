"""A file cache of built indexes, so a restart does not build them again.

Building an index analyses every word of the content and freezes it into arrays: seconds per
distinct content (an office network has one per office), and tens of megabytes of temporary
objects the process keeps afterwards. Loading the finished index from a pickle takes a tenth of a
second and about a third of the memory. A file is named by the content's fingerprint and stamped
with a version of the search code, its data and the dictionaries (wordcache.version); a stale or
broken file is ignored and rewritten. The dictionaries (the Analyzer) and the knowledge base are
not in the file: they are the running process's own, put back in on loading. Every topic's parts
(parts.py) are in a second file, written once the bot has built them after a start and read
after the next start once it answers (SearchService.warm). The files hold the public content's
index, no user data.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from bot.search import wordcache

if TYPE_CHECKING:
    from bot.content.knowledge import KnowledgeBase
    from bot.search.morph import Analyzer
    from bot.search.searcher import Searcher

log = logging.getLogger(__name__)

PREFIX = "search-index-"
PARTS_PREFIX = "search-parts-"


def filename(fingerprint: str) -> str:
    return f"{PREFIX}{fingerprint[:24]}.pickle"


def parts_filename(fingerprint: str) -> str:
    """Every topic's parts of that content (parts.py), built after a start: read after the
    next start, once the bot answers (SearchService.warm), so they do not delay it."""
    return f"{PARTS_PREFIX}{fingerprint[:24]}.pickle"


def version() -> str:
    digest = hashlib.sha256(wordcache.version().encode())
    here = Path(__file__).parent
    sources = sorted(here.glob("*.py")) + sorted(here.glob("*.yaml"))
    for source in [*sources, here.parent / "core" / "markup.py"]:
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


class _Pickler(pickle.Pickler):
    def __init__(self, file: IO[bytes], own: dict[int, str]):
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.own = own

    def persistent_id(self, obj: Any) -> str | None:  # noqa: ANN401 - pickle's interface
        return self.own.get(id(obj))


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: IO[bytes], own: dict[str, Any]):
        super().__init__(file)
        self.own = own

    def persistent_load(self, pid: Any) -> Any:  # noqa: ANN401 - pickle's interface
        return self.own[pid]


def load(path: Path, analyzer: Analyzer, kb: KnowledgeBase, stamp: str) -> Searcher | None:
    from bot.search.searcher import Searcher

    found = _read(path, {"analyzer": analyzer, "kb": kb}, stamp)
    return found if isinstance(found, Searcher) else None


def _read(path: Path, shared: dict[str, Any], stamp: str) -> object:
    """What `_write` put in `path` with this `stamp`; None when missing, stale or broken."""
    try:
        with path.open("rb") as file:
            if pickle.load(file) != stamp:  # noqa: S301 - our own file, beside the database
                return None
            return _Unpickler(file, shared).load()
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - a half-written or foreign file: build afresh
        log.info("ignoring the search cache %s: %s", path, type(exc).__name__)
        return None


def fresh(path: Path, stamp: str) -> bool:
    """Whether `path` holds a file written with this `stamp` (its first few bytes read)."""
    try:
        with path.open("rb") as file:
            return bool(pickle.load(file) == stamp)  # noqa: S301 - our own file
    except Exception:  # noqa: BLE001 - missing, half-written or foreign: not fresh
        return False


def _shared_with(searcher: Searcher) -> dict[str, Any]:
    """What a parts index shares with its searcher, by name in the parts file."""
    main = searcher.index
    return {
        "analyzer": main.analyzer,
        "stopwords": main.stopwords,
        "part_stopwords": searcher.parts.stopwords,
    }


def load_parts(path: Path, searcher: Searcher, stamp: str) -> bool:
    """Give `searcher` the parts kept in `path`; False when there are none that fit."""
    found = _read(path, _shared_with(searcher), stamp)
    if not isinstance(found, dict):
        return False
    searcher.parts.adopt(found)
    return True


def save_parts(path: Path, searcher: Searcher, stamp: str) -> None:
    _write(path, searcher.parts.built, _shared_with(searcher), stamp)


def save(path: Path, searcher: Searcher, analyzer: Analyzer, kb: KnowledgeBase, stamp: str) -> None:
    _write(path, searcher, {"analyzer": analyzer, "kb": kb}, stamp)


def _write(path: Path, value: object, shared: dict[str, Any], stamp: str) -> None:
    """Write atomically (a crash leaves the old file or none, never half of one)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")  # (the bot and its child: apart.py)
        with partial.open("wb") as file:
            pickle.dump(stamp, file)
            _Pickler(file, {id(obj): name for name, obj in shared.items()}).dump(value)
        os.replace(partial, path)
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as exc:
        log.info("cannot write the index cache %s: %s", path, exc)


def forget_others(folder: Path, keep: set[str]) -> None:
    """Remove the files of contents no longer served (an edited content, a removed office):
    `keep` names their index files; their parts files are kept with them. And the half-written
    files of a write a crash cut short (an hour old: not one being written now)."""
    keep = keep | {name.replace(PREFIX, PARTS_PREFIX, 1) for name in keep}
    try:
        for old in [*folder.glob(f"{PREFIX}*.pickle"), *folder.glob(f"{PARTS_PREFIX}*.pickle")]:
            if old.name not in keep:
                old.unlink(missing_ok=True)
        for partial in folder.glob("search-*.tmp"):
            if partial.stat().st_mtime < time.time() - 3600:
                partial.unlink(missing_ok=True)
    except OSError as exc:
        log.info("cannot tidy the index cache in %s: %s", folder, exc)
