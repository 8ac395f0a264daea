"""A family (or a group) and the seats (config `max_people`): when fewer seats are free than
people, the summary offers «N now, the rest on the waiting list» or «all wait together»; a
sign-up split so; seats that free up for fewer people than a waiting family needs offered to
its first people (a family waiting together: once, places nobody behind it fits are held for
it so: waiting.tell_free), the rest keeping its number; and what the parent is told of it.
The waiting list's rule: docs/services.md, "The waiting list"; the storage:
bot.storage.waiting_list.

Buttons: course:confirm:<token>:split and course:confirm:<token>:together (the summary);
an offer of seats for some of a family is course:take:<id> and course:decline:<id>, as any
offer (mine.py), «⏳ Wait for places for all» being its decline.
"""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, end
from bot.core.messages import Button, Reply
from bot.features.courses import joined
from bot.features.courses.course import Course
from bot.features.courses.views import Voice, course_text, mine_row, voice
from bot.features.menu import nav_row
from bot.storage import enrolments as store
from bot.storage import waiting_list
from bot.storage.enrolments import Child

BUTTON_NAMES = 30  # characters of children's names in a button


def names(v: Voice, children: tuple[Child, ...], people: int) -> str:
    """Who, in a message: the children by name («Аня, Петро», escaped), else how many."""
    if children:
        return ", ".join(markup.literal(c.name) for c in children)
    return v.plural("co_people_count", people)


def plain_names(v: Voice, children: tuple[Child, ...], people: int) -> str:
    """Who, on a button: the names as typed (plain text), shortened."""
    if not children:
        return v.plural("co_people_count", people)
    text = ", ".join(c.name for c in children)
    return text if len(text) <= BUTTON_NAMES else text[: BUTTON_NAMES - 1] + "…"


def instead_rows(
    v: Voice, now: tuple[Child, ...], rest: tuple[Child, ...], payload: str, offset: int = 0
) -> list[list[Button]]:
    """«🔄 Іван now, instead of Петро» for each child of `rest` (`payload`:<their index, plus
    `offset`>): the parent chooses which children take the places (choose.py)."""
    if not now or not rest:
        return []
    last = _short(now[-1].name)
    return [
        [Button(v("co_btn_instead", name=_short(c.name), other=last), f"{payload}:{i + offset}")]
        for i, c in enumerate(rest)
    ]


def _short(name: str, most: int = 16) -> str:
    return name if len(name) <= most else name[: most - 1] + "…"


def who(v: Voice, enrolment: store.Enrolment) -> str:
    return names(v, enrolment.children, enrolment.people)


def held_for(v: Voice, part: store.Enrolment, rest: store.Enrolment) -> str:
    """Whom the places held for some of a sign-up are for: the children by name («the places
    are for Аня, Петро»), else the person («the place is yours») and how many more come, or,
    where some of the group have places already (`rest` split off them), how many more."""
    if part.children:
        return v.plural("co_held_kids", len(part.children), names=names(v, part.children, 0))
    if rest.part_of is not None:
        return v.plural("co_held_more", part.people)
    if part.people <= 1:
        return v("co_held_you")
    return v.plural("co_held_you_and", part.people - 1)


def split_choice(
    turn: Turn, course: Course, token: str, kids: tuple[Child, ...], count: int, free: int,
    position: int,
) -> tuple[str, list[list[Button]]]:  # fmt: skip
    """The summary's choice when `free` seats are left for `count` people: the first `free` of
    them now and the rest on the waiting list, or all of them waiting together."""
    v = voice(turn)
    now, rest = (kids[:free], kids[free:]) if kids else ((), ())
    text = v(
        "co_summary_split",
        free=free,
        count=count,
        now=names(v, now, free),
        rest=names(v, rest, count - free),
        position=position,
    )
    rows = [
        [
            Button(
                v("co_btn_confirm_split", now=plain_names(v, now, free)),
                f"course:confirm:{token}:split",
            )
        ],
        [Button(v("co_btn_confirm_together"), f"course:confirm:{token}:together")],
    ]
    rows[1:1] = instead_rows(v, now, rest, f"course:first:{token}", free)  # the parent's choice
    return text, rows


