"""Places free now (held by nobody) taken by a sign-up waiting together for more (a family that
chose «all wait together», or let places for some of them go) for some of its people, the
others waiting on with its number: from /mybookings («🪑 Take the free place now»), or from the
message that a place freed up that is not enough for all of them (waiting.tell_free: once the
sign-up has held places for some of its people before; the first time they are held for it, an
offer, family.part_offer_reply). The
parent chooses which children, as at the summary («🔄 Петро now, instead of Аня»). The places
are anyone's until taken: whoever comes first (a newcomer may take a place the family cannot
use whole), so a tap after they went says so, and the family keeps its number.

Buttons: course:free:<id>[:<i.j>] (the choice: children i and j now, in that order) and
course:free_now:<id>:<i.j> (signs them up).
"""

from __future__ import annotations

import datetime as dt

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import index, record_id
from bot.features.courses import joined
from bot.features.courses.course import Course, of_record
from bot.features.courses.family import names, plain_names, who
from bot.features.courses.views import Voice, course_text, mine_row, voice
from bot.features.menu import nav_row
from bot.storage import Tx, waiting_list
from bot.storage import enrolments as store
from bot.storage.enrolments import Child


async def free_for(tx: Tx, enrolment: store.Enrolment, course: Course, now: dt.datetime) -> int:
    """How many places this sign-up on the waiting list may take now for some of its people
    (fewer than all of them: places for all are offered to it as the list moves up); 0: none."""
    if enrolment.status != "waiting" or enrolment.people < 2 or not course.offers_seats(now):
        return 0
    free = await waiting_list.free_seats(tx, enrolment.office, enrolment.service)
    return max(0, min(free, enrolment.people - 1))


def take_button(v: Voice, course: Course, enrolment: store.Enrolment, free: int) -> Button:
    title = markup.shortened(course.title(v.lang), 30)
    label = v.plural("co_btn_free_take", free, course=title)
    return Button(label, f"course:free:{enrolment.id}")


def free_reply(
    v: Voice, course: Course, enrolment: store.Enrolment, position: int, free: int
) -> Reply:
    """To a sign-up waiting together: places are free, too few for all of them; they may take
    them for some now."""
    text = v.plural(
        "co_free_now",
        free,
        course=markup.literal(course.title(v.lang)),
        everyone=who(v, enrolment),
        position=position,
    )
    return Reply(text, [[take_button(v, course, enrolment, free)], mine_row(v)])


def held_behind_reply(
    v: Voice, course: Course, enrolment: store.Enrolment, position: int, free: int
) -> Reply:
    """To a sign-up waiting together that held places once, ahead of the one the free places
    are now held for (waiting.tell_free): why not for them, and that they keep their number."""
    text = v.plural(
        "co_held_behind",
        free,
        course=markup.literal(course.title(v.lang)),
        everyone=who(v, enrolment),
        position=position,
    )
    return Reply(text, [mine_row(v)])


def _code(picked: tuple[int, ...]) -> str:
    return ".".join(str(i) for i in picked)


def _picked(text: str | None, enrolment: store.Enrolment, free: int) -> tuple[int, ...] | None:
    """The children (their indexes in the sign-up) a payload names, `free` of them, distinct;
    None for anything else."""
    if text is None:
        return None
    found = tuple(index(part, enrolment.people) for part in text.split("."))
    picked = tuple(i for i in found if i is not None)
    if len(picked) != len(found) or len(set(picked)) != len(picked) or len(picked) != free:
        return None
    return picked


def _split(
    enrolment: store.Enrolment, picked: tuple[int, ...]
) -> tuple[tuple[Child, ...], tuple[Child, ...]]:
    kids = enrolment.children
    now = tuple(kids[i] for i in picked if i < len(kids))
    return now, tuple(c for i, c in enumerate(kids) if i not in picked)


