"""The parts of a topic's answer: each starts with a line that opens with a bold heading.

    **What it is.** PESEL is an 11-digit number ...        <- part 1, "What it is"
    **Ukrainians: PESEL with UKR status**                   <- part 2
    • PESEL UKR confirms ...

A question about one part («PESEL for my child», «how much is voluntary NFZ insurance») gets that
part first, with the whole answer a tap away; so every part must make sense alone
(docs/content.md). `infopoint check` keeps the rules: the answer starts with a heading, every
part has something under or after its heading, and every language has as many parts in the same
order (the search matches a question against a part in all four languages at once).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.core import markup

_HEADING = re.compile(r"^\*\*(?P<heading>(?:\\.|[^*\\\n]|\*(?!\*))+?)\*\*(?P<rest>.*)$")
HEADING_MAX = 100  # characters: a heading is a few words, not a paragraph


@dataclass(frozen=True, slots=True)
class Part:
    """A part of an answer, kept as where it stands in the answer (the answer's text is kept
    once, not again in its parts: ~0.8 MB of the shipped content, docs/performance.md)."""

    heading: str  # plain text, without the closing "." or ":" ("What it is")
    answer: str = field(repr=False, compare=False)  # the whole answer it is a part of
    start: int = 0
    end: int = 0

    @property
    def text(self) -> str:
        """The part's markup, its heading included."""
        return self.answer[self.start : self.end]


def split(answer: str) -> tuple[Part, ...]:
    """The parts of an answer, in order; text before the first heading (which `problems`
    reports) is a part without a heading."""
    answer = answer.strip()
    parts: list[tuple[str, int, int]] = []  # a heading, where its lines start and end
    at = 0
    for line in answer.split("\n"):
        found = _HEADING.match(line)
        if found or not parts:
            heading = found.group("heading") if found else ""
            parts.append((markup.to_plain(heading).strip().rstrip(".:").strip(), at, at))
        parts[-1] = (parts[-1][0], parts[-1][1], at + len(line))
        at += len(line) + 1
    return tuple(_part(answer, heading, start, end) for heading, start, end in parts)


def _part(answer: str, heading: str, start: int, end: int) -> Part:
    """The part from `start` to `end`, without the spaces at either end (as `str.strip`)."""
    lines = answer[start:end]
    start += len(lines) - len(lines.lstrip())
    end -= len(lines) - len(lines.rstrip())
    return Part(heading, answer, start, max(start, end))


def key(heading: str) -> str:
    """A heading as `part_examples` and `part_sources` may write it: the bold text without
    markup, the closing «.» or «:», case or extra spaces."""
    plain = markup.to_plain(heading).strip().rstrip(".:").strip()
    return " ".join(plain.casefold().split())


def find(parts: tuple[Part, ...], heading: str) -> int | None:
    """The number (from 0) of the part with this heading, written as `key` allows."""
    wanted = key(heading)
    return next((at for at, p in enumerate(parts) if p.heading and key(p.heading) == wanted), None)


def unknown(heading: str, parts: tuple[Part, ...]) -> str:
    """What `infopoint check` says of a heading no part has: the heading most like it, or the
    headings it has."""
    at = near(parts, heading)
    if at is not None:
        return (
            f"no part of the answer has the heading «{heading}» — did you mean "
            f"«{parts[at].heading}»? (read as that part for the other checks)"
        )
    headings = ", ".join(f"«{p.heading}»" for p in parts if p.heading)
    return (
        f"no part of the answer has the heading «{heading}» (its headings: {headings}): write "
        "it as the bold text that opens the part"
    )


def near(parts: tuple[Part, ...], heading: str) -> int | None:
    """The part whose heading is most like a misspelt one («Obywatele Ukriny: …»), if one is."""
    import difflib  # (here: only content with a mistake needs it)

    keys = [key(p.heading) if p.heading else "" for p in parts]
    found = difflib.get_close_matches(key(heading), keys, n=1, cutoff=0.75)
    return keys.index(found[0]) if found and found[0] else None


def body(part: Part) -> str:
    """What a part says after its heading (plain text)."""
    first, _, rest = part.text.partition("\n")
    found = _HEADING.match(first)
    after = found.group("rest") if found else first
    return markup.to_plain(f"{after}\n{rest}", link_format="{text}").strip()


def problems(answer: str) -> list[str]:
    """Why an answer cannot be shown a part at a time (empty when it can)."""
    found: list[str] = []
    parts = split(answer)
    if parts and not parts[0].heading:
        found.append(
            "the answer must start with a bold heading line (**What it is.** ...): every part "
            "of an answer starts with one"
        )
    for number, part in enumerate(parts, start=1):
        if part.heading and not body(part):
            found.append(f"part {number} («{part.heading}») has nothing under its heading")
        if len(part.heading) > HEADING_MAX:
            found.append(
                f"part {number}: heading longer than {HEADING_MAX} characters "
                f"(«{part.heading[:40]}…»): bold inside a sentence goes after its first words"
            )
    return found
