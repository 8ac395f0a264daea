"""Office network benchmark: a network of many offices, each with topics of its own beside the
shared content, against one office: start-up (the content and the search indexes), resident
memory, time per question. Nothing touches the network.

    .venv/bin/python bench/offices.py [--offices 16] [--own 40] [--rounds 2] [--quick]
                                      [--bot-src DIR]

--bot-src DIR: measure the search of another source tree (e.g. a commit unpacked with
`git archive`), to compare before and after a change.

The network: the shipped content (content/faq_<lang>.yaml, shared) and, per office,
content/offices/<id>/faq_<lang>.yaml with --own topics of its own in every language (made from
the shared ones as in bench/search_bench.py's synthetic knowledge base: the same answers, their
examples with words swapped, a word of their own), the placeholders of examples/network.yaml's
first office. Each measurement is a fresh subprocess (its memory is its own) that loads the
content for every office (bot.content.knowledge.load_variants, as bot.app does), builds every
office's index (bot.search.build_all, as `infopoint run` does) with a data folder for the caches,
then asks each office the evaluation questions (tests/eval/questions.yaml) and a few of its own
topics' examples. Per round: one office and the network, each on a first start (no caches) and
on a restart (the word and index caches of the first start); the order alternates by round.

Prints, per case, the medians over rounds: content load s, index build s, VmRSS after building
(and its growth over the process before the search was imported), the median and p99 ms per
question; and the memory per extra office: (network RSS - one office RSS) / (offices - 1).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PYTHON = ROOT / ".venv" / "bin" / "python"
NETWORK = ROOT / "examples" / "network.yaml"
QUESTIONS = ROOT / "tests" / "eval" / "questions.yaml"
LANGS = ("uk", "ru", "en", "pl")


def rss_mb(key: str = "VmRSS") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


# --- the network's content ----------------------------------------------------------------------
def write_network(folder: Path, offices: int, own: int, seed: int = 7) -> list[str]:
    """content/ with the shared files and `own` topics per office; the office ids."""
    content = folder / "content"
    content.mkdir(parents=True)
    shared = {}
    for code in LANGS:
        shutil.copy(ROOT / "content" / f"faq_{code}.yaml", content / f"faq_{code}.yaml")
        shared[code] = yaml.safe_load((content / f"faq_{code}.yaml").read_text(encoding="utf-8"))
    base_ids = list(shared["en"]["topics"])
    ids = [f"o{n:02d}" for n in range(1, offices + 1)]
    for office in ids:
        rng = random.Random(f"{seed}-{office}")
        folder_of = content / "offices" / office
        folder_of.mkdir(parents=True)
        for code in LANGS:
            topics = shared[code]["topics"]
            words = sorted({w for t in topics.values() for e in t["examples"] for w in e.split()})
            rng_lang = random.Random(f"{seed}-{office}-{code}")
            own_topics: dict[str, Any] = {}
            for i in range(own):
                base = topics[base_ids[i % len(base_ids)]]
                mark = f"zq{office}{i:03d}"
                own_topics[f"{office}_{i:03d}"] = {
                    "category": base["category"],
                    "title": f"{base['title'][:20].rstrip()} {office}-{i}",  # buttons: <= 32
                    "answer": base["answer"],
                    "sources": base["sources"],
                    "checked": base["checked"],
                    "examples": [
                        " ".join(
                            rng_lang.choice(words) if rng_lang.random() < 0.2 else w
                            for w in e.split()
                        )
                        + f" {mark}"
                        for e in base["examples"]
                    ],
                    "keywords": [*base.get("keywords", []), mark],
                }
            data = {"language": code, "topics": own_topics}
            (folder_of / f"faq_{code}.yaml").write_text(
                yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
            )
        rng.random()
    return ids


# --- one measurement, in a subprocess ------------------------------------------------------------
def child(content: Path, data: Path, offices: list[str]) -> dict[str, float]:
    started = rss_mb()
    import datetime as dt

    from bot.content import knowledge, local_hours
    from bot.content.i18n import Translator
    from bot.settings import config

    network = config.load(NETWORK)
    template = next(iter(network.offices.values()))
    filled = local_hours.placeholders(template, Translator(), dt.date.today())  # as bot.app does
    variants = {
        office: knowledge.Variant(filled, content / "offices" / office, office, frozenset(offices))
        for office in offices
    }
    before_content = time.perf_counter()
    kbs = knowledge.load_variants(content, LANGS, variants, dt.date(2026, 12, 3))
    content_s = time.perf_counter() - before_content
    from bot import search

    imported = rss_mb()

    class Settings:
        storage_path = data / "infopoint.sqlite3"

    before_index = time.perf_counter()
    searchers = search.build_all(kbs, Settings())
    index_s = time.perf_counter() - before_index
    built = rss_mb()
    asked = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
    questions = [(item["q"], lang) for lang in (*LANGS, "oos") for item in asked[lang]]
    times = []
    for searcher in searchers.values():
        searcher.search(questions[0][0], questions[0][1])  # warm: a running bot's first question
    for office, searcher in searchers.items():
        own = [t for t in kbs[office].languages["en"].topics.values() if t.id.startswith(office)]
        mine = [(t.examples[0], "en") for t in own[:5] if t.examples]
        for question, lang in questions[::4] + mine:
            start = time.perf_counter()
            searcher.search(question, lang if lang in LANGS else None)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {
        "content_s": content_s,
        "index_s": index_s,
        "rss_mb": built,
        "search_mb": built - imported,
        "base_mb": started,
        "indexes": len({id(s) for s in searchers.values()}),
        "q_median_ms": statistics.median(times),
        "q_p99_ms": times[min(len(times) - 1, int(len(times) * 0.99))],
        "peak_mb": rss_mb("VmHWM"),
    }


def run_child(content: Path, data: Path, offices: list[str], src: Path) -> dict[str, float]:
    python = str(PYTHON if PYTHON.exists() else sys.executable)
    out = subprocess.run(
        [python, __file__, "--child", str(content), str(data), ",".join(offices), str(src)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


COLUMNS = [
    ("content_s", "content load s", "{:.2f}"),
    ("index_s", "index build s", "{:.2f}"),
    ("indexes", "indexes", "{:.0f}"),
    ("rss_mb", "RSS MB", "{:.0f}"),
    ("search_mb", "  of it the search MB", "{:.0f}"),
    ("peak_mb", "peak RSS MB", "{:.0f}"),
    ("q_median_ms", "per question median ms", "{:.2f}"),
    ("q_p99_ms", "per question p99 ms", "{:.2f}"),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--offices", type=int, default=16)
    parser.add_argument("--own", type=int, default=40, help="topics of its own per office")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--quick", action="store_true", help="1 round, 4 offices: a smoke test")
    parser.add_argument("--bot-src", type=Path, default=ROOT, help="the source tree measured")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        content, data, offices, src = args.child
        sys.path.insert(0, src)
        print(json.dumps(child(Path(content), Path(data), offices.split(","))))
        return 0
    if args.quick:
        args.rounds, args.offices = 1, 4
    work = Path(tempfile.mkdtemp(prefix="infopoint-offices-"))
    ids = write_network(work, args.offices, args.own)
    content = work / "content"
    print(
        f"{args.offices} offices x {args.own} own topics x {len(LANGS)} languages, plus the "
        f"shared content; {args.rounds} round(s); search of {args.bot_src}; files in {work}"
    )
    cases = {"1 office": ids[:1], f"{args.offices} offices": ids}
    results: dict[tuple[str, str], list[dict[str, float]]] = {}
    for rnd in range(args.rounds):
        order = list(cases) if rnd % 2 == 0 else list(reversed(cases))
        for case in order:
            data = work / f"data-{rnd}-{case.split()[0]}"
            data.mkdir()
            for start in ("first start", "restart"):
                print(f"-- round {rnd + 1}: {case}, {start} ...", flush=True)
                results.setdefault((case, start), []).append(
                    run_child(content, data, cases[case], args.bot_src.resolve())
                )
    print(f"\n== medians over {args.rounds} round(s)")
    keys = list(results)
    print(f"{'':26}" + "".join(f"{c + ', ' + s:>26}" for c, s in keys))
    for key, heading, pattern in COLUMNS:
        row = "".join(
            f"{pattern.format(statistics.median(r[key] for r in results[k])):>26}" for k in keys
        )
        print(f"{heading:26}{row}")
    for start in ("first start", "restart"):
        one = statistics.median(r["rss_mb"] for r in results[("1 office", start)])
        many = statistics.median(r["rss_mb"] for r in results[(f"{args.offices} offices", start)])
        print(f"memory per extra office, {start}: {(many - one) / (args.offices - 1):.1f} MB")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
