"""Load benchmark: infopoint against a bare python-telegram-bot echo bot (bench/echo_bot.py) that
makes the same Bot API calls, both long-polling the tests' fake Bot API server
(tests/support/fake_telegram.py) on 127.0.0.1. Nothing touches the network.

    .venv/bin/python bench/load.py [--rounds 3] [--backlog 2000] [--users 500] [--rate 20]
                                   [--duration 20] [--quick] [--warm-cache] [--bot-src DIR]
                                   [--telegram-limits]

--quick: 1 round, small, under a minute (a smoke test). --warm-cache: infopoint starts with the
word, index and content caches of an earlier start, as on a restart (default: a first start).
--bot-src DIR:
run infopoint from another source tree, e.g. a commit unpacked with `git archive` while this one is
being edited (its errors would otherwise show up as fast error replies).

Each round runs both bots, one after the other (the order alternates between rounds), each as a
subprocess with a fresh config, database and fake server (in a thread of this process, so its
CPU is never counted as the bot's). Per bot run:

  start-up   process start -> first getUpdates; -> reply to a question sent right away
             ("як зробити песель для дитини"), and the bot's CPU (utime+stime) up to it; VmRSS
             once that is answered
  backlog    --backlog updates from --users users (/start, taps on menu buttons, typed questions
             in uk/ru/en/pl) made available at once while the bot polls -> updates/s until the
             last is answered; the bot's CPU (utime+stime, /proc/PID/stat) per update
  steady     --rate updates/s for --duration s, each user at most one update in flight:
             latency = update available -> the bot's reply call reaching the server; p50/p95/p99
  long       the same with 5% of the messages 4,000 characters long: p99 of the OTHER updates
  features   what a working day also brings, so that memory is measured with it: 50 users each
             ask for a visit (/book: the duty desk's free days), start a callback request
             (/callback, a name, a phone number) and leave it (/cancel)
  memory     VmRSS and VmHWM (peak) after all that

An update is "answered" by the bot's first sendMessage/editMessageText in that chat after it
(for a tap that comes after answerCallbackQuery); the echo bot sends one per update, infopoint
sometimes two (a long answer's sources, services offered under an answer): the second ones are
counted apart ("2nd reply messages"), and the backlog's time ends with the last reply call.
Lost replies, taps never answered, calls the fake server refused and ERROR lines in the bot's
stderr are counted; the stderr files are kept and their paths printed.

The summary gives, per figure, the median over rounds for each bot and the median of the
per-round ratios infopoint/echo (throughput: below 1 means infopoint is slower; latency, CPU and
memory: above 1 means infopoint costs more).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.load_support import (  # noqa: E402
    ROOT,
    STARTUP_QUESTION,
    LoadTelegram,
    Pending,
    ServerThread,
    Workload,
    compile_bytecode,
    cpu_seconds,
    long_message,
    median,
    memory_mb,
    percentile,
    stop,
    write_config,
)

PYTHON = ROOT / ".venv" / "bin" / "python"
BOTS = ("infopoint", "echo")
LONG_EVERY = 20  # 5% of the messages in the "long" phase are 4,000 characters
QUIET = 0.3  # s without a reply call after the backlog is matched: its last replies are out
FEATURE_USERS = 50  # users who book, ask for a callback and cancel it before memory is read
WORD_CACHE = "search-words.pickle"  # bot.search.wordcache, kept next to the database


class BotDied(Exception):
    pass


@dataclass
class Result:
    bot: str
    round: int
    figures: dict[str, float] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    stderr: Path | None = None


# --- phases, run on the fake server's event loop ---------------------------------------------


async def push_startup_question(tg: LoadTelegram, wl: Workload) -> Pending:
    user = tg.user(first_name="First", language_code="uk")
    tg.push_many(
        [(user.id, "question", tg.make_update(user, "question", STARTUP_QUESTION))], "startup"
    )
    return tg.all[-1]


async def push_backlog(tg: LoadTelegram, wl: Workload, count: int) -> list[Pending]:
    """`count` updates, round robin over the users (so a user's 4 updates are far apart)."""
    batch = [wl.build(wl.users[i % len(wl.users)]) for i in range(count)]
    before = len(tg.all)
    tg.push_many(batch, "backlog")
    return tg.all[before:]


async def steady(
    tg: LoadTelegram, wl: Workload, rate: float, duration: float, phase: str, long_every: int = 0
) -> list[Pending]:
    """Updates at a fixed rate; users in turn, so with users >= rate*duration each user has one
    update in this phase and its reply can only be that update's."""
    count = max(1, int(rate * duration))
    offset = len(tg.all)  # start at a different user in each phase
    before = len(tg.all)
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(count):
        delay = start + i / rate - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        user = wl.users[(offset + i) % len(wl.users)]
        is_long = long_every and i % long_every == long_every // 2
        tg.push_many([wl.build(user, long_message() if is_long else None)], phase)
    return tg.all[before:]


FEATURES = ("/book", "/callback", "Olena", "+48 512 345 678", "/cancel")


async def features(tg: LoadTelegram, wl: Workload, users: int, timeout: float) -> bool:
    """FEATURES from `users` users, one step at a time; False if a step was not answered."""
    for text in FEATURES:
        batch = [(u.id, "feature", tg.make_update(u, "question", text)) for u in wl.users[:users]]
        tg.push_many(batch, "features")
        if not await tg.wait_settled(timeout):
            return False
    return True


async def async_thread_cpu() -> float:
    """CPU time of the fake server's thread (run this on its loop)."""
    return time.thread_time()


# --- one bot run ------------------------------------------------------------------------------


def command(bot: str, config: Path, base_url: str) -> list[str]:
    python = str(PYTHON if PYTHON.exists() else sys.executable)
    if bot == "infopoint":
        return [python, "-m", "bot", "run", "--config", str(config)]
    return [python, str(ROOT / "bench" / "echo_bot.py"), base_url]


def latencies_ms(items: list[Pending]) -> list[float]:
    return [(p.answered_at - p.pushed_at) * 1000 for p in items if p.answered_at is not None]


def run_bot(bot: str, rnd: int, args: argparse.Namespace, logs: Path) -> Result:
    result = Result(bot, rnd)
    server = ServerThread()
    tg = server.tg
    wl: Workload = server.call(Workload, tg, args.users)
    tmp = Path(tempfile.mkdtemp(prefix=f"{bot}-r{rnd}-", dir=logs))
    config = write_config(tmp, tg.base_url, limits=args.telegram_limits, root=args.bot_src)
    if bot == "infopoint" and args.warm_cache:
        for cached in args.warm_cache.parent.glob("*.pickle"):  # words, indexes, content
            shutil.copy(cached, tmp / cached.name)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "VIBER_"))}
    env["TELEGRAM_BOT_TOKEN"] = tg.token
    if args.telegram_limits:
        env["ECHO_RATE_LIMITS"] = "1"
    if bot == "infopoint" and args.bot_src != ROOT:  # a snapshot of the bot, not this tree
        env["PYTHONPATH"] = str(args.bot_src)
    result.stderr = tmp / "stderr.txt"
    f = result.figures
    with open(result.stderr, "wb") as stderr:
        started = time.monotonic()
        process = subprocess.Popen(
            command(bot, config, tg.base_url),
            cwd=args.bot_src if bot == "infopoint" else ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=stderr,
            stderr=stderr,
        )
        try:
            _measure(server, tg, wl, process, started, args, f, result)
        except BotDied as exc:
            result.problems.append(str(exc))
        finally:
            stopping = time.monotonic()
            if not stop(process):
                result.problems.append("did not stop within 30 s of SIGTERM")
            f["stop_s"] = time.monotonic() - stopping
    # what went wrong, as seen from outside
    lost = server.call(lambda: [p for p in tg.all if p.answered_at is None])
    if lost:
        kinds: dict[str, int] = {}
        for p in lost:
            kinds[f"{p.phase}/{p.kind}"] = kinds.get(f"{p.phase}/{p.kind}", 0) + 1
        result.problems.append(f"{len(lost)} updates never answered: {kinds}")
    f["lost"] = len(lost)
    unanswered_taps = server.call(lambda: len(tg.callback_ids))
    if unanswered_taps:
        result.problems.append(f"{unanswered_taps} taps without answerCallbackQuery")
    f["extra_calls"] = tg.extra  # (a second message of one reply: not a problem in itself)
    refused = server.call(lambda: list(tg.refused))
    if refused:
        result.problems.append(
            f"{len(refused)} calls refused by the fake server, e.g. {refused[:3]}"
        )
    lines = result.stderr.read_text(encoding="utf-8", errors="replace").splitlines()
    errors = [
        line for line in lines if "ERROR" in line or "Traceback" in line or "CRITICAL" in line
    ]
    f["errors"] = len(errors)
    if errors:
        distinct = list(dict.fromkeys(e[:160] for e in errors))
        result.problems.append(f"{len(errors)} error lines in stderr, e.g. {distinct[:3]}")
    if process.returncode not in (0, -15):
        result.problems.append(f"exit code {process.returncode}")
    server.close()
    return result


