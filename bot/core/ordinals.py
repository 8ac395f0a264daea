"""A day of the month said as an ordinal number in words, in uk, ru, en and pl: «dziewiątego»,
«девятого», «дев'ятого», «the ninth», «двадцять першого», «twenty-first» (bot.core.dates reads
them as the day, «dziewiątego o 11»: the 9th at 11:00)."""

from __future__ import annotations

from bot.core.words import fold

# Folded word beginnings and the number they are; the longest is tried first («пятнадцат»
# before «пят»).
_STEMS = {
    1: "перш перв first pierwsz",
    2: "друг втор second drugi",
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


def number(word: str) -> int | None:
    """The number a folded word is as an ordinal (or a tens' cardinal of a compound:
    «двадцять», «twenty»), else None."""
    for stem, found in _TABLE:
        if word.startswith(stem) and len(word) - len(stem) <= ENDING:
            return found
    return None


def day(numbers: list[int]) -> int | None:
    """The day of the month ordinal words make («двадцять» and «першого»: 21), else None."""
    if len(numbers) == 2 and numbers[0] in (20, 30) and numbers[1] < 10:
        total = numbers[0] + numbers[1]
    elif len(numbers) == 1:
        total = numbers[0]
    else:
        return None
    return total if 1 <= total <= 31 else None
