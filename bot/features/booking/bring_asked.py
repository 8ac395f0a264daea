"""«Що взяти з собою?» typed outside a form by someone with a visit booked: the list of what to
bring for the soonest visit (its topic's, as the confirmation gave it) under its time and place,
not the search's guess (tester report 28: the doctor topic). Read as in a booking's own steps
(bot.core.about's kind `bring`, alone: «що взяти з собою до лікаря?» is a question for the
search). Without an upcoming visit the text goes on to the next step."""

from __future__ import annotations

from bot.core import about
from bot.core.dispatch import Turn
from bot.core.flows import Next, Outcome, stay
from bot.core.messages import Button, Reply
from bot.features.booking import views
from bot.storage import bookings as store


async def typed(turn: Turn, next_: Next) -> Outcome:
    incoming = turn.incoming
    if about.kinds(incoming.text or "") != {about.BRING}:
        return await next_()
    upcoming = await store.upcoming_for(turn.tx, incoming.channel, incoming.user_id, turn.now)
    if not upcoming:
        return await next_()
    v = views.voice(turn)
    visit = upcoming[0]  # the soonest
    text = f"{views.booking_lines(v, visit)}\n\n{views.bring_text(v, visit.topic)}"
    if len(upcoming) > 1:
        text += "\n\n" + turn.t("bk_bring_more_visits")
    return stay(Reply(text, [[Button(turn.t("btn_my_bookings"), "booking:mine")]]))
