"""Answers to a course's message to everyone signed up (notes.py) reach its staff, as a thread
(bot.core.threads, relayed by bot.features.callback as a callback request's): a reply (the
platform's) to the message, or the person's first answer shortly after it (not a plain «thank
you» or a question the bot answers: bot.features.callback.capture), goes to the office's staff
chat, naming the course and the person's first name; a staff reply to it reaches the person,
and for a day after it what they write goes to staff. Once the person has left the course (no
place of theirs on its lists), the thread is closed: leaving ends it (`end_on_leaving`), their
texts are the bot's, and a staff reply still reaches them, saying so.

There is no card to answer under: each message stands on its own in the staff chat, and is
edited away once `retention_days` old (bot.storage.erasure), like any note about a person.
"""

from __future__ import annotations

import datetime as dt

from bot.core import gone, markup
from bot.core.dispatch import Turn
from bot.core.services import Services
from bot.core.threads import Thread, ThreadKind
from bot.features.callback import NOTE_HOURS, THREAD_HOURS, thread_hours
from bot.features.courses.course import of_record
from bot.storage import Tx
from bot.storage import courses as records
from bot.storage import enrolments as store
from bot.storage import threads as threads_store

KIND = "course"


def enrolment_thread(
    services: Services, enrolment: store.Enrolment, *, left: bool = False
) -> Thread:
    """`left`: the person holds no place on the course's lists any more (the thread is closed)."""
    t = services.t
    course = of_record(services.settings, enrolment.office, enrolment.service)
    office = services.settings.office(enrolment.office)

    def title(lang: str) -> str:
        return markup.literal(
            course.title(lang) if course else gone.service_label(services, lang, course=True)
        )

    def wrote(lang: str, text: str) -> str:
        org = markup.literal(office.org_name(lang))
        hours = thread_hours(services, lang)
        key = "co_staff_wrote_left" if left else "co_staff_wrote"
        return t(lang, key, org=org, course=title(lang), text=text, hours=hours)

    return Thread(
        kind=KIND,
        id=enrolment.id,
        office=enrolment.office,
        channel=enrolment.channel,
        user_id=enrolment.user_id or None,
        chat_id=enrolment.chat_id or None,
        language=enrolment.language,
        name=(enrolment.name or "").split(" ")[0] or "—",
        record=lambda lang: t(lang, "sc_thread_record", course=title(lang)),
        wrote=wrote,
        relayed=lambda lang: t(lang, "co_relayed", course=title(lang)),
        to_person=records.REF_NOTE_PERSON,  # a platform reply to a staff message: for staff
        forgotten=not enrolment.user_id,
        closed=left,
        closed_told="sc_reply_queued_left",
    )


async def _get(services: Services, tx: Tx, enrolment_id: int) -> Thread | None:
    enrolment = await store.get(tx, enrolment_id)
    if enrolment is None:
        return None
    held = await _held(tx, enrolment) if enrolment.user_id else []
    return enrolment_thread(services, enrolment, left=not any(e.active for e in held))


async def _held(tx: Tx, enrolment: store.Enrolment) -> list[store.Enrolment]:
    """The person's sign-ups of the enrolment's course, any status (a family's parts too)."""
    mine = await store.all_for(tx, enrolment.channel, enrolment.user_id)
    return [e for e in mine if e.course == enrolment.course]


async def end_on_leaving(turn: Turn, enrolment: store.Enrolment) -> bool:
    """The person left `enrolment` (asked in /mybookings): with no place left on the course's
    lists, writing with its staff ends (a staff reply's day, a message to everyone not yet
    answered). True when it was open, and the person had not turned to the bot since staff
    last wrote: the confirmation says it has ended (not when it had, for them, already)."""
    held = await _held(turn.tx, enrolment)
    if any(e.active for e in held):  # another child of the family still goes
        return False
    ids = [e.id for e in held]
    replied = turn.now - dt.timedelta(hours=THREAD_HOURS)
    noted = turn.now - dt.timedelta(hours=NOTE_HOURS)
    talking = await threads_store.enrolments_talking(turn.tx, ids, replied, noted)
    await threads_store.enrolments_stopped(turn.tx, ids, turn.now)
    if talking is None:
        return False
    # turned to the bot since staff last wrote (/start, the menu): their texts were the bot's
    # already, so no conversation ends now (callback/capture.py reads it the same way)
    to_bot = turn.memory.to_bot_at
    return not (to_bot and dt.datetime.fromisoformat(to_bot) > talking)


ENROLMENTS = ThreadKind(
    KIND,
    staff_refs=(records.REF_THREAD, records.REF_STAFF_REPLY),
    relayed=records.REF_THREAD,
    staff_reply=records.REF_STAFF_REPLY,
    open_query=threads_store.enrolment_open,
    get=_get,
    replied=threads_store.enrolment_staff_wrote,
    stop=threads_store.enrolment_stopped,
    thanks_to_bot=True,
    person_refs=(records.REF_NOTE_PERSON,),
    person_wrote=threads_store.enrolment_answered,
)
