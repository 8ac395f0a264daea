"""Plain words for YAML's syntax errors: the parser says what it expected, not what to change."""

from __future__ import annotations

import yaml

TAB = "a tab character: YAML needs spaces for indentation (replace the tab with spaces)"
INDENT = (
    "check the indentation: the keys of one mapping must line up, each with the same number "
    "of spaces before it (spaces, not tabs), and a list's `- ` items too"
)
# (words of the parser's message, the hint): the first that matches
HINTS = (
    ("tab character", TAB),
    (
        "mapping values are not allowed",
        "a `: ` where no new key can start: a text with `: ` in it needs quotes "
        '("like: this"), or this line is indented more than the keys above it',
    ),
    (
        "sequence entries are not allowed",
        "a `- ` list item on the key's own line: put each item on a line of its own below "
        "the key, indented, or write the list as [a, b]",
    ),
    (
        "could not find expected ':'",
        "a line without `key:`: add the colon, or, if the text goes on from the line above, "
        "put that whole text in quotes",
    ),
    (
        "',' or ']'",
        "a list in [brackets] that is not closed with `]` on its line, or an item with `,` "
        "or `: ` in it that needs quotes",
    ),
    (
        "',' or '}'",
        "a mapping in {braces} that is not closed with `}` on its line, or a value with `,` "
        "or `: ` in it that needs quotes",
    ),
    ("alias", "`*` starts a reference to an `&anchor`: a text starting with * needs quotes"),
    (
        "block scalar",
        "after `|` or `>` the text starts on the next line, indented (`|-` drops the last "
        "line break)",
    ),
    ("expected key", INDENT),
    ("expected <block end>", INDENT),
    ("expected '-' indicator", INDENT),
)


def hint(exc: yaml.MarkedYAMLError, text: str) -> str:
    """What probably has to change, in plain words ("" when there is no good guess)."""
    mark = exc.problem_mark or exc.context_mark
    lines = text.splitlines()
    line = lines[mark.line] if mark and mark.line < len(lines) else ""
    column = mark.column if mark else 0
    char = line[column : column + 1]
    indent = len(line) - len(line.lstrip())
    problem = f"{exc.context or ''} {exc.problem or ''}"
    if char == "\t" or "\t" in line[:indent]:
        return TAB
    if "quoted scalar" in problem:
        opened = f" on line {exc.context_mark.line + 1}" if exc.context_mark else ""
        return f"a quote (\" or ') opened{opened} and not closed: close it where the value ends"
    if "cannot start any token" in problem:
        what = char or "this character"
        return f"a value cannot start with {what}: put the whole value in quotes"
    if ("expected key" in problem or "<block end>" in problem) and column > indent:
        return (
            "more text after a value that ended (a closing quote, or a `]` or `}`): put the "
            "whole value in quotes, or move the text to a line of its own"
        )
    return next((words for found, words in HINTS if found in problem), "")
