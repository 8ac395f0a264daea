"""The process's heap on glibc: one malloc arena, and freed memory given back to the system.

Both are no-ops where the C library is not glibc (musl, macOS).
"""

from __future__ import annotations

import asyncio
import ctypes
import functools
from collections.abc import Callable
from typing import Any

M_ARENA_MAX = -8  # mallopt's parameter number (glibc malloc.h)
QUIET = 0.25  # s: the heap is given back once no turn was taken for this long (twice at most)


@functools.cache
def _libc() -> Any:
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None


def one_arena() -> None:
    """Every thread allocates from the one main arena. glibc gives each thread that meets
    another in malloc an arena of its own (up to 8 per core), and memory freed in one arena
    cannot serve another: with the SQLite and search threads beside the event loop that was
    ~5 MB of resident memory that stayed (docs/performance.md, change 21). Python's own small
    objects do not go through malloc's locks, so sharing one arena costs no measurable time.
    Call it before any thread starts."""
    libc = _libc()
    if libc is not None:
        libc.mallopt(M_ARENA_MAX, 1)


def give_back() -> None:
    """Return the heap freed by building or loading to the system (glibc keeps it otherwise)."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


async def give_back_when_quiet(turns: Callable[[], int], quiet: float = QUIET) -> None:
    """Give the heap back (`give_back`, in a thread) each time the bot falls quiet after taking
    turns: no new one for `quiet` seconds. Turns free what they used (JSON, SQLite's pages and
    statements, a long message's search), but glibc keeps the freed pages resident among the
    heap's live blocks: after the load benchmark ~2 MB that `malloc_trim` gives back
    (docs/performance.md, change 46). Under a steady stream of updates it never runs; a trim
    takes a few milliseconds, off the event loop. Runs until cancelled."""
    if _libc() is None:
        return
    loop = asyncio.get_running_loop()
    seen = given = turns()
    while True:
        await asyncio.sleep(quiet)
        now = turns()
        if now == seen and now != given:
            await loop.run_in_executor(None, give_back)
            given = now
        seen = now
