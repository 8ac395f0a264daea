"""Shared fixtures: the fixture deployment (tests/fixture: a config and some topics per language)
on a temp SQLite file, a fixed clock, the core. Code tests never read the shipped config.yaml or
content/: an office editing its FAQ breaks none of them (tests/content/ checks the shipped ones)."""

from __future__ import annotations

import datetime as dt
import functools
import re
import shutil
from pathlib import Path

import pytest
import yaml

from bot.app import build
from tests.support.callbacks import Delivery, RecordingPlatform
from tests.support.collector import (  # noqa: F401 - the run's hooks
    pytest_collection_finish,
    pytest_runtest_teardown,
)
from tests.support.configs import configs_read_once  # noqa: F401 - the run's fixture
from tests.support.content_once import content_read_once  # noqa: F401 - the run's fixture
from tests.support.dialogue import Dialogue
from tests.support.holidays_once import holidays_from_one_child_per_process  # noqa: F401 - the run's
from tests.support.search_files import (  # noqa: F401 - the run's fixtures
    search_files,
    search_indexes_built_once_per_run,
)
from tests.support.xdist_groups import pytest_xdist_make_scheduler  # noqa: F401 - the hook

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixture"
# A Monday morning in Warsaw (09:00 CET): inside the information point's hours.
MONDAY_MORNING = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)


class Clock:
    """A settable clock for the code under test."""

    def __init__(self, now: dt.datetime = MONDAY_MORNING):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@functools.cache
def _fixture_config() -> str:
    return (FIXTURE / "config.yaml").read_text(encoding="utf-8")


# The database's path in a written config, put in after: a test's temp folder (letters, digits,
# «_», «-», «.» and «/») is written as it is, so the same overrides are dumped once per process.
_DATABASE = "database-path-of-the-test"
_PLAIN_PATH = re.compile(r"[\w/.-]+")
_dumped: dict[str, str] = {}


def _config_text(database: str, overrides: dict[str, object]) -> str:
    data = yaml.load(_fixture_config(), Loader=yaml.CSafeLoader)
    data["storage"]["path"] = database
    data.setdefault("content", {})["dir"] = str(FIXTURE / "content")
    for dotted, value in overrides.items():
        target = data
        *parents, last = dotted.split("__")
        for part in parents:
            target = target.setdefault(part, {})
        target[last] = value
    return yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False)


def write_config(tmp_path: Path, **overrides) -> Path:  # type: ignore[no-untyped-def]
    """The fixture deployment's config with its content, a temp database and any overrides."""
    database = str(tmp_path / "infopoint.sqlite3")
    key = repr(list(overrides.items()))
    if _PLAIN_PATH.fullmatch(database) is None or _DATABASE in key:
        text = _config_text(database, overrides)
    else:
        if key not in _dumped:
            _dumped[key] = _config_text(_DATABASE, overrides)
        text = _dumped[key].replace(_DATABASE, database)
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return write_config(tmp_path)


@pytest.fixture
async def app(config_path: Path, clock: Clock):  # type: ignore[no-untyped-def]
    application = await build(config_path, clock=clock)
    yield application
    await application.close()


@pytest.fixture
def dialogue(app) -> Dialogue:  # type: ignore[no-untyped-def]
    return Dialogue(app.core)


@pytest.fixture
def platform() -> RecordingPlatform:
    """The chat platform as the outbox sees it: records what is sent, edited and deleted."""
    return RecordingPlatform()


@pytest.fixture
def delivery(app, platform, clock) -> Delivery:  # type: ignore[no-untyped-def]
    return Delivery(app, platform, clock)


