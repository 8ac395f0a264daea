"""Two YAML slips read as fixed where a likely fix lets YAML read on (yamlmoved.py reads the
certain ones), for `infopoint check` to check the entry they are in in the same run rather than
leave it out until the next (yamlrecover.py):

- a quote, `[` or `{` opened on a line and never closed (`address: "ul. Radomska 45`,
  `- {weekday: monday, from: "08:00", to: "16:00"`): read as closed at the end of that line,
  where a value written on one line ends; a bracket with no `,` or `: ` after it (`title:
  [💼 Work and money`) as a text in quotes (`closed`);
- a whole block moved left, a key with the lines under it (a place's `label:` and its languages
  given one space where the keys of the place have four): read with each of its lines given as
  many more spaces as put the key in line with the keys above it (`block`).

Each is tried only where YAML then reads further than it did; the error is still said at its
line, with how the rest of the file was checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.settings.yamlmoved import KEY, LOOKED_AT, READ_AS, Retyped, indent, reads_further

_CLOSING = {"[": "]", "{": "}"}


def closed(text: str, line: int | None, stopped: int) -> Retyped | None:
    """Line `line` (1-based) with its open quote, `[` or `{` closed at its end, where YAML then
    reads further than `stopped` (0-based); None: nothing open on it, or no further."""
    lines = text.split("\n")
    if line is None or not 0 < line <= len(lines):
        return None
    row = lines[line - 1].rstrip()
    still = _open(row)
    if not still:
        return None
    ending = "".join(_CLOSING.get(ch, ch) for ch in reversed(still))
    written, how = row + ending, f"ended with `{ending}`"
    key = re.match(r"(\s*(?:- )?[\w-]+:\s+)([\[{].*)$", row)
    if key is not None and still in "[{" and not _SEPARATOR[still].search(key[2]):
        # `title: [💼 Work and money`: a text that starts with a bracket, read as text
        written = key[1] + "'" + key[2].replace("'", "''") + "'"
        how = f"had its value in quotes (a text that starts with `{still}` needs them)"
    fixed = "\n".join([*lines[: line - 1], written, *lines[line:]])
    if not reads_further(fixed, stopped):
        return None
    return Retyped(line, how, fixed)


# what shows a list (an item's `,`) or a mapping (a key's `: `) in brackets, not a text
_SEPARATOR = {"[": re.compile(r","), "{": re.compile(r":\s")}


def _open(row: str) -> str:
    """What is left open at the end of a line, in the order opened: a quote, `[`, `{` (an
    apostrophe inside a word, «don't», is no quote; a `#` outside quotes starts a comment)."""
    body = row.split(":", 1)[1] if re.match(r"\s*(- )?[\w-]+:", row) else row
    stack: list[str] = []
    quote = ""
    for i, ch in enumerate(body):
        if quote:
            if ch == quote:
                quote = ""
            continue
        if ch == "#" and (i == 0 or body[i - 1] in " \t"):
            break
        before = body[i - 1] if i else " "
        if ch in "\"'" and (before in " \t[{,:" or i == 0):
            quote = ch
        elif ch in "[{":
            stack.append(ch)
        elif ch in "]}" and stack and _CLOSING[stack[-1]] == ch:
            stack.pop()
    return "".join(stack) + quote


@dataclass(frozen=True)
class Block:
    first: int  # 1-based, both included
    last: int
    spaces: int  # before its key, as written
    more: int  # spaces given to each of its lines
    like: int  # 1-based: a key lined up as it should be
    text: str  # the file with the block moved back

    def said(self, lines: list[str]) -> str:
        key = lines[self.first - 1].strip()
        return (
            f"Lines {self.first}–{self.last} (`{key}` and the lines under it) "
            f"are indented too little, all together: `{key}` has {self.spaces} space(s) before "
            f"it, the keys of its block {self.spaces + self.more} (line {self.like}), so YAML "
            f"took them for keys of the level above; give each of these lines {self.more} more "
            "space(s)"
        )

    def note(self) -> str:
        return (
            f" ({READ_AS} lines {self.first}–{self.last} had {self.more} more space(s) each, "
            "in this run)"
        )


def block(text: str, stopped: int) -> Block | None:
    """The line where YAML stopped (`stopped`, 0-based), a key indented less than the line above
    it and lined up with no key above, with lines under it one step further in: moved back
    alone (yamlmoved.find) it would leave them out of it, so it is moved with them, lined up
    with the nearest key above it that YAML then reads past."""
    lines = text.split("\n")
    depths = {i: d for i in range(len(lines)) if (d := indent(lines[i])) is not None}
    rows = [i for i in sorted(depths) if i <= stopped]
    if len(rows) < 2 or rows[-1] != stopped or not KEY.match(lines[stopped].strip()):
        return None
    spaces, step = depths[stopped], _step(lines, depths)
    parent = next((depths[j] for j in reversed(rows[:-1]) if depths[j] <= spaces), -1)
    inner = next((depths[j] for j in sorted(depths) if j > stopped), spaces)
    # lined up with a key above, or its lines not one step in from it: not a block moved
    if spaces >= depths[rows[-2]] or parent == spaces or inner - spaces != step:
        return None
    above = _keys_above(lines, depths, rows[:-1], spaces)
    if any(inner - depths[like] == step for like in above):
        return None  # the key alone moved back one step out from its lines (yamlmoved.find)
    for like in above[:LOOKED_AT]:
        if inner > depths[like]:
            continue
        more = depths[like] - spaces
        last = _last(lines, depths, stopped, spaces, depths[like])
        moved = [" " * more + row if row.strip() else row for row in lines[stopped : last + 1]]
        fixed = "\n".join([*lines[:stopped], *moved, *lines[last + 1 :]])
        if reads_further(fixed, stopped):
            return Block(stopped + 1, last + 1, spaces, more, like + 1, fixed)
    return None


def _step(lines: list[str], depths: dict[int, int]) -> int:
    """How many spaces further in the file writes a key's lines than the key (most often)."""
    steps: dict[int, int] = {}
    order = sorted(depths)
    for a, b in zip(order, order[1:], strict=False):
        if depths[b] > depths[a] and lines[a].rstrip().endswith(":"):
            steps[depths[b] - depths[a]] = steps.get(depths[b] - depths[a], 0) + 1
    return max(steps, key=lambda n: steps[n]) if steps else 2


def _last(lines: list[str], depths: dict[int, int], first: int, spaces: int, wants: int) -> int:
    """The last line of the block under line `first` (0-based): those indented as far as its
    first line under it or more, up to a key lined up where the block's key belongs (the next
    key of its block, not moved)."""
    last, inner = first, None
    for j in range(first + 1, len(lines)):
        if j in depths:
            inner = depths[j] if inner is None else inner
            if depths[j] <= spaces or depths[j] < inner or depths[j] == wants:
                break
            last = j
    return last


def _keys_above(
    lines: list[str], depths: dict[int, int], above: list[int], spaces: int
) -> list[int]:
    """The keys above (nearest first) at each column further in than `spaces`, up to the key
    the block's line is under (its parent, as written)."""
    found: dict[int, int] = {}
    for j in reversed(above):
        if depths[j] <= spaces:
            break
        if KEY.match(lines[j].strip().removeprefix("- ")) and depths[j] not in found:
            found[depths[j]] = j
    return list(found.values())
