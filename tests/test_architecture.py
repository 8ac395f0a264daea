"""Boundaries worth keeping: the core knows no channel library, only storage writes SQL."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHANNEL_LIBRARIES = ("telegram", "viberbot", "aiohttp", "httpx")


def test_core_and_handlers_load_without_any_channel_library():
    code = (
        "import sys, bot.core.messages, bot.core.dispatch, bot.handlers, bot.app\n"
        "bot.handlers.build_router()\n"
        f"print([m for m in {CHANNEL_LIBRARIES!r} if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    assert out.strip() == "[]"


def test_only_storage_writes_sql():
    sql = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE)\b")
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "bot").rglob("*.py")
        if "storage" not in path.parts and sql.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_handlers_import_no_channel_library():
    pattern = re.compile(rf"^\s*(from|import)\s+({'|'.join(CHANNEL_LIBRARIES)})\b", re.M)
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "bot" / "handlers").rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
