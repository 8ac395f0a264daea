"""How many children, said before them in the same message at a children's course's sign-up:
«двоє: Маша 8 років і Петро 13», «трое детей: Миша 7, Соня 9 и Лиза 11», «dwoje dzieci: Ola 8
i Kuba 10», «2 kids: Anna 8 and Tom 10», «two kids, Anna 8 and Tom 10», «у мене двоє дітей».
The number is the number of children (checked against the course's limit as one typed at the
question of how many is: several.py), and the words are no part of the first child's name.
The words (count_words.yaml): a number that counts people alone («двоє», «dwoje»), or any
number followed by a word for children or by a colon or a dash; what may come before it
(«у мене», «I have», «mam»). The number is read as at any question of how many
(bot.features.assist.parse). Also the words that say nothing around an age typed again
(«ой 12», «sorry, 12»): `fillers`, read by child_age.age_alone."""

from __future__ import annotations

import functools
import re
from importlib import resources

from bot.core import yamldata
from bot.core.words import fold
from bot.features.assist import Invalid, parse_number

COUNT_MOST = 20  # «25 kids: …» is no family
_TOKEN = re.compile(r"(?P<num>\d+)|(?P<word>[^\W\d_]+(?:['’ʼ`\-][^\W\d_]+)*)|(?P<sep>[^\w\s])")
_SAYS_COUNT = frozenset(":-–—")  # «2: Anna 8 and Tom 10», «двоє — Маша і Петро»


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    source = resources.files("bot.features.courses") / "count_words.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))
    return {kind: frozenset(fold(str(w)) for w in entries) for kind, entries in data.items()}


def fillers() -> frozenset[str]:
    """The folded words that say nothing around an age («ой», «sorry», «przepraszam»)."""
    return _words()["fillers"]


def _number(token: str) -> int | None:
    try:
        number = parse_number(token)
    except Invalid:
        return None
    return number if 1 <= number <= COUNT_MOST else None


def leading(text: str) -> tuple[int, str] | None:
    """(how many, the rest of the text) when the text begins with how many children it names;
    None otherwise («Маша 8, Петро 13», «2», «8 років»)."""
    words = _words()
    found = list(_TOKEN.finditer(text))
    at = 0
    while at < len(found) and fold(found[at].group()) in words["before"]:
        at += 1
    if at >= len(found) or found[at]["sep"] is not None:
        return None
    count = _number(found[at].group())
    if count is None:
        return None
    sure = fold(found[at].group()) in words["collective"]
    at += 1
    while at < len(found) and fold(found[at].group()) in words["children"]:
        sure, at = True, at + 1
    if at < len(found) and found[at]["sep"] is not None:
        sure = sure or found[at].group() in _SAYS_COUNT
        at += 1
    if not sure:
        return None
    rest = text[found[at].start() :] if at < len(found) else ""
    return count, rest.strip()
