"""A day of the month said as an ordinal number in words, in uk, ru, en and pl: «dziewiątego»,
«девятого», «дев'ятого», «the ninth», «двадцять першого», «twenty-first» (bot.core.dates reads
them as the day, «dziewiątego o 11»: the 9th at 11:00). The same words in the form an hour
takes (`hour`: «о восьмій», «на восьму», «o ósmej», «к восьми») are an hour, never a day."""

from __future__ import annotations

from rapidfuzz.distance import DamerauLevenshtein

from bot.core import day_names
from bot.core.words import fold

# Folded word beginnings and the number they are; the longest is tried first («пятнадцат»
# before «пят»).
_STEMS = {
    1: "перш перв first pierwsz",
    2: "друг втор second drug",
    3: "трет third trzec",
    4: "четверт fourth czwart",
    5: "пят fifth piat",
    6: "шост шест sixth szost",
    7: "сьом седьм seventh siodm",
    8: "восьм eighth osm",
    9: "девят ninth dziewiat",
    10: "десят tenth dziesiat",
    11: "одинадцят одиннадцат eleventh jedenast",
    12: "дванадцят двенадцат twelfth dwunast",
    13: "тринадцят тринадцат thirteenth trzynast",
    14: "чотирнадцят четырнадцат fourteenth czternast",
    15: "пятнадцят пятнадцат fifteenth pietnast",
    16: "шістнадцят шестнадцат sixteenth szesnast",
    17: "сімнадцят семнадцат seventeenth siedemnast",
    18: "вісімнадцят восемнадцат eighteenth osiemnast",
    19: "девятнадцят девятнадцат nineteenth dziewietnast",
    20: "двадцят двадцат twentieth twenty dwudziest",
    30: "тридцят тридцат thirtieth thirty trzydziest",
}
_TABLE = sorted(
    ((fold(stem), number) for number, stems in _STEMS.items() for stem in stems.split()),
    key=lambda row: -len(row[0]),
)
ENDING = 4  # letters after a beginning: «девят|ого», «dziewiat|ego», «ninth»
# Endings (folded) of an ordinal said as an hour (the hour, «година», «godzina», is feminine):
# uk «восьм|у», «восьм|ій», «восьм|ої», «трет|ю»; ru «восьм|ой», «восьм|ую», «трет|ьей», and the
# number's «восьм|и» («к восьми»); pl «ósm|ej», «ósm|ą», «trzec|iej». Not uk «друга» (a friend's),
# nor ru «другой», «другую» (another).
_HOUR_ENDINGS = frozenset(fold(e) for e in "у ю ій ої ьої ой ую ьей ью и ej iej a ą ia ią".split())
_NOT_HOURS = frozenset(fold(w) for w in "другой другую".split())
LAST_HOUR = 20  # «о двадцятій», «o dwudziestej»: the latest hour said so (no compounds)
# A typo in an hour's word (`hour_near`): the word has NEAR_FROM letters or more; a typo in its
# beginning, where that has more than NEAR_STEM letters (of NEAR_STEM, only a letter left out:
# «о восмій», not «trzeba» for «trzecia»); no weekday's or month's name («czwartek»,
# «czwartku», «четверги» are one letter from «czwartej», «czwartu», «четверти»).
NEAR_FROM, NEAR_STEM = 6, 5
# Endings (folded) of other forms of an ordinal, never read as an hour's with a typo: «десятий»,
# «четвертая», «pierwszy», «czwarte», «trzecie» (a day, a floor, a time of something).
_OTHER_ENDINGS = frozenset(
    fold(e)
    for e in (
        "ий ый а я ая ья ое е і ь ого ому ом ем им их ых ые ие ыми ою "  # uk, ru
        "y e ie ego emu ym ych ymi i ek s h ch"  # pl, en («trzech», «seconds»)
    ).split()
)


def number(word: str) -> int | None:
    """The number a folded word is as an ordinal (or a tens' cardinal of a compound:
    «двадцять», «twenty»), else None."""
    for stem, found in _TABLE:
        if word.startswith(stem) and len(word) - len(stem) <= ENDING:
            return found
    return None


