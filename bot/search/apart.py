"""A first start's index built in a process of its own (`infopoint run`).

Building an index leaves tens of megabytes in the process that built it: freed temporaries that
glibc and Python's allocator keep among the objects that live on. A restart, which loads the
finished index from its file (indexcache.py), runs in ~30 MB less (docs/performance.md, change
28). So on a first start a child process builds what is missing and writes the files, the bot
loads them as a restart does, and the memory of building leaves with the child; the child then
builds every topic's parts (parts.py), however many, and writes them for the bot to read a
topic at a time (SearchService.warm attaches the file). A start that finds the indexes but not
the parts (the bot stopped before the child finished) has the child build only the parts,
without waiting for it. If the child cannot run or fails, the bot builds in its own process.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.content.knowledge import KnowledgeBase
    from bot.search import CacheFiles
    from bot.search.searcher import Searcher

log = logging.getLogger(__name__)


def build_missing(
    files: CacheFiles, kbs: Mapping[str, KnowledgeBase], meanwhile: Callable[[], object]
) -> None:
    """Build the indexes of `kbs` with no fresh file in a child process and wait for them (the
    caller loads them next), doing `meanwhile` here (the bot's own dictionaries); then let the
    child build every topic's parts with no fresh file (`files.apart`, waited for by
    SearchService.warm)."""
    from bot.search import fingerprint, indexcache

    folder = files.folder
    if folder is None:
        return
    stamp = indexcache.version()
    contents = {fingerprint(kb) for kb in kbs.values()}
    no_index = any(not indexcache.fresh(folder / indexcache.filename(c), stamp) for c in contents)
    no_parts = any(
        not indexcache.fresh(folder / indexcache.parts_filename(c), stamp) for c in contents
    )
    if not no_index and not no_parts:
        return
    import multiprocessing  # (here: a restart, which needs no child, never imports it)
    from concurrent.futures import ProcessPoolExecutor

    pool = None
    try:  # spawned, not forked: the bot's threads (SQLite's, the event loop's) must not be copied
        pool = ProcessPoolExecutor(
            1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_leave_with,
            initargs=(os.getpid(),),
        )
        built = pool.submit(_index, kbs, folder)  # (a fresh index is read, not built again)
        if no_index:
            meanwhile()
            built.result()
        files.apart = pool.submit(_parts, folder)
    except Exception as exc:  # noqa: BLE001 - no process, a crash in it: built here instead
        log.warning("the search index is built in the bot's own process: %s", exc)
    finally:
        if pool is not None:
            pool.shutdown(wait=False)


# --- in the child ------------------------------------------------------------------------------
_built: list[Searcher] = []
WATCH_SECONDS = 1.0


def _leave_with(parent: int) -> None:
    """The child ends when the bot does, however it ends: a bot killed (kill -9, the OOM
    killer) never tells its pool to stop, and its child (~120 MB) waited for work for good."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(WATCH_SECONDS)
        os._exit(0)  # (a file being written stays a temporary one: indexcache.forget_others)

    threading.Thread(target=watch, name="parent watch", daemon=True).start()


def _index(kbs: Mapping[str, KnowledgeBase], folder: Path) -> None:
    from bot import search

    _built.extend({id(s): s for s in search.build_all(kbs, folder=folder).values()}.values())


def _parts(folder: Path) -> None:
    from bot.search import CacheFiles, indexcache

    files = CacheFiles(folder=folder)
    for searcher in _built:
        if not indexcache.fresh(files.parts_path(searcher), indexcache.version()):
            files.save(searcher)
