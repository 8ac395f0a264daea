"""A YAML file with a syntax error read around it, for `infopoint check` to name the file's other
problems in the same run: the entry the error is in (a topic of a content file; a top-level
key of config.yaml, or one key of a network's office) is left out, its lines blanked (the other
lines keep their numbers), and the rest read again. What the entry left out would have been
checked waits until the error is fixed, and problems that only follow from its absence (a
«missing required key» for it, a reference to its id) are not named (`follows`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

Path_ = tuple[str | int, ...]
# the top-level keys whose entries are left out one by one (a content file's topics, a
# network's offices: one key of the office), and a content file's header, left out whole (its
# reader checks the topics against another language's categories: bot/content/header.py)
NESTED = {"topics": 1, "offices": 2}
HEADER = frozenset({"language", "categories"})
TRIES = 10  # syntax errors read around in one file


@dataclass(frozen=True)
class LeftOut:
    path: Path_
    first: int  # its lines, 1-based, both included
    last: int
    # the ids of the entries beside it the lines take in (a topic's key indented less than the
    # others': the entry above it and its own)
    ids: tuple[str, ...] = ()

    def note(self) -> str:
        more = [i for i in self.ids if i != self.path[-1]]
        also = f" (and `{'`, `'.join(more)}`)" if more else ""
        if self.path[0] == "topics":
            what = f"the topic `{self.path[-1]}`{also}"
        elif self.path[0] == "offices" and len(self.path) > 2:
            what = f"the key `{self.path[-1]}`{also} of office `{self.path[1]}`"
        else:
            what = f"the key `{'.'.join(str(p) for p in self.path)}`{also}"
        return (
            f" (lines {self.first}–{self.last}, {what}, were left out to check the rest of the "
            "file: the problems inside them are named once this is fixed)"
        )


def _depth(row: str) -> int | None:
    """The indentation of a line that says something (tabs counted too), None: blank, comment."""
    text = row.lstrip(" \t")
    return None if not text or text.startswith("#") else len(row) - len(text)


def _key(row: str) -> str:
    """The key a line writes; of one without its colon (`language en`), its first word."""
    text = row.strip().removeprefix("- ")
    key = text.split(":", 1)[0] if ":" in text else (text.split() or [""])[0]
    return key.split("#")[0].strip().strip("'\"")


def entry(lines: list[str], at: int) -> LeftOut | None:
    """The entry line `at` (1-based) is in, None: none found (a line before the first key, a
    top-level list)."""
    start, end, path = 0, len(lines), ()  # type: tuple[int, int, Path_]
    levels, ids = 1, ()  # type: int, tuple[str, ...]
    while len(path) < levels:
        rows = [(i, d) for i in range(start, end) if (d := _depth(lines[i])) is not None]
        rows = rows[1:] if path else rows  # (the key above: not one of its children)
        if not rows:
            return None
        column = rows[0][1]
        # (a list's items may be as far in as its key: `duty:` over `- weekday: …`; an item is
        # never left out alone: the items after it would change index)
        keys = [(i, d) for i, d in rows if d < column or not lines[i].lstrip().startswith("- ")]
        heads = [i for i, d in keys if d == column and i < at]
        if not heads:
            return None
        head = heads[-1]
        after = [i for i, d in keys if i > max(head, at - 1) and d <= column]
        start, end = head, (after[0] if after else end)
        path = (*path, _key(lines[head]))
        ids = tuple(
            _key(lines[i])
            for i, d in keys
            if start <= i < end
            and (d == column or (i == at - 1 and d < column and "\t" not in lines[i][:d]))
        )
        if len(path) == 1:
            levels += NESTED.get(str(path[0]), 0)
    last = max(i for i in range(start, end) if _depth(lines[i]) is not None)
    return LeftOut(path, start + 1, last + 1, ids)


def blank(text: str, left: LeftOut) -> str:
    """The text with the entry's lines emptied: every other line keeps its number."""
    lines = text.split("\n")
    for i in range(left.first - 1, left.last):
        lines[i] = ""
    return "\n".join(lines)


def column(exc: yaml.MarkedYAMLError, text: str, line: int | None, said: str) -> int | None:
    """The column (1-based) to name with the line to fix: where the parser stopped, when that is
    the line named; else where a quote opened on it, where its key lacks its colon, or where
    its text starts (`said`: the message, yamlhints.explain's)."""
    mark = exc.problem_mark or exc.context_mark
    if line is None or mark is None:
        return None
    lines = text.splitlines()
    if line > len(lines):
        return None
    row = lines[line - 1]
    start = len(row) - len(row.lstrip(" \t"))
    if "indented less" in said or "indented too little" in said:
        return start + 1  # (where its text starts, to be moved)
    if mark.line + 1 == line:
        return mark.column + 1
    if f"a quote opened on line {line}" in said.lower():
        quotes = [at for at in (row.find('"', start), row.find("'", start)) if at >= 0]
        return min(quotes) + 1 if quotes else start + 1
    opened = next((b for b in "{[" if f"the `{b}` opened on line {line}" in said.lower()), None)
    if opened is not None and opened in row:
        return row.index(opened) + 1
    if "has no colon after its key" in said:
        return (
            start
            + len(row[start:].removeprefix("- ").split()[0])
            + (2 if row[start:].startswith("- ") else 0)
            + 1
        )
    return start + 1


def follows(key: str, message: str, left_out: tuple[LeftOut, ...]) -> bool:
    """A problem only the entries left out cause: one inside them, a «missing required key» for
    one, or one that names its id as missing («no place 'city_hall'», a rule's; «no topic …»),
    not one that only suggests it («did you mean 'pesel'?» after a typo of its own)."""
    for left in left_out:
        name = ".".join(str(p) for p in left.path)
        if key == name or key.startswith(name + ".") or key.startswith(name + "["):
            return True
        parent = ".".join(str(p) for p in left.path[:-1])
        for entry_id in {str(left.path[-1]), *left.ids}:
            if key == (f"{parent}.{entry_id}" if parent else entry_id):
                return True  # (its «missing required key»: not another topic's `answer:`)
            said = rf"(?:\bno [`\w ]+|under) '{re.escape(entry_id)}'"
            if re.search(said, message):
                return True
    return False
