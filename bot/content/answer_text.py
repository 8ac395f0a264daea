"""What `infopoint check` says of an answer's text, each at the line where it is written (in an
`answer: |` block): markup that cannot be sent (a link's brackets, an unpaired `**`, a link not
https://), parts without a heading or a body, a {placeholder} with a brace missing
(`{city_office;`, `city_office}`: the person would see it as written) or a space for its
underscore (`{city office}`: «did you mean {city_office}?», not two braces missing), and, as
a warning, a phone number whose digits are not a number's of Poland (`22 123 45 6`)."""

from __future__ import annotations

import re

from bot.content import parts as answer_parts
from bot.core import markup
from bot.settings.schema import Checker
from bot.settings.yamldoc import Path_

# a {placeholder} with its closing or opening brace missing («{city_office;», «city_office}»)
_OPEN = re.compile(r"\{([a-z_][a-z0-9_]*)(?![a-z0-9_}])")
_CLOSE = re.compile(r"(?<![{a-z0-9_])([a-z_][a-z0-9_]*)\}")
# a {placeholder} written with a space or a hyphen for its underscore («{city office}»)
_SPACED = re.compile(r"\{([a-z_][a-z0-9_]*(?:[ -]+[a-z0-9_]+)+)\}")
# a link whose `](` is missing («[MOS(https://…)», «[MOS] (https://…)»)
_LINK = re.compile(r"\[[^\]\n]*\(https?://|\]\s+\(https?://")
# a phone number written in groups of digits («800 190 590», «+48 22 628 01 20»): three groups
# or more, each of two or three digits (a last one of one to four), so that a sum of money
# («10 813,50 zł») or a short number («116 111», «19115») is none
_PHONE = re.compile(
    r"(?<![\d,./])(\+48[ \u00a0]?)?\d{2,3}(?:[ \u00a0-]\d{2,3}){2,3}"
    r"(?:[ \u00a0-]\d{1,4})?(?![\d/]|[,.]\d)"
)


def check(checker: Checker, path: Path_, written: str, filled: str) -> None:
    """The problems of one answer as written (`written`, its placeholders open) and as sent
    (`filled`), each at its line."""
    lines = written.split("\n")
    sent = filled.split("\n")
    starts = [sum(len(line) + 1 for line in lines[:at]) for at in range(len(lines))]

    def at(number: int) -> int | None:  # (a line of the text, from 0: its line in the file)
        offset = starts[number] if number < len(starts) else 0
        return checker.doc.line_at(path, written, offset)

    for number, line in enumerate(sent if len(sent) == len(lines) else []):
        for problem in markup.problems(line):
            said = problem.removeprefix("line 1 of the text: ")
            checker.error(path, f"cannot be sent as it is: {said}", at(number))
        if _LINK.search(line):
            checker.error(
                path, "cannot be sent as it is: broken link, write [text](https://...)", at(number)
            )
    if len(sent) != len(lines):  # (a value with a line break: the answer's own line)
        for problem in markup.problems(filled):
            checker.error(path, f"cannot be sent as it is: {problem}")
    for problem in answer_parts.problems(filled):
        checker.error(path, problem)
    for number, line in enumerate(lines):
        spaced = list(_SPACED.finditer(line))
        for found in spaced:
            name = re.sub(r"[ -]+", "_", found[1])
            checker.error(
                path,
                f"«{found[0]}»: a placeholder has no spaces — did you mean {{{name}}}? (as it "
                f"is, people would see «{found[0]}» in the answer)",
                at(number),
            )
        for found in (*_OPEN.finditer(line), *_CLOSE.finditer(line)):
            if any(s.start() <= found.start() < s.end() for s in spaced):
                continue  # (said above, as a placeholder with a space)
            checker.error(
                path,
                f"«{found[0]}»: a brace is missing: write {{{found[1]}}} (as it is, people "
                f"would see «{found[0]}» in the answer)",
                at(number),
            )
        for found in _PHONE.finditer(line):
            digits = re.sub(r"\D", "", found[0])
            if len(digits) != (11 if found[1] else 9):
                checker.warn(
                    path,
                    f"«{found[0]}»: a phone number? It has {len(digits) - 2 * bool(found[1])} "
                    "digits, a number in Poland 9 (+48 and 9): check it against its source",
                    at(number),
                )
