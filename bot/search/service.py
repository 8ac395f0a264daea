"""The free-text search as a service of the core: built now, built in a thread while the bot
starts (menus answer at once; a question typed in the first seconds waits for it), or off.
Once it answers, every topic's parts index is read from its file (written by a former start or
by the child of a first start, apart.py) or built (`warm`).

Questions are searched in a thread of their own (`search`), not on the event loop, unless they
are cheap: scoring a 4,000-character message whole, per sentence and per stretch of five words,
or the first answer from a topic (its parts' index is built then, parts.py), takes tens to
hundreds of milliseconds, and everyone else's updates would wait for it. A message of up to
AT_ONCE characters, once every topic's parts are in memory (a content of no more than
parts.KEEP topics, after `warm`), costs ~0.5-1.5 ms and is searched on the event loop: handing it
to the thread and back cost more than that, waiting for the interpreter lock both ways
(docs/performance.md, change 38)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextvars import ContextVar
from typing import TYPE_CHECKING

from bot.search import context, parts

if TYPE_CHECKING:
    from bot.search import CacheFiles, Match, Result, Searcher

log = logging.getLogger(__name__)


LONG = 300  # characters: a longer message is searched in a thread of its own
# characters: a message this short is searched on the event loop when that is cheap (~1.4 ms at
# 100 characters; 3-5 ms at 240, which would hold everyone else's updates up)
AT_ONCE = 120
# On a first start the index and the analysed words are written for the next start once the
# first question was taken (behind it in the search thread), or after this long without one
WRITE_AFTER = 10.0  # s


class _Threads:
    """Two threads for the whole process, each running its searches one at a time: one for
    long messages, one for the rest, so a question never waits for a 4,000-character message
    to be scored (both still share the interpreter: the lock passes between them every few
    milliseconds)."""

    executors: dict[bool, ThreadPoolExecutor] = {}


def _executor(long: bool) -> ThreadPoolExecutor:
    found = _Threads.executors.get(long)
    if found is None:
        name = "search-long" if long else "search"
        found = _Threads.executors[long] = ThreadPoolExecutor(1, thread_name_prefix=name)
    return found


Searchers = Mapping[str, "Searcher"]  # office -> its index (the shared topics and its own)

# The search started as the message came (`ahead`), for the turn handling it: its index, words,
# language and result to be
_Early = tuple["Searcher", str, str, "asyncio.Future[Result]"]
_EARLY: ContextVar[_Early | None] = ContextVar("early_search", default=None)


def _seen(found: asyncio.Future[Result]) -> None:
    """An early search nobody took: its error, if any, is not worth a log line of its own
    (the turn that asks searches again and meets it)."""
    if not found.cancelled():
        found.exception()


class SearchService:
    def __init__(self, searchers: Searchers | None = None, files: CacheFiles | None = None):
        """`files`: what `warm` writes (the index of a first start) and where it reads the
        parts of a former start and writes those it built."""
        self._searchers = searchers
        self._loading: asyncio.Future[Searchers] | None = None
        self._files = files
        self._asked = False  # a question was handed to the search thread
        self._first_question: asyncio.Event | None = None

    async def search(self, searcher: Searcher, query: str, lang: str | None) -> Result:
        """`searcher.search(query, lang)`, off the event loop: the early search of this turn's
        message if it was this one (`ahead`)."""
        early = _EARLY.get()
        if early is not None and early[:3] == (searcher, query, lang):
            _EARLY.set(None)
            return await early[3]
        return await self._started(searcher, query, lang)

    def _started(self, searcher: Searcher, query: str, lang: str | None) -> asyncio.Future[Result]:
        loop = asyncio.get_running_loop()
        if len(query) <= AT_ONCE and searcher.parts.all_kept:  # cheap: here and now
            found: asyncio.Future[Result] = loop.create_future()
            try:
                found.set_result(searcher.search(query, lang))
            except Exception as exc:  # noqa: BLE001 - the caller meets it, as from the thread
                found.set_exception(exc)
        else:
            found = loop.run_in_executor(_executor(len(query) > LONG), searcher.search, query, lang)
        self._taken()
        return found

    @contextlib.contextmanager
    def ahead(self, searcher: Searcher | None, query: str, lang: str) -> Iterator[None]:
        """Start searching `query` now, for a `search` of the same inside the block (in this
        task) to take: a message searched while its turn waits for the database, not while it
        holds it (bot.core.ahead). Unused, the result is dropped at the end of the block."""
        if searcher is None or not query:
            yield
            return
        found = self._started(searcher, query, lang)
        found.add_done_callback(_seen)
        token = _EARLY.set((searcher, query, lang, found))
        try:
            yield
        finally:
            _EARLY.reset(token)

    async def next_best(self, searcher: Searcher, query: str, exclude: str) -> list[Match]:
        """`searcher.next_best(query, exclude)`, off the event loop."""
        loop = asyncio.get_running_loop()
        thread = _executor(len(query) > LONG)
        found = loop.run_in_executor(thread, searcher.next_best, query, exclude)
        self._taken()
        return await found

    async def part_of(self, searcher: Searcher, query: str, topic_id: str) -> int | None:
        """`searcher.part_of(query, topic_id)`, off the event loop (a tapped «did you mean»
        candidate: it may read the topic's parts from disk)."""
        loop = asyncio.get_running_loop()
        thread = _executor(len(query) > LONG)
        return await loop.run_in_executor(thread, searcher.part_of, query, topic_id)

    async def parts_scored(self, searcher: Searcher, query: str, topic_id: str) -> list[float]:
        """`context.scored(searcher, query, topic_id)`, off the event loop (it may read the
        topic's parts from disk)."""
        loop = asyncio.get_running_loop()
        thread = _executor(len(query) > LONG)
        return await loop.run_in_executor(thread, context.scored, searcher, query, topic_id)

    def _taken(self) -> None:
        self._asked = True
        if self._first_question is not None:
            self._first_question.set()

    async def _first_question_or(self, seconds: float) -> None:
        if not self._asked:
            self._first_question = asyncio.Event()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._first_question.wait(), seconds)

    @classmethod
    def off(cls) -> SearchService:
        return cls()

    @classmethod
    def in_background(
        cls, build: Callable[[], Searchers], files: CacheFiles | None = None
    ) -> SearchService:
        """Start building in a worker thread (needs a running event loop)."""
        service = cls(files=files)
        service._loading = asyncio.get_running_loop().run_in_executor(None, build)
        service._loading.add_done_callback(service._built)
        return service

    def _built(self, done: asyncio.Future[Searchers]) -> None:
        if done.cancelled():
            return
        problem = done.exception()
        if problem is None:
            self._searchers = done.result()
        else:  # typed questions get the menu instead; say why, once
            log.error("free-text search is off: the index could not be built: %s", problem)

    async def warm(self) -> None:
        """On a first start, the index and the analysed words written for the next start once
        the first question was taken (CacheFiles.later). Then every topic's parts: their file
        (written by the child of a first start, apart.py, or by a former start) attached, and
        when a content has no more than parts.KEEP topics, each read or built ahead, one topic
        at a time in the search thread, so questions go in between and a topic's first answer
        costs no more than any other, and written if any was built (`infopoint run` starts it
        once polling; tests and `ask` build parts when needed). A bigger content's parts are
        read from the file (or built) when a question needs them."""
        if self._searchers is None and self._loading is not None:
            try:
                await asyncio.shield(self._loading)
            except Exception:  # noqa: BLE001 - logged once by _built
                return
        loop = asyncio.get_running_loop()
        thread = _executor(False)
        files = self._files
        if files is not None and files.pending:  # a first start: the index and words, written
            await self._first_question_or(WRITE_AFTER)  # after the first question is taken
            await loop.run_in_executor(thread, files.write_pending)
        if files is not None and files.apart is not None:  # a child building the parts
            try:
                await asyncio.wrap_future(files.apart)
            except Exception as exc:  # noqa: BLE001 - built here instead, below
                log.warning("the search's parts are built in the bot's own process: %s", exc)
        distinct = {id(s): s for s in (self._searchers or {}).values()}  # shared content: one
        for searcher in distinct.values():
            if files is not None:
                await loop.run_in_executor(thread, files.load, searcher)
            topics = searcher.parts.kb.topic_ids
            if len(topics) > parts.KEEP:  # a big network: each topic's parts when first asked
                log.info("%d topics' parts are read or built when first asked", len(topics))
                continue
            missing = [t for t in topics if not searcher.parts.prepared(t)]
            for topic_id in topics:
                await loop.run_in_executor(thread, searcher.parts.prepare, topic_id)
            if missing and files is not None:
                await loop.run_in_executor(thread, files.save, searcher)

    async def ready(self, office: str) -> Searcher | None:
        if self._searchers is None and self._loading is not None:
            try:
                await asyncio.shield(self._loading)
            except Exception:  # noqa: BLE001 - logged once by _built; the menus still work
                return None
        return self.current(office)

    def current(self, office: str) -> Searcher | None:
        return self._searchers.get(office) if self._searchers is not None else None
