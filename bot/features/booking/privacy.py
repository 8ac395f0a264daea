"""Bookings in /mydata and /forget, and the retention job that forgets names and phones.

Forgetting deletes the person's bookings (future ones are cancelled first, so staff are told and
the seat is free again) and edits the staff messages so the name and phone leave the staff chat.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.messages import Reply
from bot.core.phone import display_phone
from bot.core.services import Services
from bot.core.turn import for_staff
from bot.core.voice import short
from bot.features.booking.views import (
    STAFF,
    Voice,
    booking_voice,
    own_language_line,
    staff_booking_text,
)
from bot.features.callback import forget_thread
from bot.storage import Tx, message_refs
from bot.storage import bookings as store
from bot.storage import outbox as outbox_store

log = logging.getLogger(__name__)


def _status(turn: Turn, v: Voice, booking: store.Booking, moved: store.Booking | None) -> str:
    if moved is not None:  # not cancelled: moved to another time
        return turn.t("privacy_bk_moved", when=short(v, moved.starts_at))
    if not booking.active:
        return turn.t("privacy_bk_cancelled")
    if booking.starts_at > turn.now:
        return turn.t("privacy_bk_upcoming")
    if booking.came is not None:  # as staff marked it (came.py)
        return turn.t("privacy_bk_came" if booking.came else "privacy_bk_no_show")
    return turn.t("privacy_bk_past")


async def show(turn: Turn) -> str | None:
    mine = await store.all_for(turn.tx, turn.incoming.channel, turn.incoming.user_id)
    if not mine:
        return None
    lines = [turn.t("privacy_bk_title")]
    moved = await STAFF.moved_now(turn.tx, mine)
    for booking in mine:
        v = booking_voice(turn.services, booking, turn.lang)
        lines.append(
            turn.t(
                "privacy_bk_line",
                id=booking.id,
                when=v.when(booking.starts_at),
                place=markup.literal(v.place_label(booking.place)),
                topic=v.topic_told(booking.topic, booking.description),
                status=_status(turn, v, booking, moved.get(booking.id)),
            )
            + turn.elsewhere(booking.office)
        )
        if other := own_language_line(v, booking.visit_language):  # not the chat's language
            lines.append(f"  {other}")
        if booking.note:  # typed at the summary, for staff
            lines.append(turn.t("privacy_cb_note", text=markup.literal(booking.note)))
        if booking.name or booking.phone:
            phone = display_phone(booking.phone)
            lines.append(
                turn.t("privacy_bk_person", name=markup.literal(booking.name or "—"), phone=phone)
            )
    return "\n".join(lines)


def anonymised_staff_view(
    staff: Voice,
    booking: store.Booking,
    cancelled: bool,
    moved: store.Booking | None = None,
    *,
    expired: bool = False,
) -> Reply:
    """The card without name, phone or what the person wrote; a visit they had moved keeps its
    «moved; the new time» mark over its own old time (bot.core.moved), not «cancelled»."""
    blank = replace(booking, name=None, phone=None, description=None, note=None)
    header = staff("staff_data_expired" if expired else "staff_data_forgotten")
    if moved is not None:
        mark = staff("sb_moved_mark", when=short(staff, moved.starts_at), id=moved.id)
        header = f"{mark}\n{header}"
    elif cancelled or not booking.active:  # who cancelled it stays on the record
        by = "user" if cancelled else booking.cancelled_by or "staff"
        header = f"{staff(f'sb_cancelled_by_{by}_mark')}\n{header}"
    return Reply(f"{header}\n{staff_booking_text(staff, blank)}")


async def _shown_to_staff(services: Services, tx: Tx, booking: store.Booking) -> bool:
    """Edit only a staff message that exists: an edit of nothing would wait in the outbox."""
    chat = services.settings.office(booking.office).staff_chat_id
    if chat is None:
        return False
    found = await message_refs.message_for(tx, "telegram", str(chat), "booking", booking.id)
    return found is not None


async def forget(turn: Turn) -> None:
    mine = await store.all_for(turn.tx, turn.incoming.channel, turn.incoming.user_id)
    moved = await STAFF.moved_now(turn.tx, mine)
    for booking in mine:
        staff = booking_voice(turn.services, booking)
        upcoming = booking.active and booking.starts_at > turn.now
        if upcoming and await store.cancel(turn.tx, booking.id, turn.now, "user"):
            text = staff(
                "sb_user_forgot",
                id=booking.id,
                when=staff.when(booking.starts_at),
                place=markup.literal(staff.place_label(booking.place)),
            )
            # a time and a place: nobody
            await turn.to_staff(Reply(text), about=None, office=staff.office)
        if await _shown_to_staff(turn.services, turn.tx, booking):
            await turn.to_staff(
                anonymised_staff_view(staff, booking, upcoming, moved.get(booking.id)),
                about=None,
                office=staff.office,
                action="edit",
                ref_kind="booking",
                ref_id=booking.id,
            )
    await store.forget_person(turn.tx, turn.incoming.channel, turn.incoming.user_id)


def _visit_named(services: Services, number: int) -> Callable[[str], str]:
    """A visit named as staff read it, in a language («Wizyta nr D3»)."""
    return lambda lang: services.t(lang, "sb_record_visit", id=number)


async def retention(services: Services) -> None:
    """Visits over for their office's `staff.retention_days` lose name and phone, here and in
    the staff chat."""
    now = services.clock()
    cutoffs = services.retention_cutoffs(now)
    async with services.db.transaction() as tx:
        old = await store.to_forget(tx, cutoffs)
        for booking in old:
            staff = booking_voice(services, booking)
            # what the person wrote to staff about it, too
            named = _visit_named(services, booking.id)
            await forget_thread(
                services, tx, now, staff.office, store.REF_THREAD, booking.id, named
            )
            view = anonymised_staff_view(staff, booking, False, expired=True)
            chat, view = for_staff(staff.office, view)
            if chat is not None and await _shown_to_staff(services, tx, booking):
                await outbox_store.enqueue(
                    tx,
                    now,
                    "telegram",
                    chat,
                    view,
                    action="edit",
                    ref_kind="booking",
                    ref_id=booking.id,
                )
        await store.forget_older_than(tx, cutoffs)
    if old:
        log.info("forgot the personal data of %d past booking(s)", len(old))
        services.outbox.wake()
