"""Someone else who wants to come too, said outside a form by a person with a place on an adults'
course («жена тоже хочет на этот курс, как её записать?», «my wife wants to join too, how do I
sign her up?»; tester 41, F7: «no answer»): how many places their sign-up holds, and that whoever
comes with them signs up themselves, from their own phone. Said in words as at a sign-up's summary
(companion.along: an adult named, and coming or signing up) with a word for a course, without a
no; anyone without such a place, and any other text, goes on down the pipeline (to the search)."""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Next, Outcome, stay
from bot.core.messages import Reply
from bot.core.words import words
from bot.features.courses.companion import along
from bot.features.courses.course import of_record
from bot.features.courses.leave_typed import COURSE
from bot.features.courses.views import mine_row, voice
from bot.features.menu import nav_row
from bot.storage import enrolments as store


async def typed(turn: Turn, next_: Next) -> Outcome:
    """The text pipeline's step: a place held on an adults' course and a companion said."""
    text = " ".join((turn.incoming.text or "").split())
    if not along(text) or not any(w.startswith(COURSE) for w in words(text)):
        return await next_()
    held = await store.all_for(turn.tx, turn.incoming.channel, turn.incoming.user_id, active=True)
    for enrolment in held:
        course = of_record(turn.settings, enrolment.office, enrolment.service)
        if course is None or course.finished(turn.now) or course.service.for_children:
            continue
        v = voice(turn)
        title = f"«{markup.literal(course.title(v.lang))}»"
        said = v("co_companion_later", course=title, places=enrolment.people)
        return stay(Reply(said, [mine_row(v), nav_row(turn, None)]))
    return await next_()
