"""A value cut at a `#` (`desk: Biuro #4`): YAML reads ` #` as the start of a comment, so the
value is «Biuro» and nothing says so. Said as a warning where the text plainly goes on: one
space before the `#` and a number's word right after it (`#4`, `#12a`, `#B2`: «number 4»),
after a value YAML reads as text. What looks like a comment is left alone: two or more spaces
before the `#` (the comments lined up beside values in config.yaml), a space after it
(`# placeholder`), a word without a digit (`#TODO`, `#pl_PL`), or after a number, a date,
yes/no (`capacity: 1 #2 a slot`: the number is what is meant either way), a quoted value or a
list."""

from __future__ import annotations

import re

import yaml

Path_ = tuple[str | int, ...]
_STR = "tag:yaml.org,2002:str"
# right after the value: one space, `#` and a word with a digit in it (`#4`, `#12a`, `#B2`)
_GOES_ON = re.compile(r" #[^\s#]*\d")
_COMMENT = re.compile(r"\s{2,}#|\s#\s")  # a comment after the part that goes on


def cut(root: yaml.Node | None, text: str) -> list[tuple[int, Path_, str]]:
    """(line, the value's path, what to say) of each text value followed by ` #…` that looks
    like more of it, by line."""
    if not _GOES_ON.search(text):  # (most files: nothing to walk the nodes for)
        return []
    lines = text.split("\n")
    found: list[tuple[int, Path_, str]] = []
    todo: list[tuple[yaml.Node | None, Path_, str | None]] = [(root, (), None)]
    seen: set[int] = set()  # an &anchor's node comes again at each *alias
    while todo:
        node, path, key = todo.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            todo.extend((v, path + (str(k.value),), str(k.value)) for k, v in node.value)
        elif isinstance(node, yaml.SequenceNode):
            todo.extend((item, path + (i,), None) for i, item in enumerate(node.value))
        elif isinstance(node, yaml.ScalarNode) and not node.style and node.tag == _STR:
            said = _said(lines, node, key)
            if said is not None:
                found.append((node.end_mark.line + 1, path, said))
    return sorted(found, key=lambda f: f[0])


def _said(lines: list[str], node: yaml.ScalarNode, key: str | None) -> str | None:
    start, end = node.start_mark, node.end_mark
    if start.line != end.line or end.line >= len(lines):
        return None  # (a value on several lines: not this slip)
    row = lines[end.line]
    if not _GOES_ON.match(row, end.column):
        return None
    rest = row[end.column + 1 :]
    comment = _COMMENT.search(rest)
    more = (rest[: comment.start()] if comment else rest).rstrip()
    whole = f"{node.value} {more}"
    written = f"{key}: {in_quotes(whole)}" if key is not None else f"- {in_quotes(whole)}"
    shown = row.strip()
    shown = shown if len(shown) <= 60 else shown[:57] + "…"
    what = f"`{key}`" if key is not None else "the list item"
    return (
        f"Line {end.line + 1} (`{shown}`): a `#` after a space starts a comment in YAML, so "
        f"{what} is read as «{node.value}» and `{more}` is left out: if it belongs to the "
        f"value, put the value in quotes: `{written}`"
    )


def in_quotes(text: str) -> str:
    """The text in double quotes, else (with a `"` or `\\` in it) in single ones."""
    if '"' not in text and "\\" not in text:
        return f'"{text}"'
    return "'" + text.replace("'", "''") + "'"
