"""Visit reminders: the day before (24 hours ahead) and one hour before, in the person's language
(a periodic job of the booking feature; when and how once: bot.core.reminders). The reminder
names the visit, what to bring, and how to cancel."""

from __future__ import annotations

from bot.core.reminders import Reminders
from bot.features.booking.views import booking_voice, reminder_reply
from bot.storage import bookings as store

REMINDERS = Reminders[store.Booking](
    what="visit",
    table="bookings",
    read=store.from_row,
    reply=lambda services, b, lang, kind: reminder_reply(booking_voice(services, b, lang), b, kind),
    ref_kind=lambda _: store.REF,  # undelivered: reported naming the visit
)
send_due_reminders = REMINDERS.send_due
queue_due_reminders = REMINDERS.queue_due
