"""The list of offices a person chooses from (the gate, /office, the menu's office button), with
the office nearest to their own town first."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply, in_rows
from bot.features.office import own_town, small_towns
from bot.features.office.cities import Town
from bot.features.office.in_form import keep_to
from bot.features.office.nearest import nearest
from bot.settings.config import Office

NEAR = "near"


def needs_choice(turn: Turn) -> bool:
    return turn.settings.network and turn.session.office not in turn.settings.offices


def chooser(
    turn: Turn, text: str, among: Sequence[Office] = (), first: Sequence[Office] = ()
) -> Reply:
    """The list of offices (`among`: those a typed name fits, then a button for them all;
    `first`: every office, these first); someone who has an office may keep it («✖ Stay with
    Opole»: the menu, or the form again). The person's own town known (`Memory.town`, with no
    office): the nearest office first, as when the town was named, so «1» stays that office."""
    offices = list(among or turn.settings.offices.values())
    known = small_towns.where(turn.memory.town) if not among and not first else None
    found = nearest(offices, known) if known is not None else None
    first = (found[0],) if found is not None else first
    offices = [*first, *(o for o in offices if all(o.id != f.id for f in first))]
    buttons = [Button(o.label(turn.lang), f"office:{o.id}") for o in offices]
    rows = in_rows(buttons, 2)
    if among:
        rows = [[button] for button in buttons] + [[Button(turn.t("btn_office_all"), "office")]]
    elif any(o.location for o in offices):
        rows.append([Button(turn.t("btn_office_near"), f"office:{NEAR}")])
    if turn.session.flow is None and needs_choice(turn):
        rows.append([Button(turn.t("btn_language"), "language")])
    if not needs_choice(turn):
        keep = turn.t("btn_office_keep", office=turn.office.label(turn.lang))
        rows.append([Button(keep, keep_to(turn))])
    return Reply(text, rows)


def no_point_in(turn: Turn, town: Town, ask: str) -> tuple[str, tuple[Office, ...]]:
    """The gate's text and the office put first for a town with no information point."""
    none = own_town.none_there(turn, town.name)
    found = nearest(turn.settings.offices.values(), town.where)
    if found is None:
        return f"{none}\n\n{ask}", ()
    office, km = found
    label = markup.literal(office.label(turn.lang))
    distance = turn.services.t.number(turn.lang, round(km))
    said = turn.t("office_town_nearest", office=label, km=distance)
    return f"{none} {said}\n\n{ask}", (office,)
