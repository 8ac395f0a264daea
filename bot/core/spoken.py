"""A time said in words rather than digits (when_words.yaml), in uk, ru, en and pl:

    noon          «w południe», «опівдні», «в полдень», «at noon»: 12:00
    half before   «пів на десяту», «полдесятого», «пол десятого», «wpół do dziesiątej», «пів
                  на 10»: half an hour before that hour, 9:30
    half past     «half past nine», «half nine», «half 9»: 9:30
    to the hour   «без пятнадцати десять», «за чверть десята», «za kwadrans dziesiąta»,
                  «quarter to ten» (9:45), «без десяти десять», «ten to ten» (9:50)
    am, pm        after any of these: «at five pm» (17:00), «at six a.m.» (06:00)
    an hour       «о восьмій», «на восьму», «в восемь», «к восьми», «o ósmej», «at eight», «о
                  пʼятнадцятій», «о восьмій годині», «eight o'clock»: 8:00, 15:00 (`hour`: an
                  ordinal in an hour's form, bot.core.ordinals, or a number in words); 21–23
                  in two words: «о двадцять першій», «в двадцать три», «o dwudziestej
                  trzeciej», «at twenty-one»
    a typo        one letter wrong, missing, added or two swapped in the hour's word, where
                  only one hour has a word so near («пол одинадцатого»: 10:30; day_names)

A time so said from 00:30 to 06:30 is the afternoon's («пів на третю»: 14:30, «о другій»:
14:00). A word before the time that makes it one («о», «o», «at», «в») is left aside. Read
for bot.core.when (every step that asks a time: `when.at`; a day typed with its time); the
digits themselves stay bot.core.dates'.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from importlib import resources

from bot.core import ordinals, yamldata
from bot.core.day_names import with_typo
from bot.core.words import fold

WORD_TYPO_FROM = 6  # letters an hour's word has at least to be read with a typo («night»: none)
AFTERNOON_BELOW = 7  # a time said so before 07:00 is the afternoon's
_AROUND = frozenset(fold(w) for w in "o о об в во у к на at about around około okolo ok na".split())
_AT = frozenset(fold(w) for w in "o о об at".split())  # «o trzech», «о четырнадцатый»: an hour
# After an hour in words: «о восьмій годині», «в восемь часов», «eight o'clock», «o ósmej godz.»
# The ones of «двадцять одна», «двадцать один» (an hour 21–23; alone, no hour said in words)
_ONES = {fold(w): 1 for w in "одна одну один".split()}
_UNITS = frozenset(
    fold(w)
    for w in "годині година годину час часа часов godzinie godzina godz godz. oclock".split()
)


@dataclass(frozen=True)
class _Words:
    noon: frozenset[str]
    before: tuple[str, ...]  # phrases, the longest first
    past: tuple[str, ...]
    to: tuple[tuple[str, int], ...]  # «без пятнадцати» and its minutes, the longest first
    to_hours: dict[str, int]  # the hour after them as uk and pl say it («десята»): the hour
    hours: dict[str, int]  # an hour's word -> the hour
    numbers: dict[str, int]  # an hour said as a number in words -> the hour
    at_numbers: dict[str, int]  # the same, read only after «о», «o», «at» («o trzech»)


@functools.cache
def _words() -> _Words:
    source = resources.files("bot.core") / "when_words.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))

    def phrases(key: str) -> list[str]:
        return [" ".join(fold(str(p)).split()) for ps in data[key].values() for p in ps]

    def table(key: str) -> dict[str, int]:
        return {
            fold(str(word)): int(hour)
            for hour, by_lang in data[key].items()
            for names in by_lang.values()
            for word in names
        }

    numbers, at_numbers = table("hour_numbers"), table("at_numbers")
    return _Words(
        noon=frozenset(phrases("noon")),
        before=tuple(sorted(phrases("half_before"), key=len, reverse=True)),
        past=tuple(sorted(phrases("half_past"), key=len, reverse=True)),
        to=tuple(sorted(_minutes(data["to_hour"]), key=lambda row: -len(row[0]))),
        to_hours=table("to_hours"),
        hours=table("hours"),
        numbers=numbers,
        at_numbers=at_numbers,
    )


def _minutes(rows: dict[int, dict[str, list[str]]]) -> list[tuple[str, int]]:
    return [(" ".join(fold(p).split()), int(m)) for m, ps in rows.items() for p in _all(ps)]


def _all(by_lang: dict[str, list[str]]) -> list[str]:
    return [str(phrase) for phrases in by_lang.values() for phrase in phrases]


def prepare() -> None:
    """The word table read ahead (Feature.prepare), not in a person's turn."""
    _words()


# am or pm after a time in words: «five pm», «at two p.m.», «half past three pm»
_HALF_OF_DAY = re.compile(r"\s*\b([ap])\.?\s?m\b\.?$")


