"""Another child asked for in words: «хочу записати ще сина», «хочу записать ещё дочку», «I want
to sign up my other son too», «chcę zapisać jeszcze córkę», typed outside a form by a parent
with a child on a children's course of this office, is the course page's «➕ Sign up another
child» (another_child.py), not a question for the search. Narrow on purpose: the words must
sign someone up, say «more» (ще, ещё, another, jeszcze …) and name a child, in a short message;
anyone without a child on a children's course, and any other text, goes on down the pipeline.

Several courses the child could join: a button for each. None (the sign-up already has as many
children as one takes): says so. Sign-up closed or nobody signed up yet: the course's page,
which says why.

Typed where the page seen last is a children's course's, with its «Sign up» (the person not on
it: `choices.SIGN_UP`, kept outside a form) or its «➕ Sign up another child», it is that button:
the course's sign-up starts. There «more» is not needed: a verb of signing up and a child are
enough («хочу записати сина», «хочу записать дочь», «chcę zapisać syna», «I want to sign up my
son»), not a word of registering (a PESEL, a meldunek), nor a no («не хочу записувати сина»).
The course's first page (/services: its «🗓 Dates and sign-up», course:open) counts too: the
sign-up itself starts (tester 21, item 12). One son or daughter said (`one_child`) is one
child: the sign-up starts with how many set to one (course:enrol:<id>:1), not asked.
"""

from __future__ import annotations

import re

from bot.core import children, markup
from bot.core.choices import SIGN_UP
from bot.core.dispatch import Turn
from bot.core.flows import Next, Outcome, Replay, stay
from bot.core.messages import Button, Reply
from bot.core.words import folded
from bot.features.courses.another_child import joins
from bot.features.courses.course import Course, find, of_record
from bot.features.courses.page import ONE_CHILD, owns
from bot.features.courses.views import mine_row, voice
from bot.features.menu import nav_row
from bot.storage import enrolments as store

MOST_WORDS = 12  # a longer message is a question or a story: the search reads it

_SIGN_UP = re.compile(
    r"(?<!\w)(?:"
    r"(?:за|до)?запи[сш]\w*|зареестр\w*|зарегистр\w*|добав\w*|дода[тмию]\w*"  # uk, ru
    r"|(?:zapis|zapisz|dopis|dopisz|zarejestr|doda)\w*"  # pl
    r"|sign(?:ed|ing)?(?: \w+){0,4} up|signup|enrol\w*|register\w*|add"  # en
    r")(?!\w)"
)
_MORE = re.compile(
    r"(?<!\w)(?:"
    r"ще|еще|тоже|также|теж|також|втор\w*|друг(?:ои|ого|ую|у|а|ии|оі)|інш\w*|одн\w* більше"
    r"|another|other|too|also|second|more|as well"
    r"|jeszcze|tez|takze|rowniez|drug\w*|kolejn\w*|inn\w*"
    r")(?!\w)"
)
_ENROL = re.compile(  # signing up alone: on a course's page, no «more» needed
    r"(?<!\w)(?:"
    r"(?:за|до)?запи[сш]\w*"  # uk, ru: записати, записать, дописати
    r"|(?:zapis|zapisz|dopis|dopisz)\w*"  # pl
    r"|sign(?:ed|ing)?(?: \w+){0,4} up|signup|enrol\w*"  # en
    r")(?!\w)"
)
# the sign-up buttons: the course's page's, the first page's (/services: «🗓 Dates and sign-up»)
_SIGN_UP_PAYLOAD = re.compile(r"^course:(?:enrol|more|open):")
_ONE = re.compile(  # one son, one daughter, one child: no «how many?» (tester 21, item 12)
    r"(?<!\w)(?:син|сина|сину|синочка|синка|доньку|донечку|дочку|доню|дитину|дитинку"
    r"|сын|сына|сынка|сыночка|дочь|дочка|дочку|доченьку|ребенка|ребеночка"
    r"|syn|syna|synka|corke|corka|coreczke|dziecko|son|daughter|child|kid|boy|girl)(?!\w)"
)
_MANY = re.compile(  # two or more: the count asked, as before
    r"\d|(?<!\w)(?:двох|двоє|двое|двоих|обох|обоих|трьох|троє|трое|троих|два|дві|две|three|two"
    r"|both|twins|близнюк\w*|близнец\w*|dwoje|dwa|dwie|troje|oboje|obu|blizni\w*"
    r"|дітей|детей|діток|деток|синів|сыновей|доньок|дочок|дочерей|dzieci|synow|corek|kids"
    r"|children|sons|daughters|брат\w*|сестр\w*|brothers?|sisters?|siblings?|brat\w*|siostr\w*)"
    r"(?!\w)"
)
_NO = re.compile(r"(?<!\w)(?:не|нет|ні|nie|not|dont|do not|wont|no)(?!\w)")
_SIBLING = re.compile(  # a brother or a sister: a child too, here
    r"(?<!\w)(?:брат\w*|сестр\w*|сестер|brothers?|sisters?|siblings?|brat\w*|siostr\w*)(?!\w)"
)


