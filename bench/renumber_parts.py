"""Renumbers the part labels of one topic's questions in every question set (tests/eval/*.yaml)
after its parts were put in another order, reading no question (the blind sets stay unread):
prints only how many labels each file had changed.

    .venv/bin/python bench/renumber_parts.py healthcare 1:3 2:4 3:5 4:2 5:1

A label is the part's 1-based place in the topic («expect: healthcare, part: 4»); places not
given stay.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    if len(argv) < 2 or not all(re.fullmatch(r"\d+:\d+", a) for a in argv[1:]):
        print(__doc__)
        return 2
    topic, moves = argv[0], dict(tuple(map(int, a.split(":"))) for a in argv[1:])
    label = re.compile(rf"(expect: {re.escape(topic)}, part: )(\d+)")
    for path in sorted((ROOT / "tests" / "eval").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        new, count = label.subn(
            lambda m: m.group(1) + str(moves.get(int(m.group(2)), int(m.group(2)))), text
        )
        if count:
            path.write_text(new, encoding="utf-8")
        print(f"{path.name}: {count} label(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
