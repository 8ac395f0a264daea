"""Memory benchmark: the resident memory of `infopoint run` right after start and after a few
hundred updates, against the tests' fake Bot API server (bench/load_support.py, as
bench/load.py uses it) on 127.0.0.1. Nothing touches the network.

    .venv/bin/python bench/memory.py [--rounds 5] [--updates 400] [--first-start]
                                     [--trace] [--top 25] [--bot-src DIR]

Each round starts the bot as a subprocess with a fresh config and database; by default with
the word, index and content caches of an earlier start beside it (a restart, as `bench/load.py
--warm-cache`), with --first-start without them. Per round: VmRSS once the first question is
answered and the bot has settled («start»), then after --updates updates from 200 users
(/start, taps, typed questions in uk/ru/en/pl: the load benchmark's workload) and 50 users'
/book, /callback, name, phone, /cancel («warm»), and VmHWM (the peak). The median of each over
the rounds is printed last.

--trace: one more run under tracemalloc (started with the interpreter, so imports count):
after the warm-up the bot is sent SIGUSR1 and writes what Python objects it holds, summed by
package (a library, or the bot's own subpackage) and by file, the --top biggest. tracemalloc
sees Python's allocations only (not numpy's buffers from the C heap, not mapped files), and
its own bookkeeping makes that run's RSS larger: its figures are not the rounds'.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.load import FEATURES, prime_word_cache  # noqa: E402
from bench.load_support import (  # noqa: E402
    ROOT,
    STARTUP_QUESTION,
    ServerThread,
    Workload,
    compile_bytecode,
    median,
    memory_mb,
    stop,
    write_config,
)

PYTHON = ROOT / ".venv" / "bin" / "python"
USERS = 200
FEATURE_USERS = 50
SETTLE = 1.5  # s after the last reply: the outbox, the jobs and the heap's give-back done

TRACED = """
import collections, signal, sys, tracemalloc
out, top = sys.argv.pop(1), int(sys.argv.pop(1))

def _package(name):
    parts = name.replace("\\\\", "/").split("/")
    for mark in ("site-packages", "lib-dynload"):
        if mark in parts:
            rest = parts[parts.index(mark) + 1:]
            return rest[0].removesuffix(".py") if rest else name
    if "bot" in parts:
        rest = parts[len(parts) - 1 - parts[::-1].index("bot"):]
        return "/".join(rest[:2]) if len(rest) > 2 else "/".join(rest)
    return "(stdlib) " + parts[-1]

def dump(*_):
    snapshot = tracemalloc.take_snapshot()
    stats = snapshot.statistics("filename")
    packages = collections.Counter()
    for s in stats:
        packages[_package(s.traceback[0].filename)] += s.size
    total = sum(s.size for s in stats)
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"traced in all: {total / 2**20:.1f} MB\\n\\nby package:\\n")
        for name, size in packages.most_common(top):
            f.write(f"  {size / 2**20:7.2f} MB  {name}\\n")
        f.write("\\nby file:\\n")
        for s in stats[:top]:
            f.write(f"  {s.size / 2**20:7.2f} MB  {s.traceback[0].filename}\\n")
        f.write("\\nby line:\\n")
        for s in snapshot.statistics("lineno")[:top]:
            frame = s.traceback[0]
            f.write(f"  {s.size / 2**20:7.2f} MB  {frame.filename}:{frame.lineno}\\n")

signal.signal(signal.SIGUSR1, dump)
from bot.cli import main
sys.argv[0] = "infopoint"
raise SystemExit(main())
"""


def mappings(pid: int, top: int) -> str:
    """The process's resident memory by what is mapped (/proc/PID/smaps): the heap and
    anonymous memory, each library's file, the biggest `top`."""
    rss: dict[str, int] = {}
    name = ""
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        fields = line.split()
        if fields and not fields[0].endswith(":"):  # a mapping's header line
            name = fields[5] if len(fields) > 5 else "[anonymous]"
            name = name.split("site-packages/")[-1]
        elif fields and fields[0] == "Rss:":
            rss[name] = rss.get(name, 0) + int(fields[1])
    ranked = sorted(rss.items(), key=lambda kv: -kv[1])[:top]
    return "\n".join(f"  {kb / 1024:7.1f} MB  {name}" for name, kb in ranked)


