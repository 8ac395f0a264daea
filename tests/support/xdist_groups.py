"""How `pytest -n 4` shares the tests out: as xdist's default (each test where a worker is free),
except two groups that each run in one worker, the first ones handed out: tests/shipped/ (the
shipped content and the example network's four offices, assembled and their indexes loaded in
that process only, not in each of the four) and tests/shipped/test_search_eval.py (the shipped
index loaded once more, each evaluation question searched once: its module's functools.cache).
Then the tests of the modules marked slow (`pytest.mark.slow`: the real bot against fake
servers, whole indexes built) or that start processes (`subprocess`), so that the run does not
end waiting on one of them started last (tests/test_*.py, collected last, start processes);
then the rest, in the order collected. A module outside tests/shipped/ that talks to the shipped
content (`shipped_core`) goes with tests/shipped/, and the modules in WHOLE each to one worker:
their first test loads what only they use (~1–3 s in each worker that ran one of their tests).

The main process's bookkeeping stays linear in the tests: a finished scope is dropped from its
worker's list (xdist counts a worker's pending tests over every scope it was ever given, at each
test's end: quadratic, ~3 s of the main process's CPU in a run), and a test's position in the
collection is looked up in a table, not searched for in the list. Single tests go out up to
CHUNK to a message while many wait (one message and one reply between the processes for each
test cost ~0.65 ms of CPU a test over xdist's own chunks: 4,000 trivial tests, `-n 2`), fewer as
the queue empties, one at a time at the end.

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
CHUNK = 16  # the most single tests handed to a worker in one message
# Modules whose tests share a costly first step no other module has: the fixture network with
# real towns' indexes (a first question at its gate), the fixture content grown to 26 topics.
WHOLE = (
    "tests/features/office/test_gate_first_message.py",
    "tests/search/test_callback_requests.py",
)


class _Groups(LoadScopeScheduling):
    """A scope per test, but one for each group; the largest scopes are handed out first, then
    the slow modules' tests."""

    _ordered = False
    _shipped: dict[str, bool]
    _positions: dict[Any, dict[str, int]]

    def _split_scope(self, nodeid: str) -> str:
        if nodeid.startswith(EVALUATION):
            return "search-eval"
        if nodeid.startswith(SHIPPED):
            return "shipped"
        module = nodeid.split("::", 1)[0]
        if module in WHOLE:
            return module
        if self._uses_shipped(module):
            return "shipped"
        return nodeid

    def _uses_shipped(self, module: str) -> bool:
        if not hasattr(self, "_shipped"):
            self._shipped = {}
        if module not in self._shipped:
            try:
                text = (self.config.rootpath / module).read_text(encoding="utf-8")
                self._shipped[module] = "shipped_core" in text
            except OSError:
                self._shipped[module] = False
        return self._shipped[module]

    def mark_test_complete(self, node: Any, item_index: int, duration: float = 0) -> None:  # noqa: ANN401
        nodeid = self.registered_collections[node][item_index]
        scope = self._split_scope(nodeid)
        work = self.assigned_work[node]
        work[scope][nodeid] = True
        if all(work[scope].values()):  # (tests end in the order given: a short walk)
            del work[scope]
        self._reschedule(node)

    def _assign_work_unit(self, node: Any) -> None:  # noqa: ANN401 - xdist's WorkerController
        if not self._ordered:  # (the first call: the work queue is complete, none handed out)
            self._ordered = True
            self._slow_first()
        if not hasattr(self, "_positions"):
            self._positions = {}
        if node not in self._positions:
            collection = self.registered_collections[node]
            self._positions[node] = {nodeid: i for i, nodeid in enumerate(collection)}
        assigned = self.assigned_work.setdefault(node, {})
        positions = self._positions[node]
        sent: list[int] = []
        # single tests go out several to a message while many wait (one message, one wake-up
        # of the worker for each), one at a time near the end so the workers end together
        chunk = min(CHUNK, max(1, len(self.workqueue) // (4 * len(self.nodes))))
        while self.workqueue and len(sent) < chunk:
            scope, work_unit = self.workqueue.popitem(last=False)
            assigned[scope] = work_unit
            sent += [positions[n] for n, done in work_unit.items() if not done]
            if len(work_unit) > 1:  # (a group: sent alone)
                break
            if self.workqueue and len(next(iter(self.workqueue.values()))) > 1:
                break
        node.send_runtest_some(sent)

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
