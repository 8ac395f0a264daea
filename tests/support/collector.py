"""Python's garbage collector in a test process: what the collection left (every module, the
~6,600 collected tests and their fixtures' definitions) is moved out of its sight once
(`gc.freeze`), and it passes over the young objects every 50,000 allocations, not every 700.
Measured with `gc.callbacks` on tests/features/booking and callback (853 tests, one process):
the collector's own CPU 0.99 s in 1,240 passes of 27.5 s, 0.27 s in 263 of 26.5 s so, the
largest resident size the same (250 MB): what a test builds is mostly freed by reference counts,
and its cycles are still collected, a little later.

A test that starts the bot in-process (`infopoint run` refused in tests/settings) runs
`gc.disable()` as the real start does (bot/cli.py): the collector is switched on again after it,
so the rest of that worker's tests do not run without it."""

from __future__ import annotations

import gc

import pytest

YOUNG = 50_000  # allocations between passes over the young objects (Python's default: 700)


def pytest_collection_finish(session: pytest.Session) -> None:
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG, *gc.get_threshold()[1:])


def pytest_runtest_teardown(item: pytest.Item) -> None:
    if not gc.isenabled():
        gc.enable()
