"""How the cue layer (bot/features/urgent/cues.py, cues.yaml) would do at each threshold: the
measurement its thresholds are chosen from.

    .venv/bin/python bench/cue_thresholds.py [--list KIND THRESHOLD]

For each kind cues may reach and each threshold from 2 to 8, over the messages the phrase tables
find no danger in: the development sets' danger messages of that kind it would find (gained),
their look-alikes (`danger: false`) and the ordinary questions (`danger_bench.py --ordinary`'s)
it would flag. A kind's threshold is the lowest at which the new false alarms stay few (the
development sets' look-alikes: none; the ordinary questions: a handful, each read to be no
danger or danger indeed). `--list KIND THRESHOLD` prints the messages flagged or gained there.
Never the blind sets: the development sets only (danger_bench.DEVELOPMENT).
"""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from danger_bench import DEVELOPMENT, LANGS, ordinary_texts  # noqa: E402

from bot.features.urgent import cues, words  # noqa: E402
from bot.features.urgent.cue_rules import KINDS, LEAST  # noqa: E402

THRESHOLDS = range(2, 9)


def _development() -> list[tuple[str, bool, str]]:
    """(the message, whether danger, its kind) of every development set."""
    found = []
    for path in DEVELOPMENT:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for lang in LANGS:
            for item in data.get(lang) or []:
                found.append((str(item["q"]), bool(item["danger"]), str(item.get("kind", ""))))
    return found


def _unfound(text: str) -> bool:
    """Whether the phrase tables (and a medical emergency's) find nothing in `text`."""
    return not words.kinds(text, cued=False) and not words.detect(text, words.MEDICAL)


def _reaches(text: str, kind: str, threshold: int) -> bool:
    score = _scores(text).get(kind)
    if score is None:
        return False
    positive = [g for g in score.groups if _weight(kind, g) > 0]
    return len(positive) >= LEAST and score.score >= threshold


@functools.cache
def _scores(text: str) -> dict[str, cues.Score]:
    return cues.scores(text)


@functools.cache
def _weight(kind: str, group: str) -> int:
    rules = next(k for k in cues.cues().kinds if k.name == kind)
    return next(g.weight for g in rules.groups if g.name == group)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", nargs=2, metavar=("KIND", "THRESHOLD"))
    args = parser.parse_args(argv)
    development = [item for item in _development() if _unfound(item[0])]
    ordinary = [(where, text) for where, text in ordinary_texts() if _unfound(text)]
    cued = {k.name for k in cues.cues().kinds}
    if args.list:
        kind, threshold = args.list[0], int(args.list[1])
        for text, danger, of in development:
            if _reaches(text, kind, threshold):
                said = (
                    "gained" if of == kind else f"another kind ({of})" if danger else "LOOK-ALIKE"
                )
                print(f"  {said}: {text!r}")
        for where, text in ordinary:
            if _reaches(text, kind, threshold):
                print(f"  ordinary ({where}): {text!r}")
        return 0
    print(
        f"unfound by the tables: {len(development)} development messages, {len(ordinary)} ordinary"
    )
    for kind in KINDS:
        if kind not in cued:
            continue
        missed = sum(1 for _, danger, of in development if danger and of == kind)
        print(f"\n{kind} (development messages of this kind the tables miss: {missed})")
        print("  threshold  gained  look-alikes  ordinary")
        for threshold in THRESHOLDS:
            gained = sum(
                1
                for text, danger, of in development
                if danger and of == kind and _reaches(text, kind, threshold)
            )
            alike = sum(
                1
                for text, danger, _ in development
                if not danger and _reaches(text, kind, threshold)
            )
            flagged = sum(1 for _, text in ordinary if _reaches(text, kind, threshold))
            print(f"  {threshold:9}  {gained:6}  {alike:11}  {flagged:8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
