"""How `pytest -n 4` shares the tests out. Two groups each run in one worker, the first ones
handed out: tests/shipped/ (the shipped content and the example network's four offices,
assembled and their indexes loaded in that process only, not in each of the four) and
tests/shipped/test_search_eval.py (the shipped index loaded once more, each evaluation question
searched once: its module's functools.cache). Then the tests of the modules marked slow
(`pytest.mark.slow`: the real bot against fake servers, whole indexes built) or that start
processes (`subprocess`), each where a worker is free, so that the run does not end waiting on
one of them started last (tests/test_*.py, collected last, start processes); then the rest,
a module at a time, the largest first, so that the run ends on small ones.

The rest are dealt a module at a time, not a test at a time (session 27): the ~5,000 tests of
~600 modules, each a few milliseconds, cost the run's main process two messages and a count of
the worker's unfinished tests each (xdist's `_pending_of` walks every scope the worker was ever
given: quadratic in the scopes), and each worker runs a module's tests one after the other, as
`pytest` alone would, with its module fixtures set up once.

xdist's own `--dist loadgroup` would do this with marks, but with pytest 9 it does not group
(xdist 3.8 renames `item._nodeid`, which pytest 9 no longer reads), hence this scheduler."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Any

import pytest
from xdist.scheduler import LoadScopeScheduling

SHIPPED = "tests/shipped/"
EVALUATION = "tests/shipped/test_search_eval.py::"
GROUPS = ("search-eval", "shipped")


class _Groups(LoadScopeScheduling):
    """A scope for each group, each test of a slow module and each other module; the groups
    are handed out first, then the slow modules' tests, then the other modules, largest first."""

    _ordered = False

    def __init__(self, config: pytest.Config, log: Any = None) -> None:  # noqa: ANN401 - xdist's
        super().__init__(config, log)
        self._slow: dict[str, bool] = {}
        self._root: Path = config.rootpath

    def _marked(self, module: str) -> bool:
        """Whether the module is marked slow or starts processes (read once per module)."""
        if module not in self._slow:
            try:
                text = (self._root / module).read_text(encoding="utf-8")
                self._slow[module] = "mark.slow" in text or "subprocess" in text
            except OSError:
                self._slow[module] = False
        return self._slow[module]

    def _split_scope(self, nodeid: str) -> str:
        if nodeid.startswith(EVALUATION):
            return "search-eval"
        if nodeid.startswith(SHIPPED):
            return "shipped"
        module = nodeid.split("::", 1)[0]
        return nodeid if self._marked(module) else module

    def _assign_work_unit(self, node: Any) -> None:  # noqa: ANN401 - xdist's WorkerController
        if not self._ordered:  # (the first call: the work queue is complete, none handed out)
            self._ordered = True
            self._slow_first()
        super()._assign_work_unit(node)

    def _slow_first(self) -> None:
        scopes = list(self.workqueue)
        groups = [s for s in scopes if s in GROUPS]
        slow = [s for s in scopes if s not in GROUPS and "::" in s]
        rest = [s for s in scopes if s not in GROUPS and "::" not in s]
        rest.sort(key=lambda s: -len(self.workqueue[s]))  # (stable: equal sizes as collected)
        self.workqueue = OrderedDict((s, self.workqueue[s]) for s in [*groups, *slow, *rest])


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:  # noqa: ANN401 - xdist's
    if config.getvalue("dist") != "load":
        return None  # (another --dist asked for: xdist's own)
    return _Groups(config, log)
