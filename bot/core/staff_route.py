"""Events in a staff chat: staff commands, staff buttons, replies to a person's messages.
A reply to a bot's message that no feature takes (a notice: a sign-up, a withdrawal) is told
that nobody gets it and how to write to people.

Staff of an office act on its records only (bot.core.turn.Turn.staff_may); a refusal names the
record's office. Whoever is not a member of the chat is turned away before (`membership`, in
bot.core.dispatch).
"""

from __future__ import annotations

import logging

from bot.core import copies, gone, legacy, markup
from bot.core.messages import Expired, Incoming, OtherOffice, Reply
from bot.core.registry import Registry
from bot.core.services import MembershipUnknown, Services
from bot.core.turn import Turn
from bot.settings.schema import closest
from bot.storage import message_refs

log = logging.getLogger(__name__)


async def membership(services: Services, registry: Registry, incoming: Incoming) -> bool | None:
    """Whether the sender may act in this staff chat. None: the platform gave no answer (a 429,
    a 5xx, no network) about something that would act (a staff command, a tap, a reply), which
    is to be tried again; staff talking among themselves are left alone then (False)."""
    try:
        if await services.staff.is_member(incoming.user_id, incoming.chat_id):
            return True
        log.info("refused a staff action from a non-member")
        return False
    except MembershipUnknown as exc:  # not a "no": nothing is kept
        log.warning("staff membership could not be checked (%s): the action waits", exc)
        acts = incoming.payload or incoming.reply_to or incoming.command in registry.staff_commands
        return None if acts else False


HELP = ("help", "start")  # a person's commands staff may type out of habit: the staff help


def staff_help(turn: Turn, registry: Registry) -> Reply:
    """The staff commands, each with its description, in the staff language (a staff command
    whose name a person's command shares has its own description: cmd_staff_<name>). In the
    coordinators' chat, only the commands that work there (described by cmd_coordinators_<name>
    where they do less there)."""
    lines = [turn.t("coordinators_commands_title" if turn.staff_all else "staff_commands_title")]
    for name in registry.staff_commands:
        if turn.staff_all and name not in registry.coordinator_commands:
            continue
        own = f"cmd_staff_{name}"
        key = own if turn.services.t.has(turn.lang, own) else f"cmd_{name}"
        network = f"cmd_coordinators_{name}"  # what it does there, where it does less
        if turn.staff_all and turn.services.t.has(turn.lang, network):
            key = network
        if turn.services.t.has(turn.lang, key):
            lines.append(f"/{name} — {turn.t(key)}")
    lines += ["", turn.t("staff_office_chat_only" if turn.staff_all else "staff_commands_hint")]
    return Reply("\n".join(lines))


def _unknown(turn: Turn, registry: Registry, command: str) -> Reply:
    """A command no staff command is: the closest one that works here offered («/reqests»:
    «czy chodziło o /requests?»), else the list's command."""
    names = [
        name
        for name in registry.staff_commands
        if not turn.staff_all or name in registry.coordinator_commands
    ]
    guess = closest(command, names)
    if guess is None:
        return Reply(turn.t("staff_unknown_command", command=command))
    return Reply(turn.t("staff_unknown_command_guess", command=command, guess=guess))


async def route_staff(turn: Turn, registry: Registry) -> list[Reply]:
    replies = await _route(turn, registry)
    await copies.supersede(turn, replies)  # a card shown again: the copy before it not kept live
    return replies


async def _route(turn: Turn, registry: Registry) -> list[Reply]:
    incoming = turn.incoming
    turn.session.language = turn.office.staff_language
    try:
        if incoming.command is not None:
            handler = registry.staff_commands.get(incoming.command)
            if handler is None and incoming.command in HELP:
                return [staff_help(turn, registry)]
            if handler is None:  # a typo, or a person's command: say what there is
                return [_unknown(turn, registry, incoming.command)]
            return list((await handler(turn)).replies)
        if incoming.payload is not None:
            payload = legacy.payload(incoming.payload)
            word, _, rest = payload.partition(":")
            action, *args = rest.split(":") if rest else [""]
            found = registry.staff_buttons.get(word, {}).get(action)
            if found is None:
                raise Expired(payload)
            turn.args = tuple(args)
            return list((await found(turn)).replies)
        if incoming.reply_to is not None:
            for staff_reply in registry.staff_replies:
                outcome = await staff_reply(turn)
                if outcome.replies:
                    return list(outcome.replies)
            if await message_refs.sent_by_bot(
                turn.tx, incoming.channel, incoming.chat_id, incoming.reply_to
            ):  # a notice (a sign-up, a withdrawal): nobody gets an answer to it; how to write
                return [Reply(turn.t("staff_notice_not_answered"))]
    except Expired:
        return [Reply(turn.t("staff_button_expired"))]
    except OtherOffice as other:
        if other.office is None and turn.staff_all and incoming.command is not None:
            return [_not_here(turn, registry, incoming.command)]  # «/today»: where it works
        if other.office is None:  # the coordinators' chat, or a forum group outside the topics
            return [
                Reply(turn.t("staff_office_chat_only" if turn.staff_all else "staff_topic_only"))
            ]
        if gone.office_gone(turn.services, other.office):
            return [Reply(turn.t("staff_office_gone", record=other.record))]
        office = turn.settings.office(other.office).label(turn.lang)
        return [Reply(turn.t("staff_other_office", record=other.record, office=office))]
    return []  # staff talking among themselves


def _not_here(turn: Turn, registry: Registry, command: str) -> Reply:
    """An office's command typed in the coordinators' chat: which chats it works in, and what
    works here (to look at)."""
    offices = ", ".join(o.label(turn.lang) for o in turn.settings.offices.values())
    works = [name for name in registry.staff_commands if name in registry.coordinator_commands]
    here = ", ".join(f"/{name}" for name in works)
    return Reply(
        turn.t(
            "staff_command_in_office_chat",
            command=command,
            offices=markup.literal(offices),
            here=here,
        )
    )
