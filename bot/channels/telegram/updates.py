"""A Bot API update read straight from its JSON, for the kinds the bot asks for (`message`,
`callback_query`, `chat_member`): the chat it belongs to, and the core's Incoming.

Not through python-telegram-bot's Update objects: building them (a Message, its chat, its
user, the message a button was under with its keyboard) was ~9 % of the event loop's busy
time in bench/load.py, of which the core reads a dozen fields (docs/performance.md, change 33).
`chat_member` updates, rare, still go through the library (the kinds of ChatMember), and an
update that does not have the fields and types below is refused as python-telegram-bot would
refuse it: skipped, logged by its id only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeGuard

from bot.core.messages import Incoming, read_command

CHANNEL = "telegram"
# what a message may carry that the bot does not read (its Incoming says which)
UNSUPPORTED = (
    "sticker",
    "photo",
    "voice",
    "video",
    "document",
    "audio",
    "video_note",
    "animation",
    "poll",
    "dice",
)


class Unreadable(Exception):
    """An update without the fields, or with fields of other types, than the Bot API's."""


@dataclass(frozen=True, slots=True)
class Update:
    id: int
    data: dict[str, Any]  # the update as it came
    chat_id: int | None  # the chat it belongs to (None: not one the bot answers in)
    chat_type: str = ""  # "private", "group", "supergroup", ...
    query_id: str | None = None  # a tap's callback query, to acknowledge


def read(data: Any) -> Update:
    """The update's id, chat and kind; Unreadable if it is not an update as the Bot API sends
    them."""
    if not isinstance(data, dict) or not is_id(data.get("update_id")):
        raise Unreadable
    update_id = data["update_id"]
    if "message" in data:
        message = _message(data["message"])
        _user(message.get("from"), required=False)
        chat = message["chat"]
        return Update(update_id, data, chat["id"], chat["type"])
    if "callback_query" in data:
        query = data["callback_query"]
        if not isinstance(query, dict) or not isinstance(query.get("id"), str):
            raise Unreadable
        _user(query.get("from"), required=True)
        if not isinstance(query.get("data", ""), str):
            raise Unreadable
        if query.get("message") is None:
            return Update(update_id, data, None, query_id=query["id"])  # (an inline message)
        chat = _message(query["message"])["chat"]
        return Update(update_id, data, chat["id"], chat["type"], query["id"])
    if "chat_member" in data:
        member = data["chat_member"]
        if not isinstance(member, dict) or not isinstance(member.get("chat"), dict):
            raise Unreadable
        chat = member["chat"]
        if not is_id(chat.get("id")):
            raise Unreadable
        return Update(update_id, data, chat["id"], str(chat.get("type", "")))
    return Update(update_id, data, None)  # a kind the bot did not ask for


def to_incoming(update: Update, bot_username: str | None = None) -> Incoming | None:
    """What the core needs of a message or a tap (None: nothing for it, e.g. another bot's, or a
    command addressed to another bot in a group: «/start@other_bot»)."""
    query = update.data.get("callback_query")
    message = query.get("message") if query is not None else update.data.get("message")
    user = query["from"] if query is not None else (message or {}).get("from")
    if user is None or user.get("is_bot") or update.chat_id is None or message is None:
        return None
    name = " ".join(n for n in (user.get("first_name"), user.get("last_name")) if n)
    base: dict[str, Any] = {
        "update_key": f"{CHANNEL}:{update.id}",
        "channel": CHANNEL,
        "user_id": str(user["id"]),
        "chat_id": str(update.chat_id),
        "language_hint": user.get("language_code"),
        "sender_name": name,
        "message_id": str(message["message_id"]),
    }
    thread = message.get("message_thread_id")
    if message.get("is_topic_message") and is_id(thread):
        base["topic_id"] = str(thread)  # a forum topic of a staff group
    if query is not None:
        return Incoming(payload=query.get("data") or "", **base)
    location = message.get("location")
    if isinstance(location, dict):
        return Incoming(location=(location["latitude"], location["longitude"]), **base)
    reply_to = message.get("reply_to_message")
    if isinstance(reply_to, dict):
        base["reply_to"] = str(reply_to["message_id"])
    contact = message.get("contact")
    if isinstance(contact, dict):
        return Incoming(
            contact_phone=contact["phone_number"],
            contact_is_own=contact.get("user_id") == user["id"],
            **base,
        )
    text = message.get("text")
    if isinstance(text, str):
        command = read_command(text)
        if command is not None:
            if not command.for_bot(bot_username):
                return None  # another bot's command
            return Incoming(command=command.name, args=command.args, **base)
        return Incoming(text=text, **base)
    kind = next((k for k in UNSUPPORTED if message.get(k)), "other")
    return Incoming(unsupported=kind, **base)


def _message(message: Any) -> dict[str, Any]:
    if not isinstance(message, dict) or not is_id(message.get("message_id")):
        raise Unreadable
    chat = message.get("chat")
    if not isinstance(chat, dict) or not is_id(chat.get("id")):
        raise Unreadable
    if not isinstance(chat.get("type"), str) or not is_id(message.get("date")):
        raise Unreadable
    for field in ("location", "contact", "reply_to_message"):
        if field in message and not isinstance(message[field], dict):
            raise Unreadable
    location, contact = message.get("location"), message.get("contact")
    if location is not None and not all(
        isinstance(location.get(k), int | float) for k in ("latitude", "longitude")
    ):
        raise Unreadable
    if contact is not None and not isinstance(contact.get("phone_number"), str):
        raise Unreadable
    reply_to = message.get("reply_to_message")
    if reply_to is not None and not is_id(reply_to.get("message_id")):
        raise Unreadable
    if "text" in message and not isinstance(message["text"], str):
        raise Unreadable
    return message


def _user(user: Any, *, required: bool) -> None:
    if user is None and not required:
        return
    if not isinstance(user, dict) or not is_id(user.get("id")):
        raise Unreadable
    for field in ("first_name", "last_name", "username", "language_code"):
        if not isinstance(user.get(field, ""), str):  # a name or language that is a number
            raise Unreadable
    if not isinstance(user.get("is_bot", False), bool):
        raise Unreadable


def is_id(value: Any) -> TypeGuard[int]:
    """An integer of the Bot API (an id, a date), not a bool."""
    return isinstance(value, int) and not isinstance(value, bool)
