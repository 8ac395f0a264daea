"""A small declarative checker for YAML data: unknown keys, wrong types, missing keys, bad values.

Each problem names the file, the line and the dotted key, so a non-programmer can find it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bot.settings import hints, moved_keys, yamlmoved, yamlrecover, yamlvalues
from bot.settings.yamldoc import Document, Path_, Problem, key_name

_SHOWN = re.compile(r"Line \d+ \((`[^`\n]*`|«[^»\n]*»)\): ")  # a slip's line as written
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_LOOSE_TIME = re.compile(r"^\s*(\d{1,2})(?:[.,h\s-]?(\d{2}))?\s*$")  # 8.00, 8, 1730, 17 30
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DOTTED_DATE = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")  # 31.04.2026: day first
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class Field:
    kind: Any  # a type name, a nested dict of Fields, ("list", item), ("map", value), or a callable
    required: bool = True
    default: Any = None


class Checker:
    def __init__(self, doc: Document):
        self.doc = doc
        self.problems: list[Problem] = list(doc.problems)
        self._around: list[tuple[Path_, dict[str, Field]]] = []  # the mappings being checked
        # each unknown key named (its dotted key) -> the known one it was read as, or None
        self.unknown: dict[str, str | None] = {}

    def error(self, path: Path_, message: str, line: int | None = None) -> None:
        self._add(Problem(self.doc.file, line or self.doc.line(path), key_name(path), message))

    def warn(self, path: Path_, message: str, line: int | None = None) -> None:
        self._add(
            Problem(self.doc.file, line or self.doc.line(path), key_name(path), message, True)
        )

    def _add(self, problem: Problem) -> None:
        """Once: a network's offices check what they inherit from the top level each. Not one
        that only follows from an entry left out around a syntax error (yamlrecover.py)."""
        left = self.doc.left_out
        if left and yamlrecover.follows(problem.key, problem.message, left):
            return
        quoted = None if problem.warning else self._quoted(problem)
        if quoted is not None:  # the value as quoted refused too: its error, the line shown
            self.problems.remove(quoted)
            shown = _SHOWN.match(quoted.message)
            problem.message = (shown[0] if shown else "") + problem.message
        if problem not in self.problems:
            self.problems.append(problem)

    def _quoted(self, problem: Problem) -> Problem | None:
        """A syntax slip at the same value read with the value in quotes, where the value's
        error refuses that value as a whole, naming it (`timezone: @Europe/Warsaw`: «unknown
        time zone '@Europe/Warsaw'»): «put it in quotes» would not make it right, so the value's
        error is said instead. Not one that names no value (a title too long: the quotes are
        needed as well), nor a misspelt key's «unknown key»."""
        if problem.key in self.unknown:
            return None
        said = f"{yamlmoved.READ_AS} line {problem.line} {yamlvalues.QUOTED}"
        slip = next(
            (
                p
                for p in self.doc.problems
                if (p.file, p.line, p.key) == (problem.file, problem.line, problem.key)
                and said in p.message
                and p in self.problems
            ),
            None,
        )
        if slip is None:
            return None
        value = next((v for path, v in self.doc.raw.items() if key_name(path) == slip.key), "")
        return slip if value and f"'{value}'" in problem.message else None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    def check(self, value: Any, kind: Any, path: Path_ = ()) -> Any:
        """Return the converted value, or None after recording a problem."""
        if isinstance(kind, dict):
            return self._mapping(value, kind, path)
        if isinstance(kind, tuple) and kind[0] == "list":
            if not isinstance(value, list):
                self.error(path, f"expected a list, got {_describe(value)}")
                return None
            return [self.check(item, kind[1], path + (i,)) for i, item in enumerate(value)]
        if isinstance(kind, tuple) and kind[0] == "map":
            if not isinstance(value, dict):
                self.error(path, f"expected a mapping, got {_describe(value)}")
                return None
            return self._ids(value, kind[1], path)
        if callable(kind) and not isinstance(kind, str):
            return kind(self, value, path)
        return self._scalar(value, kind, path)

    def _mapping(self, value: Any, fields: dict[str, Field], path: Path_) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.error(path, f"expected a mapping of keys, got {_describe(value)}")
            return None
        out: dict[str, Any] = {}
        meant = set()  # required keys named as the likely intent of a misspelt one
        read_as: dict[str, Any] = {}  # a key meant -> the misspelt key its value is read from
        around = self._around[-1] if self._around else ((), {})
        parent = around[1] if path and around[0] == path[:-1] else None
        unknown = [key for key in value if key not in fields]
        moved = moved_keys.said(self.error, self.doc.line, unknown, fields, parent, path)
        hours = {"from", "to"} <= set(fields) and not {"from", "to"} & set(value)
        for key in unknown:
            span = hints.hours_range(value[key]) if hours else None
            if key not in moved and span is not None:  # («hours: 08:00-16:00»: read as both)
                self.unknown[key_name(path + (key,))] = None
                self.error(
                    path + (key,),
                    f"unknown key {key!r}: a rule's hours are two keys, "
                    f'from: "{span[0]}" and to: "{span[1]}"',
                )
                value = {**value, "from": span[0], "to": span[1]}
            elif key not in moved:
                guess = closest(str(key), [f for f in fields if f not in value])
                self.unknown[key_name(path + (key,))] = None
                if guess is None:
                    known = ", ".join(sorted(fields))
                    self.error(path + (key,), f"unknown key {key!r} (known keys here: {known})")
                    continue
                self.error(path + (key,), f"unknown key {key!r} — did you mean {guess!r}?")
                meant.add(guess)
                if value[key] is not None:  # read as the key meant, for its own checks to run
                    self.unknown[key_name(path + (key,))] = key_name(path + (guess,))
                    self.doc.alias(path + (key,), path + (guess,))
                    read_as[guess] = key
        self._around.append((path, fields))
        try:
            for name, spec in fields.items():
                if name in read_as:
                    out[name] = self.check(value[read_as[name]], spec.kind, path + (read_as[name],))
                elif name in value and value[name] is not None:
                    out[name] = self.check(value[name], spec.kind, path + (name,))
                elif spec.required:
                    if name not in meant:  # else said once, at the misspelt key
                        self.error(path + (name,), f"missing required key {name!r}")
                    out[name] = None
                else:
                    out[name] = spec.default
        finally:
            self._around.pop()
        return out

    def _ids(self, value: dict[Any, Any], kind: Any, path: Path_) -> dict[str, Any]:
        """A mapping of ids (offices, specialists, …); an id that is a key of such an entry
        (`schedule:` indented too little, under `specialists:`) named as that, not checked as
        an entry, and not also as missing from the entry above it."""
        out: dict[str, Any] = {}
        before: str | None = None
        for k, v in value.items():
            if isinstance(kind, dict) and str(k) in kind and path:
                self.error(path + (k,), hints.entry_is_a_key(str(k), str(path[-1]), before))
                if before is not None:
                    lost = (key_name(path + (before, str(k))), f"missing required key {str(k)!r}")
                    self.problems = [p for p in self.problems if (p.key, p.message) != lost]
                continue
            out[str(k)] = self.check(v, kind, path + (k,))
            before = str(k)
        return out

    def _scalar(self, value: Any, kind: str, path: Path_) -> Any:
        if kind == "str":
            if isinstance(value, str) and value.strip():
                return value
            if isinstance(value, int | float) and not isinstance(value, bool):
                return str(value)
            self.error(path, f"expected text, got {_describe(value)}")
        elif kind == "int":
            if isinstance(value, int) and not isinstance(value, bool):
                return value
            self.error(path, f"expected a whole number, got {_describe(value)}")
        elif kind == "positive_int":
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                return value
            self.error(path, f"expected a whole number above 0, got {_describe(value)}")
        elif kind == "number":
            if isinstance(value, int | float) and not isinstance(value, bool):
                return float(value)
            self.error(path, f"expected a number, got {_describe(value)}")
        elif kind == "bool":
            if isinstance(value, bool):
                return value
            self.error(path, f"expected true or false, got {_describe(value)}")
        elif kind == "time":
            text = self.doc.raw.get(path, str(value))
            match = _TIME.match(text.strip())
            if match:
                return dt.time(int(match.group(1)), int(match.group(2)))
            self.error(path, time_problem(text))
        elif kind == "date":
            if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
                return value
            try:
                return dt.date.fromisoformat(str(value))
            except ValueError:
                self.error(path, date_problem(self.doc.raw.get(path, str(value))))
        elif kind == "https":
            if isinstance(value, str) and value.startswith("https://") and " " not in value:
                return value
            self.error(path, f"expected an https:// link, got {value!r}")
        else:  # pragma: no cover - a programming error, not a user's
            raise ValueError(f"unknown kind {kind}")
        return None


