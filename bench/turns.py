"""CPU per turn in one process, two source trees side by side: the core on the shipped config,
no Telegram. 100 people each send a typed question and /start, three times over, after a
question each to warm up; prints the process CPU time per turn for each tree, rounds
alternating. Nothing touches the network.

    .venv/bin/python bench/turns.py --before DIR [--after DIR] [--rounds 2]

(`git archive <commit> | tar -x -C DIR` makes a tree of a commit; --after defaults to this
repository.) A quick look at what a change costs a turn before a whole `bench/load.py` run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "що таке песель",
    "как получить pesel",
    "how do I register my address",
    "jak zrobić meldunek",
    "ubezpieczenie zdrowotne nfz",
    "де знайти роботу",
    "карта побиту документи",
    "school for my child",
    "привіт",
    "дякую",
    "where is the office",
    "мені потрібен адвокат",
]

ONE = """
import asyncio, random, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, {src!r})
import yaml
from bot.app import build
from tests.support.dialogue import Dialogue

async def main():
    src = Path({src!r})
    folder = Path(tempfile.mkdtemp())
    config = yaml.safe_load((src / "config.yaml").read_text(encoding="utf-8"))
    config["storage"]["path"] = str(folder / "bench.sqlite3")
    config.setdefault("content", {{}})["dir"] = str(src / "content")
    (folder / "config.yaml").write_text(yaml.safe_dump(config, allow_unicode=True))
    app = await build(folder / "config.yaml", search="now")
    random.seed(1)
    people = [
        Dialogue(app.core, user_id=str(i), language_hint=random.choice(["uk", "ru", "en", "pl"]))
        for i in range(100)
    ]
    for person in people:
        await person.send("/start")
        await person.send(random.choice({questions!r}))  # what is read once, read
    started, turns = time.process_time(), 0
    for _ in range(3):
        for person in people:
            await person.send(random.choice({questions!r}))
            await person.send("/start")
            turns += 2
    print((time.process_time() - started) / turns * 1000)
    await app.close()

asyncio.run(main())
"""


def run(src: Path) -> float:
    code = ONE.format(src=str(src), questions=QUESTIONS)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="/tmp"
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, required=True)
    parser.add_argument("--after", type=Path, default=ROOT)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    figures: dict[str, list[float]] = {"before": [], "after": []}
    for _ in range(args.rounds):
        for name in ("before", "after"):
            figures[name].append(run(getattr(args, name)))
    for name, values in figures.items():
        shown = " / ".join(f"{v:.2f}" for v in values)
        print(f"{name:6} {shown} ms CPU per turn")


if __name__ == "__main__":
    main()
