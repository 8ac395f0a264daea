"""Start-up benchmark: time from `infopoint run` starting to its first getUpdates, and resident
memory once it is polling. Runs a fake Bot API server (tests/support/fake_telegram.py) on
127.0.0.1; nothing touches the network.

    .venv/bin/python bench/startup.py [--runs 5]

Targets (issue 2): under 2 s to the first getUpdates, under 150 MB resident.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load_support import compile_bytecode  # noqa: E402
from tests.conftest import write_config  # noqa: E402
from tests.support.fake_telegram import FakeTelegram  # noqa: E402


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def one_run() -> tuple[float, float]:
    async with FakeTelegram() as tg:
        tg.group(-1001234500000, "Staff")
        with tempfile.TemporaryDirectory() as tmp:
            config = write_config(
                Path(tmp), telegram__base_url=tg.base_url, staff__chat_id=-1001234500000
            )
            env = {**os.environ, "TELEGRAM_BOT_TOKEN": tg.token}
            started = time.monotonic()
            process = await asyncio.create_subprocess_exec(
                str(ROOT / ".venv/bin/python"),  # this tree, not the entry point's
                "-m",
                "bot",
                "run",
                "--config",
                str(config),
                cwd=ROOT,
                env=env,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.DEVNULL,
            )
            try:
                await tg.wait_until(lambda: bool(tg.get_updates_at), timeout=30)
                first = tg.get_updates_at[0] - started
                await asyncio.sleep(1.0)  # settle: outbox worker and jobs running
                memory = rss_mb(process.pid)
            finally:
                process.terminate()
                await process.wait()
    return first, memory


async def main(runs: int) -> None:
    compile_bytecode(ROOT)
    results = [await one_run() for _ in range(runs)]
    times = [r[0] for r in results]
    memory = [r[1] for r in results]
    print(f"runs: {runs}")
    print(
        f"start-up to first getUpdates: median {statistics.median(times):.2f} s, "
        f"max {max(times):.2f} s (target < 2 s)"
    )
    print(
        f"resident memory while polling: median {statistics.median(memory):.0f} MB, "
        f"max {max(memory):.0f} MB (target < 150 MB)"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    asyncio.run(main(parser.parse_args().runs))
