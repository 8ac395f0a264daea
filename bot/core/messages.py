"""What crosses the boundary between the channels and the core: what comes in, what goes out.

Adapters (Telegram, Viber, the terminal) turn platform objects into `Incoming`, call
`Core.handle`, and render the `Reply` list. Nothing here imports a channel library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Incoming:
    channel: str  # "telegram" | "viber" | "console"
    user_id: str
    chat_id: str
    language_hint: str | None = None
    text: str | None = None
    payload: str | None = None
    contact_phone: str | None = None
    command: str | None = None  # without the slash, lower case
    args: str = ""
    unsupported: str | None = None  # a sticker, photo, ... that we cannot read
    message_id: str | None = None
    reply_to: str | None = None  # the message this one answers (staff replies)
    sender_name: str | None = None
    # A shared contact that is the sender's own (Telegram says whose a card is); None: the
    # platform does not say (Viber), so the number is asked about before it is taken.
    contact_is_own: bool | None = True
    # The platform's id of this event ("telegram:1234"): a redelivered one is handled once.
    update_key: str | None = None
    topic_id: str | None = None  # the forum topic the message was written in (staff chats)
    location: tuple[float, float] | None = None  # a shared location: latitude, longitude


@dataclass(frozen=True)
class Button:
    label: str
    payload: str = ""
    url: str | None = None
    # What the button answers, for a person who types instead of tapping (bot.core.choices):
    # "yes", "no", "language:<code>"; "" for its label alone. Not sent to the platforms.
    means: str = ""


def in_rows(buttons: list[Button], per_row: int) -> list[list[Button]]:
    """`buttons` laid out `per_row` to a row (the last row may be shorter)."""
    return [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    mime_type: str


@dataclass(frozen=True)
class Mark:
    """One person's lines in a staff list (their indexes in its text) and the payloads of the
    buttons that act on their records: what /forget masks, and nothing else."""

    subject: str
    lines: tuple[int, ...]
    payloads: tuple[str, ...] = ()
    # each of `lines` as /forget leaves it, where it says more than the person («🎟 Miejsce
    # zaproponowano: 🔒 (dane usunięte) …»: a note naming two people); none: masked whole
    instead: tuple[str, ...] = ()


@dataclass
class Reply:
    text: str  # neutral markup, see bot.markup
    buttons: list[list[Button]] = field(default_factory=list)
    request_contact: str | None = None  # label of a "share my phone number" button
    request_location: str | None = None  # label of a "send my location" button
    attachment: Attachment | None = None
    replace: bool = False  # may replace the message whose button was pressed
    close_keyboard: bool = False  # hide a "share my phone" keyboard (inline buttons then wait)
    # Send as a reply to the message that shows this record (outbox ref_kind, ref_id) in the
    # same chat: a user's answer lands under the staff message of their request.
    reply_to_ref: tuple[str, int] | None = None
    # Filled by the outbox worker from reply_to_ref at delivery: the platform message id.
    reply_to_message_id: str | None = None
    # The platform message this reply replaces (a menu page under the button just pressed, a
    # staff message whose person asked to be forgotten); sent as new if it cannot be edited.
    edit_message_id: str | None = None
    # A forum topic of the chat (a staff supergroup with a topic per office).
    topic_id: int | None = None
    # The people a staff list shows among others (their subjects, "telegram:42"): /forget
    # finds the list by these even where it shows only a first name.
    shows: tuple[str, ...] = ()
    # The question waits for a typed answer in which a number makes sense (a count, a time, a
    # short text): the terminal, which presses its buttons by number, takes a typed number for
    # that answer (a button there is pressed as #1).
    typed_answer: bool = False
    # The record this message shows (a ref kind and id, as an outbox item's): a staff
    # member's reply to it is about that record, as to the record's own card (a turn's reply:
    # its outbox row is tied to the record by it).
    record: tuple[str, int] | None = None
    # A note about one person in a staff chat: its record as staff read it, nobody's data in
    # it («Wizyta nr D4», «Zapis na „Polski A1”»), what /forget leaves of the note.
    names: str = ""
    # A list's people by their lines and buttons (`Mark`): /forget masks exactly the person's,
    # not every line naming someone of the same first name (bot.features.privacy.lists).
    marks: tuple[Mark, ...] = ()

    def to_json(self) -> dict[str, Any]:
        # Field by field, not dataclasses.asdict: that deep-copies every button and took
        # 0.25 ms of every reply written to the outbox (docs/performance.md, change 19).
        data: dict[str, Any] = {
            "text": self.text,
            "buttons": [
                [{"label": b.label, "payload": b.payload, "url": b.url} for b in row]
                for row in self.buttons
            ],
            "request_contact": self.request_contact,
            "request_location": self.request_location,
            "replace": self.replace,
            "close_keyboard": self.close_keyboard,
            "reply_to_ref": self.reply_to_ref,
            "reply_to_message_id": self.reply_to_message_id,
            "edit_message_id": self.edit_message_id,
            "topic_id": self.topic_id,
            "shows": self.shows,
            "typed_answer": self.typed_answer,
            "record": self.record,
        }
        if self.names:
            data["names"] = self.names
        if self.marks:
            data["marks"] = [
                [m.subject, list(m.lines), list(m.payloads), *([list(m.instead)] * bool(m.instead))]
                for m in self.marks
            ]
        if self.attachment:
            data["attachment"] = {
                "filename": self.attachment.filename,
                "content": self.attachment.content.decode("utf-8"),
                "mime_type": self.attachment.mime_type,
            }
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Reply:
        attachment = data.get("attachment")
        return cls(
            text=data["text"],
            buttons=[[Button(**b) for b in row] for row in data.get("buttons", [])],
            request_contact=data.get("request_contact"),
            request_location=data.get("request_location"),
            attachment=Attachment(
                attachment["filename"], attachment["content"].encode(), attachment["mime_type"]
            )
            if attachment
            else None,
            replace=data.get("replace", False),
            close_keyboard=data.get("close_keyboard", False),
            reply_to_ref=_ref(data.get("reply_to_ref")),
            reply_to_message_id=data.get("reply_to_message_id"),
            edit_message_id=data.get("edit_message_id"),
            topic_id=data.get("topic_id"),
            shows=tuple(data.get("shows", ())),
            typed_answer=data.get("typed_answer", False),
            record=_ref(data.get("record")),
            names=data.get("names", ""),
            marks=tuple(
                Mark(
                    str(s),
                    tuple(int(i) for i in lines),
                    tuple(str(p) for p in payloads),
                    tuple(str(t) for t in (instead[0] if instead else ())),
                )
                for s, lines, payloads, *instead in data.get("marks", ())
            ),
        )


def _ref(value: Any) -> tuple[str, int] | None:
    return (str(value[0]), int(value[1])) if value else None


@dataclass(frozen=True)
class Command:
    """A typed command: «/requests@infopoint_bot 5» is `requests`, args «5», addressed to
    «infopoint_bot» (the bot named after «@», as Telegram's group menus send them)."""

    name: str  # lower case, without the slash
    args: str
    to: str = ""  # the bot it is addressed to; "" when none is named

    def for_bot(self, username: str | None) -> bool:
        """Whether this bot (its @username, case aside) is to answer it: one addressed to
        another bot in a group is left to that bot. Unknown username: every command is ours."""
        return not self.to or not username or self.to.lower() == username.lower()


def read_command(text: str) -> Command | None:
    """The command `text` is («/start», «/start@other_bot opole»), or None: not a command. The
    Telegram adapter and the terminal read commands alike."""
    if not text.startswith("/"):
        return None
    head, _, args = text[1:].partition(" ")
    name, _, to = head.partition("@")
    return Command(name.lower(), args.strip(), to)


class Expired(Exception):
    """A button payload that is unknown, stale or forged."""


class OtherOffice(Exception):
    """A staff action on another office's record (a forged tap, or a typed number): refused.

    `office` is that office's id; None when the chat serves every office (the coordinators'),
    where only lists and single records can be looked at."""

    def __init__(self, office: str | None, record: str = "") -> None:
        super().__init__(office)
        self.office = office
        self.record = record
