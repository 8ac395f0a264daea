"""How many people a help form's number step is told in words: a number with a word for people
or children («2 kids», «двоє дітей», «3 dzieci»), or the person and who comes with them («me
and my daughter», «ja i córka», «я з донькою», «я с сыном»: 2; «me and my two kids»: 3).

Read on the folded words (bot.core.words: lower case, no accents, ł → l, й → и); anything else
in the text (a word that is no person, a plural without its number: «я з дітьми») reads no
count, and the step asks for a number as before (parse.parse_number)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.core import children
from bot.core.words import folded

# The person themself: «я», «me», «ja», «мною» (of «зі мною», «со мной»), «mna» (of «ze mną»),
# «ми», «мы» (of «мы с мамой»: the person and their mother).
_SELF = frozenset(folded("я мене мною меня мной ми мы me myself ja mną mnie").split())
# English «I»: the person only where no other word says so («my wife and i»); in Polish and
# Ukrainian «i» is «and» («ja i córka»).
_I = "i"
_ENGLISH = frozenset("and with my".split())
# Words that only join the people named.
_JOINING = frozenset(
    folded(
        "and with plus my our also "
        "і й та з із зі ще мій моя моє мої моєю моїм моїми моєї наш наша нашою нашим "
        "и с со еще мой моя мое мои моей моим моими наш наша нашей нашим "
        "i z ze oraz a plus moj moja moje moim moimi moja nasz nasza nasza naszym"
    ).split()
)
# A word for people (of a number: «2 osoby» is read by parse.py itself).
_PEOPLE = frozenset(
    folded(
        "people persons adults людей люди осіб особи дорослих человек человека взрослых "
        "osoby osób dorosłych ludzi"
    ).split()
)
# Relatives and others who come along (folded), besides the words for a child (core.children).
_OTHERS = re.compile(
    r"(?:wife|husband|partner|mother|mom|mum|father|dad|sister|brother|grand(?:ma|pa|mother"
    r"|father)|friends?|baby|"
    r"дружин\w*|чолов\w*|мам\w*|мати|матір\w*|тат\w*|батьк\w*|сестр\w*|брат\w*|бабус\w*|"
    r"бабц\w*|дідус\w*|подруг\w*|друг\w*|немовл\w*|"
    r"жен(?:а|ои|у|ы)|муж(?:ем|а|у)?|мать|матер\w*|пап\w*|отц\w*|отец|бабушк\w*|дедушк\w*|"
    r"младен\w*|"
    r"zon(?:a|e|y)|maz|mez(?:em|a|owi)|mam(?:a|e|ie)|brat\w*|partner\w*|tat\w*|ojc\w*|ojciec|siostr\w*|babci\w*|dziad\w*|"
    r"kolez\w*|przyjaci\w*|niemowl\w*)"
)
# Plurals that say people without saying how many («з дітьми»: how many?).
_PLURALS = frozenset(
    folded(
        "kids children sons daughters parents friends діти дітей дітьми сини синами доньками "
        "дети детей детьми сыновья сыновьями дочерьми dzieci dziećmi synami córkami"
    ).split()
)


def people(tokens: list[str], numbers: Mapping[str, int]) -> int | None:
    """The number of people `tokens` (folded words) name, or None. `numbers`: a number in
    words (folded) and its value; digits are numbers too."""
    if not tokens:
        return None
    selves = [t for t in tokens if t in _SELF]
    english_i = not selves and _I in tokens and any(t in _ENGLISH for t in tokens)
    total, named, count = 0, False, None
    for token in tokens:
        value = _number(token, numbers)
        if token in _SELF or (english_i and token == _I):
            total += 1
        elif value is not None:
            if count is not None:
                return None  # two numbers in a row: not one count
            count = value
        elif token in _PEOPLE or _person(token):
            if count is not None:
                total, count = total + count, None
            elif token in _PLURALS or token in _PEOPLE:
                return None
            else:
                total += 1
            named = True
        elif token not in _JOINING:
            return None
    if count is not None or not named or len(selves) > 1:
        return None
    return total


def _number(token: str, numbers: Mapping[str, int]) -> int | None:
    if token.isascii() and token.isdigit() and len(token) <= 3:
        return int(token)
    return numbers.get(token)


def _person(token: str) -> bool:
    return children.about_a_child(token) or _OTHERS.fullmatch(token) is not None
