"""The danger screen (bot/features/urgent) on its evaluation sets: what a person in danger gets.

    .venv/bin/python bench/danger_bench.py [--blind] [--ordinary] [SET.yaml ...]

Each message goes through what the bot's screen reads first (`urgent.caught`: danger words, then
a medical emergency) and the texts it would show (`urgent.kinds.keys`, `urgent_medical`). Prints,
per language and overall: recall (danger messages that bring lines), the right lines (of those,
the share whose lines include their kind's: a missing child's 116 000 …), false alarms (messages
marked `danger: false` that bring any lines), and the misses of the development sets (a missed
danger, its kind's lines not shown, a false alarm; a message that gets only a cry's 112 line is
marked so), and the recall of each kind. Default: tests/eval/danger41.yaml, danger43, danger47,
danger48, danger50, danger51, danger53, danger54, danger57, danger59 and danger61 (NOT blind).
`--blind` adds the blind sets that exist (danger40, danger46, danger49, danger52, danger56,
danger58, danger60 .yaml): their figures only, never a message of theirs (they are not to be
read). `--ordinary`: every
ordinary question the project has (the search's non-blind evaluation sets, questions.yaml,
public.yaml, the content's examples) through the same screen, and those it flags (a change to the
screen must flag no new one that is no danger).
A set is YAML: per language a list of `{q: …, danger: true, kind: …}` or `{q: …, danger: false}`.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.features import urgent  # noqa: E402
from bot.features.urgent import kinds  # noqa: E402

EVAL = ROOT / "tests" / "eval"
# used while fixing (NOT blind)
DEVELOPMENT = [EVAL / f"danger{n}.yaml" for n in (41, 43, 47, 48, 50, 51, 53, 54, 57, 59, 61)]
# written by someone else: figures only, never read
BLIND = [EVAL / f"danger{n}.yaml" for n in (40, 46, 49, 52, 56, 58, 60)]
# the search's blind sets: never opened, not even by --ordinary
SEARCH_BLIND = {f"heldout{n}" for n in (25, 26, 34, 37, 40, 45, 49, 52, 56, 58, 60)}
LANGS = ("uk", "ru", "en", "pl")
# the nine kinds a set names, and the text whose lines are right for each (the screen's own
# kinds are named so too: kinds.KINDS; violence and fear share the whole block)
LINES = {
    "suicide": "urgent_suicide",
    "violence": "urgent_help",
    "threat": "urgent_help",
    "crime": "urgent_crime",
    "fire": "urgent_fire",
    "gas": "urgent_gas",
    "missing": "urgent_missing",
    "medical": "urgent_medical",
    "exploitation": "urgent_exploitation",
}


def shown(text: str) -> tuple[list[str], str | None]:
    """The texts (locale keys) the screen shows for `text`, and what it made of it (`caught`:
    danger, medical, cry, plea; None: a question)."""
    found = urgent.caught(text)
    what = None if found is None else found[0]
    if what == "danger":
        return kinds.keys(kinds.kinds(text)), what
    if what == "medical":
        return [urgent.TEXTS["medical"]], what
    return [], what


@dataclass
class Count:
    danger: int = 0
    flagged: int = 0
    right: int = 0
    ordinary: int = 0
    alarms: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Count) -> None:
        self.danger += other.danger
        self.flagged += other.flagged
        self.right += other.right
        self.ordinary += other.ordinary
        self.alarms += other.alarms

    def line(self, name: str) -> str:
        recall = _share(self.flagged, self.danger)
        right = _share(self.right, self.flagged)
        alarms = _share(self.alarms, self.ordinary)
        return (
            f"{name:8} recall {recall} ({self.flagged}/{self.danger})  right lines {right} "
            f"({self.right}/{self.flagged})  false alarms {alarms} ({self.alarms}/{self.ordinary})"
        )


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} %" if whole else "    – "


def measure(items: list[dict[str, object]]) -> Count:
    count = Count()
    for item in items:
        text = str(item["q"])
        keys, what = shown(text)
        said = f"{text!r} -> {', '.join(keys) or what or 'nothing'}"
        if item["danger"]:
            kind = str(item["kind"])
            if kind not in LINES:
                raise SystemExit(f"unknown kind {kind!r} (one of {', '.join(LINES)})")
            count.danger += 1
            if not keys:
                count.misses.append(f"missed ({kind}): {said}")
                continue
            count.flagged += 1
            if LINES[kind] in keys:
                count.right += 1
            else:
                count.misses.append(f"not its lines ({kind}): {said}")
        else:
            count.ordinary += 1
            if keys:
                count.alarms += 1
                count.misses.append(f"false alarm: {said}")
    return count


def run(path: Path, *, blind: bool) -> Count:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    print(f"\n{path.relative_to(ROOT)}{' (blind: figures only)' if blind else ''}")
    total = Count()
    per_kind: dict[str, Count] = {}
    for lang in LANGS:
        items = data.get(lang) or []
        for kind in LINES:
            of_kind = [item for item in items if item.get("kind") == kind]
            per_kind.setdefault(kind, Count()).add(measure(of_kind))
        count = measure(items)
        print("  " + count.line(lang))
        if not blind:
            for miss in count.misses:
                print(f"      {miss}")
        total.add(count)
    print("  " + total.line("all"))
    by_kind = (f"{kind} {n.flagged}/{n.danger}" for kind, n in per_kind.items() if n.danger)
    print("  by kind: " + ", ".join(by_kind))
    return total


def _examples(node: object) -> list[str]:
    if isinstance(node, dict):
        found = [str(e) for e in node.get("examples") or []]
        for examples in (node.get("part_examples") or {}).values():
            found += [str(e) for e in examples]
        rest = (v for k, v in node.items() if k not in ("examples", "part_examples"))
        return found + [e for value in rest for e in _examples(value)]
    if isinstance(node, list):
        return [e for value in node for e in _examples(value)]
    return []


def ordinary() -> None:
    """The ordinary questions the screen flags (danger or a medical emergency)."""
    texts = ordinary_texts()
    flagged = [(where, text, what) for where, text in texts if (what := shown(text)[1])]
    flagged = [one for one in flagged if one[2] in ("danger", "medical")]
    for where, text, what in flagged:
        print(f"  {where:10} {what:8} {text!r}")
    print(f"\nordinary questions: {len(texts)}, flagged {len(flagged)}")


def ordinary_texts() -> list[tuple[str, str]]:
    """Every ordinary question the project has, with where it comes from (not the blind sets)."""
    sets = sorted(EVAL.glob("heldout*.yaml")) + [EVAL / "questions.yaml", EVAL / "public.yaml"]
    texts = []
    for path in sets:
        if path.stem in SEARCH_BLIND or not path.exists():
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for items in data.values():
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict) and "q" in item:
                    texts.append((path.stem, str(item["q"])))
    for path in sorted((ROOT / "content").rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        texts += [("content", text) for text in _examples(data)]
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, help="sets (default: the development sets)")
    parser.add_argument("--blind", action="store_true", help="also the blind sets that exist")
    parser.add_argument("--ordinary", action="store_true", help="the ordinary questions flagged")
    args = parser.parse_args(argv)
    if args.ordinary:
        ordinary()
        return 0
    paths = [path.resolve() for path in args.sets] or DEVELOPMENT
    blind = {path.resolve() for path in BLIND}
    if args.blind:
        paths += [path for path in BLIND if path.exists() and path not in paths]
    for path in paths:
        run(path, blind=path in blind)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
