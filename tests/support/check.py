"""`infopoint check` run in-process on a test's config: its exit code and what it printed, and
the line a key of the config stands on (to assert that a message names it)."""

from __future__ import annotations

from pathlib import Path

from bot.cli import main
from bot.settings import yamldoc


def run_check(config: Path, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(["check", "--config", str(config)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def line(config: Path, *path: str | int) -> int | None:
    return yamldoc.load(config).line(path)
