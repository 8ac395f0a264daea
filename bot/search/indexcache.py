"""A file cache of built indexes, so a restart does not build them again.

Building an index analyses every word of the content and freezes it into arrays: seconds per
distinct content (an office network has one per office), and tens of megabytes of temporary
objects the process keeps afterwards. Loading the finished index from a pickle takes a tenth of a
second and about a third of the memory. A file is named by the content's fingerprint and stamped
with a version of the search code, its data and the dictionaries (wordcache.version); a stale or
broken file is ignored and rewritten. The dictionaries (the Analyzer) and the knowledge base are
not in the file: they are the running process's own, put back in on loading. Every topic's parts
(parts.py) are in a second file, one record per topic and a table of where each starts, written
by the child process that builds a first start's index (apart.py) or by the bot once it has
built them (SearchService.warm); the bot reads a topic's record when a question needs it
(~2 ms). The files hold the public content's index, no user data.
"""

from __future__ import annotations

import functools
import hashlib
import io
import logging
import os
import pickle
import struct
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import numpy as np

from bot.search import wordcache
from bot.search.postings import FeatureValues, Postings
from bot.search.vocabulary import FEATURES

if TYPE_CHECKING:
    from bot.content.knowledge import KnowledgeBase
    from bot.search.morph import Analyzer
    from bot.search.parts import PartsOf
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


@functools.cache  # the code a process runs stays the same for its life (tests build many times)
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
        "synonyms": main.synonyms,
    }


def _renumbered(*_: object) -> None:
    """A stand-in, in a parts file, for its reader's `PartsFile._renumber` (never called)."""
    raise NotImplementedError


class _PartsPickler(_Pickler):
    """Postings and rarities with their features as numbers of the file's own table (`names`),
    not as strings: a topic's parts are read in ~0.3 ms instead of ~1 (no string made and
    looked up again for each of its thousands of features)."""

    def __init__(self, file: IO[bytes], own: dict[int, str], names: dict[int, int]):
        super().__init__(file, {**own, id(_renumbered): "renumber"})
        self.names = names  # a feature's number in this process -> in the file

    def reducer_override(self, obj: Any) -> Any:  # noqa: ANN401 - pickle's interface
        if type(obj) not in (Postings, FeatureValues):
            return NotImplemented
        numbers, rest = obj.numbered()
        names = self.names
        mine = [names.setdefault(n, len(names)) for n in numbers.tolist()]
        return _renumbered, (type(obj) is Postings, np.array(mine, dtype=np.int32), rest)


class PartsFile:
    """Every topic's parts as `save_parts` wrote them: after the stamp, one pickle a topic,
    then the table of where each is (topic id -> offset, length) with the features' names
    (_PartsPickler), then that table's offset. Read with `os.pread` on a descriptor kept open:
    the search's threads may read at once, and a newer file put in its place (os.replace)
    leaves this one readable."""

    def __init__(self, path: Path, shared: dict[str, Any], stamp: str) -> None:
        """Raises OSError, or ValueError for a file of another stamp or not whole."""
        self._fd = os.open(path, os.O_RDONLY)
        weakref.finalize(self, os.close, self._fd)
        size = os.fstat(self._fd).st_size
        head = os.pread(self._fd, min(size, 4096), 0)
        try:
            if pickle.loads(head) != stamp:  # noqa: S301 - our own file, beside the database
                raise ValueError("another version")
            (where,) = struct.unpack("<Q", os.pread(self._fd, 8, size - 8))
            table, names = pickle.loads(os.pread(self._fd, size - 8 - where, where))  # noqa: S301
        except (pickle.UnpicklingError, struct.error, EOFError, TypeError) as exc:
            raise ValueError(f"not a whole parts file: {type(exc).__name__}") from exc
        self._table: dict[str, tuple[int, int]] = table
        self._numbers = np.array(FEATURES.numbers(names), dtype=np.int32)
        self._shared = {**shared, "renumber": self._renumber}
        self.ids = frozenset(table)

    def _renumber(
        self,
        postings: bool,
        numbers: np.ndarray,
        rest: Any,  # noqa: ANN401 - their state
    ) -> Postings | FeatureValues:
        mine = self._numbers[numbers]
        return (
            Postings.from_numbered(mine, rest)
            if postings
            else FeatureValues.from_numbered(mine, rest)
        )

    def read(self, topic_id: str) -> PartsOf | None:
        offset, length = self._table[topic_id]
        record = io.BytesIO(os.pread(self._fd, length, offset))
        found: PartsOf | None = _Unpickler(record, self._shared).load()
        return found


def load_parts(path: Path, searcher: Searcher, stamp: str) -> bool:
    """Have `searcher` read its topics' parts from `path`; False when there are none that fit."""
    try:
        searcher.parts.attach(PartsFile(path, _shared_with(searcher), stamp))
    except FileNotFoundError:
        return False
    except (OSError, ValueError) as exc:  # a half-written or foreign file: built afresh
        log.info("ignoring the search's parts file %s: %s", path, exc)
        return False
    return True


def save_parts(path: Path, searcher: Searcher, stamp: str) -> None:
    """Every topic's parts, read or built one at a time (parts.KEEP at most in memory)."""
    own = {id(obj): name for name, obj in _shared_with(searcher).items()}

    def dump(file: IO[bytes]) -> None:
        table: dict[str, tuple[int, int]] = {}
        names: dict[int, int] = {}
        for topic_id in searcher.parts.kb.topic_ids:
            start = file.tell()
            _PartsPickler(file, own, names).dump(searcher.parts.get(topic_id))
            table[topic_id] = (start, file.tell() - start)
        where = file.tell()
        words = [FEATURES.words[n] for n in names]  # (in the order of their numbers here)
        pickle.dump((table, words), file, protocol=pickle.HIGHEST_PROTOCOL)
        file.write(struct.pack("<Q", where))

    _write(path, dump, stamp)


def save(path: Path, searcher: Searcher, analyzer: Analyzer, kb: KnowledgeBase, stamp: str) -> None:
    own = {id(analyzer): "analyzer", id(kb): "kb"}
    _write(path, lambda file: _Pickler(file, own).dump(searcher), stamp)


def _write(path: Path, dump: Callable[[IO[bytes]], None], stamp: str) -> None:
    """Write atomically (a crash leaves the old file or none, never half of one)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")  # (the bot and its child: apart.py)
        with partial.open("wb") as file:
            pickle.dump(stamp, file)
            dump(file)
        os.replace(partial, path)
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as exc:
        log.info("cannot write the index cache %s: %s", path, exc)


def forget_others(folder: Path, keep: set[str]) -> None:
    """Remove the files of contents no longer served (an edited content, a removed office):
    `keep` names their index files; their parts files are kept with them. And the half-written
    files of a write a crash cut short (an hour old: not one being written now), and the Polish
    stemmer's table that versions before 2026-12 kept here (stempel.py reads it in ~30 ms now)."""
    keep = keep | {name.replace(PREFIX, PARTS_PREFIX, 1) for name in keep}
    try:
        (folder / "search-stemmer.pickle").unlink(missing_ok=True)
        for old in [*folder.glob(f"{PREFIX}*.pickle"), *folder.glob(f"{PARTS_PREFIX}*.pickle")]:
            if old.name not in keep:
                old.unlink(missing_ok=True)
        for partial in folder.glob("search-*.tmp"):
            if partial.stat().st_mtime < time.time() - 3600:
                partial.unlink(missing_ok=True)
    except OSError as exc:
        log.info("cannot tidy the index cache in %s: %s", folder, exc)
