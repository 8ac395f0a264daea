"""Free-text questions -> topics of the knowledge base (or an action), in any of the languages.

    searcher = build(kb, settings)          # once at start: dictionaries + index (< 2 s)
    result = searcher.search("як зробити песель для дитини", lang="en")
    result.confident, result.matches[0].id  # True, "pesel"

Pure Python, no network, no models. How it matches: index.py and searcher.py; every tuned
constant: tuning.py; what it costs and how well it does: docs/search.md, bench/search_bench.py.
"""

from __future__ import annotations

import functools
import hashlib
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from bot import memory
from bot.content.knowledge import KnowledgeBase
from bot.search import apart, indexcache, wordcache
from bot.search.data import load_data, off_topic_messages
from bot.search.morph import Analyzer
from bot.search.result import ACTIONS, COMMANDS, OFF_TOPIC, Match, Result
from bot.search.searcher import Searcher


class _Shared:
    """What one process builds once: the dictionaries, and the indexes of the last contents."""

    analyzer: Analyzer | None = None
    searchers: dict[str, Searcher] = {}  # fingerprint -> index; the newest last


KEEP_INDEXES = 64  # a network's offices, and the tests' deployments, without rebuilding


_shared = _Shared()


_ANALYZER_LOCK = threading.Lock()  # (the search's thread and the network's gate may both ask)


def shared_analyzer() -> Analyzer:
    """One set of dictionaries per process (they are read-only; its word cache only grows)."""
    if _shared.analyzer is None:
        with _ANALYZER_LOCK:
            if _shared.analyzer is None:
                _shared.analyzer = Analyzer()
    return _shared.analyzer


def loaded_analyzer() -> Analyzer | None:
    """The dictionaries if the search has loaded them, else None (the gate does not wait)."""
    return _shared.analyzer


def build(kb: KnowledgeBase, settings: Any = None) -> Searcher:
    """One knowledge base's index (`infopoint ask`, as one office answers): loads the
    dictionaries and indexes it; the index files of the other offices' content in the data
    folder are left (`infopoint run` tidies them).

    The same content indexes the same way, so a rebuild from identical content (tests build
    an app per test) reuses the last index."""
    return build_all({"": kb}, settings, tidy=False)[""]


def build_all(
    kbs: Mapping[str, KnowledgeBase],
    settings: Any = None,
    files: CacheFiles | None = None,
    *,
    folder: Path | None = None,
    tidy: bool = True,
) -> dict[str, Searcher]:
    """An index per office (each office searches the shared topics and its own); offices whose
    content is the same share one. With a data folder (settings.storage_path), an index built
    before from the same content and code is loaded from there (indexcache.py), and one built
    now is kept there for the next start: written now, or with `files` once the bot has taken
    its first question (SearchService.warm), so writing does not delay the first answer.
    `folder`: the files' folder without settings. `files.build_apart`: the missing indexes are
    built in a child process first (apart.py). `tidy`: the files of contents not among `kbs`
    removed (an edited content, a removed office)."""
    folder = folder or _cache_folder(settings)
    if files is not None and files.build_apart:
        apart.build_missing(files, kbs, shared_analyzer)
    analyzer = shared_analyzer()
    stamp = indexcache.version() if folder is not None else ""
    known = len(analyzer.words)
    result: dict[str, Searcher] = {}
    served: set[str] = set()  # the cache files of these contents
    fresh = False  # an index loaded or built now, not one of this process's
    for key, kb in kbs.items():
        content = fingerprint(kb)
        served.add(indexcache.filename(content))
        searcher = _shared.searchers.pop(content, None)
        path = folder / indexcache.filename(content) if folder is not None else None
        fresh = fresh or searcher is None
        if searcher is None and path is not None:
            searcher = indexcache.load(path, analyzer, kb, stamp)
        if searcher is None:
            if folder is not None and not analyzer.words:  # the analysed words of a former start
                analyzer.words.update(wordcache.load(folder / wordcache.FILENAME))
                known = len(analyzer.words)
            searcher = Searcher(kb, analyzer=analyzer)
            if path is not None:
                write = functools.partial(indexcache.save, path, searcher, analyzer, kb, stamp)
                files.later(write) if files is not None else write()
        _shared.searchers[content] = searcher
        result[key] = searcher
    while len(_shared.searchers) > max(KEEP_INDEXES, len(kbs)):
        del _shared.searchers[next(iter(_shared.searchers))]
    if folder is not None:
        if len(analyzer.words) != known:  # (a copy now: questions add words to it later)
            words = dict(analyzer.words)
            write = functools.partial(wordcache.save, folder / wordcache.FILENAME, words)
            files.later(write) if files is not None else write()
        if tidy:
            indexcache.forget_others(folder, served)
    if fresh:
        memory.give_back()
    return result


class CacheFiles:
    """The search's files beside the database, as `infopoint run` uses them. On a first start
    the index and the analysed words are written once the bot has taken its first question
    (`later`, then `write_pending` from SearchService.warm, in the search thread), not before
    it answers. Every topic's parts: their file attached after start once the bot answers, or
    built then and written (SearchService.warm; both run in the search thread: they read and
    write what searches use). Nothing a question added is written (Index.__getstate__)."""

    def __init__(
        self, settings: Any = None, *, folder: Path | None = None, build_apart: bool = False
    ) -> None:
        """`build_apart`: a first start's index built in a child process (apart.py)."""
        self.folder = folder or _cache_folder(settings)
        self.build_apart = build_apart
        self.apart: Future[None] | None = None  # the child building every topic's parts
        self._pending: list[Callable[[], None]] = []
        self._lock = threading.Lock()  # (build_all runs in a worker thread)

    def later(self, write: Callable[[], None]) -> None:
        with self._lock:
            self._pending.append(write)

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def write_pending(self) -> None:
        with self._lock:
            writes, self._pending = self._pending, []
        for write in writes:
            write()
        if writes:
            memory.give_back()

    def parts_path(self, searcher: Searcher) -> Path:
        assert self.folder is not None
        return self.folder / indexcache.parts_filename(fingerprint(searcher.parts.kb))

    def load(self, searcher: Searcher) -> None:
        """Have `searcher` read its topics' parts from their file, if there is one."""
        if self.folder is not None:
            indexcache.load_parts(self.parts_path(searcher), searcher, indexcache.version())

    def save(self, searcher: Searcher) -> None:
        if self.folder is not None:
            indexcache.save_parts(self.parts_path(searcher), searcher, indexcache.version())
            memory.give_back()


def _cache_folder(settings: Any) -> Path | None:
    storage = getattr(settings, "storage_path", None)
    return Path(storage).parent if storage else None


def fingerprint(kb: KnowledgeBase) -> str:
    digest = hashlib.sha256()
    for code, language in kb.languages.items():
        for topic in language.topics.values():
            parts = (code, topic.id, topic.title, topic.answer, *topic.examples, *topic.keywords)
            parts += tuple(f"{at}\x1e{e}" for at, es in enumerate(topic.part_examples) for e in es)
            digest.update("\x1f".join(parts).encode())
    return digest.hexdigest()


__all__ = [
    "ACTIONS",
    "COMMANDS",
    "OFF_TOPIC",
    "Match",
    "Result",
    "Searcher",
    "build",
    "build_all",
    "CacheFiles",
    "load_data",
    "off_topic_messages",
    "loaded_analyzer",
    "shared_analyzer",
]
