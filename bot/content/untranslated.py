"""A topic left in another language inside a language's file (tester 43, F6: faq_en.yaml's
topic copied to faq_uk/ru/pl.yaml with only `language:` changed, «translate later»: Ukrainian,
Russian and Polish users got the English answer, and a Ukrainian question did not find it).
A warning at the title's or the answer's line, by a cheap look at its letters, the evidence
bot/search/lang.py starts from (no dictionary: `infopoint check` must not wait for one):

- in faq_uk.yaml and faq_ru.yaml, a title or an answer written without Cyrillic letters, or
  hardly any (Polish names and links quoted in a Ukrainian answer are Latin: a share of them is
  fine);
- in faq_pl.yaml, an answer of a few sentences without one Polish letter (ą ć ę ł ń ó ś ź ż);
- in any file, an answer the same, word for word, as the same topic's in another language's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.content.model import Layer
from bot.settings.yamldoc import Path_, Problem, key_name

CYRILLIC = ("uk", "ru")  # (bot.search.lang's; not imported: the search package loads content)
_NOT_WORDS = re.compile(r"\{[^}]*\}|\]\([^)]*\)|https?://\S+|\S+@\S+")  # placeholders, links
_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
_LATIN = re.compile(r"[a-ząćęłńóśźż]", re.IGNORECASE)
_POLISH = re.compile(r"[ąćęłńóśźż]", re.IGNORECASE)
SAMPLE = 2000  # characters of a text looked at
CYRILLIC_SHARE = 0.3  # a Ukrainian or Russian text has at least this share of Cyrillic letters
POLISH_LONG = 150  # letters: a Polish text this long has a Polish letter (almost always)


ORDER = ("en", "pl", "uk", "ru")  # of two answers alike that both fit, the later is named
NAMES = {"uk": "Ukrainian", "ru": "Russian", "en": "English", "pl": "Polish"}


def problems(layers: Mapping[str, Layer]) -> list[Problem]:
    """`layers`: each language's file (the shared ones, or one office's own) -> its warnings."""
    found: list[Problem] = []
    answers: dict[str, dict[str, str]] = {}  # topic -> language -> its answer
    for code, layer in layers.items():
        for topic, raw in (layer.data.get("topics") or {}).items():
            if isinstance(raw, dict) and isinstance(raw.get("answer"), str):
                answers.setdefault(str(topic), {})[code] = raw["answer"].strip()
    for code, layer in layers.items():
        for topic, raw in (layer.data.get("topics") or {}).items():
            if not isinstance(raw, dict):
                continue
            for field in ("title", "answer"):
                text = raw.get(field)
                if not isinstance(text, str):
                    continue
                said = _said(code, text, field, answers.get(str(topic), {}))
                if said:
                    path: Path_ = ("topics", topic, field)
                    line = layer.doc.line(path)
                    found.append(Problem(layer.doc.file, line, key_name(path), said, True))
    return found


def _said(code: str, text: str, field: str, answers: dict[str, str]) -> str:
    """What is wrong with `text`, the `field` of a topic in `code`'s file; "" if nothing."""
    words = text.strip()  # (a copy is the same text: read from YAML alike)
    same = [c for c in ORDER if c != code and c in answers and answers[c] == words]
    same = same if field == "answer" else []  # (a title alike: «PESEL», «Karta Polaka»)
    fits = _fits(code, text, field)
    ref = next((c for c in same if _fits(c, text, field)), same[0] if same else "")
    also = f" (the same as in faq_{ref}.yaml)" if ref else ""
    lost = f"{NAMES[code]} readers get it as it is, and their questions do not find the topic"
    if not fits and code in CYRILLIC:
        return (
            f"the {field} is written in Latin letters, not Cyrillic{also}: not translated? {lost}"
        )
    if not fits:
        return f"the {field} has no Polish letter (ą, ę, ł, ó, ś …){also}: not translated? {lost}"
    if ref and _fits(ref, text, field) and ORDER.index(ref) < ORDER.index(code):
        return f"the {field} is the same as in faq_{ref}.yaml: not translated? {lost}"
    return ""


def _fits(code: str, text: str, field: str) -> bool:
    """Whether `text` is in `code`'s letters; an answer's beginning is enough (SAMPLE: `check`
    and a restart after a content change read every answer of every language)."""
    sample = _NOT_WORDS.sub(" ", text[:SAMPLE])
    if code in CYRILLIC:
        cyrillic, latin = len(_CYRILLIC.findall(sample)), len(_LATIN.findall(sample))
        return cyrillic >= CYRILLIC_SHARE * (cyrillic + latin)
    if code == "pl" and field == "answer":
        return len(_LATIN.findall(sample)) < POLISH_LONG or _POLISH.search(text) is not None
    return True