async def own_enrolment(turn: Turn) -> tuple[store.Enrolment, Course]:
    """The person's own sign-up its button names first (`courses:…:<id>`), with its course;
    anyone else's, or a course no longer offered: Expired."""
    number = record_id(turn.args[0]) if turn.args else None
    enrolment = await store.get(turn.tx, number) if number is not None else None
    if (
        enrolment is None
        or enrolment.channel != turn.incoming.channel
        or enrolment.user_id != turn.incoming.user_id
    ):
        raise Expired("course")
    course = of_record(turn.settings, enrolment.office, enrolment.service)
    if course is None:
        raise Expired("course")
    return enrolment, course


async def _gone(turn: Turn, course: Course, enrolment: store.Enrolment) -> Reply:
    """The free places went meanwhile (or they are no longer on the waiting list)."""
    v = voice(turn)
    rows = [mine_row(v), nav_row(turn, None)]
    if enrolment.status != "waiting":
        return Reply(v.of(course, "co_left_already"), rows, replace=True)
    position = await store.position(turn.tx, enrolment)
    title = markup.literal(course.title(v.lang))
    text = v("co_free_gone", course=title, everyone=who(v, enrolment), position=position)
    return Reply(text, rows, replace=True)


async def choose(turn: Turn) -> Outcome:
    """course:free:<id>[:<i.j>]: who takes the free places now; the others, and their number."""
    enrolment, course = await own_enrolment(turn)
    free = await free_for(turn.tx, enrolment, course, turn.now)
    if not free:
        return stay(await _gone(turn, course, enrolment))
    given = turn.args[1] if len(turn.args) == 2 else None
    picked = _picked(given, enrolment, free) or tuple(range(free))
    now, rest = _split(enrolment, picked)
    v = voice(turn)
    position = await store.position(turn.tx, enrolment)
    text = v(
        "co_free_choice",
        course=markup.literal(course.title(v.lang)),
        now=names(v, now, free),
        rest=names(v, rest, enrolment.people - free),
        position=position,
    )
    take = v("co_btn_take_part", now=plain_names(v, now, free))
    rows = [[Button(take, f"course:free_now:{enrolment.id}:{_code(picked)}")]]
    last = enrolment.children[picked[-1]].name[:16] if now else ""
    for i, child in enumerate(enrolment.children):  # «🔄 Петро now, instead of Аня»
        if i not in picked:
            swapped = (i, *picked[:-1])
            label = v("co_btn_instead", name=child.name[:16], other=last)
            rows.append([Button(label, f"course:free:{enrolment.id}:{_code(swapped)}")])
    rows.append([Button(v("co_btn_keep_together"), "course:mine")])
    return stay(Reply(text, rows, replace=True))


async def take(turn: Turn) -> Outcome:
    """course:free_now:<id>:<i.j>: those children signed up now, the others keep waiting."""
    enrolment, course = await own_enrolment(turn)
    if len(turn.args) != 2:
        raise Expired("course")
    count = len(turn.args[1].split("."))
    free = await free_for(turn.tx, enrolment, course, turn.now)
    picked = _picked(turn.args[1], enrolment, count) if count <= free else None
    part = None
    if picked is not None:
        part = await waiting_list.take_free(turn.tx, turn.now, enrolment, picked)
    if part is None:
        return stay(await _gone(turn, course, enrolment))
    rest = await store.get(turn.tx, enrolment.id)
    assert rest is not None
    await joined.tell_taken(turn, course, part, rest)  # staff hear of it as of a sign-up
    v = voice(turn)
    title = markup.literal(course.title(v.lang))
    text = "\n\n".join(
        [
            v("co_split_done", course=title, now=who(v, part)),
            v("co_rest_waiting", position=await store.position(turn.tx, rest), rest=who(v, rest)),
            course_text(v, course, description=False, spelled=False),
        ]
    )
    return stay(Reply(text, [mine_row(v), nav_row(turn, None)], replace=True))
