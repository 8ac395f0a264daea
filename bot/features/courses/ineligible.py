"""A child the course does not take (its `min_age`..`max_age`) among others on one sign-up: the
parent may sign up only the others («✅ Sign up only: Марічка», `course:only`), not type a false
age, cancel them all or go back step by step. One child alone: another age, or don't sign up.
The button stays under the age question while it is asked (an age not understood too), and a
yes typed there («tak», «так») presses it: it is the only yes among the buttons (`typed_yes`)."""

from __future__ import annotations

from bot.core import choices, markup
from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply
from bot.features.courses.page import draft


def _at(turn: Turn) -> int | None:
    """The child whose age was refused: the one being changed, else the one named last; None
    when there is none, or no other child on the sign-up."""
    current = draft(turn)
    if max(current.people, 1) < 2 or not current.names:
        return None
    at = current.child_at
    if at is not None and at < len(current.names):
        return at
    return len(current.names) - 1 if len(current.names) > len(current.ages) else None


ONLY = "course:only"


def told(turn: Turn, least: int, most: int) -> tuple[Reply, list[list[Button]]]:
    """The age out of the course's range, said; where others come too, with the way on without
    that child (the rows to show under the age asked again): to the next child, or (the last)
    to sign up only the others."""
    current, at = draft(turn), _at(turn)
    name = markup.literal(_refused(turn, at))
    if at is None:
        return Reply(turn.t("co_child_age_range", name=name, least=least, most=most)), []
    text = turn.t("co_child_age_range_others", name=name, least=least, most=most)
    others = [n for i, n in enumerate(current.names) if i != at]
    last = at < len(current.ages) or len(current.names) >= max(current.people, 1)
    if others and last:  # every other child is known: sign them up
        label = turn.t("co_btn_only", names=", ".join(others))
    else:  # more children to come: go on to them
        label = turn.t("co_btn_leave_out", name=current.names[at])
    return Reply(text), [[Button(label, ONLY, means=choices.YES)]]


def kept(turn: Turn) -> list[list[Button]]:
    """The way on without the refused child, where it was under the question just asked (and
    still holds): shown again under the question asked once more."""
    if _at(turn) is None:
        return []
    shown = turn.session.shown
    return [[Button(s.label, s.payload, means=s.means)] for s in shown if s.payload == ONLY][:1]


def typed_yes(turn: Turn, text: str) -> bool:
    """Whether `text` is a yes («tak», «так», «ok») where the way on without the refused child
    is the one yes among the buttons under the question."""
    yeses = [s for s in turn.session.shown if s.means == choices.YES]
    said = choices.yes_or_no(text) == choices.YES
    return said and len(yeses) == 1 and yeses[0].payload == ONLY and _at(turn) is not None


def _refused(turn: Turn, at: int | None) -> str:
    current = draft(turn)
    if at is not None:
        return current.names[at]
    at = current.child_at
    return current.names[at if at is not None and at < len(current.names) else -1]


def leave_out(turn: Turn) -> Reply | None:
    """Take the refused child off the sign-up (one place fewer); the line that says so, or None
    when there is nobody to leave out (an older button)."""
    at = _at(turn)
    if at is None:
        return None
    current = draft(turn)
    name = current.names.pop(at)
    if at < len(current.ages):
        current.ages.pop(at)
    current.people = max(current.people, 1) - 1
    current.child_at = None
    return Reply(turn.t("co_child_left_out", name=markup.literal(name)))
