"""Someone else coming too, said in words at the summary of a sign-up for adults (tester 40,
F16: «my wife also want to come, can she join with me?» was offered an answer as a question,
and the sign-up stayed one person's without a word). Where one sign-up takes several people
(`max_people`), it is the number of people asked again, counting the one said («me and my
wife»: two, at once), back to the summary after; where it takes one, the person is told that
one sign-up is one place and that whoever comes with them signs up themselves, from their own
chat, and the words are kept as the sign-up's note, so staff read them in the course's list;
the summary again. Never the offer to leave the form for a question. Children's courses:
more_typed.py. The same said with the name at the name step
(«Андрей и жена Ольга»: tester 41, F7): `named`."""

from __future__ import annotations

import re

from bot.core.dispatch import Turn
from bot.core.flows import Outcome, go, prefixed
from bot.core.messages import Reply
from bot.core.words import folded
from bot.features import urgent
from bot.features.assist import Invalid, parse_number
from bot.features.courses import party
from bot.features.courses.course import Course
from bot.features.courses.page import draft, summary
from bot.features.person import aside_kept, companion_named

STEPS = ("confirm", "fix")  # where it is read
MOST_WORDS = 25  # a longer message is a story: the question offer reads it
NOTE_MOST = 200  # the note kept: as long as a name's bracket may be

# an adult who may come along (folded words: person/companion_named.py)
_OTHER = re.compile(r"(?<!\w)" + companion_named.OTHER + r"(?!\w)")
# ... who comes too, or with the person: not only someone named («my wife's name is on it»);
# folded too («прийду» is «прииду»)
_ALONG = re.compile(
    r"(?<!\w)(?:also|too|join|come|coming|with me|and me|me and|sign\w* up|both|us|we|two|myself"
    r"|себе|себя|siebie"  # «для себе і дружини», «dla siebie i żony»
    r"|теж|також|разом|удвох|зі мною|з нами|з ним|з нею|прии\w*|піду|піде|підемо|ходити|записа\w*"
    r"|нас|ми|обоє|двоє|я з|тоже|также|вместе|вдвоем|со мнои|с нами|с ним|с неи|приду|придет"
    r"|придем|поиду|поидет|поидем|ходить|запис\w*|мы|оба|двое|я с"
    r"|tez|rowniez|takze|razem|ze mna|z nami|z nim|z nia|przyjsc|przyjdzie|przyjdziemy|pojdzie"
    r"|chodzic|zapis\w*|oboje|dwoje|we dwoje|dwie osoby|ja z|ja i)(?!\w)"
)
_NO = re.compile(r"(?<!\w)(?:не|ні|нет|nie|not|dont|doesnt|cant|wont|no)(?!\w)")


def along(text: str) -> bool:
    """Whether `text` says an adult comes too («my wife also wants to come», «я з дружиною»)."""
    said = folded(text)
    return (
        len(said.split()) <= MOST_WORDS
        and _OTHER.search(said) is not None
        and _ALONG.search(said) is not None
        and _NO.search(said) is None
    )


async def typed(turn: Turn, course: Course | None) -> Outcome | None:
    """The number asked again or the note kept, or None: not this step, course or text."""
    text = " ".join((turn.incoming.text or "").split())
    current = draft(turn)
    if (
        course is None
        or turn.session.step not in STEPS
        or course.service.for_children
        or current.person is None
        or not along(text)
        or urgent.detect(text)  # danger words: their help lines first (the question offer)
    ):
        return None
    most = course.service.max_people
    if most > 1:  # as a family: how many in all, back to the summary
        current.fixing = True
        try:
            said = parse_number(text)  # «me and my wife»: two (assist/count.py)
        except Invalid:
            said = 0
        if 1 <= said <= most:
            return await party.people_count(turn, course, said)
        return go("people", Reply(turn.t("co_companion_count")), party.ask_people(turn, course))
    note = text if not current.note else f"{current.note}; {text}"
    current.note = note[:NOTE_MOST]
    return go("confirm", Reply(turn.t("co_companion_own")), await summary(turn, course))


async def named(turn: Turn, course: Course, words: str) -> Outcome | None:
    """After the person sub-flow, a companion named beside the name («и жена Ольга»:
    person/companion_named.py), already the sign-up's note: on a course for several, a place
    for each named and the person («с женой и дочерью»: three; more than it takes: how many,
    asked) and the summary; on one for one, the one-place line and the summary. None: no
    companion named, or a children's course (the bracket's note, as any)."""
    if course.service.for_children or not companion_named.said(words):
        return None
    most = course.service.max_people
    if most > 1:  # the ones named and the person («с женой и дочерью»: three), changeable
        count = 1 + companion_named.people(words)
        if count > most:  # more than one sign-up takes: how many, asked
            draft(turn).fixing = True
            ask = party.ask_people(turn, course)
            asked = go("people", Reply(turn.t("co_companion_count")), ask)
            return prefixed(asked, aside_kept(turn, words))
        return prefixed(await party.people_count(turn, course, count), aside_kept(turn, words))
    return prefixed(await party.next_step(turn, course), Reply(turn.t("co_companion_own")))
