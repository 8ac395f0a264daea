"""Leaving a course said in words («я не зможу ходити на курс, хочу відписатися», «как отменить
запись на курс», «I want to leave the course», «chcę się wypisać z kursu»; tester 24, item 7),
as «cancel my visit» is understood: with one place held, its «Leave» question at once (asked,
not done: the place may go to someone waiting); with several, /mybookings with a «Leave» button
for each. Without a place held, the message is searched as any other."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.flows import Next, Outcome, Replay
from bot.core.words import words
from bot.features.courses.course import of_record
from bot.storage import enrolments as store

# The beginnings of folded words (й as и, accents aside: bot.core.words). A word of ALONE says
# it by itself; one of VERB only with a word of COURSE; one of ATTEND only with both a word of
# COURSE and a negation («не зможу ходити на курс»; «хочу ходити на курс» is not leaving).
ALONE = ("відписат", "відпиш", "виписат", "отписат", "отпиш", "unsubscrib", "unenrol", "wypisa",
         "wypisz", "zrezygnow", "rezygnuj")  # fmt: skip
VERB = ("скасув", "відмін", "відмов", "вийти", "покину", "кинути", "отмен", "откаж", "отказ",
        "выити", "уити", "брос", "cancel", "leave", "quit", "drop", "withdraw", "odwol", "anulow",
        "rezygn", "opuscic", "zrezygn")  # fmt: skip
ATTEND = ("ходит", "відвідув", "посещ", "attend", "go", "come", "chodzi", "uczeszcz", "przychodz")
COURSE = ("курс", "занят", "занятт", "урок", "навчан", "обучен", "course", "class", "lesson",
          "kurs", "zajec", "lekcj")  # fmt: skip
NOT = frozenset(("не", "not", "cant", "cannot", "wont", "nie", "dont", "no"))


def says_leave(text: str) -> bool:
    """Whether `text` asks to leave a course (see the lists above)."""
    said = words(text)
    course = any(w.startswith(COURSE) for w in said)
    if any(w.startswith(ALONE) for w in said):
        return True
    if not course:
        return False
    if any(w.startswith(VERB) for w in said):
        return True
    return any(w.startswith(ATTEND) for w in said) and any(w in NOT for w in said)


async def typed(turn: Turn, next_: Next) -> Outcome:
    """The text pipeline's step: a place held and leaving said, its «Leave» asked."""
    if not says_leave(turn.incoming.text or ""):
        return await next_()
    held = await store.all_for(turn.tx, turn.incoming.channel, turn.incoming.user_id, active=True)
    live = []
    for enrolment in held:
        course = of_record(turn.settings, enrolment.office, enrolment.service)
        if course is not None and not course.finished(turn.now):
            live.append(enrolment)
    if not live:
        return await next_()
    if len(live) == 1:
        return Outcome(replay=Replay(payload=f"course:leave:{live[0].id}"))
    return Outcome(replay=Replay(payload="course:mine"))