def _measure(server, tg, wl, process, started, args, f, result) -> None:  # type: ignore[no-untyped-def]
    pid = process.pid
    # a) start-up: the question is there before the bot's first getUpdates
    question = server.run(push_startup_question(tg, wl))
    if not server.run(tg.wait_settled(args.startup_timeout)):
        result.problems.append(f"start-up question not answered within {args.startup_timeout} s")
        if process.poll() is not None:
            raise BotDied(f"exited with code {process.returncode} before answering")
    f["start_cpu_s"] = cpu_seconds(pid)  # (the bot's own, whatever else the machine runs)
    polls = server.call(lambda: list(tg.get_updates_at))
    f["start_poll_s"] = polls[0] - started if polls else float("nan")
    f["start_answer_s"] = question.answered_at - started if question.answered_at else float("nan")
    time.sleep(args.settle)
    f["rss_start_mb"] = memory_mb(pid)

    # b) backlog
    cpu0, srv0 = cpu_seconds(pid), server.run(async_thread_cpu())
    items = server.run(push_backlog(tg, wl, args.backlog))
    settled = server.run(tg.wait_settled(args.backlog_timeout))
    server.run(tg.wait_quiet(QUIET, args.backlog_timeout))  # (the rest of two-message replies)
    answered = [p.answered_at for p in items if p.answered_at is not None]
    last = max([*answered, server.call(lambda: tg.last_reply_at)]) if answered else float("nan")
    cpu1, srv1 = cpu_seconds(pid), server.run(async_thread_cpu())
    wall = (last - items[0].pushed_at) if answered else float("nan")
    f["backlog_ups"] = len(answered) / wall if answered else 0.0
    f["cpu_ms_per_update"] = (cpu1 - cpu0) * 1000 / max(1, len(answered))
    f["server_busy"] = (srv1 - srv0) / wall if answered else float("nan")
    backlog_lat = latencies_ms(items)
    f["backlog_p50_ms"] = percentile(backlog_lat, 50)
    if not settled:
        result.problems.append(f"backlog not fully answered within {args.backlog_timeout} s")
    time.sleep(args.settle)

    # c) steady load
    cpu0 = cpu_seconds(pid)
    items = server.run(steady(tg, wl, args.rate, args.duration, "steady"))
    if not server.run(tg.wait_settled(args.reply_timeout)):
        result.problems.append("steady phase: replies missing")
    f["steady_cpu_ms_per_update"] = (cpu_seconds(pid) - cpu0) * 1000 / len(items)
    lat = latencies_ms(items)
    for p in (50, 95, 99):
        f[f"p{p}_ms"] = percentile(lat, p)
    f["max_ms"] = max(lat) if lat else float("nan")
    by_kind = sorted({p.kind for p in items})
    print(
        f"   {result.bot} steady p50/p99 ms by kind: "
        + ", ".join(
            f"{kind} {percentile(k, 50):.1f}/{percentile(k, 99):.1f} (n={len(k)})"
            for kind in by_kind
            for k in [latencies_ms([p for p in items if p.kind == kind])]
        ),
        flush=True,
    )
    time.sleep(args.settle)

    # d) steady load, 5% of the messages 4,000 characters long
    items = server.run(steady(tg, wl, args.rate, args.duration, "long", LONG_EVERY))
    if not server.run(tg.wait_settled(args.reply_timeout)):
        result.problems.append("long phase: replies missing")
    others = latencies_ms([p for p in items if p.kind != "long"])
    longs = latencies_ms([p for p in items if p.kind == "long"])
    f["long_others_p50_ms"] = percentile(others, 50)
    f["long_others_p99_ms"] = percentile(others, 99)
    f["long_p50_ms"] = percentile(longs, 50)
    time.sleep(args.settle)

    # e) the other features, then memory, warmed up
    if not server.run(features(tg, wl, FEATURE_USERS, args.reply_timeout)):
        result.problems.append("features phase: replies missing")
    time.sleep(args.settle)
    f["rss_after_mb"] = memory_mb(pid)
    f["hwm_mb"] = memory_mb(pid, "VmHWM")


