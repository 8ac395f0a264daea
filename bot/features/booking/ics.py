"""A one-event iCalendar file (RFC 5545) for a booked visit, written by hand: it is small.

Times are UTC with a trailing Z (no VTIMEZONE needed), lines end with CRLF, and lines longer
than 75 octets are folded (CRLF + space) without cutting a UTF-8 character in two.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

LINE_OCTETS = 75
PRODID = "-//infopoint//booking//EN"


@dataclass(frozen=True)
class Event:
    uid: str
    stamp: dt.datetime
    start: dt.datetime
    end: dt.datetime
    summary: str
    location: str
    description: str = ""


def escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def fold(line: str) -> str:
    """Split a content line into pieces of at most 75 octets, continuation lines start with ' '."""
    pieces: list[str] = []
    current = ""
    limit = LINE_OCTETS
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            pieces.append(current)
            current = char
            limit = LINE_OCTETS - 1  # the leading space counts
        else:
            current += char
    pieces.append(current)
    return "\r\n ".join(pieces)


def calendar(event: Event) -> bytes:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{escape(event.uid)}",
        f"DTSTAMP:{utc(event.stamp)}",
        f"DTSTART:{utc(event.start)}",
        f"DTEND:{utc(event.end)}",
        f"SUMMARY:{escape(event.summary)}",
        f"LOCATION:{escape(event.location)}",
    ]
    if event.description:
        lines.append(f"DESCRIPTION:{escape(event.description)}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")
