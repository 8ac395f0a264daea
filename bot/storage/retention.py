"""Retention's cutoffs: each office keeps personal data for its own period (`staff:
retention_days`), so a record is forgotten by its office's cutoff, compared in the statement."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.storage import utc_text


@dataclass(frozen=True)
class Cutoffs:
    """The moment before which closed records are forgotten: per key (an office's id, or a
    staff chat's) in `by`, and `other` for any other key (a record of an office no longer
    configured is the default office's)."""

    other: dt.datetime
    by: Mapping[str, dt.datetime] = field(default_factory=dict)

    def of(self, key: str | None) -> dt.datetime:
        return self.by.get(key or "", self.other)

    def sql(self, column: str) -> tuple[str, tuple[str, ...]]:
        """An SQL expression for the cutoff of each row by its `column` (UTC text, to compare
        with a time column), and its parameters."""
        if not self.by:
            return "?", (utc_text(self.other),)
        whens = " ".join("WHEN ? THEN ?" for _ in self.by)
        params = [p for key, moment in self.by.items() for p in (key, utc_text(moment))]
        return f"(CASE {column} {whens} ELSE ? END)", (*params, utc_text(self.other))


def over(cutoffs: Cutoffs) -> tuple[str, tuple[str, ...]]:
    """A visit's or an appointment's row over (ended, or cancelled) since before its office's
    cutoff: the SQL condition and its parameters."""
    cut, params = cutoffs.sql("office")
    return f"(ends_at < {cut} OR (status = 'cancelled' AND cancelled_at < {cut}))", params * 2