PRIME = """
import asyncio, inspect, sys
from bot.app import build

async def main():
    keep = "keep_content" in inspect.signature(build).parameters  # (a tree that keeps it)
    app = await build(sys.argv[1], search="background", **({"keep_content": True} if keep else {}))
    await app.services.search.warm()  # every topic's parts, written to their file if it can
    await app.close()

asyncio.run(main())
"""


def prime_word_cache(logs: Path, args: argparse.Namespace) -> Path:
    """A start of the bot's search on a throwaway config, as `infopoint run` starts it (the
    index, then every topic's parts): it leaves the word and index caches (and the checked
    content, bot.content.kept) next to its database, to be copied next to each run's fresh
    database."""
    prime = logs / "word-cache"
    prime.mkdir()
    config = write_config(prime, "http://127.0.0.1:9/bot", root=args.bot_src)
    python = str(PYTHON if PYTHON.exists() else sys.executable)
    env = {**os.environ, "PYTHONPATH": str(args.bot_src)} if args.bot_src != ROOT else None
    subprocess.run(
        [python, "-c", PRIME, str(config)],
        cwd=args.bot_src,
        env=env,
        stdout=subprocess.DEVNULL,
        check=True,
    )
    if not (prime / WORD_CACHE).exists():
        raise SystemExit(f"--warm-cache: the search left no {WORD_CACHE} in {prime}")
    return prime / WORD_CACHE


