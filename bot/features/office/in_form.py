"""An office chosen in the middle of a form: the form goes on when the new office offers it
too; else the person is asked first (leave the form, or stay with their office), and told what
the new office offers instead."""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.messages import Button, Reply
from bot.features.office import switch
from bot.settings.config import Office

LEAVE = "leave"  # office:<id>:leave: the form the office does not offer left knowingly


def leave_form(turn: Turn, office: Office) -> Outcome | None:
    """In a form that another office would close (it does not offer it): asked first, «Switch
    and leave the form» (`office:<id>:leave`) or «Stay with Opole» (the form goes on). None:
    nothing would be lost, the office changes at once."""
    session = turn.session
    if session.flow is None or office.id == session.office:
        return None
    flow = turn.registry.flows.get(session.flow)
    step = flow.steps.get(session.step or "") if flow else None
    mine = session.office
    session.office = office.id  # what the chosen office offers, then back
    try:
        goes_on = step is not None and step.ask is not None and offered_here(turn)
        others = [row[0].label for row in instead(turn)]  # («Going to the doctor together»)
    finally:
        session.office = mine
    if goes_on:
        return None
    named = office.label(turn.lang)
    text = turn.t("office_leave_form", named=markup.literal(named))
    if others:
        said = markup.literal(", ".join(f"«{title}»" for title in others))
        text = f"{text}\n{turn.t('office_leave_form_instead', services=said)}"
    rows = [
        [Button(turn.t("btn_office_leave_form", office=named), f"office:{office.id}:{LEAVE}")],
        [Button(turn.t("btn_office_keep", office=turn.office.label(turn.lang)), keep_to(turn))],
    ]
    return stay(Reply(text, rows))


def keep_to(turn: Turn) -> str:
    """«Stay with Opole»: the person's office kept (switch.py)."""
    return f"office:{switch.KEEP}:{turn.office.id}"


def instead(turn: Turn) -> list[list[Button]]:
    """The buttons of what the person's office offers instead of the forms they are in."""
    names = [c.flow for c in turn.session.callers] + [turn.session.flow or ""]
    flows = [turn.registry.flows.get(name) for name in names]
    return [row for f in flows if f is not None and f.instead for row in f.instead(turn)]


def offered_here(turn: Turn) -> bool:
    """Whether every form the person is in (a sub-flow's callers too) is offered by the office
    they have just chosen: a help, a course or a specialist of the old office may not be."""
    names = [c.flow for c in turn.session.callers] + [turn.session.flow or ""]
    flows = [turn.registry.flows.get(name) for name in names]
    return all(f is None or f.offered is None or f.offered(turn) for f in flows)
