"""Who comes on one sign-up (config `for: children`, `max_people`): how many people (1..N, each
a seat), and a child's first name and age for each child a parent signs up. Asked between the
person's name and phone and the summary; a course that says neither asks nothing.

Steps of the COURSE flow: "people" (buttons course:people:<n>, or the number typed),
"child_name" and "child_age" (typed). Each has «« Back» (course:back, or a word for back typed):
one question back, from the number of people or the first child to the name and phone.
"""

from __future__ import annotations

from bot.core import choices, markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, again, call, end, go, prefixed, stay
from bot.core.messages import Button, Expired, Reply
from bot.features import person, urgent
from bot.features.assist import Invalid, parse_number
from bot.features.courses import child_age, ineligible, one_named
from bot.features.courses.course import Course, find
from bot.features.courses.page import FLOW, CourseDraft, course_list, draft, summary
from bot.features.courses.views import voice
from bot.storage.enrolments import Child

NAME_MAX = 40


def children(current: CourseDraft) -> tuple[Child, ...]:
    return tuple(Child(n, a) for n, a in zip(current.names, current.ages, strict=False))


def seats_asked(current: CourseDraft) -> int:
    return max(current.people, 1)


async def next_step(turn: Turn, course: Course) -> Outcome:
    """The next question about who comes, or the summary once everything is known."""
    current = draft(turn)
    service = course.service
    if service.max_people > 1 and current.people == 0:
        return go("people", ask_people(turn, course))
    if service.for_children and len(current.ages) < seats_asked(current):
        if len(current.names) > len(current.ages):
            return go("child_age", ask_age(turn, course))
        if current.ahead_names:  # typed with the children before (several.py): the next one
            current.names.append(current.ahead_names.pop(0))
            age = current.ahead_ages.pop(0)
            return await take_age(turn, course, age) if age >= 0 else await next_step(turn, course)
        return go("child_name", ask_name(turn, course))
    current.fixing, current.child_at = False, None
    current.ahead_names, current.ahead_ages = [], []
    return go("confirm", await summary(turn, course))


def _cancel(turn: Turn) -> list[Button]:
    """«« Back» (while changing one thing from the summary: to it) and «Don't sign up»."""
    back = "course:fix:back" if draft(turn).fixing else "course:back"
    return [
        Button(turn.t("btn_back"), back, means=choices.BACK),
        Button(turn.t("co_btn_abandon"), "course:abandon", means="no"),
    ]


def ask_people(turn: Turn, course: Course) -> Reply:
    most = course.service.max_people
    key = "co_children_question" if course.service.for_children else "co_people_question"
    numbers = [Button(str(n), f"course:people:{n}") for n in range(1, most + 1)]
    rows = [numbers[i : i + 5] for i in range(0, len(numbers), 5)]
    # a number typed is the answer (the terminal shows [#1]), not the button numbered so
    return Reply(turn.t(key, most=most), [*rows, _cancel(turn)], typed_answer=True)


def ask_name(turn: Turn, course: Course) -> Reply:
    current = draft(turn)
    count = seats_asked(current)
    at = current.child_at
    if at is not None and at < len(current.ages):  # changed from the summary: what it is now
        v = voice(turn)
        name, age = current.names[at], v.plural("co_years", current.ages[at])
        child = v("co_child_line", name=markup.literal(name), age=age)
        text = turn.t("co_child_name_again", child=child)
    elif count == 1:
        text = turn.t("co_child_name_question")
    else:
        text = turn.t("co_child_name_question_n", number=len(current.names) + 1, count=count)
    return Reply(text, [_cancel(turn)])


def named(current: CourseDraft) -> str:
    """The child whose age is asked: the one being changed, else the last one named."""
    at = current.child_at
    return current.names[at if at is not None and at < len(current.names) else -1]