def asks_another(text: str) -> bool:
    """The text asks to sign up one more child («ще сина», «another daughter»)."""
    said = folded(text)
    if not said or len(said.split()) > MOST_WORDS:
        return False
    child = children.about_a_child(said) or _SIBLING.search(said) is not None
    return child and _SIGN_UP.search(said) is not None and _MORE.search(said) is not None


def signs_up_a_child(text: str) -> bool:
    """The text signs up a child («хочу записати сина», «I want to sign up my son»; «more» may
    be said or not), with no «no» in it: on a children's course's page, its «Sign up»."""
    if asks_another(text):  # «ще сина»: as before
        return True
    said = folded(text)
    if not said or len(said.split()) > MOST_WORDS or _NO.search(said):
        return False
    child = children.about_a_child(said) or _SIBLING.search(said) is not None
    return child and _ENROL.search(said) is not None


def one_child(text: str) -> bool:
    """The words sign up one child («хочу записати сина», «chcę zapisać córkę», «I want to sign
    up my son»): one son, daughter or child named, no number, no children, no brother or sister."""
    said = folded(text)
    if _MORE.search(said) is not None:  # «my other son too»: a family, asked how many as before
        return False
    return len(_ONE.findall(said)) == 1 and _MANY.search(said) is None


def another_in_sign_up(text: str) -> bool:
    """Inside a children's course's sign-up, «more» and a child are enough («і ще доньку Соню 8
    років», «also my son»): no «sign up» needed there."""
    said = folded(text)
    if not said or len(said.split()) > MOST_WORDS:
        return False
    child = children.about_a_child(said) or _SIBLING.search(said) is not None
    return child and _MORE.search(said) is not None


async def _childrens_courses(turn: Turn) -> list[Course]:
    """This office's children's courses, not over, the person has a child on (signed up,
    offered a place or waiting)."""
    held = await store.all_for(turn.tx, turn.incoming.channel, turn.incoming.user_id, active=True)
    found: list[Course] = []
    for enrolment in held:
        course = of_record(turn.settings, enrolment.office, enrolment.service)
        if (
            course is not None
            and enrolment.children
            and enrolment.office == turn.office.id
            and course.service.for_children
            and not course.finished(turn.now)
            and all(c.id != course.id for c in found)
        ):
            found.append(course)
    return found


async def typed(turn: Turn, next_: Next) -> Outcome:
    """The text pipeline's step: another child, typed, on a children's course."""
    text = turn.incoming.text or ""
    page_seen = _sign_up_seen(turn)
    if page_seen is not None and signs_up_a_child(text):  # the page seen last: its «Sign up»
        if page_seen.startswith("course:open:"):  # the first page: its sign-up, not the next page
            page_seen = page_seen.replace("course:open:", "course:enrol:", 1)
        if page_seen.startswith("course:enrol:") and one_child(text):
            page_seen += f":{ONE_CHILD}"
        return Outcome(replay=Replay(payload=page_seen))
    if not asks_another(text):
        return await next_()
    courses = await _childrens_courses(turn)
    if not courses:
        return await next_()
    room = [c for c in courses if await joins(turn, c) is not None]
    if len(room) == 1 or not room and not await _full(turn, courses[0]):
        return Outcome(replay=Replay(payload=f"course:more:{(room or courses)[0].id}"))
    v = voice(turn)
    rows = [mine_row(v), nav_row(turn, None)]
    if not room:
        return stay(Reply(v("co_more_too_many", count=courses[0].service.max_people), rows))
    label = v("co_btn_more_child")
    buttons = [
        [Button(f"{label}: {markup.shortened(c.title(v.lang), 30)}", f"course:more:{c.id}")]
        for c in room
    ]
    return stay(Reply(v("co_more_which"), [*buttons, *rows]))


def _sign_up_seen(turn: Turn) -> str | None:
    """The «Sign up» (or «➕ Sign up another child») of the children's course whose page the
    person saw last, outside a form."""
    if turn.session.flow is not None:
        return None
    for button in turn.session.shown:
        service = _SIGN_UP_PAYLOAD.sub("", button.payload)
        course = find(turn.settings, turn.office, service) if button.means == SIGN_UP else None
        if course is not None and course.service.for_children:
            return button.payload
    return None


async def _full(turn: Turn, course: Course) -> bool:
    """The family's sign-up already has as many children as one takes."""
    kids = sum(len(e.children) for e in await owns(turn, course))
    return kids >= course.service.max_people
