"""The staff side of the terminal chat, so that one person can play both sides.

`/as staff [office]` writes in that office's staff chat (its forum topic, where offices share a
supergroup), `/as coordinator` in a network's coordinators' chat, `/as person` goes back. As
staff, commands are the staff chat's (/requests, /today, /appointments, /courses …), «s1»
presses button s1 of a staff message, and «/reply 5 text» answers message no. 5 as a reply in
Telegram does (Incoming.reply_to: a reply to a request's card reaches the person). The events
are the ones the Telegram adapter builds for a staff chat: the core does not know who plays.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.channels.console.sender import ConsoleSender, Where, chat_name
from bot.core.dispatch import Core
from bot.core.messages import Incoming
from bot.core.numbers import record_id
from bot.core.services import Services
from bot.storage import message_refs

STAFF_USER = "console-staff"  # the staff member the terminal plays (every member is staff here)
AS = "/as"
REPLY = "/reply"


@dataclass(frozen=True)
class Role:
    """Who types now: the person (where None), or a staff member in one staff chat."""

    prompt: str = "person"
    where: Where | None = None
    office: str | None = None  # the staff's office; None in the coordinators' chat


PERSON = Role()


def choose(services: Services, lang: str, args: str, person_office: str | None) -> Role | str:
    """The role «/as <args>» asks for, or what to say instead (how to write it, why not)."""
    settings, t = services.settings, services.t
    words = args.lower().split()
    kind = words[0] if words else ""
    if kind == "person" and len(words) == 1:
        return PERSON
    if kind in ("coordinator", "coordinators") and len(words) == 1:
        if settings.coordinators_chat_id is None:
            return t(lang, "console_no_coordinators")
        return Role("coordinators", Where(str(settings.coordinators_chat_id)))
    if kind == "staff" and len(words) <= 2:
        office = settings.office(person_office) if len(words) == 1 else None
        office = office or settings.offices.get(words[1])
        if office is not None and office.staff_chat_id is None:
            return t(lang, "console_no_staff_chat", office=office.label(lang))
        if office is not None:
            prompt = f"staff({office.id})" if settings.network else "staff"
            where = Where(str(office.staff_chat_id), office.staff_topic_id)
            return Role(prompt, where, office.id)
    alone = settings.coordinators_chat_id is None  # no /as coordinator to offer
    usage = t(lang, "console_as_usage_alone" if alone else "console_as_usage")
    if settings.network:
        usage += "\n" + t(lang, "console_as_offices", offices=", ".join(settings.offices))
    return usage


def announce(services: Services, lang: str, role: Role) -> str:
    if role.where is None:
        return services.t(lang, "console_as_person")
    if role.office is None:
        return services.t(lang, "console_as_coordinator")
    name = chat_name(services, lang, role.where) or ""
    return services.t(lang, "console_as_staff", chat=name)


def language(services: Services, role: Role) -> str | None:
    """The language of the staff side `role` plays (its office's `staff.language`; the
    deployment's in the coordinators' chat); None: the person's side."""
    if role.where is None:
        return None
    office = services.settings.offices.get(role.office or "")
    return office.staff_language if office is not None else services.staff_language


def command_for(services: Services, where: Where) -> str:
    """What to type to write in that staff chat."""
    settings = services.settings
    if where.chat_id == str(settings.coordinators_chat_id):
        return f"{AS} coordinator"
    topic = str(where.topic_id) if where.topic_id is not None else None
    office = settings.staff_office(where.chat_id, topic)
    return f"{AS} staff {office.id}" if office is not None and settings.network else f"{AS} staff"


def event(services: Services, role: Role, **fields: Any) -> Incoming:
    """What the Telegram adapter would make of a staff member's message or tap in that chat."""
    assert role.where is not None
    lang = language(services, role) or services.staff_language
    topic = role.where.topic_id
    return Incoming(
        "telegram",
        STAFF_USER,
        role.where.chat_id,
        sender_name=services.t(lang, "console_staff_name"),
        topic_id=str(topic) if topic is not None else None,
        **fields,
    )


def reply(console: ConsoleSender, role: Role, args: str) -> dict[str, Any] | str:
    """«/reply 5 text»: the fields of a reply to message no. 5, or what to say instead. A
    message shown in this run in another chat cannot be answered here; one of an earlier run
    may be (the core finds what it was about, as for any reply in Telegram)."""
    number, _, text = args.strip().partition(" ")
    if record_id(number) is None or not text.strip():
        return console.said("console_reply_usage")
    shown = console.messages.get(number)
    if shown is not None and shown != role.where:  # where it is, and how to write there
        other = chat_name(console.services, console.speaking, shown) or ""
        to = command_for(console.services, shown)
        return console.said("console_reply_other_chat", id=number, chat=other, command=to)
    if int(number) > console.count:
        name = chat_name(console.services, console.speaking, role.where or Where(""))
        return console.said("console_reply_elsewhere", id=number, chat=name or "")
    console.count += 1  # the staff member's message has its own number, as in Telegram
    console.messages[str(console.count)] = role.where or Where("")  # a reply to it goes on
    return {"text": text.strip(), "reply_to": number, "message_id": str(console.count)}


async def coordinators_reply(core: Core, console: ConsoleSender, message_id: str) -> str | None:
    """«/reply N» in the coordinators' chat to a card about a person's record: the chat is to
    look at, so what to type to reply from the record's office's chat instead (the core says
    the same without the terminal's command); None for anything else."""
    services = core.services
    chat = str(services.settings.coordinators_chat_id)
    async with services.db.transaction() as tx:
        ref = await message_refs.ref_of(tx, "telegram", chat, message_id)
        kind = next((k for k in core.registry.threads if ref and ref[0] in k.staff_refs), None)
        thread = await kind.get(services, tx, ref[1]) if kind and ref else None
    if thread is None:
        return None
    office = services.settings.office(thread.office)
    return console.said(
        "console_reply_coordinators",
        record=thread.record(console.speaking),
        office=office.label(console.speaking),
        command=f"{AS} staff {office.id}",
    )
