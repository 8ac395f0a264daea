"""A visit at the duty hours as a thread between the person and staff (bot.core.threads,
relayed by bot.features.callback as a callback request's): a staff member's reply to the
visit's card in the staff chat («📅 Nowa wizyta (nr 1)»), to a text the person wrote back or to
their own earlier reply reaches the person, in their language, naming the visit; what the
person types outside a form for THREAD_HOURS after it goes to the staff chat as a reply to the
card («💬 Wizyta nr 1 · Raj pisze:»), until they stop it. A cancelled visit takes nothing more:
staff may still write (the person is told that their answers go to the bot, and staff that
they will not come back), as about a closed callback request. The card, edited in place, says
who wrote to the person last and when, as a request's does (bot.features.callback.written);
a visit whose person wrote back is in /requests until staff answer (bot.features.callback).
"""

from __future__ import annotations

from functools import partial

from bot.core.dispatch import Turn
from bot.core.services import Services
from bot.core.threads import Thread, ThreadKind
from bot.features.booking.views import STAFF, booking_voice
from bot.features.callback import card_written, point, replies_about, thread_hours
from bot.storage import Tx, moves
from bot.storage import bookings as store
from bot.storage import threads as threads_store

KIND = "visit"  # in the person's buttons: callback:stop:<id>:visit, callback:write:<id>:visit


def visit_thread(services: Services, booking: store.Booking) -> Thread:
    cancelled = not booking.active

    def wrote(lang: str, text: str) -> str:
        v = booking_voice(services, booking, lang)
        return v(
            "bk_staff_wrote_cancelled" if cancelled else "bk_staff_wrote",
            point=point(services, lang, booking.office),
            when=v.when(booking.starts_at),
            text=text,
            hours=thread_hours(services, lang),
        )

    def relayed(lang: str) -> str:
        v = booking_voice(services, booking, lang)
        return v("bk_relayed", when=v.when(booking.starts_at))

    return Thread(
        kind=KIND,
        id=booking.id,
        office=booking.office,
        channel=booking.channel,
        user_id=booking.user_id or None,
        chat_id=booking.chat_id or None,
        language=booking.language,
        name=booking.name or "—",
        record=lambda lang: services.t(lang, "sb_record_visit", id=booking.id),
        wrote=wrote,
        relayed=relayed,
        card=(store.REF, booking.id),
        to_person=store.REF_PERSON,
        forgotten=not booking.user_id,
        closed=cancelled,
        closed_told="sb_reply_queued_cancelled",
    )


async def _get(services: Services, tx: Tx, booking_id: int) -> Thread | None:
    """The visit's thread; a visit the person moved: the visit it became (a reply to the old
    card reaches them about the new time)."""
    booking = await store.get(tx, await moves.current_id(tx, "bookings", booking_id))
    return visit_thread(services, booking) if booking is not None else None


show = STAFF.show  # visit:show:<id> (its /requests line): the visit's card again


async def reply_here(turn: Turn, booking_id: int) -> None:
    """The staff message just tapped (a cancel's confirmation): a reply to it writes to the
    person about the visit, as a reply to its card does."""
    await replies_about(turn, store.REF_STAFF_REPLY, booking_id)


async def written(turn: Turn, booking_id: int) -> None:
    """A staff member wrote to the person about the visit (a reply to its card or to what the
    person wrote): the card, edited in place, says who and when, so a colleague does not
    write to them again."""
    await card_written(
        turn,
        booking_id,
        get=store.get,
        mark=threads_store.booking_written,
        card=partial(STAFF.now, turn),
        edit=partial(STAFF.edit, turn),
    )


VISITS = ThreadKind(
    KIND,
    staff_refs=(store.REF, store.REF_THREAD, store.REF_STAFF_REPLY, store.REF_LOOK),
    relayed=store.REF_THREAD,
    staff_reply=store.REF_STAFF_REPLY,
    open_query=threads_store.booking_open,
    get=_get,
    replied=threads_store.booking_staff_wrote,
    stop=threads_store.booking_stopped,
    person_refs=(store.REF_PERSON,),
    person_wrote=threads_store.booking_person_wrote,
    written=written,
)
