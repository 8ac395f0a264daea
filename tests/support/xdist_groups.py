"""How `pytest -n 4` shares the tests out: as xdist's default (each test where a worker is free),
except two groups that each run in one worker, the first ones handed out: tests/shipped/ (the
shipped content and the example network's four offices, assembled and their indexes loaded in
that process only, not in each of the four) and tests/shipped/test_search_eval.py (the shipped
index loaded once more, each evaluation question searched once: its module's functools.cache).

xdist's own `--dist loadgroup` would do this with marks, but with pytest 9 it does not group
(xdist 3.8 renames `item._nodeid`, which pytest 9 no longer reads), hence this scheduler."""

from __future__ import annotations

from typing import Any

import pytest
from xdist.scheduler import LoadScopeScheduling

SHIPPED = "tests/shipped/"
EVALUATION = "tests/shipped/test_search_eval.py::"


class _Groups(LoadScopeScheduling):
    """A scope per test, but one for each group; the largest scopes are handed out first."""

    def _split_scope(self, nodeid: str) -> str:
        if nodeid.startswith(EVALUATION):
            return "search-eval"
        if nodeid.startswith(SHIPPED):
            return "shipped"
        return nodeid


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:  # noqa: ANN401 - xdist's
    if config.getvalue("dist") != "load":
        return None  # (another --dist asked for: xdist's own)
    return _Groups(config, log)
