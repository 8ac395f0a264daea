"""Another child asked for in words inside a children's course's sign-up («хочу записати ще
доньку», «і ще доньку Соню 8 років», «I want to add my daughter too»; sibling.py reads the
words): at the question of how many children, of a child's name or at the summary it is the
number of children asked again (from the summary: as ✏️ Change something → 👧 Number of
children, back to the summary after), with a line saying why; never the offer to leave the form
for a question. A sign-up that takes one child says so and asks its question again.
"""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.flows import Outcome, go
from bot.core.messages import Reply
from bot.features import urgent
from bot.features.courses import party
from bot.features.courses.course import Course
from bot.features.courses.page import draft, summary
from bot.features.courses.sibling import another_in_sign_up
from bot.features.courses.views import voice

STEPS = ("people", "child_name", "confirm")  # where it is read


async def typed(turn: Turn, course: Course | None) -> Outcome | None:
    """The number of children asked (again), or None: not this step, course or text."""
    step, current = turn.session.step, draft(turn)
    if (
        course is None
        or step not in STEPS
        or not course.service.for_children
        or current.adding is not None  # a brother or sister added later: one at a time
        or current.person is None
        or not another_in_sign_up(turn.incoming.text or "")
        or urgent.detect(turn.incoming.text or "")  # danger words: their help lines first
    ):
        return None
    most = course.service.max_people
    if most <= 1:  # one child a sign-up: said, and the same question again
        said = Reply(voice(turn)("co_more_too_many", count=most))
        if step == "confirm":
            return go("confirm", said, await summary(turn, course))
        return go(step, said, party.ask_name(turn, course))
    if step != "people":  # from the summary or a child's name: a change, back to the summary
        current.fixing = current.fixing or step == "confirm"
        current.child_at = None
    return go("people", Reply(turn.t("co_more_typed")), party.ask_people(turn, course))