def ask_age(turn: Turn, course: Course, *rows: list[Button]) -> Reply:
    """The age of the child named last; `rows` above «Back» (the way on without a child the
    course does not take: ineligible.py)."""
    name = markup.literal(named(draft(turn)))
    question = turn.t("co_child_age_question", name=name)
    return Reply(question, [*rows, _cancel(turn)], typed_answer=True)


def course_of(turn: Turn) -> Course | None:
    return find(turn.settings, turn.office, draft(turn).course or "")


async def people_button(turn: Turn) -> Outcome:
    """course:people:<n>."""
    course = course_of(turn)
    if course is None or turn.session.step != "people" or len(turn.args) != 1:
        raise Expired("course:people")
    return await _people(turn, course, turn.args[0])


async def people_typed(turn: Turn) -> Outcome:
    course = course_of(turn)
    if course is None:
        return end(course_list(turn))
    plea = urgent.in_free_text(turn)  # «help, he beats me»: its answer, the question again
    if plea:
        return again(*plea)
    told = person.answered(turn, turn.incoming.text or "")  # «is it free?»: the page, then again
    if told is None and (named := one_named.taken(turn, course, turn.incoming.text or "")):
        return prefixed(await next_step(turn, course), named)  # «Саша»: one child, Саша
    if told is None and not _number(turn.incoming.text or ""):  # «how many places are left?»
        told = person.question_in_form(turn)  # offered an answer, as at a text step
    return told or await _people(turn, course, turn.incoming.text or "")


def _number(text: str) -> bool:
    try:
        parse_number(text)
    except Invalid:
        return False
    return True


async def people_count(turn: Turn, course: Course, count: int) -> Outcome:
    """How many people, said in other words («двоє дітей»: several.py), as if typed."""
    return await _people(turn, course, str(count))


async def _people(turn: Turn, course: Course, text: str) -> Outcome:
    most = course.service.max_people
    try:
        count = parse_number(text)
    except Invalid:
        count = 0
    if not 1 <= count <= most:
        hint = Reply(turn.t("co_people_range", most=most))
        return stay(hint, ask_people(turn, course))
    current = draft(turn)
    current.people = count
    kept = min(count, len(current.ages))  # changed from the summary: the first ones stay
    dropped = current.names[count:]
    current.names, current.ages = current.names[:kept], current.ages[:kept]
    if not dropped:
        return await next_step(turn, course)
    names = ", ".join(markup.literal(name) for name in dropped)  # said, not dropped silently
    return prefixed(
        await next_step(turn, course), Reply(turn.t("co_children_dropped", names=names))
    )


async def name_typed(turn: Turn) -> Outcome:
    course = course_of(turn)
    if course is None:
        return end(course_list(turn))
    plea = urgent.in_free_text(turn)  # never a child's name: its answer, the name asked again
    if plea:
        return again(*plea)
    text = " ".join((turn.incoming.text or "").split())
    if choices.says_back(text):  # «назад», «back»: never a name
        return await _back(turn, course)
    told = _with_age(turn, text)  # «Марічка, 8 років»: the name and the age
    if told is not None:
        text = told[0]
    reading = person.names.read(text, person.names.topic_names(turn.kb))
    if await person.names.reads_as_topic(turn, reading):  # «pesel dziecka»
        reading = person.names.Reading("question")
    if reading.kind == "question":  # «how much are the lessons?»: answer it, or the name again
        return person.offer_answer(turn, text)
    name = reading.name
    if reading.kind != "name" or len(name) > NAME_MAX or not any(c.isalpha() for c in name):
        return stay(Reply(turn.t("co_child_name_bad")), ask_name(turn, course))
    current = draft(turn)
    if current.child_at is not None and current.child_at < len(current.names):
        current.names[current.child_at] = name  # changed from the summary: then their age
        if told is not None:
            return await take_age(turn, course, told[1])
        return go("child_age", ask_age(turn, course))
    current.names.append(name)
    if told is not None:
        return await take_age(turn, course, told[1])
    return await next_step(turn, course)


