"""The language of a question (bot/search/lang.py), measured on the development sets: every
question asked with each other language as the person's (docs/search.md).

    .venv/bin/python bench/lang_bench.py

Prints, per language, the share of questions whose language is right and how many were taken
surely for another; the Ukrainian and Russian questions written in Latin letters right; and the
Polish questions a person whose language is English gets answered in Polish (sure, and a
sentence in Polish: questions/answers.py's `follow_language`), those in Latin letters only
(Polish typed without its letters) apart. Never reads the blind sets (heldout25, heldout26).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.search_bench import LANGS, LATER_SETS, SETS, load_eval, load_kb  # noqa: E402
from bot import search  # noqa: E402
from bot.search import text  # noqa: E402


def main() -> int:
    searcher = search.build(load_kb())
    questions: dict[str, list[str]] = {code: [] for code in LANGS}
    for path in (*SETS, *LATER_SETS):
        loaded = load_eval(path)
        for code in LANGS:
            questions[code] += [item["q"] for item in loaded[code]]
    latin_right = latin_total = 0
    for code in LANGS:
        right = other = total = 0
        for question in questions[code]:
            latin = code in ("uk", "ru") and not any(
                text.is_cyrillic(t) for t in text.tokens(question)
            )
            for person in LANGS:
                if person == code:
                    continue
                result = searcher.search(question, person)
                total += 1
                right += result.lang == code
                other += result.lang_sure and result.lang != code
                if latin:
                    latin_total += 1
                    latin_right += result.lang == code
        print(f"{code}: right {100 * right / total:.1f} % of {total}, surely another {other}")
    print(f"uk, ru in Latin letters: right {latin_right} of {latin_total}")
    followed = {True: [0, 0], False: [0, 0]}  # without Polish letters? -> [followed, of]
    for question in questions["pl"]:
        result = searcher.search(question, "en")
        plain = question.lower().isascii()
        followed[plain][1] += 1
        followed[plain][0] += result.lang == "pl" and result.lang_sure and result.sentence
    for plain, (n, of) in followed.items():
        kind = "without Polish letters" if plain else "with Polish letters"
        print(f"pl {kind}, person en: answered in Polish {n} of {of}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
