"""«✏️ Change something» on a course's summary, as a callback's or a help request's: the name
or phone (the person sub-flow again), how many people come, or one child's name and age; then
the summary again. Nothing else is asked again: a number of children raised asks only the
new ones, lowered keeps the first ones.

Buttons: course:fix (what to change), course:fix:person, course:fix:people,
course:fix:child:<n>, course:fix:back (the summary again, also from the question being changed).
"""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.flows import Outcome, call, go
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import index
from bot.features.courses import party
from bot.features.courses.course import Course, find
from bot.features.courses.page import FLOW, draft, summary
from bot.features.courses.views import voice
from bot.features.person import change_phone

# the steps a change may be asked from (the summary, this menu, the question being changed)
FROM = ("confirm", "fix", *party.STEPS)


def menu(turn: Turn, course: Course) -> Reply:
    """What to change: the name or phone, the number of people, each child."""
    current, service = draft(turn), course.service
    rows = [[Button(turn.t("btn_cb_fix_person"), "course:fix:person")]]
    rows.append(change_phone(turn, "confirm"))  # only the phone, then the summary
    if service.max_people > 1:
        key = "co_btn_fix_children" if service.for_children else "co_btn_fix_people"
        rows.append([Button(turn.t(key), "course:fix:people")])
    v = voice(turn)
    for number, (name, age) in enumerate(zip(current.names, current.ages, strict=False)):
        label = v("co_child_line", name=name[:30], age=v.plural("co_years", age))
        rows.append([Button(label, f"course:fix:child:{number}")])
    rows.append([back_button(turn)])
    return Reply(turn.t("cb_fix_what"), rows, replace=True)


def back_button(turn: Turn) -> Button:
    return Button(turn.t("btn_back"), "course:fix:back", means="back")


async def fix(turn: Turn) -> Outcome:
    """course:fix[:<what>]: only while this sign-up's summary, or a change, is open."""
    current = draft(turn)
    course = find(turn.settings, turn.office, current.course or "")
    if turn.session.flow != FLOW or turn.session.step not in FROM or current.person is None:
        raise Expired("course:fix")
    if course is None:
        raise Expired("course:fix")
    what = turn.args[0] if turn.args else None
    if what is None:
        return go("fix", menu(turn, course))
    if what == "back":
        current.child_at, current.fixing = None, False
        return go("confirm", await summary(turn, course))
    current.fixing = True
    if what == "person":
        return call("person", "person")
    if what == "people" and course.service.max_people > 1:
        return go("people", party.ask_people(turn, course))
    chosen = (
        index(turn.args[1], len(current.ages)) if what == "child" and len(turn.args) == 2 else None
    )
    if chosen is not None:
        current.child_at = chosen
        return go("child_name", party.ask_name(turn, course))
    raise Expired("course:fix")


async def ask_again(turn: Turn, course: Course) -> Outcome:
    return go("fix", menu(turn, course))


__all__ = ["FROM", "ask_again", "back_button", "fix", "menu"]
