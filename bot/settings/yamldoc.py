"""YAML documents that remember where each key was written, for errors that name file and line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.settings import (
    yamlclosed,
    yamlhash,
    yamlhints,
    yamlmoved,
    yamlrecover,
    yamltwice,
    yamlvalues,
)

Path_ = tuple[str | int, ...]
# libyaml's parser when PyYAML was built with it: content files load several times faster.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Problem:
    file: str
    line: int | None
    key: str
    message: str
    warning: bool = False
    column: int | None = None  # (a syntax error's)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        where += f":{self.column}" if self.line and self.column else ""
        kind = "warning" if self.warning else "error"
        key = f" [{self.key}]" if self.key else ""
        return f"{where}:{key} {kind}: {self.message}"


class InvalidFile(Exception):
    """Raised with every problem found, so one run of `infopoint check` shows them all."""

    def __init__(self, problems: list[Problem], partial: Any = None):
        self.problems = problems
        # what was read in spite of them (config.yaml's settings, where the content's checks
        # need nothing its errors are in): `infopoint check` checks the content in the same run
        self.partial = partial
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class Document:
    file: str
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    raw: dict[Path_, str] = field(default_factory=dict)
    # found while reading, where reading went on (`load(lenient=True)`): keys written twice
    problems: list[Problem] = field(default_factory=list)
    left_out: tuple[yamlrecover.LeftOut, ...] = ()  # around a syntax error (`load`)

    def line(self, path: Path_) -> int | None:
        """Line of the deepest part of `path` that exists in the file."""
        for cut in range(len(path), -1, -1):
            if path[:cut] in self.lines:
                return self.lines[path[:cut]]
        return None

    def alias(self, written: Path_, meant: Path_) -> None:
        """A misspelt key read as the key meant: the lines (and dates as written) under
        `written` found under `meant` too, for the checks of its value to name them."""
        size = len(written)
        for path in [p for p in self.lines if p[:size] == written]:
            self.lines.setdefault(meant + path[size:], self.lines[path])
        for path in [p for p in self.raw if p[:size] == written]:
            self.raw.setdefault(meant + path[size:], self.raw[path])

    def line_at(self, path: Path_, text: str, at: int) -> int | None:
        """The line of character `at` of a text written as a literal block (`answer: |`): a
        problem inside it named where it is; any other text: its key's line."""
        block = self.lines.get(path + (LITERAL,))
        return self.line(path) if block is None else block + 1 + text.count("\n", 0, at)


LITERAL = "|"  # (under a literal block's path in Document.lines: the line of its «|»)


def key_name(path: Path_) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class _Lenient(_Loader):  # type: ignore[misc,valid-type]
    """A date that cannot be (2026-13-01) is kept as the text written, for the schema to refuse
    by its key beside every other problem of the file."""


def _timestamp_or_text(loader: Any, node: yaml.ScalarNode) -> Any:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return node.value


_Lenient.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


