"""Cancelling an appointment said in words, naming it («отмените пожалуйста юриста, я нашёл
другого», «скасуйте юриста», «cancel the lawyer», «odwołuję prawnika»; tester 41, F4: it opened
free legal aid). A cancel word and a word that names the service or specialist of an appointment
the person has booked or asked for (its title, keywords, the specialist's role, in any language
and case: bring_asked.names) ask that one's «Cancel this appointment?» (asked, not done), or for
a request not yet booked, «Withdraw it?»; several named: /mybookings, with a button for each.
Nothing named, or nothing booked: the message is searched as any other. «Cancel my visit»
alone is /mybookings (bot/search/data.yaml `commands`); a course's place: courses/leave_typed.py."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.flows import Next, Outcome, Replay
from bot.core.words import words
from bot.features.appointments.bring_asked import names, same
from bot.features.appointments.views import office_voice
from bot.storage import appointment_requests as requests
from bot.storage import appointments as store

# The beginnings of folded words that say cancel (uk, ru, en, pl; й folded as и)
CANCEL = ("скасув", "скасуи", "відмін", "відмов", "отмен", "откаж", "отказ", "cancel", "odwol",
          "anulow", "anuluj", "zrezygn", "rezygn")  # fmt: skip


async def typed(turn: Turn, next_: Next) -> Outcome:
    said = words(turn.incoming.text or "")
    if not any(word.startswith(CANCEL) for word in said):  # (a cheap look first)
        return await next_()
    channel, user = turn.incoming.channel, turn.incoming.user_id
    named: list[str] = []
    for a in await store.upcoming_for(turn.tx, channel, user, turn.now):
        v = office_voice(turn.services, a.office, turn.lang)
        if _named(said, names(v.service(a.service), v.specialist(a.specialist))):
            named.append(f"appt:cancel:{a.id}")
    for r in await requests.open_for(turn.tx, channel, user):
        v = office_voice(turn.services, r.office, turn.lang)
        if _named(said, names(v.service(r.service), None)):
            named.append(f"appt:withdraw:{r.id}")
    if not named:
        return await next_()
    return Outcome(replay=Replay(payload=named[0] if len(named) == 1 else "booking:mine"))


def _named(said: list[str], its: set[str]) -> bool:
    return any(same(word, name) for word in said if not word.startswith(CANCEL) for name in its)
