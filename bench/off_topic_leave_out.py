"""Off-topic messages answered at once, as a fresh set would meet them (seventeenth round).

    .venv/bin/python bench/off_topic_leave_out.py

The development sets' off-topic misses were mended over the rounds with off_topic.yaml lines
near their own messages, so their «oos✓» (search_bench.py) says little of a new set. Here, for
each development set, the off_topic.yaml lines near one of its out-of-scope messages (sharing
half of the message's words, at least two, by their first five letters, or a close spelling)
are left out, the index is built again, and that set's out-of-scope messages answered at once
are counted, with its questions answered at once. Never the blind set (heldout24.yaml).
"""

from __future__ import annotations

import copy
import difflib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import search_bench as sb  # noqa: E402
from bot.search import Searcher  # noqa: E402
from bot.search.data import load_data  # noqa: E402

NEAR_SHARE = 0.5  # of the message's words the line has too (at least two)
NEAR_RATIO = 0.6  # or the two spelled this alike (difflib)


def stems(message: str) -> set[str]:
    return {w[:5] for w in re.findall(r"\w+", message.lower()) if len(w) > 2}


def near(line: str, messages: list[str]) -> bool:
    mine = stems(line)
    for message in messages:
        theirs = stems(message)
        shared = len(mine & theirs)
        if theirs and shared >= 2 and shared >= NEAR_SHARE * len(theirs):
            return True
        if difflib.SequenceMatcher(None, line.lower(), message.lower()).ratio() >= NEAR_RATIO:
            return True
    return False


def main() -> int:
    kb = sb.load_kb()
    data = load_data()
    total = count = 0
    for path in (*sb.SETS, *sb.LATER_SETS, sb.PUBLIC):
        assert path != sb.HELDOUT24, "never the blind set"
        items = sb.load_eval(path)
        messages = [item["q"] for item in items["oos"]]
        mine = copy.deepcopy(data)
        dropped = 0
        for lang, lines in mine["off_topic"].items():
            kept = [line for line in lines if not near(line, messages)]
            dropped += len(lines) - len(kept)
            mine["off_topic"][lang] = kept
        searcher = Searcher(kb, data=mine)
        at_once = [
            (item.get("lang"), result.matches[0].id, item["q"])
            for item in items["oos"]
            if (result := searcher.search(item["q"], item.get("lang") or "en")).confident
        ]
        questions = [(item["q"], lang) for lang in sb.LANGS for item in items[lang]]
        answered = sum(searcher.search(q, lang).confident for q, lang in questions)
        print(
            f"{path.stem:10} lines left out {dropped:3}  off-topic answered at once "
            f"{len(at_once):2}/{len(messages):2}  questions answered at once "
            f"{answered}/{len(questions)}",
            flush=True,
        )
        for lang, topic, message in at_once:
            print(f"    {lang} {topic}: {message}")
        total += len(messages)
        count += len(at_once)
    print(f"together: {count} of {total} off-topic messages answered at once")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
