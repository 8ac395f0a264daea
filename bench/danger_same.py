"""Whether two source trees' danger screens (bot/features/urgent) give the same answers: for every
phrase of every danger table (each phrase spelled out as a message, the Latin-letter skeletons
too) and every message of the development sets, what the screen makes of it (`urgent.caught`),
the kinds and the lines it shows (`kinds.kinds`, `kinds.keys`), a medical emergency, a break-in,
the languages the danger is said in and the words beside it. A change to how the tables are kept
or matched must print no difference.

    .venv/bin/python bench/danger_same.py --before DIR [--after DIR] [--show 20]

The messages are collected from the --after tree (default: this one); each tree answers them in
a process of its own (its PYTHONPATH), which also prints the CPU its tables took to be ready
(`urgent._prepare`, the thread's clock). The blind sets are never read: the development sets
only (bench/danger_bench.py's DEVELOPMENT).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
# used while fixing (NOT blind): bench/danger_bench.py's DEVELOPMENT
DEVELOPMENT = [f"tests/eval/danger{n}.yaml" for n in (41, 43, 47, 48, 50, 51)]

COLLECT = """
import json, sys
from bot.features.urgent import tries, words
names = (*words.DANGER, words.MEDICAL, words.BREAK_IN)
texts = set()
for name in names:
    for table in (words.table(name), words.latin_table(name)):
        for said, _, _ in tries.phrases(table):
            texts.add(" ".join(word.rstrip("*") for word in said if word != tries.GAP))
json.dump(sorted(texts), sys.stdout, ensure_ascii=False)
"""

ANSWER = """
import json, sys, time
from bot.features import urgent
from bot.features.urgent import kinds, words
started = time.thread_time()
urgent._prepare()
print(json.dumps({"prepare_cpu_s": time.thread_time() - started}))
for text in json.load(open(sys.argv[1], encoding="utf-8")):
    found = kinds.kinds(text)
    answer = [
        text,
        urgent.caught(text),
        found,
        kinds.keys(found),
        kinds.whole(text, found),
        words.detect(text, words.MEDICAL),
        words.detect(text, words.BREAK_IN),
        sorted(words.languages(text)),
        sorted(words.languages(text, (words.MEDICAL,))),
        sorted(words.beside(text, list(words.DANGER))),
        words.outside(text, words.THREAT),
    ]
    print(json.dumps(answer, ensure_ascii=False))
"""


def _run(tree: Path, script: str, *args: str) -> str:
    python = ROOT / ".venv" / "bin" / "python"
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(
        [str(python if python.exists() else sys.executable), "-c", script, *args],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def messages(tree: Path) -> list[str]:
    """Every phrase of the tables of `tree` and every message of the development sets."""
    texts = set(json.loads(_run(tree, COLLECT)))
    for name in DEVELOPMENT:
        data = yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))
        texts.update(item["q"] for items in data.values() for item in items)
    return sorted(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, required=True)
    parser.add_argument("--after", type=Path, default=ROOT)
    parser.add_argument("--show", type=int, default=20, help="differences printed at most")
    args = parser.parse_args()
    texts = messages(args.after)
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as file:
        json.dump(texts, file, ensure_ascii=False)
        file.flush()
        trees = (args.before, args.after)
        before, after = (_run(tree, ANSWER, file.name).splitlines() for tree in trees)
    print(f"{len(texts)} messages")
    for tree, lines in zip(trees, (before, after), strict=True):
        print(f"{tree}: tables ready in {json.loads(lines[0])['prepare_cpu_s']:.3f} s of CPU")
    differ = [(one, two) for one, two in zip(before[1:], after[1:], strict=True) if one != two]
    flagged = sum(1 for line in after[1:] if json.loads(line)[1] is not None)
    print(f"caught by the screen: {flagged}; answered differently: {len(differ)}")
    for one, two in differ[: args.show]:
        print(f"- before {one}\n  after  {two}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