@pytest.fixture
async def shipped_core(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The shipped config.yaml and content, at 9:00 UTC today (the content is checked up to
    today), with the search: the core a newcomer talks to."""
    today = dt.datetime.now(dt.UTC).date()
    clock = Clock(dt.datetime.combine(today, dt.time(9, 0), dt.UTC))
    app = await build(ROOT / "config.yaml", storage_path=tmp_path / "db.sqlite3", clock=clock)
    yield app.core
    await app.close()


def copy_content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(FIXTURE / "content", target)
    return target


@pytest.fixture(autouse=True, scope="session")
def content_files_read_once():
    """Each content file is read and checked once per test process, not once per test: most tests
    build the bot on the same fixture files (a tenth of a second each). Keyed by the file's
    path, size and modification time, so a test that writes its own content still has it read."""
    from bot.content import knowledge

    real = knowledge._read
    memo: dict[tuple[object, ...], tuple[object, list[object]]] = {}

    def read(path, code, schema, problems, today=None):  # type: ignore[no-untyped-def]
        try:
            stat = path.stat()
        except OSError:
            return real(path, code, schema, problems, today)
        key = (str(path), stat.st_mtime_ns, stat.st_size, code, id(schema), today)
        if key not in memo:
            found: list[object] = []
            memo[key] = (real(path, code, schema, found, today), found)
        layer, found = memo[key]
        problems.extend(found)
        return layer

    patch = pytest.MonkeyPatch()
    patch.setattr(knowledge, "_read", read)
    yield
    patch.undo()


@pytest.fixture(autouse=True, scope="session")
def content_assembled_once():
    """The same content assembled for the same offices on the same day is assembled once per
    test process, not in each of ~2,500 app builds (~25 ms each: every topic's parts and markup
    checked). Keyed by what the assembly reads: the folders and every file in them (path, size,
    modification time), the languages, each office's placeholders, folder and name, the day
    (not the config's file, named only in an error). Content with errors is not kept: it raises
    each time, as it is."""
    import os

    from bot.content import knowledge

    real = knowledge.load_variants
    memo: dict[object, dict[str, object]] = {}

    def files(folder):  # type: ignore[no-untyped-def]
        if folder is None or not os.path.isdir(folder):
            return ()
        found = []
        for root, _, names in os.walk(folder):
            for name in names:
                stat = os.stat(os.path.join(root, name))
                found.append((root, name, stat.st_mtime_ns, stat.st_size))
        return tuple(sorted(found))

    def load_variants(content_dir, languages, variants, today=None, prefer=None):  # type: ignore[no-untyped-def]
        today = today or dt.date.today()
        offices = tuple(
            (
                key,
                tuple(sorted(v.placeholders(code).items()) for code in languages),
                str(v.own_dir),
                files(v.own_dir),
                v.name,
                v.offices,
                v.local_at and v.local_at[1:],  # (the config's file: only ever in an error)
            )
            for key, v in variants.items()
        )
        key = (str(content_dir), files(content_dir), languages, repr(offices), today, prefer)
        if key not in memo:
            memo[key] = real(content_dir, languages, variants, today, prefer)
        return dict(memo[key])

    patch = pytest.MonkeyPatch()
    patch.setattr(knowledge, "load_variants", load_variants)
    yield
    patch.undo()


@pytest.fixture(autouse=True, scope="session")
def databases_start_migrated(tmp_path_factory):
    """A new database file starts as a copy of one migrated once per test process (every
    migration applied: `migrate` finds nothing to do), not migrated again in each of ~2,500
    tests (~50 ms each, most of it waiting on the disk). A file that exists (a test's older
    schema, a restart) is opened as it is: every migration still runs, on the template here,
    and on older databases in tests/storage/test_migrations.py."""
    import asyncio

    from bot import storage

    template = tmp_path_factory.mktemp("template") / "migrated.sqlite3"

    async def make() -> None:
        db = await storage.Database(template).open()
        await db.close()

    asyncio.run(make())
    real = storage.Database.open

    async def open_copy(self):  # type: ignore[no-untyped-def]
        if isinstance(self.path, Path) and not self.path.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(template, self.path)
        return await real(self)

    patch = pytest.MonkeyPatch()
    patch.setattr(storage.Database, "open", open_copy)
    yield
    patch.undo()


@pytest.fixture(autouse=True, scope="session")
def sqlite_flushes_nothing():
    """SQLite does not flush its files to the disk in a test process (`synchronous=OFF` after
    the bot's own settings): ~4 flushes a test (the log and the database at each close's
    checkpoint), ~6 ms each of waiting on a busy disk, in ~3,000 tests. What SQLite writes and
    reads is the same; only a power cut, never staged here, would tell. The bot's own flush
    before it confirms updates (`Database.durable`, os.fsync) is unchanged, and watched in
    tests/storage/test_durable.py; bots started as processes keep every setting."""
    from bot import storage

    real = storage.set_up  # (bot/storage/migrating.py's, as bot.storage calls it)

    def set_up(raw):  # type: ignore[no-untyped-def]
        real(raw)
        raw.execute("PRAGMA synchronous=OFF")

    patch = pytest.MonkeyPatch()
    patch.setattr(storage, "set_up", set_up)
    yield
    patch.undo()


@pytest.fixture(autouse=True)
def no_leaked_database_threads():
    """An unclosed aiosqlite connection keeps a thread alive and hangs the interpreter at exit."""
    import threading

    before = {t.ident for t in threading.enumerate()}
    yield
    import time

    deadline = time.monotonic() + 2
    new = [
        t
        for t in threading.enumerate()
        if t.ident not in before and "connection_worker" in (t.name or "")
    ]
    for thread in new:  # (a closed connection's thread ends a moment after: waited for, no more)
        thread.join(max(0.0, deadline - time.monotonic()))
    leaked = [t for t in new if t.is_alive()]
    assert not leaked, "a test left an aiosqlite connection open"
