"""A non-programmer's slips in one line of YAML, said in plain words with the line written as it
should be, and read so for the rest of the file (yamldoc.load): YAML's own message says what
it expected («mapping values are not allowed here», «found character that cannot start any
token»), not what to change. Each is claimed only where the line written as said lets YAML
read further than it did:

- `title: Work: permits`: a `: ` in a value, read as another key: the value in quotes;
- `title: [💼 Work`, `name: [Urząd] Miejski`, `name: {Urząd`: a text that starts with `[` or `{`,
  read as a list or a mapping: in quotes (a list closed with one `]` too many: that one out);
- `name: 'St. Mary's Hall'`, `phone: "+48 41 000 00 00" ext. 5`: a quote inside the quotes, or
  text after the closing one: the whole text in (other) quotes;
- `name: *Urząd`, `& Co`, `!Important`, `@…`, a backquote: a character YAML keeps for itself at
  a value's start: in quotes; `phone: | +48 …`: the text of `|` on the next line;
- `timezone:Europe/Warsaw` (no space after the colon), `-weekday: thursday` (none after `-`),
  `%timezone:` (a directive), a line of a stray character alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from bot.settings import yamlblocks
from bot.settings.yamlhash import in_quotes
from bot.settings.yamlmoved import Retyped, reads_further

_KEYED = re.compile(r"^(\s*(?:-\s+)?)([\w.-]+):(?:\s+(.*?))?\s*$")  # `  key: value`
_NO_SPACE = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):([^\s/].*)$")  # `key:value`
_NO_DASH_SPACE = re.compile(r"^(\s*)-([A-Za-z_][\w-]*:(?:\s.*)?)$")  # `-weekday: thursday`
_COMMENT = re.compile(r"\s+#.*$")
_KEPT = {  # a value's first character YAML keeps for itself, and what it reads it as
    "*": "a reference to an `&anchor`",
    "&": "an anchor's name",
    "!": "a tag",
    "@": "a character kept for later versions of YAML",
    "`": "a character kept for later versions of YAML",
    "%": "a directive",
}
_WHAT = {"[": "a list", "{": "a mapping"}
QUOTED = "had its value in quotes"  # (the note's words: schema.Checker finds them)
_SEPARATOR = {"[": ",", "{": ": "}


@dataclass(frozen=True)
class Slip:
    line: int  # 1-based
    said: str  # plain words: what is wrong and the line as it should be
    fixed: Retyped  # the file with the line written so


def find(exc: yaml.MarkedYAMLError, text: str) -> Slip | None:
    """The slip YAML's error comes from, on the line it stopped at or the one above (a key
    without its space after the colon is noticed on the next line), else the line where its
    `[`, `{` or quote opened; None: none of these."""
    mark = exc.problem_mark or exc.context_mark
    if mark is None or yamlblocks.out_of_block(text, mark.line + 1) is not None:
        return None  # (a line of an answer's text moved left: its indentation, yamlblocks.py)
    lines = text.split("\n")
    above = next((i for i in range(mark.line - 1, -1, -1) if _says(lines[i])), None)
    opened = exc.context_mark.line if exc.context_mark is not None else None
    for at in dict.fromkeys(i for i in (mark.line, above, opened) if i is not None):
        if not 0 <= at < len(lines):
            continue
        said = _slip(lines[at], exc.problem or "", at == mark.line)
        if said is None:
            continue
        words, row, how = said
        fixed = "\n".join([*lines[:at], row, *lines[at + 1 :]])
        if reads_further(fixed, mark.line):
            shown = lines[at].strip()
            shown = shown if len(shown) <= 60 else shown[:57] + "…"
            quoted = "" if not row else f" («{shown}»)" if "`" in shown else f" (`{shown}`)"
            return Slip(at + 1, f"Line {at + 1}{quoted}: {words}", Retyped(at + 1, how, fixed))
    return None


def _says(row: str) -> bool:
    return bool(row.split("#")[0].strip())


def _slip(row: str, problem: str, noticed: bool) -> tuple[str, str, str] | None:
    """(what is wrong and how to write the line, the line so written, how it was read)."""
    lead = row[: len(row) - len(row.lstrip(" "))]
    body = row.strip()
    if (dash := _NO_DASH_SPACE.match(row)) is not None:
        written = f"{dash[1]}- {dash[2]}"
        return (
            f"a list item's `-` needs a space after it: write `{written.strip()}`",
            written,
            "had a space after its `-`",
        )
    if body.startswith("%") and noticed:
        written = lead + body[1:]
        return (
            "a line that starts with `%` is read as a YAML directive: remove the `%` "
            f"(`{body[1:]}`)",
            written,
            "had no `%`",
        )
    stray = body and len(body) <= 3 and not any(ch.isalnum() or ch in ":-|>" for ch in body)
    if stray:
        return f"a stray «{body}» alone on its line: remove it", "", "was not there"
    if (bare := _NO_SPACE.match(row)) is not None and ": " not in row:
        written = f"{bare[1]}{bare[2]}: {bare[3]}"
        return (
            f"`{bare[2]}:` needs a space after its colon: write `{written.strip()}`",
            written,
            "had a space after its colon",
        )
    keyed = _KEYED.match(_uncommented(row))
    if keyed is None or not keyed[3]:
        return None
    return _value(keyed[1], keyed[2], keyed[3], problem)


def _uncommented(row: str) -> str:
    """The line without a comment (` #` outside quotes; a `'` inside a word is no quote)."""
    quote = ""
    for at, ch in enumerate(row):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'" and (at == 0 or not row[at - 1].isalnum()):
            quote = ch
        elif ch == "#" and at and row[at - 1] in " \t":
            return row[:at].rstrip()
    return row


def _value(lead: str, key: str, value: str, problem: str) -> tuple[str, str, str] | None:
    """A slip of the value written beside its key."""
    first = value[0]
    if first in "\"'":
        return _quoted(lead, key, value)
    if first in "[{":
        return _bracket(lead, key, value)
    if first in "|>" and len(value) > 2 and value[1] == " " and value[2:].strip():
        written = f"{lead}{key}: {in_quotes(value[2:].strip())}"  # (no line added: numbers kept)
        return (
            f"after `{first}` the text starts on the next line: move `{value[2:].strip()}` "
            f"to a line of its own under `{key}: {first}`, with {len(lead) + 2} spaces before "
            "it (or write the value on this line without the `|`)",
            written,
            f"had its value without `{first}`",
        )
    if first in _KEPT:
        written = f"{lead}{key}: {in_quotes(value)}"
        return (
            f"a value cannot start with {_char(first)} (YAML reads it as {_KEPT[first]}): put the "
            f"whole value in quotes: `{written.strip()}`",
            written,
            QUOTED,
        )
    if ": " in value and "mapping values" in problem:
        written = f"{lead}{key}: {in_quotes(value)}"
        return (
            f"the value of `{key}` has `: ` in it, which YAML reads as the start of another "
            f"key: put the whole value in quotes: `{written.strip()}`",
            written,
            QUOTED,
        )
    return None


def _quoted(lead: str, key: str, value: str) -> tuple[str, str, str] | None:
    """A quote inside a text in the same quotes («'St. Mary's Hall'»), or text after the
    closing quote («"+48 41 000 00 00" ext. 5»)."""
    quote = value[0]
    end = _closing(value, quote)
    if end is None or end == len(value) - 1:
        return None
    after = _COMMENT.sub("", value[end + 1 :])
    if not after.strip():
        return None
    inner = value[1:end]
    if after[0].isalnum():  # (the quote was in a word: «Mary's»)
        whole = inner + quote + after.rstrip(quote).rstrip()
        written = f"{lead}{key}: {in_quotes(whole)}"
        before = inner.split()[-1] if inner and not inner[-1].isspace() else ""
        word = before + quote + after.split()[0]
        return (
            f"the `{quote}` in `{word}` ends the text in {_NAMES[quote]} quotes begun before "
            f"it: put the text in {_NAMES[_OTHER[quote]]} quotes: `{written.strip()}`",
            written,
            QUOTED,
        )
    whole = f"{inner} {after.strip()}"
    written = f"{lead}{key}: {in_quotes(whole)}"
    return (
        f"the value of `{key}` ends at its closing quote and `{after.strip()}` follows it: "
        f"put it all inside the quotes: `{written.strip()}`",
        written,
        QUOTED,
    )


_NAMES = {'"': "double", "'": "single"}
_OTHER = {'"': "'", "'": '"'}


def _closing(value: str, quote: str) -> int | None:
    """Where the quote that opens `value` closes (`''` inside single quotes, `\\"` inside double
    quotes are no closing)."""
    at = 1
    while at < len(value):
        ch = value[at]
        if quote == '"' and ch == "\\":
            at += 2
            continue
        if ch == quote:
            if quote == "'" and value[at + 1 : at + 2] == "'":
                at += 2
                continue
            return at
        at += 1
    return None


def _bracket(lead: str, key: str, value: str) -> tuple[str, str, str] | None:
    """A text that starts with `[` or `{` (`title: [💼 Work`, `name: [Urząd] Miejski`), or a
    list closed with one `]` too many."""
    first, closing = value[0], "]" if value[0] == "[" else "}"
    body = _COMMENT.sub("", value)
    depth, end = 0, None
    for at, ch in enumerate(body):
        depth += ch == first
        depth -= ch == closing
        if depth == 0:
            end = at
            break
    if end is not None and end < len(body) - 1:
        after = body[end + 1 :].strip()
        if after and set(after) <= {"]", "}"}:  # `[uk, ru, en, pl]]`
            written = f"{lead}{key}: {body[: end + 1]}"
            return (
                f"`{after}` after the end of the {_WHAT[first][2:]} (`{body[: end + 1]}`): "
                f"remove it: `{written.strip()}`",
                written,
                f"had no `{after}`",
            )
    elif end is not None or _SEPARATOR[first] in body or " " not in body.strip():
        # (a list or mapping, closed; or, not closed, one with its items or one word in it,
        # `[2026-12-24`: «add `]`», yamlhints)
        return None
    written = f"{lead}{key}: {in_quotes(value)}"
    meant = f" (if it is meant as {_WHAT[first]}, end it with `{closing}`)"
    listed = "" if end is not None else meant
    return (
        f"the value of `{key}` starts with `{first}`, so YAML reads it as {_WHAT[first]}: "
        f"a text that starts with `{first}` needs quotes: `{written.strip()}`{listed}",
        written,
        f"{QUOTED} (a text that starts with `{first}` needs them)",
    )


def _char(ch: str) -> str:
    return "«`»" if ch == "`" else f"`{ch}`"
