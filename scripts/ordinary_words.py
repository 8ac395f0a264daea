"""Writes bot/features/office/ordinary_words.yaml: the words of the content and of the bot's
texts (content/faq_<lang>.yaml, content/offices/*/, bot/content/locales/<lang>/) that the
misspelt-town reading (bot/features/office/spelt.py) would take for a town after «я живу в», «I
live in», «mieszkam w» («година»: Gdynia, «leczenie»: Łęczna), so that it does not. Run it after
the content gains words (tests/features/office/test_misspelt_towns.py names the new ones):

    .venv/bin/python scripts/ordinary_words.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bot" / "features" / "office" / "ordinary_words.yaml"
sys.path.insert(0, str(ROOT))

from bot.features.office import cities  # noqa: E402
from bot.search import text as texts  # noqa: E402

LIVING = {"uk": "я живу в", "ru": "я живу в", "en": "I live in", "pl": "mieszkam w"}
HEADER = """\
# Ordinary words one letter from a Polish town's form (a case of its name), which the
# misspelt-town reading (spelt.py) would take for that town after «я живу в», «I live in»,
# «mieszkam w»: not read so, in any of their cases. Written by scripts/ordinary_words.py from
# the content's and the bot's texts' words, not by hand; the town each is near after «#».
"""


def vocabulary(lang: str) -> set[str]:
    """The words of the content and of the bot's texts in `lang` written in lower case."""
    files = [ROOT / "content" / f"faq_{lang}.yaml"]
    files += sorted((ROOT / "content" / "offices").glob(f"*/faq_{lang}.yaml"))
    files += sorted((ROOT / "bot" / "content" / "locales" / lang).glob("*.yaml"))
    found: set[str] = set()
    for file in files:
        written = file.read_text(encoding="utf-8")
        words = (written[start:end] for start, end in texts.token_spans(written))
        found.update(word for word in words if word.isalpha() and word.islower())
    return found  # (a word written in lower case somewhere: not a name, «w Ostródzie»)


def misread(lang: str, word: str) -> str | None:
    """The town `word` would be taken for, misspelt, after «я живу в» in `lang` (None: none,
    or it is read as it is, a town's own form)."""
    text = f"{LIVING[lang]} {word}"
    if cities._named(text, only=False, spelt_too=False) is not None:
        return None
    found = cities._misspelt(texts.tokens(text), only=False, any_word=True)
    return found[0].name if found else None


def ordinary() -> dict[str, dict[str, str]]:
    """Each language's ordinary words taken for a town misspelt, and the town."""
    out: dict[str, dict[str, str]] = {}
    for lang in LIVING:
        near = {word: misread(lang, word) for word in sorted(vocabulary(lang))}
        out[lang] = {word: town for word, town in near.items() if town is not None}
    return out


def main() -> None:
    lines = [HEADER]
    for lang, words in ordinary().items():
        lines += [f"{lang}:", *(f"  - {word}  # {town}" for word, town in words.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {sum(line.startswith('  -') for line in lines)} words")


if __name__ == "__main__":
    main()
