"""A booked appointment staff cancelled keeping its time open (cancelling.py) waits for the
reason staff press (cancel_why.py). The person is never left with only «cancelled»: the cancel
tells them by when they hear more (`due`: REASON_WAIT of the office's opening hours after it,
so a cancel in the evening waits for the morning's staff), and if staff have pressed no reason
by then, a job (every minute) offers them the other times of the same specialist, as «no reason
given» would, and reminds the staff chat. A reason pressed later says what the person got.

Restart-safe: the moment is kept on the appointment (migration 045) and the reason «late» is
given in the same transaction as the messages, so nothing is lost or repeated; a cancel from
before it has no moment and is left alone.
"""

from __future__ import annotations

import datetime as dt
import logging
from zoneinfo import ZoneInfo

from bot.core import markup
from bot.core.job_turn import staff_turn
from bot.core.marks import one
from bot.core.messages import Reply
from bot.core.services import Services
from bot.core.turn import Turn, subject_of
from bot.features.appointments import reoffer
from bot.features.appointments.views import Voice, first_name, person_voice
from bot.features.callback import next_call_time
from bot.settings.config import Office
from bot.storage import appointment_reasons as waiting
from bot.storage import appointments as store

log = logging.getLogger(__name__)

REASON_WAIT = dt.timedelta(minutes=30)  # of the office's opening hours
LATE = "late"  # appointments.cancel_reason: none pressed in time, other times offered
_STRETCHES = 60  # stretches of opening hours looked through (three weeks of two a day)


def due(office: Office, zone: ZoneInfo, now: dt.datetime) -> dt.datetime:
    """The moment REASON_WAIT of the office's opening hours have passed since `now` (holidays
    and closed dates skipped); an office with no hours known: REASON_WAIT from now."""
    left, moment = REASON_WAIT, now
    for _ in range(_STRETCHES):
        start = next_call_time(office, zone, moment, "asap")
        if start is None:
            break
        day = start.date()
        ends = [
            dt.datetime.combine(day, rule.end, tzinfo=zone)
            for rule in office.opening_hours
            if rule.applies(day) and rule.start <= start.time() < rule.end
        ]
        end = max(ends, default=start + left)
        if end - start >= left:
            return (start + left).astimezone(dt.UTC)
        left, moment = left - (end - start), end
    return (moment + left).astimezone(dt.UTC)


def by_words(v: Voice, moment: dt.datetime, now: dt.datetime) -> str:
    """«today by 10:30», «by Tue 24 Nov, 08:30»: in the person's language."""
    if moment.astimezone(v.zone).date() == now.astimezone(v.zone).date():
        return v("ap_by_today", time=v.time(moment))
    return v("ap_by_day", when=v.short(moment))


async def run(services: Services) -> None:
    """The job: every cancel whose reason is overdue, each person told and staff reminded."""
    now = services.clock()
    told = 0
    async with services.db.transaction() as tx:
        for a in await waiting.overdue(tx, now):
            if a.office not in services.settings.offices:  # its office left the config
                await store.give_cancel_reason(tx, a.id, LATE)
                continue
            turn = staff_turn(services, tx, now, services.settings.office(a.office))
            told += await late(turn, a)
    if told:
        log.info("%d cancelled appointment(s) with no reason in time: other times offered", told)
        services.outbox.wake()


async def late(turn: Turn, a: store.Appointment) -> bool:
    """No reason pressed in time: the other times, as «no reason given» brings them, and a
    reminder in the staff chat. False: a reason came first (or /forget)."""
    if not await store.give_cancel_reason(turn.tx, a.id, LATE) or not a.user_id:
        return False
    v = await person_voice(turn.services, turn.tx, a.office, a.channel, a.user_id, a.language)
    service = markup.literal(v.title(a.service))
    head = v("ap_cancel_next", when=v.when(a.starts_at), service=service)
    await reoffer.offer_again(turn, v, a, head, next_days=False)
    name = markup.literal(first_name(a.name) if a.sensitive else (a.name or "—"))
    minutes = int(REASON_WAIT.total_seconds() // 60)
    text = turn.t("sa_cancel_late", id=a.id, name=name, minutes=minutes)
    whose = subject_of(a.channel, a.user_id)
    reminder = one(Reply(text), whose, turn.t("sa_record_appointment", id=a.id))
    await turn.to_staff(reminder, office=turn.office, about=whose)
    return True
