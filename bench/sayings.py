"""The search's sayings (data.yaml `sayings`: regular expressions over the whole message, run on
every typed message before it is searched, bot/search/reading.py `Reader.reworded`) timed one by
one over the load benchmark's 4,000-character message (bench/load_support.long_message), the
slowest first: a saying whose pattern backtracks over a long message shows here before it shows
in `bench/load.py`'s p99 (docs/performance.md, change 60).

    .venv/bin/python bench/sayings.py [--top 15] [--repeat 20] [--length 4000] [--message TEXT]

Prints the time of all of them together (as `Reader.reworded` runs them, each on what the ones
before it made of the message), then each saying's median over `--repeat` runs on the message as
written, with its language, its place in that language's list and its pattern's start, the
slowest `--top` first (0: all of them); the thread's CPU time, not the clock's, so other work
on a busy machine does not count. `--message` times another message instead (a file's path
or the text itself), repeated to `--length` characters. The compiled sayings are the real
searcher's (the shipped config.yaml and content), so what is timed is what the bot runs.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load_support import long_message  # noqa: E402
from bot.search.data import load_data  # noqa: E402


def labels() -> list[str]:
    """Each saying's language and place, in the order `Reader` compiles them (data.yaml)."""
    sayings: dict[str, dict[str, Any]] = load_data().get("sayings", {})
    return [f"{lang} #{i + 1}" for lang, said in sayings.items() for i in range(len(said))]


def median_ms(run: Any, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.thread_time()  # (CPU time: a busy machine's other work is not counted)
        run()
        times.append(time.thread_time() - start)
    return statistics.median(times) * 1000


def message(args: argparse.Namespace) -> str:
    if args.message is None:
        return long_message(args.length)
    path = Path(args.message)
    given = path.read_text(encoding="utf-8") if path.is_file() else args.message
    return (given * (args.length // max(len(given), 1) + 1))[: args.length]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=15, help="the slowest N (0: all)")
    parser.add_argument("--repeat", type=int, default=20, help="runs per saying (the median)")
    parser.add_argument("--length", type=int, default=4000, help="the message's length")
    parser.add_argument("--message", help="a file or a text to time instead of the load's")
    args = parser.parse_args()

    from bot import search
    from bot.app import load_static

    settings, kb = load_static(ROOT / "config.yaml")
    reader = search.build(kb, settings).reader
    said = message(args)
    names = labels()
    if len(names) != len(reader.sayings):  # (data.yaml and the reader disagree: a bug here)
        raise SystemExit(f"{len(names)} sayings in data.yaml, {len(reader.sayings)} compiled")
    whole = median_ms(lambda: reader.reworded(said), args.repeat)
    timed = [
        (median_ms(functools.partial(pattern.sub, meant, said), args.repeat), name, pattern)
        for name, (pattern, meant) in zip(names, reader.sayings, strict=True)
    ]
    timed.sort(key=lambda row: -row[0])
    print(
        f"{len(timed)} sayings over a {len(said):,}-character message: {whole:.2f} ms together "
        f"(Reader.reworded), {sum(t for t, _, _ in timed):.2f} ms one by one; median of "
        f"{args.repeat} runs each"
    )
    shown = timed if args.top <= 0 else timed[: args.top]
    print(f"{'ms':>8}  {'saying':<8}  pattern")
    for ms, name, pattern in shown:
        start = pattern.pattern.removeprefix(r"(?<!\w)(?:")
        print(f"{ms:8.3f}  {name:<8}  {start[:90]}")


if __name__ == "__main__":
    main()
