"""A key written twice in one mapping: YAML would keep the last one silently (yamldoc.load
names each, at the copy kept)."""

from __future__ import annotations

import yaml

Path_ = tuple[str | int, ...]
_MERGE = "tag:yaml.org,2002:merge"  # `<<: *defaults`: keys written after it replace the merged


def duplicate_keys(root: yaml.Node | None) -> list[tuple[int, Path_, str]]:
    """(line, the key's path, what to say) of each key written twice, by line."""
    problems: list[tuple[int, Path_, str]] = []
    todo: list[tuple[yaml.Node | None, Path_]] = [(root, ())]
    seen: set[int] = set()  # an &anchor's node comes again at each *alias
    while todo:
        node, path = todo.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            item = _item_twice(node, path)  # (a list item's `- ` left out: said once)
            if item is not None:
                problems.append(item)
            first: dict[tuple[str, str], int] = {}
            for key_node, value_node in node.value:
                todo.append((value_node, path + (str(key_node.value),)))
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
        elif isinstance(node, yaml.SequenceNode):
            todo.extend((item, path + (i,)) for i, item in enumerate(node.value))
    return sorted(problems, key=lambda p: p[0])


def _item_twice(node: yaml.MappingNode, path: Path_) -> tuple[int, Path_, str] | None:
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
    return at, path + (lead,), said
