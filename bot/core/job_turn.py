"""A turn for a periodic job that does what an office's staff would have done by a button (a
cancel's reason never pressed: bot/features/appointments/cancel_late.py), so that the
handlers' own ways of telling the person and editing the staff chat's cards (Turn.enqueue,
to_staff, edit_card) serve it, in the job's transaction. Nobody typed: no session is loaded
or saved, no flow is looked up (an empty registry), staff texts are in the office's staff
language, and `sender_name` is None (texts that name who acted say «someone»)."""

from __future__ import annotations

import datetime as dt

from bot.core.messages import Incoming
from bot.core.registry import Registry
from bot.core.services import Services
from bot.core.session import Session
from bot.core.turn import Turn
from bot.settings.config import Office
from bot.storage import Tx

CHANNEL = "telegram"  # the staff chats' channel (Turn.to_staff)


def staff_turn(services: Services, tx: Tx, now: dt.datetime, office: Office) -> Turn:
    """`office`'s staff chat acting, at `now`, in `tx`; the caller wakes the outbox once its
    transaction committed when `Turn.enqueued`."""
    chat = str(office.staff_chat_id or "")
    incoming = Incoming(CHANNEL, user_id="", chat_id=chat)
    session = Session(CHANNEL, "", chat, language=office.staff_language)
    return Turn(incoming, session, services, Registry(features=()), tx, now, staff_office=office)
