"""«And when will there be free times?» typed after staff declined the person's specialist
request for «no free times in the coming weeks» (tester 35, item 10): the answer is about that
specialist first (no times yet, nobody knows when; a callback, or the request sent again later),
and only then, said to be someone else, a visit with the office's general advisors and its
nearest free time. Without it the bot named a free time right after «the specialist has no free
time», and the two messages read as a contradiction."""

from __future__ import annotations

import datetime as dt

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply
from bot.features.booking.schedule import Slot
from bot.features.booking.views import voice
from bot.features.menu import nav_row
from bot.storage import appointment_requests as requests

LATELY = dt.timedelta(days=30)  # a refusal older than this no longer colours the answer


async def declined_title(turn: Turn) -> tuple[str, str] | None:
    """The service (its id and title in the person's language) of the person's latest
    specialist request, when staff declined it lately for having no free time; else None."""
    mine = await requests.all_for(turn.tx, turn.incoming.channel, turn.incoming.user_id)
    latest = mine[-1] if mine else None
    if (
        latest is None
        or latest.status != "declined"
        or latest.reason_code != "no_time"
        or latest.forgotten
        or latest.office != turn.office.id
        or latest.decided_at is None
        or turn.now - latest.decided_at > LATELY
    ):
        return None
    service = turn.office.catalogue.services.get(latest.service)
    return latest.service, service.title.get(turn.lang) if service else latest.service


def reply(turn: Turn, service: tuple[str, str], free: list[Slot]) -> Reply:
    """The specialist's answer first; a general advisor's visit after it, labelled so."""
    service_id, title = service
    text = turn.t("bk_no_time_specialist", service=markup.literal(title))
    rows = [[Button(turn.t("btn_callback"), "callback")]]
    if service_id in turn.office.catalogue.services:
        rows.append([Button(turn.t("bk_btn_ask_again", service=title), f"service:{service_id}")])
    if free:
        v, first = voice(turn), min(free, key=lambda s: s.start)
        place = markup.literal(v.place_label(first.place))
        text += "\n\n" + v.duty("bk_no_time_general", when=v.when(first.start), place=place)
        rows.append([Button(turn.t("bk_btn_general_visit"), "booking")])
    return Reply(text, [*rows, nav_row(turn, None)])