def time_problem(text: str) -> str:
    """Why a time as written is not one: «8.00» or «1730» is one written another way."""
    loose = _LOOSE_TIME.match(text)
    if loose and int(loose[1]) < 24 and int(loose[2] or 0) < 60:
        hour, minute = int(loose[1]), int(loose[2] or 0)
        return f"{text!r}: write it as {hour:02}:{minute:02} (hours, a colon, minutes)"
    return f"impossible time {text!r}: write it as HH:MM between 00:00 and 23:59"


def date_problem(text: str) -> str:
    """Why a date as written is not one, in plain words: «2026-02-30 is not a real date:
    February 2026 has 28 days»; a date written day first (31.04.2026) is named as such."""
    iso, dotted = _ISO_DATE.match(text.strip()), _DOTTED_DATE.match(text.strip())
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    elif dotted:
        day, month, year = (int(part) for part in dotted.groups())
    else:
        return f"{text!r} is not a date: write it as YYYY-MM-DD (e.g. 2026-03-31)"
    how = "" if iso else "; and write dates as YYYY-MM-DD"
    if not 1 <= month <= 12:
        swapped = ""  # 2026-31-12: the day and the month swapped, the common slip
        if iso and 1 <= day <= 12 and month <= calendar.monthrange(year, day)[1]:
            swapped = f" (dates are written YYYY-MM-DD: {year:04}-{day:02}-{month:02}?)"
        return f"{text} is not a real date: there is no month {month}{how}{swapped}"
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        named = f"{MONTHS[month - 1]} {year}" if month == 2 else MONTHS[month - 1]
        return f"{text} is not a real date: {named} has {days} days{how}"
    return f"{text!r}: write it as YYYY-MM-DD ({year:04}-{month:02}-{day:02})"


def closest(key: str, candidates: list[str]) -> str | None:
    """The key most like a misspelt one (`opening_hour` -> `opening_hours`), if one is close."""
    import difflib  # (here: only a config with a mistake needs it, not a running bot)

    found = difflib.get_close_matches(key.lower(), candidates, n=1, cutoff=0.75)
    return found[0] if found else None


def did_you_mean(name: object, known: Iterable[object]) -> str:
    """« — did you mean 'info_point'?» after an id that names no place, specialist, office,
    topic (`infopoint`, `Lawyer`); "" when none is close."""
    guess = closest(str(name), [str(k) for k in known])
    return f" — did you mean {guess!r}?" if guess else ""


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"true/false ({value})"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, dt.datetime):
        return f"a date and time ({value})"
    if isinstance(value, dt.date):
        return f"a date ({value})"
    return str(value)  # a number, as written: no Python words («int 0»)
