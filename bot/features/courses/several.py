"""Several children in one message at a children's course («Марічка 8, Андрій 15», «Maria 8 and
Anton 15», «Аня і Петро»): at the question of a child's name, of their age, or of how many
children come. They are all taken: the sign-up becomes a family's of that many children
(within `max_people`; more are refused, saying how many one sign-up takes), each child's age
taken as if typed at their age question (a child the course does not take: ineligible.py), a
child without an age asked it. The parent is shown what was read. A message with names and
ages that cannot be told apart («Марічка 8 15») is asked again, with an example.

The children not yet taken wait in the draft (`CourseDraft.ahead_names`, `ahead_ages`):
party.next_step takes the next of them instead of asking a child's name."""

from __future__ import annotations

from bot.core import choices, markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, again, prefixed, stay
from bot.core.messages import Reply
from bot.features import person, urgent
from bot.features.courses import child_age, counted, more_typed, party
from bot.features.courses.course import Course
from bot.features.courses.page import draft
from bot.features.courses.views import voice


def _names(turn: Turn, typed: list[child_age.Told]) -> list[child_age.Told] | None:
    """The children with their names as names are read; None when one is not a name."""
    topics = person.names.topic_names(turn.kb)
    out = []
    for child in typed:
        reading = person.names.read(child.name, topics)
        name = reading.name
        if reading.kind != "name" or len(name) > party.NAME_MAX or any(c.isdigit() for c in name):
            return None
        out.append(child_age.Told(name, child.age))
    return out


def _unsure(turn: Turn, course: Course) -> Outcome:
    return stay(Reply(turn.t("co_children_unsure")), party.ask_name(turn, course))


def _counted(text: str) -> tuple[int, str]:
    """How many children the text says before naming them (0: not said), and the rest."""
    said = counted.leading(text)
    return said if said is not None else (0, text)


async def _several(turn: Turn, course: Course, text: str, at_name: bool) -> Outcome | None:
    """Two or more children in `text` (or as many as it says first), taken; a name with ages
    that cannot be told apart, asked again; None: not this (the step reads the text as
    before)."""
    count, text = _counted(text)
    current = draft(turn)
    alone = count > 0 and not text and course.service.max_people > 1
    if alone and not current.names and current.child_at is None:
        return await party.people_count(turn, course, count)  # «двоє дітей»: how many
    typed = child_age.read(text)
    if not typed.unsure and len(typed.children) >= (1 if count else 2):
        kids = _names(turn, typed.children)
        if kids is not None:
            return await take(turn, course, kids, count)
    if at_name and typed.unsure:
        whole = person.names.read(text, person.names.topic_names(turn.kb))
        if whole.kind == "name":  # «Марічка 8 15», «Olena 601234567»: which is the age?
            return _unsure(turn, course)
    return None


async def take(turn: Turn, course: Course, kids: list[child_age.Told], count: int = 0) -> Outcome:
    """Children typed together: the sign-up is of this many children, or of `count` when the
    parent said how many (one sign-up takes at most `max_people`: more are refused, nothing is
    taken); then the first child's age, or the next question."""
    current, most = draft(turn), course.service.max_people
    changing = current.child_at is not None and current.child_at < len(current.names)
    total = max(len(current.ages) + len(kids), count)
    if changing or total > most:
        limit = 1 if changing else most
        said = Reply(voice(turn).plural("co_children_too_many", limit, typed=total))
        asked = turn.session.step == "people"
        return stay(said, party.ask_people(turn, course) if asked else party.ask_name(turn, course))
    current.people = total if count else max(current.people, total)
    current.ahead_names = [k.name for k in kids]
    current.ahead_ages = [k.age if k.age is not None else -1 for k in kids]
    v = voice(turn)
    lines = [
        v("co_child_line", name=markup.literal(k.name), age=v.plural("co_years", k.age))
        if k.age is not None
        else v("co_child_line_no_age", name=markup.literal(k.name))
        for k in kids
    ]
    noted = Reply(turn.t("co_children_noted", children="\n".join(lines)))
    after = await party.next_step(turn, course)
    if after.step == "confirm":  # the summary shows each child: said once
        return after
    return prefixed(after, noted)


async def name_typed(turn: Turn) -> Outcome:
    """The step of a child's name: several children, else as party.name_typed reads it."""
    course = party.course_of(turn)
    text = " ".join((turn.incoming.text or "").split())
    more = await more_typed.typed(turn, course)  # «хочу записати ще доньку»: how many, again
    if more is not None:
        return more
    if course is not None and not choices.says_back(text):
        plea = urgent.in_free_text(turn)
        if plea:
            return again(*plea)
        offered = person.language_offer(turn, text)  # «I don't understand English»: no name
        if offered is not None:
            return offered
        taken = await _several(turn, course, text, at_name=True)
        if taken is not None:
            return taken
    return await party.name_typed(turn)


async def age_typed(turn: Turn) -> Outcome:
    """The step of a child's age: «Марічка 8, Андрій 15» at Марічка's age is both children."""
    course = party.course_of(turn)
    current = draft(turn)
    text = " ".join((turn.incoming.text or "").split())
    typed = child_age.read(text)
    first = typed.children[0].name.casefold() if typed.children else ""
    if (
        course is not None
        and len(typed.children) >= 2
        and not typed.unsure
        and current.names
        and len(current.names) > len(current.ages)
        and first == party.named(current).casefold()
        and current.child_at is None
        and not urgent.in_free_text(turn)
    ):
        kids = _names(turn, typed.children)
        if kids is not None:
            current.names.pop()  # named again with the others
            return await take(turn, course, kids)
    return await party.age_typed(turn)


async def people_typed(turn: Turn) -> Outcome:
    """The question of how many children: «Марічка 8, Андрій 15» answers it and more."""
    course = party.course_of(turn)
    text = " ".join((turn.incoming.text or "").split())
    more = await more_typed.typed(turn, course)  # «і ще доньку»: how many, with why
    if more is not None:
        return more
    if course is not None and course.service.for_children and not urgent.in_free_text(turn):
        count, text = _counted(text)  # «двоє: Маша 8 років і Петро 13», «2 kids: …»
        if count and not text:
            return await party.people_count(turn, course, count)
        typed = child_age.read(text)
        kids = _names(turn, typed.children) if typed.children and not typed.unsure else None
        if kids is not None and (len(kids) >= 2 or kids[0].age is not None or count):
            current = draft(turn)
            current.names, current.ages = [], []
            return await take(turn, course, kids, count)
    return await party.people_typed(turn)