# --- reporting --------------------------------------------------------------------------------

COLUMNS = [  # key, heading, format, better (+1 higher, -1 lower)
    ("start_poll_s", "start→poll s", "{:.2f}", -1),
    ("start_answer_s", "start→answer s", "{:.2f}", -1),
    ("start_cpu_s", "CPU to answer s", "{:.2f}", -1),
    ("rss_start_mb", "RSS start MB", "{:.0f}", -1),
    ("backlog_ups", "backlog upd/s", "{:.0f}", +1),
    ("cpu_ms_per_update", "CPU ms/upd", "{:.2f}", -1),
    ("backlog_p50_ms", "backlog p50 ms", "{:.0f}", -1),
    ("server_busy", "fake srv busy", "{:.0%}", 0),
    ("p50_ms", "steady p50 ms", "{:.1f}", -1),
    ("p95_ms", "steady p95 ms", "{:.1f}", -1),
    ("p99_ms", "steady p99 ms", "{:.1f}", -1),
    ("max_ms", "steady max ms", "{:.1f}", -1),
    ("steady_cpu_ms_per_update", "steady CPU ms/upd", "{:.2f}", -1),
    ("long_others_p50_ms", "5%long: others p50", "{:.1f}", -1),
    ("long_others_p99_ms", "5%long: others p99", "{:.1f}", -1),
    ("long_p50_ms", "5%long: long p50", "{:.1f}", -1),
    ("rss_after_mb", "RSS after MB", "{:.0f}", -1),
    ("hwm_mb", "RSS peak MB", "{:.0f}", -1),
    ("stop_s", "stop s", "{:.2f}", -1),
    ("lost", "lost replies", "{:.0f}", -1),
    ("extra_calls", "2nd reply messages", "{:.0f}", -1),
    ("errors", "stderr errors", "{:.0f}", -1),
]


def fmt(value: float | None, pattern: str) -> str:
    if value is None or value != value:
        return "-"
    return pattern.format(value)


