"""/forget and a course's card staff opened earlier: the card is edited to the lists as they are
now (the person's sign-up gone, the place passed on, the counts «Zapisani (0 z 1)» right), not
left counting them with their lines masked (tester 39, F9). A note over the card (who was taken
off, to whom a place was offered) stays, the person's lines of it masked; a card replaced in
place since (an attendance sheet opened over it) is left to the privacy feature's masking."""

from __future__ import annotations

from dataclasses import replace

from bot.core.dispatch import Turn
from bot.core.messages import Reply
from bot.features.courses.course import find
from bot.features.courses.staff import Noted, card
from bot.features.courses.views import Voice
from bot.storage import erasure

HEAD = "🎓 "  # the card's own first line (staff.card), under a note if it has one


async def cards_again(turn: Turn) -> None:
    """Every course card in an office's staff chat that shows this person, as it is now."""
    subject = turn.subject
    offices = turn.settings.offices.values()
    for office in offices:
        if office.staff_chat_id is None:
            continue
        chat = str(office.staff_chat_id)
        shared = sum(o.staff_chat_id == office.staff_chat_id for o in offices) > 1
        v = Voice(turn.services, office.staff_language)
        line = v("staff_line_removed")
        for listed in reversed(await erasure.shown_in_chat_with(turn.tx, chat, [], subject)):
            course_id = _course_of(listed.reply)
            course = find(turn.settings, office, course_id) if course_id else None
            if listed.stale or course is None or subject not in listed.reply.shows:
                continue
            if shared and listed.shown.topic != office.staff_topic_id:  # another office's
                continue
            note, noted = _note(listed.reply, subject, line)
            fresh = await card(turn, course, note, noted, v)
            await erasure.set_reply(turn.tx, listed.item_id, fresh)
            edit = replace(fresh, edit_message_id=listed.shown.message_id, replace=False)
            await turn.to_staff(edit, action="edit", about=None, office=office)


def _course_of(reply: Reply) -> str | None:
    """The course a card is of, by its «✉️ write to everyone» button (only a card has it)."""
    for row in reply.buttons:
        for button in row:
            parts = button.payload.split(":")
            if len(parts) == 3 and parts[:2] == ["courses", "write"]:
                return parts[2]
    return None


def _note(old: Reply, subject: str, line: str) -> tuple[str | None, Noted]:
    """The note over an old card, without the person's lines, and the other people's lines of
    it (theirs, for their own /forget)."""
    lines = old.text.split("\n")
    head = next((i for i, text in enumerate(lines) if text.startswith(HEAD)), 0)
    if head < 2:  # no note: the card's first line is its own
        return None, ()
    theirs = {i for m in old.marks if m.subject == subject for i in m.lines}
    kept: list[str] = []
    for i, text in enumerate(lines[: head - 1]):
        if i not in theirs:
            kept.append(text)
        elif not kept or kept[-1] != line:
            kept.append(line)
    owned = sorted(
        (i, m.subject) for m in old.marks if m.subject != subject for i in m.lines if i < head - 1
    )
    return "\n".join(kept), [(whose, lines[i]) for i, whose in owned]
