"""What a confirmed booking produces: the confirmation with an .ics file, and the staff note."""

from __future__ import annotations

from bot import ics, markup
from bot.core import Attachment, Button, Reply
from bot.dispatch import Turn
from bot.handlers.booking_views import (
    Voice,
    bring_text,
    map_row,
    notice,
    plain_topic,
    staff_booking_text,
    visit_lines,
    voice,
)
from bot.handlers.menu import nav_row
from bot.storage import bookings as store

ICS_MIME = "text/calendar"


def calendar_file(v: Voice, booking: store.Booking) -> Attachment:
    place = v.place(booking.place)
    location = ", ".join(
        part for part in (place.name, place.desk, place.address) if part
    ) if place else booking.place
    organisation = v.services.settings.organisation
    domain = organisation.email.rpartition("@")[2] or "infopoint.invalid"
    event = ics.Event(
        uid=f"booking-{booking.id}-{ics.utc(booking.created_at)}@{domain}",
        stamp=booking.created_at,
        start=booking.starts_at,
        end=booking.ends_at,
        summary=v("bk_ics_summary", topic=plain_topic(v, booking.topic)),
        location=location,
        description=v("bk_ics_description", org=organisation.name, phone=organisation.phone),
    )
    name = f"visit-{booking.starts_at.astimezone(v.zone):%Y-%m-%d-%H%M}.ics"
    return Attachment(name, ics.calendar(event), ICS_MIME)


def confirmation_reply(turn: Turn, booking: store.Booking) -> Reply:
    v = voice(turn)
    text = "\n\n".join(
        [
            turn.t("bk_confirmed_title"),
            visit_lines(v, booking.place, booking.starts_at, booking.topic),
            bring_text(v, booking.topic),
            turn.t(
                "bk_confirmed_footer",
                notice=notice(v, turn.settings.booking.min_notice_minutes),
                phone=markup.literal(turn.settings.organisation.phone),
            ),
        ]
    )
    rows = [r for r in [map_row(v, booking.place)] if r]
    rows.append([Button(turn.t("bk_btn_my"), "bk:my")])
    rows.append(nav_row(turn, None))
    return Reply(text, rows, attachment=calendar_file(v, booking))


async def notify_staff_new(turn: Turn, booking: store.Booking) -> None:
    """In the staff language, tied to the booking so a later cancellation edits this message."""
    staff = Voice(turn.services, turn.services.staff_language)
    reply = Reply(
        staff_booking_text(staff, booking),
        [[Button(staff("sb_btn_cancel_visit"), f"sb:c:{booking.id}")]],
    )
    await turn.to_staff(reply, ref_kind="booking", ref_id=booking.id)