def read(text: str) -> dt.time | None:
    """The time `text` says in words (module docstring), else None."""
    said = " ".join(fold(text).strip(" ?!.,").split())
    half = _HALF_OF_DAY.search(said)
    if half is not None and half.start() > 0:  # «at five pm»: 17:00, «at five am»: 05:00
        found, named = read(said[: half.start()]), hour(said[: half.start()])
        if found is None or (named is not None and named > 12):  # «o czternastej pm»
            return None
        return found.replace(hour=found.hour % 12 + (12 if half.group(1) == "p" else 0))
    found = _read(said)
    first, _, rest = said.partition(" ")
    if found is None and first in _AROUND and rest:
        found = _read(rest)  # «o wpół do dziesiątej», «at half past nine»
    if found is None and first in _AT and (at := _at_word(rest)) is not None:
        found = _afternoon(dt.time(at))  # «o trzech», «о чотирнадцятий»
    return found


def _read(said: str) -> dt.time | None:
    table = _words()
    if said in table.noon:
        return dt.time(12)
    for phrase in table.before:
        hour = _hour(said, phrase)
        if hour is not None:
            return _afternoon(dt.time((hour - 1) % 24, 30))
    for phrase in table.past:
        hour = _hour(said, phrase)
        if hour is not None:
            return _afternoon(dt.time(hour % 24, 30))
    for phrase, minutes in table.to:  # «без пятнадцати десять»: 9:45
        hour = _hour(said, phrase, table.to_hours)
        if hour is not None:
            return _afternoon(dt.time((hour - 1) % 24, 60 - minutes))
    hour = _hour_word(said)
    return _afternoon(dt.time(hour)) if hour is not None else None


def hour(text: str) -> int | None:
    """The hour an hour said in words names («о восьмій», «at eight o'clock»: 8), without
    choosing the afternoon (a part of the day said with it does: bot.core.when), else None."""
    said = " ".join(fold(text).strip(" ?!.,").split())
    first, _, rest = said.partition(" ")
    found = _hour_word(rest if first in _AROUND and rest else said)
    return found if found is not None or first not in _AT else _at_word(rest)


def cardinal(word: str) -> bool:
    """Whether a folded word is an hour said as a number in words («десять», «три», «ten»),
    which a day of the month never is («десятого», «the tenth»)."""
    return word in _words().numbers or word in _words().at_numbers


def _at_word(said: str) -> int | None:
    """The hour of a word read as one only after «о», «o», «at» («трьох», «trzech»;
    «чотирнадцятий»: «-ій» typed «-ий», «четырнадцатый»: bot.core.ordinals), with a unit after
    it or not."""
    words = said.split()
    if len(words) == 2 and words[-1] in _UNITS:
        words = words[:-1]
    if len(words) != 1:
        return None
    return _words().at_numbers.get(words[0]) or ordinals.hour_typed_ij(words[0])


def _hour_word(said: str) -> int | None:
    """The hour of «восьміи», «восьміи годині», «eight oclock» (folded), else None."""
    words = said.replace("-", " ").split()
    if len(words) in (2, 3) and words[-1] in _UNITS:
        words = words[:-1]
    if len(words) == 2:  # «двадцять першій», «двадцать три», «dwudziestej trzeciej»: 21–23
        tens, ones = (_one_word(w) or _ONES.get(w) for w in words)
        return 20 + ones if tens == 20 and ones is not None and 1 <= ones <= 3 else None
    if len(words) != 1:
        return None
    return _one_word(words[0])


def _one_word(word: str) -> int | None:
    numbers = _words().numbers
    return (
        ordinals.hour(word)
        or numbers.get(word)
        or with_typo(word, numbers, least=WORD_TYPO_FROM)
        or ordinals.hour_near(word)  # «о чотирнацятій», «o czternastj»
    )


def _hour(said: str, phrase: str, named: dict[str, int] | None = None) -> int | None:
    """The hour (1–12) named after `phrase` («пол десятого», «полдесятого», «half 9»), else
    None. `named`: the words that name an hour there (those of a half, by default); after «без
    пятнадцати», «quarter to» also a number in words («десять», «ten»)."""
    if not said.startswith(phrase):
        return None
    rest = said[len(phrase) :].strip(" -")
    if not rest or " " in rest:
        return None
    rest = re.sub(r"^(\d{1,2})-?(?:го|ой|u|ей|ej)?$", r"\1", rest)  # «пол 10-го», «пів на 10-у»
    hours = named or _words().hours  # «пол одинадцатого»: one typo in the hour's word too
    if named is not None and rest in _words().numbers:  # «без пятнадцати десять», «ten to ten»
        hours = {**named, rest: _words().numbers[rest]}
    hour = (
        int(rest)
        if rest.isdigit()
        else hours.get(rest) or with_typo(rest, hours, least=WORD_TYPO_FROM)
    )
    return hour if hour is not None and 1 <= hour <= 12 else None


def _afternoon(time: dt.time) -> dt.time:
    return time.replace(hour=time.hour + 12) if time.hour < AFTERNOON_BELOW else time
