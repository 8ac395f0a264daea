"""Someone else named beside the name typed at a course sign-up's name step («Андрей и жена
Ольга», «Jan i żona Anna», «Петро з чоловіком», «Tom and my wife»: tester 41, F7, one seat
taken and staff read one person): the person's own name is kept, and the rest («и жена
Ольга») is passed on as the bracket of a name is (KEEP_ASIDE), for the course to keep as the
sign-up's note and to say that each adult signs up themselves, or to count them
(courses/companion.py). Only where the caller is a course: a callback's or a visit's contact
may well be «Anna and Piotr». OTHER is also what courses/companion.py reads at the summary."""

from __future__ import annotations

import re

from bot.core.words import folded

CALLERS = frozenset({"course"})  # the forms whose name is one person's place

# an adult who may come along (folded words: no accents, й → и)
OTHER = (
    r"(?:wife|husband|partner|spouse|girlfriend|boyfriend|fiancee?|friend|mother|mom|mum"
    r"|father|dad|sister|brother|colleague|neighbou?r"
    r"|дружин\w*|чолов\w*|жінк[аиуою]\w*|партнер\w*|подруг\w*|друг(?:а|ом|ові|у)?|мам\w*|тат\w*"
    r"|сестр\w*|брат\w*|колег\w*|сусід\w*"
    r"|жен(?:а|ои|у|ы)|муж(?:ем|а|у)?|мать|матер\w*|пап\w*|отц\w*|отец|сосед\w*"
    r"|zon(?:a|e|y|ą)|maz|mez(?:em|a|owi)|mam(?:a|e|ie|ą)|tat\w*|ojc\w*|ojciec|siostr\w*|kolez\w*"
    r"|koleg\w*|przyjaci\w*|sasiad\w*)"
)
# «и жена …», «і моя дружина», «and my wife», «i żona», «з чоловіком», «with my husband»,
# «вместе с мамой», «razem z mężem»: the words after the name (folded), from their start
_BESIDE = re.compile(
    r"(?:(?:вместе|разом|razem|together)\s+)?"
    r"(?:и|і|та|and|with|plus|i|oraz|z|ze|з|із|зі|с|со)\s+"
    r"(?:(?:my|моя|мо[еєиію]\w*|сво\w*|moj\w*|moi\w*|swo\w*)\s+)?" + OTHER + r"(?!\w)"
)
# a son or a daughter named after the adult («с женой и дочерью»: three people, tester 41, F7)
_CHILD = (
    r"(?:son|sons|daughters?|child|children|kids?"
    r"|син\w*|донь\w*|доч\w*|дит\w*|сын\w*|ребен\w*|дет\w*"
    r"|syn|syna|synem|synami|synow\w*|cork\w*|dziec\w*|dzieck\w*)"
)
_PEOPLE = re.compile(OTHER + "|" + _CHILD)
MOST_NAME_WORDS = 3  # «Анна Марія Коваль»: a longer beginning is not a name


def split(text: str) -> tuple[str, str] | None:
    """The person's own name and the words naming who comes with them («Андрей», «и жена
    Ольга»), or None: no one named beside a name."""
    tokens = text.split()
    for at in range(1, min(MOST_NAME_WORDS, len(tokens) - 1) + 1):
        if _BESIDE.match(folded(" ".join(tokens[at:]))):
            own = " ".join(tokens[:at]).rstrip(",;:-–— ")
            return (own, " ".join(tokens[at:])) if own else None
    return None


def said(aside: str) -> bool:
    """Whether a sign-up's aside is such words (what `split` passed on), not a bracket."""
    return _BESIDE.match(folded(aside)) is not None


def people(aside: str) -> int:
    """How many people `aside` names («и жена Ольга»: one; «с женой и дочерью»: two); a word
    written with a capital is a name («и жена Татьяна», not «тато»)."""
    said = [w for w in aside.split() if not w[:1].isupper()]
    return max(1, sum(_PEOPLE.fullmatch(folded(w).strip(",.;:!?")) is not None for w in said))
