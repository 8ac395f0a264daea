"""Whether a Viber webhook event has the shape Viber sends: what is not (a `contact` that is a
string, a `location` that is a number, a sender whose language is a number) is refused with
400 before the adapter reads it, never a traceback; and a message read into an Incoming."""

from __future__ import annotations

from typing import Any

from bot.channels.viber import render
from bot.core.messages import Incoming

CHANNEL = "viber"
UNSUPPORTED = {"picture", "video", "file", "sticker", "location", "rich_media"}
PEOPLE = ("sender", "user")
TEXTS_OF_A_PERSON = ("id", "name", "language", "country", "avatar")
TEXTS_OF_A_MESSAGE = ("type", "text", "media", "tracking_data", "file_name")


def readable(event: Any) -> bool:
    """Viber's event: an object with a string `event`, and objects and strings where Viber sends
    them."""
    if not isinstance(event, dict) or not isinstance(event.get("event"), str):
        return False
    if not all(isinstance(event[k], dict) for k in (*PEOPLE, "message") if k in event):
        return False
    if not _texts(event, ("user_id", "context", "desc")) or not _bool(event, "subscribed"):
        return False
    token = event.get("message_token", "")
    if not isinstance(token, str) and not _integer(token):
        return False
    for key in PEOPLE:
        person = event.get(key, {})
        if not _texts(person, TEXTS_OF_A_PERSON) or not _integer(person.get("api_version", 0)):
            return False
    return _message(event.get("message", {}))


def _message(message: dict[str, Any]) -> bool:
    if not _texts(message, TEXTS_OF_A_MESSAGE):
        return False
    contact, location = message.get("contact", {}), message.get("location", {})
    if not isinstance(contact, dict) or not _texts(contact, ("name", "phone_number")):
        return False
    return isinstance(location, dict)  # lat and lon are read only if numbers (the adapter)


def _texts(value: dict[str, Any], keys: tuple[str, ...]) -> bool:
    return all(isinstance(value[key], str) for key in keys if key in value)


def _bool(value: dict[str, Any], key: str) -> bool:
    return isinstance(value.get(key, False), bool)


def _integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def to_incoming(user_id: str, language: Any, message: dict[str, Any]) -> Incoming | None:
    base: dict[str, Any] = {
        "channel": CHANNEL,
        "user_id": user_id,
        "chat_id": user_id,
        "language_hint": language if isinstance(language, str) else None,
    }
    kind = message.get("type")
    if kind == "text":
        what, value = render.parse_body(str(message.get("text", "")))
        if what == "payload":
            too_long = len(value.encode()) > 64
            return Incoming(payload="\u2062" if too_long else value, **base)
        if what == "command":
            head, _, args = value[1:].partition(" ")
            return Incoming(command=head.lower(), args=args.strip(), **base)
        return Incoming(text=value, **base)
    if kind == "contact":
        contact = message.get("contact") or {}
        # Viber's contact message says nothing of whose card it is (the share-phone button's
        # and one from the address book look the same): the person is asked (contact_is_own)
        return Incoming(
            contact_phone=str(contact.get("phone_number", "")), contact_is_own=None, **base
        )
    if kind == "url":
        return None  # the echo of an open-url button (a map link): nothing to answer
    if kind == "location":
        where = message.get("location") or {}
        lat, lon = where.get("lat"), where.get("lon")
        if isinstance(lat, int | float) and isinstance(lon, int | float):
            return Incoming(location=(float(lat), float(lon)), **base)
    return Incoming(unsupported=kind if kind in UNSUPPORTED else "other", **base)
