"""The search's files in a test run: each content's index built once per run, not once per test
process (an office network's four offices of the shipped content: ~16 s in each xdist worker),
and no file written into the tree (the shipped and the fixture configs keep their database in
data/, where the search writes its files beside it).

A built index is kept in a folder all workers of the run share (under pytest's temp base: a
clean clone and every run start empty), named by the content's fingerprint and stamped with the
search code's version, as `infopoint run` keeps it (bot/search/indexcache.py, written
atomically). A lock on each content makes the first worker that needs it build it and keep the
words its build analysed (a process that built an index knows them: tests/search/test_recent.py),
while the others wait, then read both. A test that starts the search as a fresh process would
(it empties the process's own indexes: tests/search/test_indexcache.py) builds its own.
The `infopoint ask` subprocesses (tests/test_ask.py) get the fixture content's index from here
too, copied into their shared data folder before the first one starts."""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def _run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of this run, the same for each of its xdist workers."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # (each worker's temp base is a folder in the run's)
    folder = base / "search-files"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def search_files(
    tmp_path_factory: pytest.TempPathFactory,
    search_indexes_built_once_per_run: None,
) -> Path:
    """A data folder the run's `infopoint ask` subprocesses share instead of the fixture's
    data/, with the fixture content's index and analysed words in it as a former start left
    them (the run's, built once): each subprocess reads them, none builds them (~1.5 s of CPU
    each, and the first two, started together, both built)."""
    from bot import search
    from bot.app import load_offices
    from bot.search import indexcache, wordcache

    folder = _run_folder(tmp_path_factory) / "data"
    folder.mkdir(exist_ok=True)
    with (folder / "files.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # (released when closed)
        _, kbs = load_offices(ROOT / "tests" / "fixture" / "config.yaml")
        for kb in kbs.values():
            name = indexcache.filename(search.fingerprint(kb))
            if not (folder / name).exists():
                search.Searcher(kb, analyzer=search.shared_analyzer())  # (built_once: the run's)
                built = _run_folder(tmp_path_factory) / "indexes" / name
                shutil.copyfile(built.with_suffix(".words"), folder / wordcache.FILENAME)
                shutil.copyfile(built, folder / name)
    return folder


@pytest.fixture(autouse=True, scope="session")
def search_indexes_built_once_per_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    from bot import search
    from bot.search import indexcache, wordcache

    folder = _run_folder(tmp_path_factory) / "indexes"
    folder.mkdir(exist_ok=True)
    real = search.Searcher
    own = search._shared.searchers

    def built_once(kb: Any, analyzer: Any = None) -> Any:  # noqa: ANN401 - Searcher's
        if search._shared.searchers is not own or analyzer is None:
            return real(kb, analyzer=analyzer)  # a test starting the search afresh
        path = folder / indexcache.filename(search.fingerprint(kb))
        words = path.with_suffix(".words")  # the analysed words, as if built here
        stamp = indexcache.version()
        with path.with_suffix(".lock").open("a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # (released when closed)
            found = indexcache.load(path, analyzer, kb, stamp)
            if found is not None and (known := wordcache.load(words)):
                analyzer.words.update(known)
                return found
            found = real(kb, analyzer=analyzer)
            indexcache.save(path, found, analyzer, kb, stamp)
            wordcache.save(words, dict(analyzer.words))
        return found

    data = _run_folder(tmp_path_factory) / f"data-{os.getpid()}"
    real_folder = search._cache_folder

    def outside_the_tree(settings: Any) -> Path | None:  # noqa: ANN401 - Settings
        found = real_folder(settings)
        if found is not None and found.resolve().is_relative_to(ROOT):
            found = data / found.resolve().relative_to(ROOT)  # (its own folder per data folder)
        return found

    patch = pytest.MonkeyPatch()
    patch.setattr(search, "Searcher", built_once)
    patch.setattr(search, "_cache_folder", outside_the_tree)
    yield
    patch.undo()
