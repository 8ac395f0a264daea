"""What no single feature owns, erased by /forget and by retention.

/forget: every message about the person (outbox rows marked with their subject) waiting to be
sent is dropped and every delivered one loses its text; the staff chat's copies that show their
data are edited to say so (a text of theirs relayed about a record keeps which record: «💬 Prośba
o telefon nr T1: (treść usunięta …)», a note keeps the record it named, `Reply.names`: «🔒 Wizyta
nr D1: dane osobowe usunięte …»; a request's and a booking's messages are rewritten by
those features, with the anonymous part kept), and so are lists staff asked for that show the
person among others (a course's list, an agenda: found by the people the list was marked as
showing, `Reply.shows`, or by the phone or full name the person gave): only the person's lines
are masked there, in the newest few (bot.features.privacy.lists), and in what still waits to be
sent with lines marked person by person (`_waiting`, the coordinators' chat too); a delivered
edit that showed them among others (masked for someone else first) keeps only its ids; in a
supergroup several offices share, each message once, by its topic's office (`_in`); the message
ids of their own chat and their questions kept for staff go too. The database's write-ahead log
is emptied after the turn (the core).

Retention (hourly): staff-chat messages that show a person and belong to no record (a note
that a visit was cancelled, lists staff asked for) are edited to say the personal data was
removed once they are `staff.retention_days` old (a note keeps the record it named, as on
/forget; a record's own messages are rewritten when the record is forgotten; a note whose
lines are each one person's keeps the lines of those still on a course's lists, and its row
is kept for them); delivered
messages, questions kept for staff, sessions idle for that long and the ids of messages in
people's own chats are deleted; the ids of handled updates after two days. Each office's
`retention_days` is its own: questions and sessions go by their office's, a staff chat's
messages by its office's; what several offices share (a forum supergroup, the coordinators'
chat) or no office owns (people's own chats) by the shortest.
The job empties the write-ahead log after it (`Job(erases=True)`).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace

from bot.core.dispatch import Turn
from bot.core.marks import COUNT
from bot.core.messages import Reply
from bot.core.phone import display_phone
from bot.core.services import Services
from bot.core.session import Person
from bot.features.privacy import lists
from bot.settings.config import Office
from bot.storage import (
    Tx,
    appointments,
    bookings,
    enrolment_privacy,
    erasure,
    message_refs,
    unanswered,
    updates,
)
from bot.storage import outbox as outbox_store
from bot.storage import privacy as privacy_store
from bot.storage.requests import REF_STAFF
from bot.storage.retention import Cutoffs

log = logging.getLogger(__name__)

OWN_VIEWS = (REF_STAFF, bookings.REF, *appointments.STAFF_VIEWS)  # rewritten by their features
UPDATES_KEPT = dt.timedelta(days=2)


Relayed = dict[tuple[str, int], str]  # (ref kind, id) of a relayed text: its record, named


async def relayed(turn: Turn) -> Relayed:
    """Before the person's records go: the record each of their texts relayed to a staff chat
    was about, named as staff read it («Prośba o telefon nr T1»), for /forget to keep it."""
    kinds = {kind.relayed for kind in turn.registry.threads}
    getters = {kind.relayed: kind.get for kind in turn.registry.threads}
    names: Relayed = {}
    for office in turn.settings.offices.values():
        if office.staff_chat_id is None:
            continue
        for m in await erasure.shown_about(turn.tx, turn.subject, str(office.staff_chat_id)):
            if m.ref_kind not in kinds or m.ref_id is None or (m.ref_kind, m.ref_id) in names:
                continue
            if not _in(turn, office, m.topic):  # (a supergroup shared: its topic's office)
                continue
            thread = await getters[m.ref_kind](turn.services, turn.tx, m.ref_id)
            if thread is not None:
                names[(m.ref_kind, m.ref_id)] = thread.record(office.staff_language)
    return names


async def forget(turn: Turn, names: Relayed) -> None:
    subject = turn.subject
    needles = identifiers(turn.session.memory.person)
    for office in turn.settings.offices.values():  # a person may have changed office
        if office.staff_chat_id is None:
            continue
        chat = str(office.staff_chat_id)
        lang = office.staff_language
        removed = turn.services.t(lang, "staff_data_forgotten")
        # (everything of theirs is cancelled or withdrawn with their data: said so, the slot free)
        line = turn.services.t(lang, "staff_line_cancelled")
        await _waiting(turn, str(office.staff_chat_id), subject, line, office)
        await erasure.blank_edits_showing(turn.tx, chat, subject, needles)  # (others' edits)
        for message in await _notes(turn.tx, chat, subject):
            if not _in(turn, office, message.topic):  # another office's topic of a shared chat
                continue
            if message.others and (kept := lists.by_marks(message.others, subject, line)):
                await erasure.keep_for_others(turn.tx, message.item_id, kept)  # theirs stay
                edit = replace(kept, edit_message_id=message.message_id, replace=False)
                await turn.to_staff(edit, action="edit", about=None, office=office)
                continue
            text = removed
            if (record := names.get((message.ref_kind or "", message.ref_id or 0))) is not None:
                text = turn.services.t(lang, "staff_relayed_removed", record=record)
            elif message.names:  # a note keeps which record it was about
                text = turn.services.t(lang, "staff_note_forgotten", record=message.names)
            edit = Reply(text, edit_message_id=message.message_id)
            await turn.to_staff(edit, action="edit", about=None, office=office)
        for n, (where, look) in enumerate(await _lists(turn, chat, lang, needles, office)):
            edit = replace(look, edit_message_id=where.message_id, replace=False)
            later = n >= lists.EDITED  # (older lists: after new cards, never before them)
            priority = outbox_store.ASIDE if later else outbox_store.NORMAL
            await turn.to_staff(edit, action="edit", about=None, office=office, priority=priority)
    coordinators = turn.settings.coordinators_chat_id
    if coordinators is not None:  # lists they asked for (/unanswered, /requests) show people too
        chat = str(coordinators)
        await erasure.blank_edits_showing(turn.tx, chat, subject, needles)
        lang = turn.services.staff_language
        await _waiting(turn, chat, subject, turn.services.t(lang, "staff_line_cancelled"))
        shown = [(m, Reply(_note(turn, lang, m))) for m in await _notes(turn.tx, chat, subject)]
        for message, look in shown + await _lists(turn, chat, lang, needles):
            edit = replace(look, edit_message_id=message.message_id, replace=False)
            await outbox_store.enqueue(
                turn.tx, turn.now, message.channel, chat, edit, action="edit"
            )
    await erasure.forget_subject(turn.tx, subject)
    await message_refs.forget_chat(turn.tx, turn.incoming.channel, turn.incoming.chat_id)
    await erasure.forget_own_chat(turn.tx, turn.incoming.channel, turn.incoming.chat_id)
    await unanswered.forget_subject(turn.tx, subject)


async def _waiting(
    turn: Turn, chat: str, subject: str, line: str, office: Office | None = None
) -> None:
    """What waits to be sent to a staff chat (an office's, or the coordinators': `office` None)
    and marks the person's lines among others' (a course's note naming a leaver and the one
    offered the place, a list: /requests of every office in the coordinators' chat too): it goes
    without their lines, the others' kept (it was deleted whole, or sent with them in it); a
    message about them alone is still deleted (`erasure.forget_subject`)."""
    for item_id, reply, theirs in await erasure.waiting_marked(turn.tx, chat, subject):
        if office is not None and not _in(turn, office, reply.topic_id):
            continue
        kept = lists.by_marks(reply, subject, line)
        others = kept is not None and any(m.lines and m.subject != COUNT for m in kept.marks)
        if kept is not None and (others or not theirs):
            await erasure.keep_waiting(turn.tx, item_id, kept, subject)


def _in(turn: Turn, office: Office, topic: int | None) -> bool:
    """Whether a message in `office`'s staff chat is its own to edit: in a supergroup several
    offices share, the one whose forum topic it is in (a message in no office's topic: the
    first office's), so that each is edited once, in its office's language (it was edited by
    each office sharing the chat: twice in the terminal, README «Known gaps», Staff side)."""
    sharing = [o for o in turn.settings.offices.values() if o.staff_chat_id == office.staff_chat_id]
    own = next((o for o in sharing if o.staff_topic_id == topic), sharing[0])
    return own.id == office.id


def _note(turn: Turn, lang: str, message: erasure.Shown) -> str:
    """What stays of a note about the person: which record it was about, if it names one."""
    if message.names:
        return turn.services.t(lang, "staff_note_forgotten", record=message.names)
    return turn.services.t(lang, "staff_data_forgotten")


async def _notes(tx: Tx, chat: str, subject: str) -> list[erasure.Shown]:
    """The messages in a staff chat about this person alone that are not a record's own card
    (those are rewritten by their features)."""
    return [m for m in await erasure.shown_about(tx, subject, chat) if m.ref_kind not in OWN_VIEWS]


async def _lists(
    turn: Turn, chat: str, lang: str, needles: list[str], office: Office | None = None
) -> list[tuple[erasure.Shown, Reply]]:
    """Lists staff asked for (a course's list, an agenda) that show this person among others,
    newest first, with only the person's lines masked (bot.features.privacy.lists)."""
    found = await erasure.shown_in_chat_with(turn.tx, chat, needles, turn.subject)
    found = [f for f in found if f.shown.ref_kind not in OWN_VIEWS]
    found = [f for f in found if not lists.without(f.reply, turn.subject)]
    if office is not None:  # an office's chat: its own topic's lists (a supergroup shared)
        found = [f for f in found if _in(turn, office, f.shown.topic)]
    person = turn.session.memory.person
    name = person.name.strip() if person is not None else ""
    line = turn.services.t(lang, "staff_line_cancelled")
    whole = turn.services.t(lang, "staff_data_forgotten")

    def noted(record: str) -> str:
        return turn.services.t(lang, "staff_note_forgotten", record=record)

    return await lists.mask(turn.tx, found, turn.subject, needles, (name, line, whole), noted)


def identifiers(person: Person | None) -> list[str]:
    """What shows this person in a staff message: their phone as shown there, and their name
    when it is a full name (one word, "Anna", could be anyone, a colleague too)."""
    if person is None:
        return []
    found = []
    if person.phone:
        found += [person.phone, display_phone(person.phone)]
    if len(person.name.split()) >= 2:
        found.append(person.name.strip())
    return found


async def upkeep(services: Services) -> None:
    now = services.clock()
    by_office = services.retention_cutoffs(now)
    by_chat = _chat_cutoffs(services, now)
    async with services.db.transaction() as tx:
        kept: list[int] = []  # notes that still show someone whose data is kept: not deleted
        edited = await _edit_old_staff_messages(services, tx, now, by_chat, kept)
        messages = await erasure.delete_finished_before(tx, by_chat, kept)
        questions = await unanswered.delete_before(tx, by_office)
        sessions = await privacy_store.forget_idle_sessions(tx, by_office)
        await message_refs.forget_private_before(tx, services.settings.staff_chats, by_chat.other)
        await updates.forget_before(tx, now - UPDATES_KEPT)
    if messages or questions or sessions or edited:
        log.info(
            "retention: deleted %d delivered message(s), %d question(s), %d idle session(s);"
            " %d staff message(s) edited",
            messages,
            questions,
            sessions,
            edited,
        )
    if edited:
        services.outbox.wake()


def _chat_cutoffs(services: Services, now: dt.datetime) -> Cutoffs:
    """What is kept per chat, not per record: an office's staff chat by its office's
    retention_days (a chat several offices share, and every other chat, the coordinators' and
    people's own, by the shortest of theirs: no office's people are kept longer than it says)."""
    days: dict[str, int] = {}
    for office in services.settings.offices.values():
        if office.staff_chat_id is not None:
            chat = str(office.staff_chat_id)
            days[chat] = min(days.get(chat, office.retention_days), office.retention_days)
    shortest = now - dt.timedelta(days=services.settings.shortest_retention_days)
    return Cutoffs(shortest, {chat: now - dt.timedelta(days=n) for chat, n in days.items()})


async def _edit_old_staff_messages(
    services: Services, tx: Tx, now: dt.datetime, cutoffs: Cutoffs, kept: list[int]
) -> int:
    """Staff-chat messages (the coordinators' too) that show a person and are retention_days
    old: edited to «personal data removed» (a note, «🔒 Wizyta nr D1: …», naming its record);
    a note whose lines are each one person's keeps the lines of those whose data is still kept
    (`kept`: its outbox row stays, for their /forget and retention to find)."""
    chats = {
        str(o.staff_chat_id): o.staff_language
        for o in services.settings.offices.values()
        if o.staff_chat_id is not None
    }
    if services.settings.coordinators_chat_id is not None:
        chats.setdefault(str(services.settings.coordinators_chat_id), services.staff_language)
    edited = 0
    for chat, language in chats.items():
        removed = services.t(language, "staff_data_expired")
        for message in await erasure.showing_people_before(tx, chat, cutoffs.of(chat)):
            look: Reply | None = None
            if message.others is not None:  # a line each person's: those still kept stay
                look = await _still_kept(tx, message.others, removed)
                if look is not None and look.text == message.others.text:
                    kept.append(message.item_id)
                    continue  # (as it was: not edited again)
                await erasure.blank_edits_of(tx, message)  # (one that kept a line before)
                if look is not None:
                    kept.append(message.item_id)
                    await erasure.keep_for_others(tx, message.item_id, look)
            text = removed  # a note keeps which record it was about, as after /forget
            if message.names:
                text = services.t(language, "staff_note_expired", record=message.names)
            edit = replace(look, replace=False) if look else Reply(text)
            edit = replace(edit, edit_message_id=message.message_id)
            await outbox_store.enqueue(tx, now, message.channel, chat, edit, action="edit")
            edited += 1
    return edited


async def _still_kept(tx: Tx, note: Reply, line: str) -> Reply | None:
    """A note whose lines are each one person's («👋 Olena left …», «🎟 The place offered to
    Maria …»), once retention_days old: the lines of those still on a course's lists (their
    sign-up keeps their name) stay, the others' say «🔒 (dane usunięte)» in their line (as after
    /forget); None when nobody's line stays (the note is replaced whole)."""
    people = [m.subject for m in note.marks if m.lines and m.subject != COUNT]
    listed = await enrolment_privacy.listed(tx, people)
    if not listed:
        return None
    for subject in people:
        if subject not in listed:
            note = lists.by_marks(note, subject, line) or note
    return note