def load(path: Path, *, lenient: bool = False) -> Document:
    """Parse a YAML file; a syntax error becomes an InvalidFile naming the line. `lenient`
    (config.yaml: `infopoint check` lists every problem in one run): an impossible date is read
    as its text and a key written twice is kept in `problems`, where otherwise they stop it;
    a syntax error too: a key moved left read where it belongs (yamlmoved.py), else the entry
    it is in left out (`left_out`, yamlrecover.py) and the rest read."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidFile([Problem(name, None, "", "file not found")]) from None
    except IsADirectoryError:  # `--config /opt/infopoint`: the folder, not the file
        found = path / "config.yaml"
        hint = f", e.g. {found}" if found.is_file() else ""
        raise InvalidFile([Problem(name, None, "", f"is a folder: give the file{hint}")]) from None
    except UnicodeDecodeError as exc:
        raise InvalidFile([_not_utf8(path, exc)]) from None
    left_out: list[yamlrecover.LeftOut] = []
    syntax: list[Problem] = []
    moved: list[Problem] = []  # slips read as fixed (yamlmoved.py)
    while True:
        try:
            node, data, twice = _parse(text, name, lenient)
            item = (
                yamltwice.dashed(node, text) if twice and len(moved) < yamlrecover.TRIES else None
            )
            said_once = next((p for p in twice if item and p.line == item.line), None)
            if item is None or said_once is None:
                break
            said_once.message += item.note()  # a list item's `- ` missing: read with it
            moved.append(said_once)
            text = item.text
        except yaml.MarkedYAMLError as exc:
            typed = yamlvalues.find(exc, text)  # a value's or a key's slip in one line
            said = _syntax(name, exc, text, typed)
            mark = exc.problem_mark or exc.context_mark
            stop = mark.line if lenient and mark and len(moved) < yamlrecover.TRIES else -1
            if typed is not None and stop >= 0:  # read as its message says to write it
                said.message += typed.fixed.note()
                moved.append(said)
                text = typed.fixed.text
                continue
            if yamlmoved.stop(text) is None:  # (YAML reads it, what it read is refused: a tag)
                stop = -1
            slip = yamlmoved.find(text, stop) if stop >= 0 else None
            # (the block only where YAML stopped: a key moved left above it is find's)
            at_stop = stop >= 0 and (slip is None or slip.line == stop + 1)
            whole = yamlclosed.block(text, stop) if at_stop else None
            if whole is not None:  # a key moved left with its lines: read where they belong
                message = whole.said(text.split("\n")) + whole.note()
                moved.append(Problem(name, whole.first, "", message, column=whole.spaces + 1))
                text = whole.text
                continue
            if slip is not None:  # a key moved left: read where it belongs
                moved.append(_moved(said, slip, text))
                text = slip.text
                continue
            fixed = yamlmoved.retyped(text, said.line, stop) if stop >= 0 else None
            if fixed is None and stop >= 0:  # a quote or bracket left open: closed on its line
                fixed = yamlclosed.closed(text, said.line, stop)
            if fixed is not None:
                said.message = yamlmoved.said(fixed, text, said.message) + fixed.note()
                moved.append(said)
                text = fixed.text
                continue
            first = yamltwice.first_item(text, stop) if stop >= 0 else None
            if first is not None:  # a list's first item without its `- `: read with it
                first_line, message, item = first
                moved.append(Problem(name, first_line, "", message + item.note()))
                text = item.text
                continue
            syntax.append(said)
            # `lenient`: read again without the entry the error is in, for the file's other
            # problems (a content file's other topics; config.yaml's other keys) in this run
            at = syntax[-1].line or 0
            left = yamlrecover.entry(text.split("\n"), at) if lenient else None
            if left is None or len(syntax) > yamlrecover.TRIES:
                raise InvalidFile([*moved, *syntax]) from None
            left_out.append(left)
            text = yamlrecover.blank(text, left)
        except yaml.YAMLError as exc:
            raise InvalidFile([*moved, *syntax, Problem(name, None, "", f"YAML: {exc}")]) from None
        except _BadScalar as exc:  # a scalar that looks like a date but is not one: 2026-13-45
            line, key = _bad_scalar(exc.node)
            wrong = f"impossible date or value: {exc.args[0]}"
            raise InvalidFile([*moved, *syntax, Problem(name, line, key, wrong)]) from None
    if left_out and not data:  # nothing read around it
        raise InvalidFile([*moved, *syntax])
    for said, left in zip(syntax, left_out, strict=True):  # what was left out, said
        said.key, said.message = key_name(left.path), said.message + left.note()
    lines: dict[Path_, int] = {}
    raw: dict[Path_, str] = {}
    if node is not None:
        _walk(node, (), lines, raw)
    for said in moved:  # (the key read where it belongs, or the text it is in: `answer:`)
        said.key = key_name(_at_line(lines, said.line or 0))
    return Document(name, data, lines, raw, [*moved, *syntax, *twice], tuple(left_out))


def _at_line(lines: dict[Path_, int], line: int) -> Path_:
    """The key written on the line, else the one whose value it is in (an `answer: |`'s text)."""
    on = [p for p, at in lines.items() if p and at == line]
    above = [(at, p) for p, at in lines.items() if p and at < line]
    return on[0] if on else max(above, key=lambda a: a[0])[1] if above else ()


def _moved(said: Problem, found: yamlmoved.Moved, text: str) -> Problem:
    """The plain words' message where it names the line moved, else the line and its fix."""
    lines = text.split("\n")
    message = said.message if said.line == found.line else found.said(lines)
    return Problem(said.file, found.line, "", message + found.note(), column=found.spaces + 1)


def _syntax(
    name: str, exc: yaml.MarkedYAMLError, text: str, slip: yamlvalues.Slip | None
) -> Problem:
    """A syntax error at the line to fix, with its column, in plain words."""
    line, message = (slip.line, slip.said) if slip else yamlhints.explain(exc, text)
    return Problem(name, line, "", message, column=yamlrecover.column(exc, text, line, message))


class _BadScalar(Exception):
    def __init__(self, said: str, node: yaml.Node | None):
        super().__init__(said)
        self.node = node


def _parse(text: str, name: str, lenient: bool) -> tuple[yaml.Node | None, Any, list[Problem]]:
    """One parse: the node tree gives the lines, the same tree gives the data."""
    node = None
    loader = (_Lenient if lenient else _Loader)(text)
    try:
        node = loader.get_single_node()
        # before constructing: that keeps the last of two equal keys, and merges `<<:` in
        twice = [
            Problem(name, line, key_name(path), said)
            for line, path, said in yamltwice.duplicate_keys(node)
        ]
        if twice and not lenient:
            raise InvalidFile(twice)
        if lenient:  # a value cut at ` #` where it plainly goes on (`desk: Biuro #4`)
            twice += [
                Problem(name, line, key_name(path), said, warning=True)
                for line, path, said in yamlhash.cut(node, text)
            ]
        data = loader.construct_document(node) if node is not None else None
    except ValueError as exc:
        raise _BadScalar(str(exc), node) from None
    finally:
        loader.dispose()
    return node, data, twice


def _not_utf8(path: Path, exc: UnicodeDecodeError) -> Problem:
    """A file saved in another encoding (Notepad's Windows-1250 for Polish): the line of the
    first byte that is not UTF-8, and how to save it right."""
    line = path.read_bytes()[: exc.start].count(b"\n") + 1
    byte = exc.object[exc.start : exc.start + 1].hex().upper()
    return Problem(
        str(path),
        line,
        "",
        f"not UTF-8 text: the byte 0x{byte} on this line is not UTF-8 (the file was saved in "
        "another encoding, such as Windows-1250); save the file as UTF-8 (in Notepad: File → "
        "Save as → Encoding: UTF-8) and run the check again",
    )


def _bad_scalar(node: yaml.Node | None, path: Path_ = ()) -> tuple[int | None, str]:
    """Find the scalar PyYAML could not construct, for the error's line and key."""
    if isinstance(node, yaml.ScalarNode):
        try:
            yaml.SafeLoader("").construct_object(node, deep=True)
        except ValueError:
            return node.start_mark.line + 1, key_name(path)
    elif isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            found = _bad_scalar(value_node, path + (key_node.value,))
            if found[0]:
                return found
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            found = _bad_scalar(item, path + (index,))
            if found[0]:
                return found
    return None, ""


def _walk(node: yaml.Node, path: Path_, lines: dict[Path_, int], raw: dict[Path_, str]) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.ScalarNode):
        # The text as written: PyYAML reads 13:00 as the base-60 integer 780.
        raw[path] = node.value
        if node.style == "|":  # a literal block: its lines are the file's (Document.line_at)
            lines[path + (LITERAL,)] = node.start_mark.line + 1
    elif isinstance(node, yaml.MappingNode):
        seen = set()
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:  # written twice: YAML keeps the last, so its lines are the ones
                for known in (lines, raw):
                    for inner in [p for p in known if p[: len(path) + 1] == path + (key,)]:
                        del known[inner]
            seen.add(key)
            lines[path + (key,)] = key_node.start_mark.line + 1
            _walk(value_node, path + (key,), lines, raw)
            lines[path + (key,)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, path + (index,), lines, raw)
