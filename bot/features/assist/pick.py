"""A button's answer to a help request's form (assist:pick:<field>:<value>): a day, a language,
an option, or the time a date-like answer may be («7.12»: 0712)."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.flows import Outcome, prefixed, stay
from bot.core.messages import Expired, Reply
from bot.core.numbers import index
from bot.features.assist import choice, parse, times
from bot.features.assist.draft import draft, set_answer
from bot.features.assist.form import advance, ask, earlier, this_field
from bot.features.assist.parse import Invalid
from bot.features.assist.questions import LANGUAGES_OFFERED


async def pick(turn: Turn) -> Outcome:
    """assist:pick:<field>:<value>: a day, a language, an option, or the time a date-like
    answer may be («7.12»: 0712)."""
    found = this_field(turn)
    if found is None:
        return earlier(turn)
    service, field = found
    raw = turn.args[1] if len(turn.args) == 2 else ""
    if field.type == "date":
        try:
            value = parse.parse_date(f"{raw[:4]}-{raw[4:6]}-{raw[6:]}", turn.local(turn.now).date())
            times.check_day(turn, service, draft(turn).at, value)
        except Invalid as wrong:  # yesterday's buttons, tapped after midnight; a place closed
            return ask(turn, service, draft(turn).at, turn.t(wrong.key, **wrong.values))
        set_answer(turn, field.id, value.isoformat())
        taken, why = times.said_with_day(turn, service, None)  # an hour typed before the day
        if why:
            return prefixed(ask(turn, service, draft(turn).at + 1, why), *taken)
        return advance(turn, service, *taken)
    elif field.type == "time" and len(raw) == 4 and raw.isdigit():  # «7.12» meant 07:12
        try:
            time = times.check(turn, service, draft(turn).at, parse.parse_time(raw))
        except Invalid as wrong:
            return ask(turn, service, draft(turn).at, turn.t(wrong.key, **wrong.values))
        set_answer(turn, field.id, time)
    elif field.type == "language" and raw in LANGUAGES_OFFERED:
        set_answer(turn, field.id, raw)
    elif field.type == "choice" and raw == choice.TYPED and draft(turn).typed_other:
        set_answer(turn, field.id, draft(turn).typed_other)  # the «Other» text, confirmed
    elif field.type == "choice" and (chosen := index(raw, len(field.options))) is not None:
        key = field.options[chosen][0]
        if key == choice.OTHER:  # which other: typed next (the field's question stays)
            draft(turn).other_at = draft(turn).at
            return stay(Reply(turn.t("as_type_other")))
        set_answer(turn, field.id, key)
    else:
        raise Expired("assist:pick")
    return advance(turn, service)
