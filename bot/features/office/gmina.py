"""The person's own gmina when it is a town of an office's own area (`towns:`: Wąchock, Mirzec
of the Starachowice county office's), too small for cities.yaml: kept as their town
(`Memory.town`, its Polish name), so that the answers name its gmina office for meldunek and
PESEL (the town's `city_office` in the config, else «urząd gminy Mirzec») while the county's
places (starostwo, labour office) stay the office's (bot/content/towns.py: area_places). Kept
when the person says they live there: the town alone («mieszkam w Wąchocku», «Mirzec»), or with
a word of living or moving there and no word of someone else («mieszkam w Mircu, gdzie
meldunek?»), at the gate (the office chosen) or later; «pesel w Wąchocku» chooses the office at
the gate but keeps no town."""

from __future__ import annotations

from dataclasses import replace

from bot.content import towns
from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome
from bot.core.messages import Reply
from bot.features.office import own_town
from bot.features.office.area import towns as area_towns
from bot.features.office.names import Named
from bot.search import text as texts
from bot.settings.config import Office
from bot.settings.model import AreaTown


def named(turn: Turn, text: str) -> tuple[Office, AreaTown] | None:
    """The office and the town of its own area that `text` names as a place (one only)."""
    found = area_towns(turn.settings, texts.tokens(text))
    if len(found) != 1:
        return None
    office_id, town = next(iter(found.items()))
    return turn.settings.offices[office_id], town


def theirs(turn: Turn, text: str, alone: bool) -> tuple[Office, AreaTown] | None:
    """The office and the gmina of its area the person says they live in («mieszkam w
    Wąchocku»; `alone`: the message says nothing but the name and words of place)."""
    found = named(turn, text)
    return found if found is not None and (alone or _living(text)) else None


def kept(turn: Turn, text: str, chosen: Named) -> str | None:
    """At the gate, a message that chose an office: the town kept then (the gmina the person
    lives in; else a town kept before, unless they named only the office: its own places)."""
    found = theirs(turn, text, chosen.alone)
    if found is not None and found[0] in chosen.offices:
        return found[1].name
    return None if chosen.alone else turn.memory.town


def told(turn: Turn, outcome: Outcome, before: str | None) -> Outcome:
    """The line that says the gmina is kept, after the first reply of `outcome`, when the
    person's town became a gmina of their office's area other than `before`."""
    text = noted(turn) if turn.memory.town != before else None
    if text is None or not outcome.replies:
        return outcome
    first, *rest = outcome.replies
    return replace(outcome, replies=(first, Reply(text), *rest))


def noted(turn: Turn) -> str | None:
    """«📍 Your gmina: Wąchock, served by your information point …», or None: the town kept is
    not of the office's area."""
    town = turn.office.area_town(turn.memory.town)
    if town is None:
        return None
    return said(turn, "own_town_area_noted", town)


def said(turn: Turn, key: str, town: AreaTown) -> str:
    """`key`'s text of a gmina of the person's office's area: its name ({town}, in the reader's
    letters too), the office ({office}) and the gmina's own office ({gmina_office})."""
    label = turn.office.label(turn.lang)
    values = turn.office.placeholders(turn.lang)
    office = towns.area_places(turn.services.t, turn.lang, values, town)["city_office"]
    return turn.t(
        key,
        town=name(turn, town),
        office=markup.literal(label),
        gmina_office=office,
    )


def name(turn: Turn, town: AreaTown) -> str:
    """The gmina's name as the reader is shown it (markup): «Броди (Brody)» in Ukrainian."""
    return markup.literal(towns.shown(town.name, turn.lang))


def follow(turn: Turn) -> None:
    """The person's town follows their office: a gmina of another office's area (they switched
    from the county's office to Sopot, or kept Opole when offered the county's) is dropped, as
    only its own office's answers name its gmina office (/mydata would show it unused)."""
    town = turn.memory.town
    if town is None or turn.office.area_town(town) is not None:
        return
    if any(office.area_town(town) for office in turn.settings.offices.values()):
        turn.memory.town = None


def _living(text: str) -> bool:
    """A word of the person living or moving there, and none of someone else (own_town.py)."""
    return own_town.theirs(text)
