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
            first: dict[tuple[str, str], int] = {}
            for key_node, value_node in node.value:
                todo.append((value_node, path + (str(key_node.value),)))
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _MERGE:
                    continue
                ident, line = (key_node.tag, key_node.value), key_node.start_mark.line + 1
                if ident not in first:
                    first[ident] = line
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
