"""Appointment reminders: the day before (24 hours ahead) and an hour before, in the person's
language (a periodic job; when and how once: bot.core.reminders). The reminder names the
appointment, its place on a map, and how to cancel."""

from __future__ import annotations

from bot.core.messages import Button, Reply
from bot.core.reminders import Reminders
from bot.core.services import Services
from bot.features.appointments.confirm import MINE
from bot.features.appointments.views import Voice, lines_of, map_row, office_voice
from bot.storage import appointments as store


def reminder_reply(v: Voice, a: store.Appointment, kind: str) -> Reply:
    text = "\n\n".join(
        [v(f"ap_reminder_{kind}", id=a.id), lines_of(v, a), v("ap_reminder_cancel_hint")]
    )
    rows = [r for r in [map_row(v, a.place)] if r]
    rows.append([Button(v("ap_btn_mine"), MINE)])
    return Reply(text, rows)


def _reply(services: Services, a: store.Appointment, lang: str, kind: str) -> Reply:
    return reminder_reply(office_voice(services, a.office, lang), a, kind)


REMINDERS = Reminders[store.Appointment](
    what="appointment",
    table="appointments",
    read=store.from_row,
    reply=_reply,
    ref_kind=lambda a: store.to_person(a.sensitive),
)
send_due_reminders = REMINDERS.send_due
queue_due_reminders = REMINDERS.queue_due
