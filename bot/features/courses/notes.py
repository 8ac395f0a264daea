""" "Message everyone enrolled", from the staff chat.

courses:write:<service> posts a prompt in the office's staff chat (through the outbox, so the
prompt's message id is remembered); a staff member replies to it with the text, which goes to
each person enrolled, in a message headed in their own language with the course's name. One
prompt sends one message: replying to it again is refused, so nobody gets a text twice by
mistake. A reply to it, or a person's first answer in the next hours, reaches the staff chat
(thread.py).
"""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.messages import Reply
from bot.features.courses.course import of_record
from bot.features.courses.staff import course_arg
from bot.features.courses.views import note_reply, person_voice, staff_voice
from bot.features.courses.waiting import Out
from bot.storage import courses as records
from bot.storage import enrolments as store
from bot.storage import message_refs
from bot.storage import threads as threads_store

TEXT_MAX = 3000  # leaves room for the header within one Telegram message


async def write(turn: Turn) -> Outcome:
    """courses:write:<service>: the prompt to reply to."""
    course = course_arg(turn)
    v = staff_voice(turn)
    enrolled = await store.enrolled_in(turn.tx, course.office.id, course.id)
    title = markup.literal(course.title(v.lang))
    if not enrolled:
        return stay(Reply(v("sc_write_nobody", course=title)))
    note = await records.new_note(turn.tx, turn.now, course.office.id, course.id)
    people = turn.services.t.plural(v.lang, "sc_people", len(enrolled))
    prompt = Reply(v("sc_write_prompt", course=title, people=people))
    await turn.to_staff(prompt, ref_kind=records.REF_NOTE, ref_id=note, about=None)
    return stay()


async def staff_reply(turn: Turn) -> Outcome:
    """A reply in the staff chat: to a "message everyone" prompt? Send it to everyone."""
    incoming = turn.incoming
    ref = await message_refs.ref_of(
        turn.tx, incoming.channel, incoming.chat_id, incoming.reply_to or ""
    )
    if ref is None or ref[0] != records.REF_NOTE:
        return stay()  # not ours
    note = await records.get_note(turn.tx, ref[1])
    if note is None:
        return stay()
    course = of_record(turn.settings, note.office, note.service)
    v = staff_voice(turn)
    turn.staff_may(note.office, course.title(v.lang) if course else "")
    if course is None:
        return stay(Reply(v("staff_button_expired")))
    text = (incoming.text or "").strip()
    if not text:
        return stay(Reply(v("sc_note_text_only")))
    if len(text) > TEXT_MAX:
        return stay(Reply(v("sc_note_too_long", limit=TEXT_MAX)))
    if note.sent_at is not None:
        return stay(Reply(v("sc_note_already")))
    enrolled = await store.enrolled_in(turn.tx, note.office, note.service)
    out = Out.of(turn)
    for enrolment in enrolled:
        person = await person_voice(turn.services, turn.tx, enrolment)
        await out.send(enrolment, note_reply(person, course, text), records.REF_NOTE_PERSON)
    await records.note_sent(turn.tx, note.id, turn.now, out.queued)
    # a reply to it, or their first answer shortly after, reaches the staff chat (thread.py)
    written = [e.id for e in enrolled if e.chat_id]
    await threads_store.enrolments_noted(turn.tx, written, turn.now)
    people = turn.services.t.plural(v.lang, "sc_people", out.queued)
    title = markup.literal(course.title(v.lang))
    return stay(Reply(v("sc_note_sent", people=people, course=title)))