def one_run(args: argparse.Namespace, logs: Path, rnd: int, trace: Path | None) -> dict[str, float]:
    server = ServerThread()
    tg = server.tg
    wl: Workload = server.call(Workload, tg, USERS)
    tmp = Path(tempfile.mkdtemp(prefix=f"r{rnd}-", dir=logs))
    config = write_config(tmp, tg.base_url, root=args.bot_src)
    if args.warm_cache:
        for cached in args.warm_cache.parent.glob("*.pickle"):  # words, indexes, content
            shutil.copy(cached, tmp / cached.name)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "VIBER_"))}
    env["TELEGRAM_BOT_TOKEN"] = tg.token
    if args.bot_src != ROOT:
        env["PYTHONPATH"] = str(args.bot_src)
    python = str(PYTHON if PYTHON.exists() else sys.executable)
    cmd = [python, "-m", "bot", "run", "--config", str(config)]
    if trace is not None:
        env["PYTHONTRACEMALLOC"] = "1"
        cmd = [python, "-c", TRACED, str(trace), str(args.top), "run", "--config", str(config)]
    figures: dict[str, float] = {}
    with open(tmp / "stderr.txt", "wb") as stderr:
        process = subprocess.Popen(
            cmd, cwd=args.bot_src, env=env, stdin=subprocess.DEVNULL, stdout=stderr, stderr=stderr
        )
        try:
            user = server.call(lambda: tg.user(first_name="First", language_code="uk"))
            update = server.call(tg.make_update, user, "question", STARTUP_QUESTION)
            server.call(tg.push_many, [(user.id, "question", update)], "startup")
            if not server.run(tg.wait_settled(120)):
                raise SystemExit(f"the first question was not answered; see {stderr.name}")
            time.sleep(SETTLE)
            figures["start"] = memory_mb(process.pid)
            for done in range(0, args.updates, 100):  # in batches, as people come
                batch = [wl.build(wl.users[i % USERS]) for i in range(done, done + 100)]
                server.call(tg.push_many, batch, "warm")
                server.run(tg.wait_settled(120))
            for text in FEATURES:
                batch = [
                    (u.id, "feature", tg.make_update(u, "question", text))
                    for u in wl.users[:FEATURE_USERS]
                ]
                server.call(tg.push_many, batch, "features")
                server.run(tg.wait_settled(120))
            time.sleep(SETTLE)
            figures["warm"] = memory_mb(process.pid)
            figures["peak"] = memory_mb(process.pid, "VmHWM")
            if args.maps:
                print(mappings(process.pid, args.top))
            if trace is not None:
                process.send_signal(signal.SIGUSR1)
                for _ in range(600):
                    if trace.exists() and trace.stat().st_size:
                        time.sleep(0.5)
                        break
                    time.sleep(0.1)
        finally:
            stop(process)
    lost = server.call(lambda: sum(p.answered_at is None for p in tg.all))
    figures["lost"] = lost
    server.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--updates", type=int, default=400)
    parser.add_argument("--first-start", action="store_true", help="no caches of a start before")
    parser.add_argument("--trace", action="store_true", help="a run under tracemalloc too")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--maps", action="store_true", help="resident memory by mapping")
    parser.add_argument("--bot-src", type=Path, default=ROOT)
    args = parser.parse_args()
    args.bot_src = args.bot_src.resolve()
    compile_bytecode(args.bot_src)
    logs = Path(tempfile.mkdtemp(prefix="infopoint-memory-"))
    args.warm_cache = None if args.first_start else prime_word_cache(logs, args)
    print(f"{'restart' if args.warm_cache else 'first start'}, {args.updates} updates, logs {logs}")
    rows = []
    for rnd in range(1, args.rounds + 1):
        row = one_run(args, logs, rnd, None)
        rows.append(row)
        print(
            f"round {rnd}: start {row['start']:.1f} MB, warm {row['warm']:.1f} MB, "
            f"peak {row['peak']:.1f} MB, unanswered {row['lost']:.0f}",
            flush=True,
        )
    if rows:
        print(
            "median: start {:.1f} MB, warm {:.1f} MB, peak {:.1f} MB (aim: warm < 150)".format(
                *(median([r[k] for r in rows]) for k in ("start", "warm", "peak"))
            )
        )
    if args.trace:
        trace = logs / "tracemalloc.txt"
        row = one_run(args, logs, 0, trace)
        print(f"\ntraced run (RSS warm {row['warm']:.1f} MB with tracemalloc's own):")
        print(trace.read_text(encoding="utf-8") if trace.exists() else "no snapshot written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
