"""«Що взяти з собою до юриста?», «what should I bring to the lawyer?», «co zabrać do prawnika?»
typed outside a form by someone with an appointment booked (tester 34: it went to the general
legal-aid answer): that appointment (when, with whom, where) and what to bring to it, the
service's `bring:` where the config has it, else the documents about the matter. Read as the
booking's «що взяти з собою?» is (bot.core.about's kind `bring`, alone), the words that name the
appointment's service or specialist (its title, keywords, the specialist's role, in any
language and case: «юриста», «prawnika») left aside; a question naming another specialist, or
anything else, goes on to the search. The duty desk's visits answer first
(booking/bring_asked.py)."""

from __future__ import annotations

from bot.core import about, markup
from bot.core.dispatch import Turn
from bot.core.flows import Next, Outcome, stay
from bot.core.messages import Button, Reply
from bot.core.words import words
from bot.features.appointments.views import lines_of, office_voice
from bot.features.menu import nav_row
from bot.settings.catalogue import Service, Specialist
from bot.storage import appointments as store

STEM = 5  # letters a word shares with a name's word to name it («юриста»: «юрист»)


async def typed(turn: Turn, next_: Next) -> Outcome:
    incoming = turn.incoming
    said = words(incoming.text or "")
    if not _names_bring(said):  # (a cheap look before the person's appointments are read)
        return await next_()
    upcoming = await store.upcoming_for(turn.tx, incoming.channel, incoming.user_id, turn.now)
    for appointment in upcoming:  # the soonest whose service the question names, or none
        v = office_voice(turn.services, appointment.office, turn.lang)
        its = names(v.service(appointment.service), v.specialist(appointment.specialist))
        rest = [word for word in said if not any(same(word, name) for name in its)]
        if about.kinds(" ".join(rest)) == {about.BRING}:
            return stay(_reply(turn, appointment))
    return await next_()


def _reply(turn: Turn, appointment: store.Appointment) -> Reply:
    v = office_voice(turn.services, appointment.office, turn.lang)
    service = v.service(appointment.service)
    bring = service.bring.get(turn.lang) if service is not None and service.bring else None
    if bring is not None:  # («паспорт; карту побиту; усі листи …»: one item a line)
        items = "\n".join(f"• {markup.literal(item.strip())}" for item in bring.split(";"))
    else:
        items = turn.t("ap_bring_general")
    text = f"{lines_of(v, appointment)}\n\n{turn.t('bk_bring_title')}\n{items}"
    return Reply(text, [[Button(turn.t("btn_my_bookings"), "booking:mine")], nav_row(turn, None)])


def _names_bring(said: list[str]) -> bool:
    """Whether one of the message's words alone asks what to bring («взяти», «bring»)."""
    return any(about.kinds(word) == {about.BRING} for word in said)


def names(service: Service | None, specialist: Specialist | None) -> set[str]:
    """The words of the service's title and keywords and the specialist's role, every language."""
    texts = [*service.title.values.values()] if service is not None else []
    texts += [k for each in service.keywords.values() for k in each] if service is not None else []
    texts += [*specialist.role.values.values()] if specialist is not None else []
    return {word for text in texts for word in words(text) if len(word) >= 3}


def same(word: str, name: str) -> bool:
    """The name's word, or the same in another case («юриста», «prawnika»)."""
    if word == name:
        return True
    return len(word) >= STEM and len(name) >= STEM and word[:STEM] == name[:STEM]
