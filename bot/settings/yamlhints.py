"""Plain words for YAML's syntax errors: the parser says what it expected, not what to change,
and where it noticed, which is often a line after the one to fix: a key without its colon is
noticed on the next line, and so is a key indented less than the keys after it (the next
line is read as more of its value), a quote left open where the next quote closes it."""

from __future__ import annotations

import re

import yaml

from bot.settings import yamlblocks, yamllists

TAB = "a tab character in the indentation: YAML needs spaces there; replace the tab with spaces"
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
    if "unknown escape" in problem:
        return (
            'in double quotes a backslash starts an escape (\\n, \\"): write \\\\ for a '
            "backslash, or put the text in single quotes"
        )
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


# a line that starts with a key: `  phone: `, `  - name: `
_KEY_START = re.compile(r"^\s*(?:-\s+)?[^\s\"'#][^\"'#]*?:(?:\s|$)")
_LEAD = re.compile(r"\s*(?:-\s+)?")  # the indentation, and a list item's `- `
# a key and its value without the colon between them: `  horizon_days 21`
_KEY_NO_COLON = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][\w.-]*)\s+(\S.*?)\s*(#.*)?$")


def explain(exc: yaml.MarkedYAMLError, text: str) -> tuple[int | None, str]:
    """The line to name and the message: what to change in plain words first, at the line
    where it probably has to change (said, where that is not where the parser noticed), and
    YAML's own words after them only where the advice is a guess (yamlvalues.py: the slips
    of one line whose fix is sure)."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else None
    own = f" (YAML's own words: {exc.problem}" + (f", noticed on line {line})" if line else ")")
    opened = _unclosed_quote(exc, text)
    if opened is not None and line is not None and opened < line:
        ended = "the end of the file" if "end of stream" in (exc.problem or "") else f"line {line}"
        return opened, (
            f"A quote opened on line {opened} is not closed: YAML took the text after it, up "
            f"to {ended}, for one value. Close the quote on line {opened} where the value ends"
        )
    unclosed = _unclosed_flow(exc, line) or (
        yamlblocks.out_of_block(text, line) if line is not None else None
    )
    if unclosed is not None:
        return unclosed
    if "could not find expected ':'" in (exc.problem or "") and line is not None:
        keyless = _keyless_line(exc, text, line)
        if keyless is not None:
            return keyless
    if "mapping values are not allowed" in (exc.problem or "") and line is not None:
        shallow = _colon_above(text, line) or _indented_less(text, line)
        if shallow is not None:
            return shallow
    words = hint(exc, text)
    item = _item_key_left(exc, text, line) if line is not None else None
    if item is not None:
        return item
    if words == INDENT and line is not None:
        off = yamllists.item_off(text, line)
        if off is not None:
            return off
        return _dedented(text, line) or (  # (plain words first: tester 41, F12)
            line,
            f"line {line} or a line above it is not indented as its neighbours: {words}{own}",
        )
    if words:  # (a tab is sure: YAML's words add nothing)
        return line, words[0].upper() + words[1:] + ("" if words == TAB else own)
    return line, f"YAML cannot read line {line} as it is written: check it{own}"


def _unclosed_flow(exc: yaml.MarkedYAMLError, noticed: int | None) -> tuple[int, str] | None:
    """A `{` or `[` not closed on its line: YAML notices on a later line; named where it opened."""
    problem, opened = exc.problem or "", exc.context_mark
    bracket = "{" if "',' or '}'" in problem else "[" if "',' or ']'" in problem else None
    if bracket is None or opened is None or noticed is None or opened.line + 1 >= noticed:
        return None
    closing = "}" if bracket == "{" else "]"
    return opened.line + 1, (
        f"The `{bracket}` opened on line {opened.line + 1} is not closed: add `{closing}` at "
        f"the end of that line (or put a value with `,` or `: ` in it in quotes) (noticed on "
        f"line {noticed})"
    )


def _key_column(line: str) -> int | None:
    """Where the key of a `key: value` line starts (after a `- `), None: no such line."""
    lead = _LEAD.match(line)
    return lead.end() if lead and _KEY_START.match(line) else None


def _indented_less(text: str, noticed: int) -> tuple[int, str] | None:
    """A key indented less than the keys around it (`  place: x` among keys with 4 spaces):
    YAML reads the next, rightly indented, line as more of its value, and notices there.
    Named at the line indented less, when the keys after the one noticed line up with it."""
    lines = text.splitlines()
    meant = [i for i, row in enumerate(lines) if row.split("#")[0].strip()]
    if noticed - 1 not in meant:
        return None
    at = meant.index(noticed - 1)
    if at == 0 or lines[noticed - 1].lstrip().startswith("-"):
        return None
    before, after = lines[meant[at - 1]], meant[at + 1 : at + 2]
    column, above = _key_column(lines[noticed - 1]), _key_column(before)
    if column is None or above is None or above >= column or not before.split(":", 1)[1].strip():
        return None
    if not after or _key_column(lines[after[0]]) != column:
        return None  # the keys after it line up with the line above: the one noticed is off
    shown = before.split("#")[0].strip()
    return meant[at - 1] + 1, (
        f"Line {meant[at - 1] + 1} (`{shown}`) is indented less than the keys after it "
        f"({above} spaces before it, {column} before lines {noticed} and {after[0] + 1}), so "
        f"YAML took line {noticed} for more of its value: give line {meant[at - 1] + 1} the "
        "same indentation as the keys around it"
    )


def _item_key_left(exc: yaml.MarkedYAMLError, text: str, noticed: int) -> tuple[int, str] | None:
    """A key of a list item indented as far as the item's `- ` (`  place: x` under `  - weekday:
    …` whose keys have 4 spaces: tester 35, item 4): YAML expects the next `- ` there and stops
    at that very line. Named there, with the spaces its item's other keys have."""
    context = exc.context_mark
    lines = text.splitlines()
    if context is None or "block collection" not in (exc.context or "") or noticed > len(lines):
        return None
    written, dash = lines[noticed - 1], context.column
    column = _key_column(written)
    if column is None or written.lstrip().startswith("-") or column > dash:
        return None
    keys = (  # the item's keys above it: deeper than its `- `, since the last `- ` at that column
        (i, _key_column(lines[i]))
        for i in range(noticed - 2, context.line - 1, -1)
        if lines[i].split("#")[0].strip()
    )
    at, item = next(((i, c) for i, c in keys if c is not None and c > dash), (None, None))
    if at is None or item is None:
        return None
    shown = written.split("#")[0].strip()
    return noticed, (
        f"Line {noticed} (`{shown}`) is probably indented too little: it has "
        f"{column} spaces before it, as many as the list's `- ` above it, so YAML expected a "
        f"new `- ` item there. If it belongs to the item above it, give line {noticed} {item} "
        f"spaces, like line {at + 1}; if it starts a new item, write `- ` before it"
    )


def _dedented(text: str, noticed: int) -> tuple[int, str] | None:
    """A key indented less than its neighbours (`  local:` among an office's keys with 4
    spaces): YAML reads it as a key of the level above, the lines under it as its value, and
    notices only at the next key with the neighbours' indentation, which may be far below. The
    key named: the last one less indented than the line noticed, after a key lined up with it."""
    lines = text.splitlines()
    column = _key_column(lines[noticed - 1]) if noticed <= len(lines) else None
    if column is None:
        return None
    at = None  # the last key above the line noticed with fewer spaces than it
    for i in range(noticed - 2, -1, -1):
        found = _key_column(lines[i]) if lines[i].split("#")[0].strip() else None
        if found is None:
            continue
        if at is None and found < column:
            at = i
        elif at is not None and found <= column:
            if found < column:  # no key lined up with the line noticed before it
                return None
            shown = lines[at].split("#")[0].strip()
            return at + 1, (
                f"Line {at + 1} (`{shown}`) is probably "
                f"indented too little: it has {_key_column(lines[at])} spaces before it, the "
                f"keys around it (lines {i + 1} and {noticed}) {column}, so YAML took it for a "
                f"key of the level above and stopped at line {noticed}: give line {at + 1} "
                f"{column} spaces, and the lines under it as many more as they had (or, if "
                f"line {noticed} belongs under it, give the lines between fewer spaces) "
                f"(noticed on line {noticed})"
            )
    return None


def _keyless_line(exc: yaml.MarkedYAMLError, text: str, noticed: int) -> tuple[int, str] | None:
    """«could not find expected ':'» is noticed on the line after the key that lacks it: the
    line the key starts on (the parser's context), else the previous non-empty line."""
    lines = text.splitlines()
    at: int | None
    if exc.context_mark is not None and exc.context_mark.line + 1 < noticed:
        at = exc.context_mark.line + 1
    else:
        at = next(
            (i + 1 for i in range(noticed - 2, -1, -1) if lines[i].split("#")[0].strip()), None
        )
    if at is None or at > len(lines):
        return None
    written = lines[at - 1]
    shown = written.split("#")[0].strip()
    seen = f" (noticed on line {noticed})"
    if re.search(r":(\s|$)", written.split("#")[0]):  # it has a colon: the line noticed, too
        return noticed, (
            f"Check line {at} (`{shown}`) and the lines after it: each `key: value` needs its "
            f"colon; a text that goes on from the line above needs quotes around all of it{seen}"
        )
    fixed = _KEY_NO_COLON.match(written)
    how = f"write `{fixed[2]}: {fixed[3]}`" if fixed else "add the colon after the key"
    return at, (
        f"Line {at} (`{shown}`) has no colon after its key: {how}; if the text goes on from "
        f"the line above, put that whole text in quotes{seen}"
    )


def _unclosed_quote(exc: yaml.MarkedYAMLError, text: str) -> int | None:
    """The line of a quote that was probably never closed: the parser stopped inside a quoted
    value that began on an earlier line, or just after one that ran over several lines and
    ended at a quote that opened the value of the next key (`  phone: "`)."""
    problem = exc.problem_mark
    if problem is None:
        return None
    context = f"{exc.context or ''}"
    if "quoted scalar" in context and exc.context_mark is not None:
        return exc.context_mark.line + 1
    last = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.index >= problem.index:
                break
            if isinstance(token, yaml.ScalarToken) and token.style in ("'", '"'):
                last = token
    except yaml.YAMLError:
        pass
    if last is None or last.start_mark.line >= last.end_mark.line:
        return None
    if last.end_mark.line not in (problem.line, problem.line - 1):
        return None
    lines = text.splitlines()
    ending = lines[last.end_mark.line][: last.end_mark.column - 1]
    # ... or the text it took in has keys as far in as its own (`title: "…` over `answer: |`)
    column = _key_column(lines[last.start_mark.line])
    taken = lines[last.start_mark.line + 1 : last.end_mark.line]
    swallowed = column is not None and any(_key_column(row) == column for row in taken)
    return last.start_mark.line + 1 if _KEY_START.match(ending) or swallowed else None


def _colon_above(text: str, noticed: int) -> tuple[int, str] | None:
    """A key without its colon above a key lined up with it (`    kind appointment` over
    `    title: …`): YAML reads the two lines as one text and stops at the second's colon."""
    lines = text.splitlines()
    above = [i for i in range(noticed - 1) if lines[i].split("#")[0].strip()]
    if not above or noticed > len(lines):
        return None
    written, column = lines[above[-1]], _key_column(lines[noticed - 1])
    fixed = _KEY_NO_COLON.match(written)
    if fixed is None or column is None or ":" in written or len(fixed[1]) != column:
        return None
    return above[-1] + 1, (
        f"Line {above[-1] + 1} (`{written.strip()}`) has no colon after its key: write "
        f"`{fixed[2]}: {fixed[3]}` (noticed on line {noticed})"
    )
