"""A day of the month said as an ordinal number in words, in uk, ru, en and pl: «dziewiątego»,
«девятого», «дев'ятого», «the ninth», «двадцять першого», «twenty-first» (bot.core.dates reads
them as the day, «dziewiątego o 11»: the 9th at 11:00). The same words in the form an hour
takes (`hour`: «о восьмій», «на восьму», «o ósmej», «к восьми») are an hour, never a day."""

from __future__ import annotations

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
