"""A key written twice in one mapping: YAML would keep the last one silently (yamldoc.load
names each, at the copy kept). A list item's `- ` left out (its keys written again under the
item above) is said once and read with its `- ` (`dashed`), so the item above is not lost; the
first item's (YAML stops at the second: `first_item`) too."""

from __future__ import annotations

from collections.abc import Iterator

import yaml

from bot.settings.yamlmoved import KEY, Retyped, indent, reads_further

Path_ = tuple[str | int, ...]
_MERGE = "tag:yaml.org,2002:merge"  # `<<: *defaults`: keys written after it replace the merged


def duplicate_keys(root: yaml.Node | None) -> list[tuple[int, Path_, str]]:
    """(line, the key's path, what to say) of each key written twice, by line."""
    problems: list[tuple[int, Path_, str]] = []
    for node, path in _mappings(root):
        item = _item_twice(node, path)  # (a list item's `- ` left out: said once)
        if item is not None:
            problems.append(item[:3])
        first: dict[tuple[str, str], int] = {}
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _MERGE:
                continue
            ident, line = (key_node.tag, key_node.value), key_node.start_mark.line + 1
            if ident not in first:
                first[ident] = line
                continue
            if item is not None and line >= item[0]:
                continue
            said = f"`{key_node.value}` appears twice in this mapping (first on line "
            said += f"{first[ident]}); keep one"
            if path == ("offices",):  # (YAML keeps the second office, the first lost)
                said = (
                    f"office id `{key_node.value}` is written twice (first on line "
                    f"{first[ident]}): only this office would be read, the first one lost; "
                    "give each office its own id (its links, t.me/<bot>?start=<id>, and its "
                    "folder content/offices/<id>/ follow it)"
                )
            problems.append((line, path + (key_node.value,), said))
    return sorted(problems, key=lambda p: p[0])


def dashed(root: yaml.Node | None, text: str) -> Retyped | None:
    """The file with the first list item whose `- ` was left out (`_item_twice`) given it, its
    `-` where the item's above is, the keys after it where they were: YAML then reads both
    items, so nothing follows from the first one lost (a content file's category: «no
    category» at each of its topics). None: no such item, or its `-` has no room there."""
    for node, path in _mappings(root):
        item = _item_twice(node, path)
        if item is None:
            continue
        at, first, column = item[0] - 1, item[3].line, item[3].column
        lines = text.split("\n")
        dash = lines[first].rfind("-", 0, column)
        row = lines[at]
        if dash < 0 or lines[first][dash + 1 : column].strip() or row[:column] != " " * column:
            continue  # (`- ` not before the first key, or this key not lined up with it)
        lines[at] = row[:dash] + "-" + row[dash + 1 :]
        return Retyped(at + 1, "had its `- `", "\n".join(lines))
    return None


def first_item(text: str, stopped: int) -> tuple[int, str, Retyped] | None:
    """Where YAML stopped (`stopped`, 0-based) at a list's `- ` item under keys indented further
    than it, right under their parent key (`categories:` / `    id: documents` / `  - id:
    health`): the list's first item whose `- ` is missing, read with it where YAML then reads
    further. (its line, what to say, the file so); None: not that."""
    lines = text.split("\n")
    row = lines[stopped] if 0 <= stopped < len(lines) else ""
    dash = indent(row)
    if dash is None or not row[dash:].startswith("- "):
        return None
    column = len(row) - len(row[dash + 1 :].lstrip(" "))  # its key's, after the `- `
    above = [i for i in range(stopped - 1, -1, -1) if indent(lines[i]) is not None]
    within = [i for i in above if (indent(lines[i]) or 0) > dash]
    parent = next((i for i in above if (indent(lines[i]) or 0) <= dash), None)
    first = min((i for i in within if parent is None or i > parent), default=None)
    if first is None or parent is None or indent(lines[parent]) == dash:
        return None  # (a `- ` item above it at its level: not the list's first item)
    written = lines[first]
    if indent(written) != column or not KEY.match(written.strip()):
        return None
    lines[first] = written[:dash] + "-" + written[dash + 1 :]
    fixed = "\n".join(lines)
    if not reads_further(fixed, stopped):
        return None
    shown = written.strip()
    said = (
        f"Line {first + 1} (`{shown}`) is the first item of the list that goes on at line "
        f"{stopped + 1}, without its `- `: write `- {shown}` on line {first + 1}, its `-` where "
        f"line {stopped + 1}'s is"
    )
    return first + 1, said, Retyped(first + 1, "had its `- `", fixed)


def _mappings(root: yaml.Node | None) -> Iterator[tuple[yaml.MappingNode, Path_]]:
    todo: list[tuple[yaml.Node | None, Path_]] = [(root, ())]
    seen: set[int] = set()  # an &anchor's node comes again at each *alias
    while todo:
        node, path = todo.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            yield node, path
            todo.extend((value, path + (str(key.value),)) for key, value in node.value)
        elif isinstance(node, yaml.SequenceNode):
            todo.extend((item, path + (i,)) for i, item in enumerate(node.value))


def _item_twice(node: yaml.MappingNode, path: Path_) -> tuple[int, Path_, str, yaml.Mark] | None:
    """A list item whose keys come twice from its first key on (`  - weekday: tuesday …` then
    `    weekday: thursday …`): the second item's `- ` left out, so YAML read its keys as more
    of the first. Said once, at the first key repeated; None: not such a repeat."""
    if not path or not isinstance(path[-1], int) or not node.value:
        return None
    keys = [k for k, _ in node.value if isinstance(k, yaml.ScalarNode) and k.tag != _MERGE]
    if not keys:
        return None
    lead = keys[0].value
    again = next((i for i, k in enumerate(keys) if i and k.value == lead), None)
    if again is None:
        return None
    before = {k.value for k in keys[:again]}
    repeated = [k for k in keys[again:] if k.value in before]
    if len(repeated) < 2 or len(repeated) != len(keys) - again:
        return None  # (each key after it written before too: a whole item)
    at, last = keys[again].start_mark.line + 1, keys[-1].start_mark.line + 1
    first = keys[0].start_mark.line + 1
    said = (
        f"Lines {at}–{last} write the keys of the list item of line {first} again (`{lead}` and "
        f"{len(repeated) - 1} more): a new item whose `- ` is missing? Write `- {lead}:` on line "
        f"{at}, its `-` where line {first}'s is; if it is the same item, keep one of each"
    )
    return at, path + (lead,), said, keys[0].start_mark
