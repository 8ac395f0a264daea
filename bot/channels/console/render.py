"""How the terminal shows a reply and reads what is typed: buttons numbered and pressed by number.

The person's buttons are [1], [2] …; where a question waits for a typed answer that may be a
number (Reply.typed_answer: a count, a time, a short text) a number is the answer, the buttons
are shown as [#1] and pressed with #1 (which works anywhere). The staff chats' buttons are
[s1], [s2] … and pressed with s1, so a number never means two buttons.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core import markup
from bot.core.messages import Button, Reply
from bot.core.numbers import record_id

USER = "console-user"
BOT = "infopoint_bot"  # the bot's @username here: «/requests@infopoint_bot» is for it
CHANNEL = "console"
CONTACT = "\x00contact"  # the "share my phone" button: the number is typed next
LOCATION = "\x00location"  # the "send my location" button: "lat, lon" typed next

PRESS = "#"  # typed before a button's number: always a press, never an answer
STAFF = "s"  # before a staff chat's button number: s1
_STAFF_PRESS = re.compile(r"s\s*(\d{1,4})", re.IGNORECASE)


def render(
    reply: Reply, first: int = 1, mark: str = "", numbers: Sequence[int] = ()
) -> tuple[str, list[Button]]:
    """Plain text with buttons numbered from `first` (all replies of a turn share one numbering),
    or each with its own of `numbers` (a staff card printed again keeps its buttons' numbers:
    sender.py); the text and the buttons in order. `mark` goes before each number: "#" where a
    typed number is an answer instead, "s" for a staff chat's buttons."""
    lines = [markup.to_plain(reply.text, link_format="{text} <{url}>")]
    buttons: list[Button] = []

    def number(label: str) -> str:
        at = len(buttons) - 1
        return f"[{mark}{numbers[at] if at < len(numbers) else first + at}] {label}"

    for row in reply.buttons:
        labels = []
        for button in row:
            buttons.append(button)
            shown = f"{button.label} <{button.url}>" if button.url else button.label
            labels.append(number(shown))
        lines.append("   ".join(labels))
    if reply.request_contact:
        buttons.append(Button(reply.request_contact, CONTACT))
        lines.append(number(reply.request_contact))
    if reply.request_location:
        buttons.append(Button(reply.request_location, LOCATION))
        lines.append(number(reply.request_location))
    if reply.attachment:
        lines.append(f"📎 {reply.attachment.filename} ({len(reply.attachment.content)} bytes)")
    return "\n".join(lines), buttons


# «50.67, 17.93», «50.67 17.93», «50,67 17,93» (a Polish decimal comma), «50,67; 17,93»
_NUMBER = r"(-?\d{1,3}(?:[.,]\d+)?)"
_LOCATION = re.compile(_NUMBER + r"(?:\s*[;,]\s*|\s+)" + _NUMBER)


def location(text: str) -> tuple[float, float] | None:
    """A shared location typed as "50.67, 17.93" (or with decimal commas), as Telegram would
    send it; None: not two coordinates."""
    found = _LOCATION.fullmatch(text.strip())
    if found is None:
        return None
    lat, lon = (float(number.replace(",", ".")) for number in found.groups())
    return (lat, lon) if abs(lat) <= 90 and abs(lon) <= 180 else None


def pressed(line: str, buttons: list[Button], typed_answer: bool) -> Button | None:
    """The button a typed line presses: «#2» always, «2» unless a typed number is the answer
    to the question shown (`typed_answer`); None: the line is a message."""
    if line.startswith(PRESS):
        number = record_id(line[len(PRESS) :].strip())
    else:
        number = None if typed_answer else record_id(line)
    return buttons[number - 1] if number is not None and 1 <= number <= len(buttons) else None


def staff_number(line: str) -> int | None:
    """«s2»: the number of a staff chat's button; None: not written so."""
    found = _STAFF_PRESS.fullmatch(line.strip())
    return int(found.group(1)) if found else None


def yes(words: str) -> set[str]:
    """'y, yes': the answers that confirm leaving."""
    return {w.strip().lower() for w in words.split(",") if w.strip()} | {"y", "yes"}
