"""Facts that expire: a topic's `valid_until` (a date, or a list of facts with a date each).

`infopoint check` warns from a month before each date; on the date the staff chat is reminded
to check the topic again (bot.features.review).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.settings import yamldoc
from bot.settings.counted import counted
from bot.settings.schema import Checker, Field
from bot.settings.yamldoc import Path_, Problem

if TYPE_CHECKING:
    from bot.content.knowledge import Language

REVIEW_MONTHS_AHEAD = 1  # `infopoint check` warns this long before a fact's valid_until


@dataclass(frozen=True)
class Expiry:
    """A fact of a topic that stops being true, or may change, on `date` (e.g. a yearly figure)."""

    date: dt.date
    what: str | None = None  # which fact, for whoever checks it again


def parse(checker: Checker, value: Any, path: Path_) -> tuple[Expiry, ...] | None:
    """`valid_until`: a date, or a list of facts, each a `date` and what expires (`what`)."""
    if isinstance(value, list):
        spec = {"date": Field("date"), "what": Field("str", required=False)}
        facts = [checker.check(item, spec, path + (i,)) for i, item in enumerate(value)]
        if not facts:
            checker.error(path, "a date (YYYY-MM-DD), or a list of facts with a date each")
        found = [Expiry(f["date"], f["what"]) for f in facts if f and f["date"]]
    else:
        date = checker.check(value, "date", path)
        found = [Expiry(date)] if date else []
    return tuple(sorted(found, key=lambda e: e.date))


def review_from(date: dt.date) -> dt.date:
    """The day `infopoint check` starts warning about a fact valid until `date`: a month before."""
    month = date.month - REVIEW_MONTHS_AHEAD
    year = date.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    for day in range(date.day, 0, -1):  # 31 March -> 28 or 29 February
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def warnings(
    loaded: dict[str, Language],
    docs: dict[str, yamldoc.Document],
    today: dt.date,
    prefer: str | None = None,
) -> list[Problem]:
    """One warning per topic and date from a month before a `valid_until` (not one per file),
    naming the file of the `prefer`red language (the staff's) where it has the topic."""
    problems: list[Problem] = []
    seen: set[tuple[str, dt.date]] = set()
    for code in sorted(loaded, key=lambda c: c != prefer):
        lang = loaded[code]
        doc = docs[code]
        for topic in lang.topics.values():
            for expiry in topic.expires:
                if (topic.id, expiry.date) in seen or today < review_from(expiry.date):
                    continue
                seen.add((topic.id, expiry.date))
                what = f" ({expiry.what})" if expiry.what else ""
                days = (expiry.date - today).days
                when = (
                    f"expired {counted(-days, 'day')} ago"
                    if days < 0
                    else "expire today"
                    if days == 0
                    else f"expire in {counted(days, 'day')}"
                )
                files = ", ".join(f"faq_{c}.yaml" for c in loaded)
                problems.append(
                    Problem(
                        doc.file,
                        doc.line(("topics", topic.id, "valid_until")),
                        f"topics.{topic.id}.valid_until",
                        f"facts valid until {expiry.date}{what} {when}: check them against the "
                        f"sources, then update the topic in {files} with new checked and "
                        "valid_until dates",
                        warning=True,
                    )
                )
    return problems


def differences(loaded: dict[str, Language], docs: dict[str, yamldoc.Document]) -> list[Problem]:
    """The same facts expire in every language: a topic's valid_until dates must agree."""
    problems: list[Problem] = []
    if not loaded:
        return problems
    first, *others = loaded
    for topic_id, topic in loaded[first].topics.items():
        expected = sorted({e.date for e in topic.expires})
        for code in others:
            other = loaded[code].topics.get(topic_id)
            found = sorted({e.date for e in other.expires}) if other else expected
            if found != expected:
                doc = docs[code]
                shown = ", ".join(str(d) for d in expected) or "none"
                problems.append(
                    Problem(
                        doc.file,
                        doc.line(("topics", topic_id)),
                        f"topics.{topic_id}.valid_until",
                        f"valid_until dates differ from faq_{first}.yaml ({shown}): the same "
                        "facts expire in every language",
                        warning=True,
                    )
                )
    return problems