async def sign_up_split(
    turn: Turn, course: Course, new: store.NewEnrolment, now_count: int
) -> Outcome | None:
    """The first `now_count` signed up, the rest on the waiting list; None when the free seats
    were taken meanwhile (nothing written: the caller puts them all on the waiting list)."""
    pair = await waiting_list.enrol_split(turn.tx, turn.now, new, course.seats, now_count)
    if pair is None:
        return None
    seated, rest = pair
    await joined.tell_split(turn, course, seated, rest)  # staff hear of it as of any sign-up
    v = voice(turn)
    position = await store.position(turn.tx, rest)
    title = markup.literal(course.title(v.lang))
    hours = v.plural("co_hours", course.service.confirm_hours)
    text = "\n\n".join(
        [
            v("co_split_done", course=title, now=who(v, seated)),
            v("co_split_rest", position=position, rest=who(v, rest), hours=hours),
            course_text(v, course, description=False, spelled=False),
        ]
    )
    return end(Reply(text, [mine_row(v), nav_row(turn, None)]))


def part_offer_reply(
    v: Voice, course: Course, part: store.Enrolment, rest: store.Enrolment, position: int
) -> Reply:
    """Seats freed for fewer people than the family waiting first: for its first people now
    (the rest keep its number), or all of them go on waiting together."""
    assert part.offered_until is not None
    title = markup.literal(course.title(v.lang))
    said = {
        "held": held_for(v, part, rest),
        "rest": who(v, rest),
        "position": position,
        "until": v.deadline(part.offered_until),
    }
    if rest.together:  # a family waiting together: held for it once (waiting.tell_free)
        everyone = names(v, part.children + rest.children, part.people + rest.people)
        text = v.plural("co_together_offer", part.people, course=title, everyone=everyone, **said)
        wait = v("co_btn_keep_together")
    else:
        head = v.plural("co_part_freed", part.people, course=title)
        text = f"{head}\n{v.plural('co_part_offer', part.people, **said)}"
        wait = v("co_btn_wait_together")
    take = v("co_btn_take_part", now=plain_names(v, part.children, part.people))
    rows = [
        [Button(take, f"course:take:{part.id}")],
        *instead_rows(v, part.children, rest.children, f"course:swap:{part.id}"),
        [Button(wait, f"course:decline:{part.id}")],
    ]
    return Reply(f"{text}\n\n{course_text(v, course, description=False)}", rows)


def whole_offer_reply(v: Voice, course: Course, enrolment: store.Enrolment) -> Reply:
    """Places freed for all the people of a sign-up (a family, a group): named, as the offer
    of seats for some of them names them."""
    assert enrolment.offered_until is not None
    title = markup.literal(course.title(v.lang))
    head = v.plural("co_part_freed", enrolment.people, course=title)
    body = v("co_offer_all", everyone=who(v, enrolment), until=v.deadline(enrolment.offered_until))
    take = v("co_btn_take_part", now=plain_names(v, enrolment.children, enrolment.people))
    rows = [
        [Button(take, f"course:take:{enrolment.id}")],
        [Button(v("co_btn_no_thanks"), f"course:decline:{enrolment.id}")],
    ]
    return Reply(f"{head}\n{body}\n\n{course_text(v, course, description=False)}", rows)


def kept_text(
    v: Voice, course: Course, family: store.Enrolment, position: int, key: str = "co_part_kept"
) -> str:
    """The seats for some of them turned down ('co_part_kept') or not taken in time
    ('co_part_lapsed'): all of them wait together, at their number; such places are not held
    for them again (waiting_list.held_once), and they are told what happens instead."""
    title = markup.literal(course.title(v.lang))
    text = v(key, course=title, everyone=who(v, family), position=position)
    return f"{text} {v('co_held_once_rule')}"  # its one hold is over: what comes next


def rest_line(v: Voice, rest: store.Enrolment, position: int) -> str:
    """Under «the places are yours»: who of the family is still waiting, and their number."""
    return v("co_rest_waiting", position=position, rest=who(v, rest))


__all__ = [
    "kept_text",
    "names",
    "part_offer_reply",
    "rest_line",
    "sign_up_split",
    "split_choice",
    "who",
    "whole_offer_reply",
]