def print_round(rnd: int, results: dict[str, Result]) -> None:
    print(f"\n== round {rnd + 1} (order: {' then '.join(results)})")
    print(f"{'':22}" + "".join(f"{b:>12}" for b in BOTS))
    for key, heading, pattern, _ in COLUMNS:
        row = "".join(f"{fmt(results[b].figures.get(key), pattern):>12}" for b in BOTS)
        print(f"{heading:22}{row}")
    for b in BOTS:
        for problem in results[b].problems:
            print(f"  ! {b}: {problem}")
    sys.stdout.flush()


def print_summary(rounds: list[dict[str, Result]]) -> None:
    print(
        f"\n== summary: median over {len(rounds)} round(s); ratio = median of per-round "
        "infopoint/echo"
    )
    print(f"{'':22}{'infopoint':>12}{'echo':>12}{'ratio':>10}")
    for key, heading, pattern, _ in COLUMNS:
        values = {b: [r[b].figures.get(key, float("nan")) for r in rounds] for b in BOTS}
        ratios = [
            r["infopoint"].figures.get(key, float("nan")) / r["echo"].figures[key]
            for r in rounds
            if r["echo"].figures.get(key)
        ]
        ratio = median(ratios)
        row = "".join(f"{fmt(median(values[b]), pattern):>12}" for b in BOTS)
        print(f"{heading:22}{row}{fmt(ratio, '{:.2f}'):>10}")
    for b in BOTS:
        bad = [r[b].round + 1 for r in rounds if r[b].problems]
        if bad:
            print(f"  ! {b}: problems in round(s) {bad} (see above): those figures are suspect")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--backlog", type=int, default=2000)
    parser.add_argument("--users", type=int, default=500)
    parser.add_argument("--rate", type=float, default=20.0, help="updates/s in the steady phases")
    parser.add_argument("--duration", type=float, default=20.0, help="s of each steady phase")
    parser.add_argument("--quick", action="store_true", help="small and short: a smoke test")
    parser.add_argument(
        "--telegram-limits",
        action="store_true",
        help="both bots keep Telegram's rate limits (infopoint its own, bot/channels/telegram/"
        "limits.py; the echo bot AIORateLimiter): throughput is then paced "
        "to ~30 messages/s by design; default: both without, to compare their own cost",
    )
    parser.add_argument("--only", choices=BOTS, help="run one bot only (no ratios)")
    parser.add_argument(
        "--bot-src",
        type=Path,
        default=ROOT,
        help="run infopoint from this source tree (e.g. `git archive HEAD | tar -x -C DIR`: "
        "a commit, while the working tree is being edited); default: this repository",
    )
    parser.add_argument(
        "--warm-cache",
        action="store_true",
        help="start infopoint with the word, index and content caches of an earlier start (a "
        "restart), "
        "not a first "
        "start; the database is fresh either way",
    )
    args = parser.parse_args()
    args.settle = 1.0
    args.bot_src = args.bot_src.resolve()
    compile_bytecode(args.bot_src)
    if args.quick:
        args.rounds, args.backlog, args.users, args.duration, args.settle = 1, 200, 60, 3.0, 0.5
    args.startup_timeout = 60.0
    args.backlog_timeout = max(120.0, args.backlog / 5)
    args.reply_timeout = 60.0
    logs = Path(tempfile.mkdtemp(prefix="infopoint-load-"))
    print(
        f"rounds {args.rounds}, backlog {args.backlog} updates from {args.users} users, steady "
        f"{args.rate:g} updates/s for {args.duration:g} s (+ the same with 5% 4,000-character "
        f"messages); infopoint from {args.bot_src}; bot output in {logs}"
    )
    bots = (args.only,) if args.only else BOTS
    if args.warm_cache:
        args.warm_cache = prime_word_cache(logs, args)
    rounds: list[dict[str, Result]] = []
    for rnd in range(args.rounds):
        order = bots if rnd % 2 == 0 else tuple(reversed(bots))
        results: dict[str, Result] = {}
        for bot in order:
            print(f"-- round {rnd + 1}: {bot} ...", flush=True)
            results[bot] = run_bot(bot, rnd, args, logs)
        if args.only:
            for problem in results[args.only].problems:
                print(f"  ! {args.only}: {problem}")
            for key, heading, pattern, _ in COLUMNS:
                print(f"{heading:22}{fmt(results[args.only].figures.get(key), pattern):>12}")
            continue
        print_round(rnd, results)
        rounds.append(results)
    if rounds:
        print_summary(rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
