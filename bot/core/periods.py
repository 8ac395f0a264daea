"""A day said as a time from today, the way people give a deadline (tester 43, F12), for
bot.core.dates: «через два тижні», «in two weeks», «za dwa tygodnie», «в течение недели»,
«within 10 days» (today + 14, + 7, + 10 days), «через місяць», «za miesiąc» (the same day next
month, or that month's last), and the end of a month or a year: «до кінця місяця», «к концу
месяца», «by the end of the month», «do końca miesiąca» (this month's last day), «кінець
наступного місяця» (the next month's), «до конца года» (31 December). Words in uk, ru, en
and pl, folded (bot.core.words); a count in digits or in words from one to ten. «До», «by»,
«do» before it are taken off by bot.core.when. The end of a week is not read: Friday or Sunday?
A form shows the date in its summary for the person to check."""

from __future__ import annotations

import calendar
import datetime as dt
import functools

from bot.core.words import fold

# a unit of time in its forms: how many days, or months (negative: -months)
_UNITS = {
    1: "день дні днів дня доба добу доби дней сутки суток day days dzien dni dnia",
    7: "тиждень тижні тижнів тижня неделя недели недель неделю week weeks tydzien tygodnie "
    "tygodni tygodnia",
    14: "fortnight",
    -1: "місяць місяці місяців місяця месяц месяца месяцев month months miesiac miesiace "
    "miesiecy miesiaca",
}
_YEAR = "рік року год года year roku rok"
_COUNTS = {
    1: "один одна одну одного a an one jeden jedna jednego",
    2: "два дві двох две двух two dwa dwie dwoch dwu",
    3: "три трьох трех трёх three trzy trzech",
    4: "чотири чотирьох четыре четырех четырёх four cztery czterech",
    5: "пʼять пяти пять five piec pieciu",
    6: "шість шести шесть six szesc szesciu",
    7: "сім семи семь seven siedem siedmiu",
    8: "вісім восьми восемь eight osiem osmiu",
    9: "девʼять девяти девять nine dziewiec dziewieciu",
    10: "десять десяти ten dziesiec dziesieciu",
}
# what comes before the count: «через», «за», «протягом», «в течение», «in», «within», «w ciągu»
_OPENERS = (
    "через",
    "за",
    "протягом",
    "впродовж",
    "на протязі",
    "в межах",
    "в течение",
    "в течении",
    "на протяжении",
    "в пределах",
    "in",
    "within",
    "in the next",
    "within the next",
    "za",
    "w ciagu",
    "w przeciagu",
)
_NEXT = "наступних найближчих ближчих следующих ближайших next coming najblizszych nastepnych"
_AFTER = ("from now", "from today", "time", "od dzis", "od dzisiaj", "від сьогодні", "от сегодня")
_END = "кінця кінець кінці кінцю конца конец концу конце end konca koniec koncu"
_THIS = "the of this current цього поточного этого текущего tego biezacego obecnego"
_AROUND = "к ко на в у at by pod na w z"  # «к концу», «на кінець», «at the end», «pod koniec»
_FOLLOWING = "наступного следующего next przyszlego nastepnego"


@functools.cache
def _words(said: str) -> frozenset[str]:
    return frozenset(fold(w) for w in said.split())


@functools.cache
def _table(rows: tuple[tuple[int, str], ...]) -> dict[str, int]:
    return {fold(w): key for key, said in rows for w in said.split()}


def read(text: str, today: dt.date) -> dt.date | None:
    """The day `text` names as a time from today or a period's end (module docstring), or
    None."""
    said = [w for w in fold(text).strip(" .,!?").split() if w]
    if not said:
        return None
    return _end(said, today) if _words(_END) & set(said) else _after(said, today)


def _end(said: list[str], today: dt.date) -> dt.date | None:
    """«(до) кінця (цього) місяця», «the end of next month», «koniec roku»: its last day."""
    rest = set(said) - _words(_END) - _words(_THIS) - _words(_AROUND)
    later = 1 if rest & _words(_FOLLOWING) else 0
    rest -= _words(_FOLLOWING)
    if len(rest) != 1:
        return None
    [unit] = rest
    if unit in _words(_YEAR):
        return dt.date(today.year + later, 12, 31)
    if _table(tuple(_UNITS.items())).get(unit) != -1:
        return None
    year, month = divmod(today.month - 1 + later, 12)
    year += today.year
    return dt.date(year, month + 1, calendar.monthrange(year, month + 1)[1])


def _after(said: list[str], today: dt.date) -> dt.date | None:
    """«через два тижні», «in 10 days», «w ciągu tygodnia», «2 тижні»: today + that much."""
    text = " ".join(said)
    opened = False
    for opener in sorted(_OPENERS, key=len, reverse=True):
        if text.startswith(fold(opener) + " "):
            text, opened = text[len(fold(opener)) + 1 :], True
            break
    for after in _AFTER:
        if text.endswith(" " + fold(after)):
            text = text[: -len(fold(after)) - 1]
            break
    words = [w for w in text.split() if w not in _words(_NEXT)]
    count: int | None = None
    if len(words) == 2:
        first = words[0]
        count = int(first) if first.isdigit() else _table(tuple(_COUNTS.items())).get(first)
        if count is None or not 0 < count <= 366:
            return None
    elif len(words) != 1 or not opened:  # «тиждень» alone is no deadline; «за тиждень» is
        return None
    unit = _table(tuple(_UNITS.items())).get(words[-1])
    if unit is None:
        return None
    many = count or 1
    if unit > 0:
        return today + dt.timedelta(days=unit * many)
    year, month = divmod(today.month - 1 + many, 12)
    year += today.year
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(today.day, last))
