"""Closing and reopening a course's sign-up in the staff chat. Closing asks first (a mis-tap
would turn newcomers away unseen): «🔒 Close sign-up» (courses:close:<service>) shows what
closing does, with «Yes, close sign-up» (courses:close_now:<service>) and «No, keep it open»
(courses:show:<service>, the card again); reopening (courses:reopen:<service>) is at once, as
it only lets people in again."""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.messages import Button, Reply
from bot.features.courses.staff import card, course_arg
from bot.features.courses.views import staff_voice
from bot.storage import courses as records


async def ask_close(turn: Turn) -> Outcome:
    """«Close sign-up for …?»: what it does, yes or no (already closed: the card, saying so)."""
    course = course_arg(turn)
    v = staff_voice(turn)
    title = markup.literal(course.title(v.lang))
    if course.id in await records.closed(turn.tx, course.office.id):
        return stay(await card(turn, course, v("sc_close_already", course=title)))
    rows = [
        [Button(v("sc_btn_close_yes"), f"courses:close_now:{course.id}")],
        [Button(v("sc_btn_close_keep"), f"courses:show:{course.id}")],
    ]
    return stay(Reply(v("sc_close_question", course=title), rows))


async def close(turn: Turn) -> Outcome:
    course = course_arg(turn)
    v = staff_voice(turn)
    title = markup.literal(course.title(v.lang))
    by_whom = turn.incoming.sender_name
    if not await records.close(turn.tx, course.office.id, course.id, turn.now, by_whom):
        return stay(await card(turn, course, v("sc_close_already", course=title)))  # 2nd tap
    by = markup.literal(turn.incoming.sender_name or "—")
    return stay(await card(turn, course, v("sc_closed_done", course=title, by=by)))


async def reopen(turn: Turn) -> Outcome:
    course = course_arg(turn)
    await records.reopen(turn.tx, course.office.id, course.id)
    v = staff_voice(turn)
    note = v(
        "sc_reopened",
        course=markup.literal(course.title(v.lang)),
        by=markup.literal(turn.incoming.sender_name or "—"),
    )
    return stay(await card(turn, course, note))
