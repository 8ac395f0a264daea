"""Reply -> Viber send_message bodies: plain text, rich keyboards, pages of buttons.

Viber renders none of our markup, so text goes out as `markup.to_plain` (links spelled out), cut
below Viber's 7,000 characters. Buttons become one keyboard (Viber shows only the latest one) of
at most 24 buttons; longer keyboards are shown in pages the adapter turns itself.

A tap on a reply button comes back as an ordinary text message whose text is the ActionBody, so
ActionBodies carry an invisible mark nobody types: that is how a tap is told from typed text.
"""

from __future__ import annotations

import html
from dataclasses import asdict, dataclass
from typing import Any

from bot.core import markup
from bot.core.messages import Reply

TEXT_LIMIT = 7000
MAX_BUTTONS = 24
COLUMNS = 6
PAYLOAD_MARK = "\u2063"  # INVISIBLE SEPARATOR: starts the ActionBody of a button
PAGE_MARK = "\u2062"  # INVISIBLE TIMES: "show page n" of a long keyboard, handled by the adapter
SHARE_PHONE_API = 3  # share-phone buttons need min_api_version 3 (Viber 7.6+)
SHARE_PHONE_BODY = "phone"  # Viber requires some ActionBody; the tap arrives as a contact
SHARE_LOCATION_BODY = "location"
LABEL_LIMIT = 250


@dataclass(frozen=True)
class Key:
    """One keyboard button in neutral form (also what is stored to turn pages later)."""

    label: str
    payload: str = ""
    url: str | None = None
    share_phone: bool = False
    columns: int = COLUMNS
    pinned: bool = False  # the navigation row: shown on every page
    share_location: bool = False

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Key:
        return cls(**data)


def keys_of(reply: Reply, api_version: int) -> list[Key]:
    """The reply's buttons row by row, each row filling the keyboard's six columns."""
    keys: list[Key] = []
    if reply.request_contact and api_version >= SHARE_PHONE_API:
        keys.append(Key(reply.request_contact, share_phone=True))
    if reply.request_location:
        keys.append(Key(reply.request_location, share_location=True))
    rows = [row for row in reply.buttons if row]
    for index, row in enumerate(rows):
        pinned = index == len(rows) - 1 and len(rows) > 1
        for chunk in (row[i : i + 3] for i in range(0, len(row), 3)) if len(row) > 6 else [row]:
            for button, width in zip(chunk, _widths(len(chunk)), strict=True):
                keys.append(Key(button.label, button.payload, button.url, False, width, pinned))
    return keys


def _widths(count: int) -> list[int]:
    """Widths adding up to six, so that the next row never slides up beside this one."""
    base, extra = divmod(COLUMNS, count)
    return [base + 1 if i < extra else base for i in range(count)]


def page_of(keys: list[Key], page: int, more: str, back: str) -> tuple[list[Key], int]:
    """The keys of one page (with its turning buttons) and the page actually shown."""
    if len(keys) <= MAX_BUTTONS:
        return keys, 0
    pinned = [k for k in keys if k.pinned]
    body = [k for k in keys if not k.pinned]
    pages = _pages(len(body), MAX_BUTTONS - len(pinned))
    page = min(max(page, 0), len(pages) - 1)
    start, end = pages[page]
    turns = []
    if page > 0:
        turns.append(Key(back, f"{PAGE_MARK}{page - 1}"))
    if page < len(pages) - 1:
        turns.append(Key(more, f"{PAGE_MARK}{page + 1}"))
    widths = _widths(len(turns))
    turns = [Key(k.label, k.payload, columns=w) for k, w in zip(turns, widths, strict=True)]
    return body[start:end] + turns + pinned, page


def _pages(count: int, room: int) -> list[tuple[int, int]]:
    """(start, end) of each page: as many keys as fit beside the turning buttons it needs."""
    room = max(room, 3)
    pages: list[tuple[int, int]] = []
    start = 0
    while start < count:
        back = 1 if start else 0
        if count - start <= room - back:
            pages.append((start, count))
            break
        end = start + room - back - 1
        pages.append((start, end))
        start = end
    return pages


def button(key: Key) -> dict[str, Any]:
    label = html.escape(key.label[:LABEL_LIMIT], quote=False)  # Text may hold HTML tags
    data: dict[str, Any] = {"Columns": key.columns, "Rows": 1, "Text": label}
    if key.url:
        data.update(ActionType="open-url", ActionBody=key.url, OpenURLType="external")
    elif key.share_phone:
        data.update(ActionType="share-phone", ActionBody=SHARE_PHONE_BODY)
    elif key.share_location:  # the tap arrives as a location message
        data.update(ActionType="location-picker", ActionBody=SHARE_LOCATION_BODY)
    else:
        body = key.payload if key.payload.startswith(PAGE_MARK) else PAYLOAD_MARK + key.payload
        data.update(ActionType="reply", ActionBody=body)
    data["Silent"] = True  # the tap is not shown as a message from the person
    return data


def keyboard(keys: list[Key]) -> dict[str, Any]:
    return {
        "Type": "keyboard",
        "DefaultHeight": False,
        "Buttons": [button(k) for k in keys],
    }


def min_api_version(keys: list[Key]) -> int:
    return SHARE_PHONE_API if any(k.share_phone for k in keys) else 1


def texts(reply: Reply) -> list[str]:
    parts = markup.split(reply.text, TEXT_LIMIT, _measure)
    return [markup.to_plain(p) for p in parts if p.strip()]


def _measure(text: str) -> int:
    """Characters, but counting bytes past two per character: a request may not pass 30 KB."""
    plain = markup.to_plain(text)
    return max(len(plain), len(plain.encode()) // 2)


def text_bodies(reply: Reply) -> list[dict[str, Any]]:
    return [{"type": "text", "text": text} for text in texts(reply)]


def one_message(bodies: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The only message Viber takes before a subscription: a turn's texts joined (when they
    fit in one) with the last one's keyboard, so a question asked after a note is not lost."""
    joined = "\n\n".join(str(b.get("text", "")) for b in bodies)
    if (
        len(bodies) < 2
        or any(b.get("type") != "text" for b in bodies)
        or _measure(joined) > TEXT_LIMIT
    ):
        return bodies[0] if bodies else None
    return {**bodies[-1], "text": joined}


def with_keyboard(body: dict[str, Any] | None, keys: list[Key]) -> dict[str, Any]:
    """Attach keys to a body (or make a keyboard-only message when there is no body)."""
    out = dict(body or {})
    out["min_api_version"] = min_api_version(keys)
    if keys:
        out["keyboard"] = keyboard(keys)
    return out


def keys_json(keys: list[Key]) -> list[dict[str, Any]]:
    return [asdict(k) for k in keys]


def stored_keys(data: list[dict[str, Any]]) -> list[Key]:
    try:
        return [Key.from_json(k) for k in data]
    except TypeError:  # stored by another version of this module: better none than a crash
        return []


def parse_body(text: str) -> tuple[str, str]:
    """What a text message is: ("payload", p), ("page", n), ("command", text) or ("text", t)."""
    if text.startswith(PAGE_MARK):
        return "page", text[len(PAGE_MARK) :]
    if text.startswith(PAYLOAD_MARK):
        return "payload", text[len(PAYLOAD_MARK) :]
    if text.startswith("/"):
        return "command", text
    return "text", text
