"""Boundaries worth keeping, checked on the source: the core and the features know no channel
library, only storage writes SQL, storage knows no feature, only the composition root knows
which features run, and a feature reaches another only through that feature's package."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BOT = ROOT / "bot"
CHANNEL_LIBRARIES = ("telegram", "viberbot", "aiohttp", "httpx")
IMPORT = re.compile(r"^\s*(?:from\s+([\w.]+)\s+import|import\s+([\w.]+))", re.M)


def imports(path: Path) -> set[str]:
    found = set()
    for match in IMPORT.finditer(path.read_text(encoding="utf-8")):
        found.add(match.group(1) or match.group(2))
    return found


def sources(*parts: str) -> list[Path]:
    return sorted(BOT.joinpath(*parts).rglob("*.py"))


def test_the_core_and_every_feature_load_without_any_channel_library():
    code = (
        "import sys, bot.core.dispatch, bot.features.registry, bot.app\n"
        "bot.app.registry()\n"
        f"print([m for m in {CHANNEL_LIBRARIES!r} if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    assert out.strip() == "[]"


def test_the_core_and_the_features_import_no_channel_library():
    offenders = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in sources("core") + sources("features")
        for module in imports(path)
        if module.split(".")[0] in CHANNEL_LIBRARIES or module.startswith("bot.channels")
    ]
    assert offenders == []


def test_only_storage_writes_sql():
    sql = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE)\b")
    offenders = [
        str(path.relative_to(ROOT))
        for path in BOT.rglob("*.py")
        if "storage" not in path.parts and sql.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_storage_imports_no_feature_channel_or_delivery_code():
    offenders = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in sources("storage")
        for module in imports(path)
        if module.startswith(("bot.features", "bot.channels", "bot.delivery", "bot.app"))
    ]
    assert offenders == []


def test_the_core_imports_no_feature():
    offenders = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in sources("core")
        for module in imports(path)
        if module.startswith("bot.features")
    ]
    assert offenders == []


def test_only_the_composition_root_imports_the_feature_registry():
    importers = [
        str(path.relative_to(ROOT))
        for path in BOT.rglob("*.py")
        if "bot.features.registry" in imports(path)
        or re.search(r"from bot\.features import .*\bregistry\b", path.read_text("utf-8"))
    ]
    assert importers == ["bot/app.py"]


def test_a_feature_uses_another_only_through_its_package():
    """`from bot.features.menu import main_menu` is fine; `bot.features.menu.replies` is the
    menu's own business."""
    offenders = []
    for path in sources("features"):
        own = path.relative_to(BOT / "features").parts[0]
        for module in imports(path):
            parts = module.split(".")
            if parts[:2] == ["bot", "features"] and len(parts) > 3 and parts[2] != own:
                offenders.append(f"{path.relative_to(ROOT)}: {module}")
    assert offenders == []


def test_modules_stay_small_enough_to_read():
    """~300 lines: a module that grows past it holds two things and is split."""
    long = [
        f"{path.relative_to(ROOT)}: {lines}"
        for path in BOT.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 330
    ]
    assert long == []
