"""`part_sources`: the sources of one part of an answer (docs/content.md).

A topic's `sources` back its whole answer. When a question is answered with one part of it
(«PESEL for my child»), the sources listed under that part are the ones the content names for
it, under the part's heading, each by its number in `sources` (from 1) or by its link:

    part_sources:
      "Ukrainians: PESEL with UKR status": [2, 3]
      "PESEL for a child":
        - https://epuap.gov.pl/...

A part the content names none for, and the whole answer, show all the topic's sources. A part
can only name sources the topic has (reassigned, never new), and `infopoint check` names the file
and line of anything else, and warns when the languages give a part different sources, and when a
topic with more than `MANY` sources leaves a part without its own (the employment topic's 24
links would follow a 6-line part, several screens on a phone).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.content import parts as answer_parts
from bot.content.model import Language, Source
from bot.settings import yamldoc
from bot.settings.counted import counted
from bot.settings.schema import Checker
from bot.settings.yamldoc import Path_, Problem, key_name

MANY = 6  # sources: more than these under one part, and the part should name its own


def reference(checker: Checker, value: Any, path: Path_) -> int | str | None:
    """One source of a part, as the YAML names it: its number in `sources` or its link."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    if isinstance(value, str) and value.strip().startswith("https://"):
        return value.strip()
    checker.error(
        path,
        f"expected the number of one of the topic's sources (1 is the first) or its https:// "
        f"link, got {value!r}",
    )
    return None


def read(
    checker: Checker,
    path: Path_,
    raw: dict[str, list[int | str | None]],
    parts: tuple[answer_parts.Part, ...],
    sources: Sequence[Source],
) -> tuple[tuple[int, ...], ...]:
    """`part_sources` (a part's heading -> its sources) as the numbers (from 0) of each part's
    sources in `sources`, in the order of the parts (empty: the part names none); () when the
    topic names none for any part."""
    found: list[list[int]] = [[] for _ in parts]
    for heading, named in (raw or {}).items():
        at = answer_parts.find(parts, heading)
        if at is None:
            checker.error(path + (heading,), answer_parts.unknown(heading, parts))
            at = answer_parts.near(parts, heading)  # (misspelt: read as that part)
            if at is None:
                continue
        if len(parts) < 2:
            checker.error(
                path + (heading,),
                "the answer has a single part: its sources are the topic's `sources`",
            )
            continue
        if not named:
            checker.error(
                path + (heading,),
                "name at least one source, or leave the part out (it then shows all the "
                "topic's sources)",
            )
            continue
        for i, item in enumerate(named):
            number = _number(checker, path + (heading, i), item, sources)
            if number is not None and number not in found[at]:
                found[at].append(number)
    _too_many(checker, path, parts, sources, found)
    return tuple(tuple(numbers) for numbers in found) if any(found) else ()


def _too_many(
    checker: Checker,
    path: Path_,
    parts: tuple[answer_parts.Part, ...],
    sources: Sequence[Source],
    found: list[list[int]],
) -> None:
    """A warning for a topic with more than `MANY` sources and a part that names none of its
    own: a person asking about that part gets every source of the topic under it."""
    if len(sources) <= MANY or len(parts) < 2:
        return
    bare = [f"{at + 1} («{part.heading}»)" for at, part in enumerate(parts) if not found[at]]
    if not bare:
        return
    which = f"part {bare[0]} names" if len(bare) == 1 else f"parts {', '.join(bare)} name"
    checker.warn(
        path,
        f"the topic has {len(sources)} sources and {which} none of its own under "
        f"`part_sources`: all {len(sources)} follow such a part when it is shown alone; give "
        "each part the sources that back it (docs/content.md)",
    )


def _number(
    checker: Checker, path: Path_, item: int | str | None, sources: Sequence[Source]
) -> int | None:
    if item is None:  # (reported by `reference`)
        return None
    if isinstance(item, int):
        if item <= len(sources):
            return item - 1
        checker.error(
            path, f"source {item}: the topic has {counted(len(sources), 'source')} under `sources`"
        )
        return None
    number = next((at for at, s in enumerate(sources) if s.url == item), None)
    if number is None:
        checker.error(
            path,
            f"{item} is not one of the topic's sources: a part names sources the topic has "
            "(add it under `sources` first, with its title)",
        )
    return number


def differences(loaded: dict[str, Language], docs: dict[str, yamldoc.Document]) -> list[Problem]:
    """A warning for each topic whose parts show other sources (by their links) in one language
    than in the first: «Ukrainians» shows the UdSC pages in Ukrainian and the gov.pl one in
    English when one file was edited and not the others."""
    problems: list[Problem] = []
    first_code = next(iter(loaded), None)
    if first_code is None:
        return problems
    for topic_id, first in loaded[first_code].topics.items():
        if not any(t.part_sources for lang in loaded.values() if (t := lang.topics.get(topic_id))):
            continue
        for code, language in loaded.items():
            topic = language.topics.get(topic_id)
            if topic is None or code == first_code or len(topic.parts) != len(first.parts):
                continue
            for at in range(len(topic.parts)):
                mine = {s.url for s in topic.sources_of(at)}
                theirs = {s.url for s in first.sources_of(at)}
                if mine != theirs:
                    doc = docs[code]
                    where: Path_ = ("topics", topic_id, "part_sources")
                    where = where if where in doc.lines else ("topics", topic_id)
                    problems.append(
                        Problem(
                            doc.file,
                            doc.line(where),
                            key_name(where),
                            f"part {at + 1} («{topic.parts[at].heading}») shows other sources "
                            f"than in {first_code}: give a part the same sources in every "
                            "language",
                            True,
                        )
                    )
    return problems
