"""A first start's index built in a process of its own (`infopoint run`).

Building an index leaves tens of megabytes in the process that built it: freed temporaries that
glibc and Python's allocator keep among the objects that live on. A restart, which loads the
finished index from its file (indexcache.py), runs in ~30 MB less (docs/performance.md, change
28). So on a first start a child process builds what is missing and writes the files, the bot
loads them as a restart does, and the memory of building leaves with the child; the child then
builds every topic's parts (parts.py) and writes them for SearchService.warm to read. If the
child cannot run or fails, the bot builds in its own process as before.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
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
    child build their parts (`files.apart`, waited for by SearchService.warm) unless they are
    more than SearchService.warm builds ahead."""
    from bot.search import fingerprint, indexcache
    from bot.search.service import WARM_MAX_TOPICS

    folder = files.folder
    if folder is None:
        return
    stamp = indexcache.version()
    missing = {}
    for kb in kbs.values():
        name = indexcache.filename(fingerprint(kb))
        if not indexcache.fresh(folder / name, stamp):
            missing[name] = kb
    if not missing:
        return
    # spawned, not forked: the bot's threads (SQLite's, the event loop's) must not be copied
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    try:
        built = pool.submit(_index, missing, folder)
        meanwhile()
        built.result()
        if sum(len(kb.topic_ids) for kb in missing.values()) <= WARM_MAX_TOPICS:
            files.apart = pool.submit(_parts, folder)
    except Exception as exc:  # noqa: BLE001 - no process, a crash in it: built here instead
        log.warning("the search index is built in the bot's own process: %s", exc)
    finally:
        pool.shutdown(wait=False)


# --- in the child ------------------------------------------------------------------------------
_built: list[Searcher] = []


def _index(kbs: Mapping[str, KnowledgeBase], folder: Path) -> None:
    from bot import search

    _built.extend(search.build_all(kbs, folder=folder).values())


def _parts(folder: Path) -> None:
    from bot.search import CacheFiles

    files = CacheFiles(folder=folder)
    for searcher in _built:
        for topic_id in searcher.parts.kb.topic_ids:
            searcher.parts.prepare(topic_id)
        files.save(searcher)
