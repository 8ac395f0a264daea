"""A YAML slip read as fixed, for `infopoint check` to check the whole file in one run, the
entry it is in too (not left out: yamlrecover.py). A key moved left (one line indented less
than the keys of its block: a topic's `answer: |` at the topics' level, a topic at the file's
top level, an office's `local:` beside the office) makes YAML stop lines below it, or read the
keys after it as its own: the line is found (the nearest above where YAML stopped that is
indented less than its neighbours and whose moving back lets YAML read further) and named with
its fix (`find`). A slip of the line YAML names whose fix is certain (a tab for spaces, a key
without its colon, a list item a space off: `retyped`) is read as its message says to write it.
Either is said at the line, with what the rest of the file was checked as."""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

KEY = re.compile(r"[\w-]+:(\s|$)")  # a key's line (not a list item, not a quoted key)
_OPENS = ("", "|", ">", "|-", ">-", "|+", ">+")  # a value on the lines below
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
LOOKED_AT = 6  # lines tried (each a parse of the file) per syntax error
# said after the line's problem: the file was read (and its problems named) as if it were fixed
READ_AS = "the rest of the file was checked as if"


@dataclass(frozen=True)
class Moved:
    line: int  # 1-based
    spaces: int  # before it, as written
    wants: int  # the keys of its block's
    like: int  # 1-based: a key with them
    text: str  # the file with the line moved back

    def said(self, lines: list[str]) -> str:
        shown = lines[self.line - 1].strip()
        return (
            f"Line {self.line} (`{shown}`) is indented too little: it has {self.spaces} "
            f"space(s) before it, the keys of its block {self.wants} (line {self.like}), so "
            f"YAML took it for a key of the level above; give it {self.wants} spaces"
        )

    def note(self) -> str:
        return f" ({READ_AS} line {self.line} had {self.wants} spaces, in this run)"


@dataclass(frozen=True)
class Retyped:
    """The line YAML's error names, written as its message says to (spaces for a tab, its
    colon after its key, as many spaces as the lines around it): the file read so."""

    line: int  # 1-based
    how: str  # «had 4 spaces», «had its colon»
    text: str

    def note(self) -> str:
        return f" ({READ_AS} line {self.line} {self.how}, in this run)"


def said(fixed: Retyped, text: str, message: str) -> str:
    """The message, or, where the line was read with other indentation and the message says
    nothing of it (a `*` at the start of an answer's line moved left), that in plain words."""
    spaces = re.fullmatch(r"had (\d+) spaces", fixed.how)
    if spaces is None or re.search(r"indent|space|tab", message, re.IGNORECASE):
        return message
    row = text.split("\n")[fixed.line - 1].strip()
    shown = row if len(row) <= 40 else row[:37] + "…"
    return (
        f"Line {fixed.line} (`{shown}`) is not indented as the lines around it: give it "
        f"{spaces[1]} spaces, like them"
    )


def retyped(text: str, line: int | None, stopped: int) -> Retyped | None:
    """The line `line` (1-based) with a slip of its own set right, where YAML then reads further
    than `stopped` (0-based); None: no such fix (an unclosed quote: where it ends is not known)."""
    lines = text.split("\n")
    if line is None or not 0 < line <= len(lines):
        return None
    row = lines[line - 1]
    body = row.lstrip(" \t")
    if not body or body.startswith("#"):
        return None
    above = next((d for i in range(line - 2, -1, -1) if (d := indent(lines[i])) is not None), None)
    below = next((d for i in range(line, len(lines)) if (d := indent(lines[i])) is not None), None)
    item = None  # (a list's `- `: the items above it)
    if body.startswith("- "):
        rows = (lines[i] for i in range(line - 2, -1, -1))
        item = next((indent(r) for r in rows if r.lstrip(" ").startswith("- ")), None)
    tries: list[tuple[str, str]] = []
    for depth in dict.fromkeys(d for d in (item, above, below) if d is not None):
        if " " * depth + body != row:
            tries.append((" " * depth + body, f"had {depth} spaces"))
    key = body.removeprefix("- ")
    if ":" not in key and len(key.split()) > 1 and KEY.match(key.split()[0] + ": "):
        colon = row[: len(row) - len(key)] + key.replace(" ", ": ", 1)
        tries.append((colon, "had its colon"))
    best: tuple[float, Retyped] | None = None  # (the one YAML reads furthest)
    for written, how in tries:
        fixed = "\n".join([*lines[: line - 1], written, *lines[line:]])
        now = stop(fixed)
        reach = float("inf") if now is None else now
        if reach > stopped and (best is None or reach > best[0]):
            best = (reach, Retyped(line, how, fixed))
    return best[1] if best else None


def indent(row: str) -> int | None:
    """The spaces before a line that says something; None: blank, a comment, a tab first."""
    text = row.lstrip(" ")
    return None if not text or text.startswith("#") or text[0] == "\t" else len(row) - len(text)


def stop(text: str) -> int | None:
    """The 0-based line where YAML stops reading `text`, None: it reads it all."""
    try:
        yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return mark.line if mark is not None else -1
    except yaml.YAMLError:
        return -1
    return None


def reads_further(text: str, stopped: int) -> bool:
    """Whether YAML reads `text` past the 0-based line it `stopped` at before (a retyped line
    fixed what stopped it)."""
    now = stop(text)
    return now is None or now > stopped


def find(text: str, stopped: int) -> Moved | None:
    """The line above `stopped` (0-based) that was moved left, None: none found."""
    lines = text.split("\n")
    rows = [
        (i, d) for i in range(min(stopped + 1, len(lines))) if (d := indent(lines[i])) is not None
    ]
    after = {i: d for i, d in ((i, indent(lines[i])) for i in range(len(lines))) if d is not None}
    tried = 0
    for k in range(len(rows) - 1, 0, -1):
        i, spaces = rows[k]
        key = lines[i].strip()
        if not KEY.match(key) or spaces >= rows[k - 1][1]:
            continue
        below = next((after[j] for j in range(i + 1, len(lines)) if j in after), None)
        if below is None or below <= spaces:
            continue
        like = _like(lines, rows[:k], spaces, below, key.split(":", 1)[1].split(" #")[0].strip())
        if like is None:
            continue
        tried += 1
        wants = rows[[r[0] for r in rows].index(like)][1]
        moved = lines[:i] + [" " * wants + lines[i].lstrip(" ")] + lines[i + 1 :]
        fixed = "\n".join(moved)
        if reads_further(fixed, stopped):
            return Moved(i + 1, spaces, wants, like + 1, fixed)
        if tried >= LOOKED_AT:
            return None
    return None


def _like(
    lines: list[str], above: list[tuple[int, int]], spaces: int, below: int, value: str
) -> int | None:
    """The key above whose column the line belongs at: with a value on its own line, the
    nearest key between its column and its value's (`answer: |` at 2 over text at 6: the
    `title:` at 4 above); with its value beside it, the next line is a key of its block (`title:
    X` at 0 over `answer:` at 4: a key at 4 above). None: the line is where it belongs."""
    for j, depth in reversed(above):
        if depth <= spaces:
            return None  # (its parent reached: the line is one of its keys, as written)
        if not KEY.match(lines[j].strip()):
            continue
        if value in _OPENS and depth < below:
            return j
        if value not in _OPENS and depth == below:
            return j
    return None
