"""Index build benchmark: how long building the search index of a large knowledge base takes, and
how much memory it needs, for two source trees side by side. Nothing touches the network.

    .venv/bin/python bench/build.py [--topics 1000] [--rounds 2] [--before DIR] [--after DIR]

The knowledge base is bench/search_bench.py's synthetic one: --topics per language made from the
shipped content (the same answers, examples with words swapped, a word of their own per topic).
Each measurement is a fresh subprocess running one tree (`git archive <commit> | tar -x -C DIR`
makes a tree of a commit; --after defaults to this repository): it loads the dictionaries and the
shipped index first (as a running bot has them), makes the synthetic content, then builds its
index once. Rounds alternate the order of the trees. Prints per tree the median over rounds of
the build time (wall clock, and the process's CPU time: on a busy machine the wall clock also
counts the time other jobs had the cores), the resident memory the finished index keeps (VmRSS
after minus before, both after a garbage collection and malloc_trim, as `infopoint run` does),
and how far the process's peak (VmHWM, reset before the build) rose above its memory before the
build: what building needs at its most; with --before, also the median of the rounds' ratios
after / before (each round's two runs are next to each other, so the load they met is alike).

Aim (issue 14): 1,000 topics per language built in under 10 s and under 300 MB.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"

CHILD = """
import ctypes, gc, json, os, sys, time
src, topics = sys.argv[1], int(sys.argv[2])
sys.path.insert(0, src)
os.chdir(src)
from bench.search_bench import load_kb, synthetic_kb
from bot.search.searcher import Searcher


def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024


def settled_rss():
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except OSError:
        pass
    return status("VmRSS")


kb = load_kb()
shipped = Searcher(kb)
big = synthetic_kb(kb, topics)
before = settled_rss()
with open("/proc/self/clear_refs", "w") as peak:  # the peak (VmHWM) starts again from here
    peak.write("5")
start, cpu = time.perf_counter(), time.process_time()
index = Searcher(big, analyzer=shipped.analyzer)
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
print(json.dumps({
    "build s": seconds,
    "cpu s": cpu,
    "kept MB": settled_rss() - before,
    "peak rise MB": status("VmHWM") - before,
}))
"""


def measure(tree: Path, topics: int) -> dict[str, float]:
    python = str(PYTHON if PYTHON.exists() else sys.executable)
    out = subprocess.run(
        [python, "-c", CHILD, str(tree), str(topics)],
        check=True,
        capture_output=True,
        text=True,
    )
    found: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--topics", type=int, default=1000, help="synthetic topics per language")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--before", type=Path, help="a source tree to compare with")
    parser.add_argument("--after", type=Path, default=ROOT)
    args = parser.parse_args()
    trees = {"after": args.after.resolve()}
    if args.before:
        trees = {"before": args.before.resolve(), **trees}
    results: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    print(f"{args.topics} synthetic topics per language, {args.rounds} round(s)", flush=True)
    for rnd in range(args.rounds):
        order = list(trees) if rnd % 2 == 0 else list(reversed(trees))
        for name in order:
            found = measure(trees[name], args.topics)
            results[name].append(found)
            shown = ", ".join(f"{key} {value:.1f}" for key, value in found.items())
            print(f"-- round {rnd + 1}: {name} ({trees[name]}): {shown}", flush=True)
    print("\n== medians over rounds")
    keys = list(next(iter(results.values()))[0])
    names = [*trees, "after/before"] if len(trees) == 2 else list(trees)
    print(f"{'':16s}" + "".join(f"{name:>14s}" for name in names))
    for key in keys:
        row = "".join(f"{statistics.median(r[key] for r in results[name]):14.1f}" for name in trees)
        ratio = ""
        if len(trees) == 2:
            paired = zip(results["after"], results["before"], strict=True)
            ratio = f"{statistics.median(a[key] / b[key] for a, b in paired):14.3f}"
        print(f"{key:16s}{row}{ratio}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
