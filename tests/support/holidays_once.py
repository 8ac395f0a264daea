"""The Polish holidays of a year computed by the library's child process once per test process,
not at each of the ~90 starts of the real bot in the tests (`bot.runner`'s warm-up: a Python
process importing the library, ~0.2 s of CPU and up to a second on a loaded machine, each).
A year the child gave is kept (bot.core.public_holidays), so a later start asks it only for
the years it has not given yet; a fresh process (`infopoint run`, the subprocesses of
tests/features/booking/test_schedule.py) still has them all computed in its child."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest


@pytest.fixture(autouse=True, scope="session")
def holidays_from_one_child_per_process() -> Iterator[None]:
    from bot.core import public_holidays

    real = public_holidays.from_child
    given: set[int] = set()

    def from_child(years: Iterable[int]) -> None:
        wanted = sorted(set(years) - given)
        if wanted:
            real(wanted)
            given.update(wanted)

    patch = pytest.MonkeyPatch()
    patch.setattr(public_holidays, "from_child", from_child)
    yield
    patch.undo()
