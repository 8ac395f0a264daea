"""A time typed roughly (tester 42, F6): «десь о 10 якщо можна», «десь о 9-й», «около 9-ти»,
«about 10ish», «koło 10», «gdzieś o dziesiątej». The word for «about» before it, an «if
possible» after it and an ending on the hour («9-й», «9-ти», «10ish») are left aside, and the
time read as if typed plainly (bot.core.when.at); «about» marks a number alone as an hour, as
«о 10» does. The time is taken as said: the free times shown then are the nearest to it."""

from __future__ import annotations

import re

_ABOUT = re.compile(
    r"^\s*(?:десь(?:\s+так)?|приблизно|орієнтовно|близько|десь\s+близько|где-?то|примерно|"
    r"около|ориентировочно|about|around|approximately|roughly|gdzieś|gdzies|około|okolo|koło|"
    r"kolo|mniej\s+więcej|mniej\s+wiecej)\s+",
    re.I,
)
_IF_POSSIBLE = re.compile(
    r"[\s,]+(?:якщо|якшо|если|if|jeśli|jesli|jeżeli|jezeli)\s+"
    r"(?:можна|можливо|получиться|вийде|можно|получится|possible|you\s+can|that'?s\s+ok(?:ay)?|"
    r"się\s+da|sie\s+da|można|mozna)[\s.!]*$",
    re.I,
)
# an ending on the hour: «9-й», «9-ї», «9-ої», «9-ти», «9-ой», «9-го», «10ish», «10-ish»
_ENDING = re.compile(r"(\d)\s*-?\s*(?:ої|ой|ий|ій|го|ти|й|ї|ish)(?!\w)", re.I)


def plain(text: str) -> tuple[str, bool]:
    """`text` without what makes it rough, and whether it was said to be about a time."""
    said = _IF_POSSIBLE.sub("", text) or text
    said = _ENDING.sub(r"\1", said)
    about = _ABOUT.sub("", said, count=1)
    return about, about != said