def _with_age(turn: Turn, text: str) -> tuple[str, int] | None:
    """A child's name with their age («Марічка 8»), the name read as a name; else None."""
    both = child_age.split(text)
    if both is None:
        return None
    reading = person.names.read(both[0], person.names.topic_names(turn.kb))
    return both if reading.kind == "name" else None


async def age_typed(turn: Turn) -> Outcome:
    course = course_of(turn)
    if course is None:
        return end(course_list(turn))
    plea = urgent.in_free_text(turn)
    if plea:
        return again(*plea)
    text = turn.incoming.text or ""
    told = person.answered(turn, text)  # «where?»: the course's page, the age asked again
    if told is not None:
        return told
    if ineligible.typed_yes(turn, text):  # «tak» under «✅ Sign up only: Dima»: pressed
        return await only_others(turn)
    try:
        age = parse_number(text)
    except Invalid:
        alone = child_age.age_alone(text)  # «вісім», «8 років», «eight»
        both = child_age.split(text)  # «Марічка 8» at Марічка's age: her age
        same = both is not None and both[0].casefold() == named(draft(turn)).casefold()
        age = both[1] if both is not None and same else -1 if alone is None else alone
    return await take_age(turn, course, age)


async def take_age(turn: Turn, course: Course, age: int) -> Outcome:
    """The age of the child named last (or being changed): kept if the course takes it; out of
    its range, said so, and where others come too, the choice to sign up only them."""
    least, most = course.service.ages
    if age < 0 or age > 120:
        kept = ineligible.kept(turn)  # «Sign up only: …» still there
        return go("child_age", Reply(turn.t("co_child_age_bad")), ask_age(turn, course, *kept))
    if not least <= age <= most:
        told, rows = ineligible.told(turn, least, most)
        return go("child_age", told, ask_age(turn, course, *rows))
    current = draft(turn)
    if current.child_at is not None and current.child_at < len(current.ages):
        current.ages[current.child_at] = age
    else:
        current.ages.append(age)
    return await next_step(turn, course)


async def only_others(turn: Turn) -> Outcome:
    """course:only: a child the course does not take is left out; the others are signed up."""
    course = course_of(turn)
    if course is None or turn.session.flow != FLOW or turn.session.step != "child_age":
        raise Expired("course:only")
    left_out = ineligible.leave_out(turn)
    if left_out is None:
        raise Expired("course:only")
    return prefixed(await next_step(turn, course), left_out)


async def back(turn: Turn) -> Outcome:
    """course:back: one question back."""
    course = course_of(turn)
    if course is None or turn.session.flow != FLOW or turn.session.step not in STEPS:
        raise Expired("course:back")
    return await _back(turn, course)


async def _back(turn: Turn, course: Course) -> Outcome:
    """The question before this one: a child's name from their age, the last child's age from
    the next child's name, the number of people from the first child, else the name and phone."""
    current, step = draft(turn), turn.session.step
    current.ahead_names, current.ahead_ages = [], []  # the children typed ahead: asked again
    if current.fixing:  # changing one thing from the summary: the summary, as it was
        current.child_at, current.fixing = None, False
        return go("confirm", await summary(turn, course))
    if step == "child_age" and len(current.names) > len(current.ages):
        current.names.pop()
        return go("child_name", ask_name(turn, course))
    if step == "child_name" and current.ages:
        current.ages.pop()
        return go("child_age", ask_age(turn, course))
    current.names, current.ages = [], []
    if step != "people" and course.service.max_people > 1:
        current.people = 0
        return go("people", ask_people(turn, course))
    current.people = 0
    return call("person", "person")


async def ask_again(turn: Turn, course: Course) -> Outcome:
    """The current question about who comes, once more."""
    step = turn.session.step
    if step == "people":
        return go("people", ask_people(turn, course))
    if step == "child_age" and draft(turn).names:
        return go("child_age", ask_age(turn, course, *ineligible.kept(turn)))
    return go("child_name", ask_name(turn, course))


STEPS = ("people", "child_name", "child_age")
