"""The test modules' asserts rewritten once per run, not in each xdist worker.

pytest rewrites every test module's asserts (so that a failing assert shows its values) before
it imports it: ~8 s of CPU per process for the ~300 modules, done again in each of `-n 4`'s
workers (on two cores, a tenth of the suite's time). Here each worker rewrites its share of the
modules (every Nth file) into a folder all workers of the run share, then waits for the
others' shares; pytest's own import then reads the rewritten code from that folder (its cache,
a pyc keyed by the source's hash: an edited module is rewritten again, as pytest would). The
code is pytest's own rewriting: a failing assert reads the same. Without xdist, or if anything
here goes wrong, pytest rewrites each module itself, as before."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
WAIT = 60.0  # seconds at most for the other workers' shares (then the rest is rewritten here)


def _modules(args: list[str]) -> list[Path]:
    """The test modules the run collects: those under the paths it was given."""
    tests = ROOT / "tests"
    asked = [Path(arg.split("::")[0]).resolve() for arg in args]
    found = [*tests.rglob("test_*.py"), *tests.rglob("conftest.py")]
    return sorted(
        p
        for p in found
        if p != tests / "conftest.py"  # (the root one: already imported)
        and any(p == a or p.is_relative_to(a) for a in asked)
    )


@pytest.hookimpl(tryfirst=True)
def pytest_collection(session: pytest.Session) -> None:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    count = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    if (
        not worker.startswith("gw")
        or count < 2
        or session.config.getoption("assertmode") != "rewrite"
    ):
        return
    try:
        from _pytest.assertion import rewrite
    except ImportError:  # (another pytest: each worker rewrites its modules, as before)
        return
    state = session.config.stash[rewrite.assertstate_key]
    factory = session.config._tmp_path_factory  # type: ignore[attr-defined]
    folder: Path = factory.getbasetemp().parent / "rewritten"  # (the run's: its workers' parent)

    def cache_dir(file_path: Path) -> Path:
        return folder / Path(*file_path.parts[1:-1])

    session.config.add_cleanup(_restore(rewrite, rewrite.get_cache_dir))
    rewrite.get_cache_dir = cache_dir
    modules = _modules(session.config.args)
    index = int(worker.removeprefix("gw"))

    def pyc(path: Path) -> Path:
        return cache_dir(path) / (path.name[:-3] + rewrite.PYC_TAIL)

    for path in modules[index::count]:
        target = pyc(path)
        if rewrite._read_pyc(path, target) is not None:
            continue
        source_hash, code = rewrite._rewrite_test(path, session.config)
        target.parent.mkdir(parents=True, exist_ok=True)
        rewrite._write_pyc(state, code, source_hash, target)  # (atomic: written, then renamed)
    deadline = time.monotonic() + WAIT
    missing = [p for p in modules if not pyc(p).exists()]
    while missing and time.monotonic() < deadline:
        time.sleep(0.05)
        missing = [p for p in missing if not pyc(p).exists()]


def _restore(rewrite: object, real: object):  # type: ignore[no-untyped-def]
    def restore() -> None:
        rewrite.get_cache_dir = real  # type: ignore[attr-defined]

    return restore
