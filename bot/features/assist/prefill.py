"""A help form opened from a question that already said what it asks (tester 33, item 6):
«можете піти зі мною в ZUS завтра о 16?», then «🙋 Ask for it» under the service offered.
The question the services were offered under (Memory.service_asked, services/offer.py), when
it names this service (services.matching), is read by the form's own readers in the form's
order: a choice's option (choice.matched, «ZUS»), a date and the time said with it
(parse.parse_when, «завтра о 16»), each checked as if typed at its question (the place's days
and hours: times.check_day, times.check). What passes is the answer, not asked
(AssistDraft.ahead), said at once and shown on the summary to confirm or change; what does not
(ZUS closes at 15:00 on Tuesday) is said at once, and asked. A time said with no day («after
15», «о 10») takes the first day it can be arranged on (time_alone.py)."""

from __future__ import annotations

import datetime as dt
import re

from bot.core import markup, note_time, when
from bot.core.dispatch import Turn
from bot.core.messages import Reply
from bot.features.assist import choice, parse, time_alone, times
from bot.features.assist.draft import answer_of, draft, set_answer
from bot.features.assist.parse import Invalid
from bot.features.assist.questions import answer_text
from bot.features.callback import open_on
from bot.settings.catalogue import FormField, Service

_DIGITS = re.compile(r"\d+([:.]\d+)?")
Said = dt.time | note_time.Said | None  # the time said with the day: an hour, or «after 15»


def _question(turn: Turn, service: Service) -> str | None:
    """The question typed last, when it names `service`."""
    asked = turn.memory.service_asked
    if not asked or not asked.strip():
        return None
    from bot.features.services import matching  # (services → courses → assist: at call time)

    named = matching(turn, asked)
    return asked if any(s.id == service.id for s in named) else None


def from_question(turn: Turn, service: Service) -> list[Reply]:
    """The answers the question gives, taken (said), and why one it gives is not."""
    text = _question(turn, service)
    if text is None:
        return []
    taken: list[FormField] = []
    wrong: list[str] = []
    today = turn.local(turn.now).date()
    time_said: Said = None
    for index, field in enumerate(service.fields):
        if answer_of(turn, field.id) is not None:
            continue
        try:
            value = _read(turn, service, index, field, text, today, time_said)
        except Invalid as why:
            wrong.append(turn.t(why.key, **why.values))
            draft(turn).wrong_ahead, draft(turn).wrong_at = wrong[-1], index  # (asked: again)
            break  # (a later answer leans on this one: asked in turn)
        if value is None:
            continue
        answer, time_said = value
        set_answer(turn, field.id, answer)
        draft(turn).ahead.append(field.id)
        taken.append(field)
    if not taken and not wrong:
        return []
    lines = [f"• {markup.literal(f.label.get(turn.lang))} — {answer_text(turn, f)}" for f in taken]
    said = [turn.t("as_prefilled", answers="\n".join(lines))] if taken else []
    return [Reply("\n\n".join([*said, *wrong]))]


def _when_in(text: str, today: dt.date) -> when.When | None:
    """The first day (with its time) the question's words say, from where they begin («…в ZUS
    завтра о 16?»: «завтра о 16»), read as the date question reads them."""
    said = text.replace("?", " ").split()
    for start in range(len(said)):
        try:
            found = parse.parse_when(" ".join(said[start:]), today)
        except Invalid:
            continue
        if found.date is not None:
            return found
    return None


def _read(
    turn: Turn,
    service: Service,
    index: int,
    field: FormField,
    text: str,
    today: dt.date,
    time_said: Said,
) -> tuple[str, Said] | None:
    """The field's answer in the question (and the time said with a date); None: none."""
    if field.type == "choice":
        key = choice.matched(field, _DIGITS.sub(" ", text))  # «в ZUS завтра о 16»: ZUS
        return (key, time_said) if key is not None and key != choice.OTHER else None
    if field.type == "date":
        alone = time_alone.find(text)  # «after 15»: a time, not the 15th
        said = _when_in(alone.rest if alone else text, today)
        if (said is None or said.date is None) and alone is not None:
            first = time_alone.first_day(turn, service, index, alone.said)
            return (first.isoformat(), alone.said) if first is not None else None
        if said is None or said.date is None:
            return None  # no day in it: asked, nothing to say
        times.check_day(turn, service, index, said.date)
        if field.office_hours and not open_on(turn.office, said.date):
            day = turn.services.t.date(turn.lang, said.date, "EEEE, d MMMM")
            raise Invalid("as_date_closed", day=day)
        return said.date.isoformat(), said.time or (alone.said if alone else None)
    if field.type != "time" or time_said is None:
        return None
    if isinstance(time_said, note_time.Said):
        return time_alone.value(turn, service, index, time_said), None
    return times.check(turn, service, index, time_said), None
    return None
