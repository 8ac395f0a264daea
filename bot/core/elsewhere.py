"""«📍 This information point is in Opole, not in your town (Kraków): …» for someone whose own
town is known and is not the office's (`Memory.town`: a town with no office, «I live in
Kraków»; not a gmina the office serves), so nobody books, signs up or asks for help far away
without seeing where it is: above the office's courses (the list, /courses, the courses a
question names first: `co_not_your_town`), a visit's places and times (`bk_not_your_town`,
tester 37, F5), /contact and the hours (`hours_not_your_town`) and a help form's choice of
offices (`as_not_your_town`). Each feature passes its own text's key.
"""

from __future__ import annotations

from bot.content import towns
from bot.core import markup
from bot.core.dispatch import Turn


def not_your_town(turn: Turn, key: str = "co_not_your_town") -> str | None:
    """The line (the text `key`), or None: the town unknown, the office's own or its area's."""
    town = turn.session.memory.town
    if town is None or turn.office.area_town(town) is not None:
        return None
    city = turn.office.placeholders(turn.lang).get("city_name") or turn.office.label(turn.lang)
    if town == city:
        return None
    said = {"city": markup.literal(city), "town": markup.literal(towns.written(town, turn.lang))}
    return turn.t(key, **said)
