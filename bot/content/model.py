"""What the content is, once loaded: categories and topics per language (bot.content.knowledge
reads them; bot.content.assemble builds them)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.content import parts as answer_parts
from bot.content.expiry import Expiry
from bot.settings import yamldoc
from bot.settings.yamldoc import Problem

_OPEN = re.compile(r"\{([a-z_][a-z0-9_]*)\}")  # a placeholder left open (as assemble's)
# … starting a line, a list item («• {labour_office}: …», «3. {voivodeship_office} …»)
_LINE_START = re.compile(r"[ \t]*(?:[•*-]|\d+\.)?[ \t]*")


@dataclass(frozen=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True)
class Topic:
    id: str
    category: str
    title: str
    answer: str  # markup, placeholders filled
    sources: tuple[Source, ...]
    checked: dt.date
    examples: tuple[str, ...]
    keywords: tuple[str, ...]
    related: tuple[str, ...]
    expires: tuple[Expiry, ...] = ()  # `valid_until`, earliest first
    # `part_examples`: questions about one part of the answer, one tuple per part in order
    # (empty for a part without any; () when the topic has none)
    part_examples: tuple[tuple[str, ...], ...] = ()
    # `part_sources`: the numbers (from 0) in `sources` of each part's own sources, in order
    # (empty for a part the content names none for; () when the topic names none)
    part_sources: tuple[tuple[int, ...], ...] = ()
    # the answer with the placeholders of the municipality one lives in left open (towns.yaml:
    # `per_town`), kept as where the office's places stand in `answer` (`open_places`: start,
    # end, placeholder; the same text again was ~0.6 MB); () when it names none. `per_town`
    # is that text, filled for a person's own town by `answer_for`.
    towns_at: tuple[tuple[int, int, str], ...] = ()
    towns_text: str = ""  # the text itself, where `open_places` finds no such places

    @property
    def per_town(self) -> str:
        """The answer with the places of one's own town left open ("" when it names none)."""
        return _opened(self.answer, self.towns_at) if self.towns_at else self.towns_text

    @functools.cached_property
    def parts(self) -> tuple[answer_parts.Part, ...]:
        """The answer's parts, each under its bold heading (bot/content/parts.py)."""
        return answer_parts.split(self.answer)

    def answer_for(self, places: Mapping[str, str] | None, part: int | None = None) -> str:
        """The answer (or its `part`, from 0) with `places` (markup) for the placeholders left
        open in `per_town` (bot/content/towns.py); None or none open: the office's answer."""
        if not places or not (self.towns_at or self.towns_text):
            whole, parts = self.answer, self.parts
        else:
            whole = _OPEN.sub(lambda m: _place(m, places), self.per_town)
            parts = answer_parts.split(whole)
        return parts[part].text if part is not None and 0 <= part < len(parts) else whole

    def sources_of(self, part: int | None) -> tuple[Source, ...]:
        """The sources shown under the answer: under one part (from 0) those the content names
        for it (`part_sources`), under the whole answer or a part it names none for, all."""
        if part is not None and 0 <= part < len(self.part_sources) and self.part_sources[part]:
            return tuple(self.sources[at] for at in self.part_sources[part])
        return self.sources

    @property
    def valid_until(self) -> dt.date | None:
        return self.expires[0].date if self.expires else None


@dataclass(frozen=True)
class Category:
    id: str
    title: str
    topics: tuple[str, ...]


@dataclass(frozen=True)
class Language:
    code: str
    categories: tuple[Category, ...]
    topics: dict[str, Topic]

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)


class KnowledgeBase:
    def __init__(
        self,
        languages: dict[str, Language],
        warnings: list[Problem],
        own: frozenset[str] = frozenset(),
    ):
        self.languages = languages
        self.warnings = warnings
        self.own = own  # the topics an office added or answers its own way

    def language(self, code: str) -> Language:
        return self.languages[code]

    def topic(self, code: str, topic_id: str) -> Topic | None:
        return self.languages[code].topics.get(topic_id)

    @property
    def topic_ids(self) -> list[str]:
        first = next(iter(self.languages.values()))
        return list(first.topics)


@dataclass(frozen=True)
class Variant:
    """How one office answers: its {placeholder} values and the folder of its own topics."""

    placeholders: Callable[[str], dict[str, str]]
    own_dir: Path | None = None
    name: str | None = None  # the office, in messages (None: a single-office deployment)
    offices: frozenset[str] = frozenset()  # a network's office ids: links must name one
    # where the office's `local:` values are written in the config (file, line, key): values
    # the answers need that it lacks are named there, once, not at each answer
    local_at: tuple[str, int | None, str] | None = None


@dataclass
class Layer:
    """One checked content file: the shared faq_<lang>.yaml, or an office's own."""

    doc: yamldoc.Document
    data: dict[str, Any]
    # topics left out for a problem of their own (named already): the other topics are still
    # built and checked, so one run of `infopoint check` names every problem of every file
    refused: frozenset[str] = frozenset()


def open_places(answer: str, per_town: str) -> tuple[tuple[int, int, str], ...] | None:
    """Where the placeholders `per_town` leaves open stand in `answer` (the same text with them
    filled): (start, end, placeholder) each, for `Topic.towns_at`; None: not found so."""
    pieces = _OPEN.split(per_town)  # text, placeholder, text, …, text
    if len(pieces) < 3 or not answer.startswith(pieces[0]):
        return None
    found, at, last = [], len(pieces[0]), len(pieces) - 1
    for i in range(1, last, 2):
        name, text = pieces[i], pieces[i + 1]
        if i + 1 == last:  # the last text ends the answer
            end = len(answer) - len(text) if answer.endswith(text) else -1
        else:
            end = answer.find(text, at) if text else at
        if end < at:
            return None
        found.append((at, end, name))
        at = end + len(text)
    return tuple(found) if _opened(answer, found) == per_town else None


def _opened(answer: str, places: Sequence[tuple[int, int, str]]) -> str:
    """`answer` with these stretches as their {placeholder} again."""
    pieces: list[str] = []
    at = 0
    for start, end, name in places:
        pieces += (answer[at:start], "{", name, "}")
        at = end
    pieces.append(answer[at:])
    return "".join(pieces)


def _place(found: re.Match[str], places: Mapping[str, str]) -> str:
    """A place said for the person's own town («urząd skarbowy …»), with a capital letter
    where it starts a line or a list item."""
    said = places.get(found.group(1), found.group(0))
    line = found.string[found.string.rfind("\n", 0, found.start()) + 1 : found.start()]
    if _LINE_START.fullmatch(line):
        return said[:1].upper() + said[1:]
    return said
