"""How `pytest -n 4` shares the tests out: as xdist's default (each test where a worker is free),
except two groups that each run in one worker, the first ones handed out: tests/shipped/ (the
shipped content and the example network's four offices, assembled and their indexes loaded in
that process only, not in each of the four) and tests/shipped/test_search_eval.py (the shipped
index loaded once more, each evaluation question searched once: its module's functools.cache).
Then the tests of the modules marked slow (`pytest.mark.slow`: the real bot against fake
servers, whole indexes built) or that start processes (`subprocess`), so that the run does not
end waiting on one of them started last (tests/test_*.py, collected last, start processes);
then the rest, in the order collected.

xdist's own `--dist loadgroup` would do this with marks, but with pytest 9 it does not group
(xdist 3.8 renames `item._nodeid`, which pytest 9 no longer reads), hence this scheduler."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import pytest
from xdist.scheduler import LoadScopeScheduling

SHIPPED = "tests/shipped/"
EVALUATION = "tests/shipped/test_search_eval.py::"
GROUPS = ("search-eval", "shipped")


class _Groups(LoadScopeScheduling):
    """A scope per test, but one for each group; the largest scopes are handed out first, then
    the slow modules' tests."""

    _ordered = False

    def _split_scope(self, nodeid: str) -> str:
        if nodeid.startswith(EVALUATION):
            return "search-eval"
        if nodeid.startswith(SHIPPED):
            return "shipped"
        return nodeid

    def _assign_work_unit(self, node: Any) -> None:  # noqa: ANN401 - xdist's WorkerController
        if not self._ordered:  # (the first call: the work queue is complete, none handed out)
            self._ordered = True
            self._slow_first()
        super()._assign_work_unit(node)

    def _slow_first(self) -> None:
        root = self.config.rootpath
        slow: dict[str, bool] = {}

        def marked(scope: str) -> bool:
            module = scope.split("::", 1)[0]
            if module not in slow:
                try:
                    text = (root / module).read_text(encoding="utf-8")
                    slow[module] = "mark.slow" in text or "subprocess" in text
                except OSError:
                    slow[module] = False
            return slow[module]

        scopes = list(self.workqueue)
        groups = [s for s in scopes if s in GROUPS]
        first = [s for s in scopes if s not in GROUPS and marked(s)]
        rest = [s for s in scopes if s not in GROUPS and not slow[s.split("::", 1)[0]]]
        self.workqueue = OrderedDict((s, self.workqueue[s]) for s in [*groups, *first, *rest])


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:  # noqa: ANN401 - xdist's
    if config.getvalue("dist") != "load":
        return None  # (another --dist asked for: xdist's own)
    return _Groups(config, log)
