""" "Message everyone enrolled", from the staff chat.

courses:write:<service> posts a prompt in the office's staff chat (through the outbox, so the
prompt's message id is remembered); a staff member replies to it with the text, which goes to
each person enrolled, in a message headed in their own language with the course's name. Where
someone is on the waiting list (or offered a seat), the button first asks to whom: those
signed up, the waiting list, or both (courses:write:<service>:<audience>, records.AUDIENCES).
Each person gets one message, however many parts their sign-up has (a family: some signed up,
the rest waiting). One prompt sends one message: replying to it again is refused, so nobody
gets a text twice by mistake. A reply to it, or a person's first answer in the next hours,
reaches the staff chat (thread.py).
"""

from __future__ import annotations

from bot.core import markup, staff_text
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.messages import Button, Reply
from bot.features.courses.course import of_record
from bot.features.courses.staff import course_arg
from bot.features.courses.views import Voice, note_reply, person_voice, staff_voice
from bot.features.courses.waiting import Out
from bot.storage import Tx, message_refs
from bot.storage import courses as records
from bot.storage import enrolments as store
from bot.storage import threads as threads_store

TEXT_MAX = 3000  # leaves room for the header within one Telegram message


STATUSES = {"enrolled": ("enrolled",), "waiting": ("offered", "waiting"), "all": store.ACTIVE}


async def recipients(tx: Tx, office: str, service: str, audience: str) -> list[store.Enrolment]:
    """Whom a message to `audience` goes to: one sign-up a person, in the lists' order."""
    seen: set[tuple[str, str]] = set()
    found = []
    for enrolment in await store.of_course(tx, office, service):
        who = (enrolment.channel, enrolment.user_id or f"#{enrolment.id}")
        if enrolment.status in STATUSES[audience] and who not in seen:
            seen.add(who)
            found.append(enrolment)
    return found


async def write(turn: Turn) -> Outcome:
    """courses:write:<service>[:<audience>]: to whom (where someone waits), then the prompt."""
    course = course_arg(turn)
    v = staff_voice(turn)
    office, title = course.office.id, markup.literal(course.title(v.lang))
    chosen = turn.args[1] if len(turn.args) == 2 else ""
    audience = chosen if chosen in records.AUDIENCES else None
    if audience is None:
        counts = {a: len(await recipients(turn.tx, office, course.id, a)) for a in STATUSES}
        if counts["waiting"]:
            rows = [
                [
                    Button(
                        v(f"sc_btn_write_{a}", people=_people(v, n)),
                        f"courses:write:{course.id}:{a}",
                    )
                ]
                for a, n in counts.items()
                if n
            ]
            return stay(Reply(v("sc_write_whom", course=title), rows))
        audience = "enrolled"  # nobody waits: to those signed up, as ever
    people = await recipients(turn.tx, office, course.id, audience)
    if not people:
        return stay(Reply(v("sc_write_nobody", course=title)))
    note = await records.new_note(turn.tx, turn.now, office, course.id, audience)
    key = "sc_write_prompt" if audience == "enrolled" else f"sc_write_prompt_{audience}"
    said = v(key, course=title, people=_people(v, len(people)))
    prompt = Reply(f"{said}\n{await _languages(turn, v, people)}")
    await turn.to_staff(prompt, ref_kind=records.REF_NOTE, ref_id=note, about=None)
    return stay()


async def _languages(turn: Turn, v: Voice, people: list[store.Enrolment]) -> str:
    """Which languages the recipients read, the most read first («ukraiński — 3, angielski —
    1»): staff write in one they read (the header alone is in each person's; tester 39, F17)."""
    counts: dict[str, int] = {}
    for enrolment in people:
        lang = (await person_voice(turn.services, turn.tx, enrolment)).lang
        counts[lang] = counts.get(lang, 0) + 1
    ordered = sorted(counts.items(), key=lambda item: -item[1])
    named = ", ".join(f"{v.language_name(lang)} — {n}" for lang, n in ordered)
    return v("sc_write_languages", languages=named)


def _people(v: Voice, count: int) -> str:
    return v.plural("sc_people", count)


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
    text = staff_text.typed(incoming.text)
    if not text:
        return stay(Reply(v("sc_note_text_only")))
    if staff_text.command_like(text):  # never for the people signed up
        return stay(Reply(v("staff_reply_command_like")))
    if len(text) > TEXT_MAX:
        return stay(Reply(v("sc_note_too_long", limit=TEXT_MAX)))
    if note.sent_at is not None:
        return stay(Reply(v("sc_note_already")))
    enrolled = await recipients(turn.tx, note.office, note.service, note.audience)
    out = Out.of(turn)
    for enrolment in enrolled:
        person = await person_voice(turn.services, turn.tx, enrolment)
        waits = enrolment.status != "enrolled"  # headed «to its waiting list»
        reply = note_reply(person, course, text, waiting=waits)
        await out.send(enrolment, reply, records.REF_NOTE_PERSON)
    await records.note_sent(turn.tx, note.id, turn.now, out.queued)
    # a reply to it, or their first answer shortly after, reaches the staff chat (thread.py)
    written = [e.id for e in enrolled if e.chat_id]
    await threads_store.enrolments_noted(turn.tx, written, turn.now)
    people = _people(v, out.queued)
    title = markup.literal(course.title(v.lang))
    key = "sc_note_sent" if note.audience == "enrolled" else f"sc_note_sent_{note.audience}"
    return stay(Reply(v(key, people=people, course=title)))