def hour(word: str) -> int | None:
    """The hour (1–20) a folded word names as an ordinal in an hour's form («восьміи», «osmej»,
    «восьму», «восьми»), else None («восьмого», «osmego»: a day)."""
    stem, found = next(((s, n) for s, n in _TABLE if word.startswith(s)), ("", 0))
    if (
        not stem
        or word[len(stem) :] not in _HOUR_ENDINGS
        or found > LAST_HOUR
        or word in _NOT_HOURS
    ):
        return None
    return found


def day(numbers: list[int]) -> int | None:
    """The day of the month ordinal words make («двадцять» and «першого»: 21), else None."""
    if len(numbers) == 2 and numbers[0] in (20, 30) and numbers[1] < 10:
        total = numbers[0] + numbers[1]
    elif len(numbers) == 1:
        total = numbers[0]
    else:
        return None
    return total if 1 <= total <= 31 else None


def hour_near(word: str) -> int | None:
    """The hour (1–20) a folded word names as an ordinal in an hour's form with one typo in it:
    a letter wrong, missing, added or two swapped in its ending («czternastj», «чотирнадцятиі»)
    or in its beginning («чотирнацятій», «четырнацатой»), where only one hour is so near; None
    for anything else, and for the other forms of an ordinal («десятий», «pierwszy»: a day, a
    floor), and for a weekday's or a month's name («четверги», «czwartku»)."""
    if len(word) < NEAR_FROM or word in _NOT_HOURS or hour(word) is not None:
        return None
    if day_names.weekday_of(word) is not None or day_names.month_of(word) is not None:
        return None
    found: set[int] = set()
    begins = [word[: -len(e)] for e in _HOUR_ENDINGS if word.endswith(e)]  # (few: tried alone)
    for stem, number in _TABLE:
        if number > LAST_HOUR:
            continue
        if word.startswith(stem):  # the beginning right, the ending one letter off
            rest = word[len(stem) :]
            near = 1 <= len(rest) <= 3 and rest not in _OTHER_ENDINGS
            if near and any(DamerauLevenshtein.distance(rest, e) <= 1 for e in _HOUR_ENDINGS):
                found.add(number)
            continue
        if len(stem) < NEAR_STEM:
            continue
        for begin in begins:  # the ending right, the beginning one letter off
            if abs(len(begin) - len(stem)) > 1 or DamerauLevenshtein.distance(begin, stem) > 1:
                continue
            if len(stem) > NEAR_STEM or len(begin) < len(stem):  # «восм»: only one left out
                found.add(number)
    return found.pop() if len(found) == 1 else None


# After «о», «об» only (bot.core.spoken), an ordinal in the form that names a thing, not an hour:
# uk «-ій» typed «-ий» (a Russian keyboard, a slip: «о чотирнадцятий»), ru «-ый» or «-ий»
# («о четырнадцатый», «о третий»), with one typo in a long beginning too («о пятнацатый»).
_AFTER_AT_ENDINGS = (fold("ий"), fold("ый"))
_CYRILLIC = tuple(
    (stem, number) for stem, number in _TABLE if stem[0].isalpha() and not stem.isascii()
)


def hour_typed_ij(word: str) -> int | None:
    """The hour (1–20) of a Ukrainian or Russian ordinal in the form «-ий», «-ый» («о
    чотирнадцятий», «о четырнадцатый», «о третий»; one letter wrong, missing, added or two
    swapped in a beginning of more than NEAR_STEM letters: «о пятнацатый»): read only after
    «о», «об» (bot.core.spoken), where it cannot be «fourteenth»."""
    ending = next((e for e in _AFTER_AT_ENDINGS if word.endswith(e)), None)
    if ending is None:
        return None
    begin = word[: -len(ending)]
    found = {number for stem, number in _CYRILLIC if begin == stem}
    if not found:
        found = {
            number
            for stem, number in _CYRILLIC
            if len(stem) > NEAR_STEM and DamerauLevenshtein.distance(begin, stem) <= 1
        }
    hour = found.pop() if len(found) == 1 else None
    return hour if hour is not None and hour <= LAST_HOUR else None
