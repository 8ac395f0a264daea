"""A question about the day at a specialist's days («а можна в п'ятницю? я в четвер працюю»,
«can I come on Friday instead?»: bot.core.day_asked): the form answers it, not the search,
with the days and hours the specialist sees people on, another day by a callback, and the
days kept below (flow.typed shows the step again)."""

from __future__ import annotations

from bot.core import day_asked, markup
from bot.core.dispatch import Turn
from bot.core.messages import Reply
from bot.features import person
from bot.features.appointments.replies import draft


def asked(turn: Turn) -> Reply | None:
    """The specialist's days for a question about the day at the day step; None otherwise."""
    text = turn.incoming.text or ""
    if turn.session.step != "day" or not person.asks(text) or not day_asked.asks_for_day(text):
        return None
    chosen = turn.office.catalogue.specialists.get(draft(turn).specialist or "")
    if chosen is None:
        return None
    rules = day_asked.live(chosen.schedule, turn.local(turn.now).date())
    if not rules:
        return None
    named, days = day_asked.weekdays(text), {r.weekday for r in rules}
    yes = named and named <= days and not day_asked.other_asked(text)  # «on Thursday?»: yes
    return Reply(
        turn.t(
            "ap_days_asked_yes" if yes else "ap_days_asked",
            who=markup.literal(chosen.role.get(turn.lang)),
            days=day_asked.weekly(turn.services.t, turn.lang, rules),
        )
    )
