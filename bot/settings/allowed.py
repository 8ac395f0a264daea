"""A value that is not one of those allowed (`kind: kurs`, `weekday: wtorek`, `language: ua`):
named with the allowed one it most likely is, «did you mean 'course'?», a value written in
Polish, Ukrainian or Russian with the English one the config writes (bot.settings.schema
checks the rest)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.settings.schema import Checker, closest, did_you_mean
from bot.settings.yamldoc import Path_


def one_of(*choices: str) -> Callable[[Checker, Any, Path_], Any]:
    def check(checker: Checker, value: Any, path: Path_) -> Any:
        if value in choices:
            return value
        hint = language_hint(value, choices) or did_you_mean(value, choices)
        hint = hint or _weekday(value, choices) or _english(value, choices)
        hint = hint or _other_word(value, choices)
        checker.error(path, f"expected one of {', '.join(choices)}; got {value!r}{hint}")
        return None

    return check


# a weekday written in Polish, Ukrainian or Russian: the config writes them in English
_WEEKDAYS = {
    "monday": "poniedziałek poniedzialek pon понеділок понедельник",
    "tuesday": "wtorek wt вівторок вторник",
    "wednesday": "środa sroda śr sr середа среда",
    "thursday": "czwartek czw четвер четверг",
    "friday": "piątek piatek pt пʼятниця п'ятниця пятница",
    "saturday": "sobota sob субота суббота",
    "sunday": "niedziela niedz неділя воскресенье",
}
_SHORT = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}


def _weekday(value: Any, choices: tuple[str, ...]) -> str:
    said = str(value).strip().lower().rstrip(".")
    found = next((day for day, names in _WEEKDAYS.items() if said in names.split()), None)
    if found is None and said in _SHORT:  # «tue», «thurs»: written in full
        found = next(day for day in _WEEKDAYS if day.startswith(said))
    if found is None or found not in choices:
        return ""
    return f" — did you mean {found!r}? (weekdays are written in English)"


# any other value allowed, written in Polish, Ukrainian or Russian (`kind: kurs`): the config
# writes them in English (a service's kind, a form field's type, `remote`, `for`)
_ENGLISH = {
    "course": "kurs kursy курс курси курсы wydarzenie event подія событие",
    "appointment": "wizyta spotkanie konsultacja porada візит прийом прием консультація",
    "help": "pomoc pomocy допомога помощь",
    "text": "tekst текст",
    "date": "data дата",
    "time": "czas godzina час время",
    "phone": "telefon tel телефон",
    "language": "język jezyk мова язык",
    "choice": "wybór wybor lista вибір выбор",
    "number": "liczba число кількість количество",
    "online": "internet zdalnie онлайн",
    "adults": "dorośli dorosli дорослі взрослые",
    "children": "dzieci діти дети",
}
_ENGLISH_NAMES = {name: value for value, names in _ENGLISH.items() for name in names.split()}


def _english(value: Any, choices: tuple[str, ...]) -> str:
    said = str(value).strip().lower()
    found = _ENGLISH_NAMES.get(said) or _ENGLISH_NAMES.get(
        closest(said, list(_ENGLISH_NAMES)) or ""
    )
    if found is None or found not in choices:
        return ""
    return f" — did you mean {found!r}? (values are written in English)"


# a language written as a country's code, a three-letter code or its name: the config writes
# the two-letter ISO 639-1 code (uk, not ua, which is Ukraine's country code)
_LANGUAGES = {
    "uk": "ua ukr ukrainian ukrainain ukranian українська украинский ukraiński ukrainski",
    "ru": "rus russian русский російська rosyjski",
    "en": "eng english gb us angielski англійська английский",
    "pl": "pol polish polski польська польский",
}
_LANGUAGE_NAMES = {name: code for code, names in _LANGUAGES.items() for name in names.split()}


def language_hint(value: Any, choices: tuple[str, ...]) -> str:
    said = str(value).strip().lower()
    found = _LANGUAGE_NAMES.get(said)
    if found is None:
        near = closest(said, list(_LANGUAGE_NAMES)) if len(said) > 3 else None
        found = _LANGUAGE_NAMES.get(near or "")
    if found is None or found not in choices:
        return ""
    return f" — did you mean {found!r}? (languages are written as two-letter codes: uk, ru, en, pl)"


# another English word (or a programmer's: `integer`, `string`, `select`) for a value allowed
# (tester 40, F9: `type: integer` got no «did you mean 'number'?»)
_OTHER = {
    "number": "integer int numeric num digit digits count amount float quantity",
    "text": "string str textarea varchar free_text freetext input line note",
    "choice": "select dropdown options option enum radio list menu buttons multiple_choice",
    "phone": "tel telephone mobile phone_number phonenumber cellphone call",
    "date": "day datetime calendar",
    "time": "hour clock",
    "language": "lang locale",
    "course": "event class workshop lesson lessons training group",
    "appointment": "visit consultation booking",
    "help": "request form assistance support",
    "online": "video zoom teams skype internet remote",
    "adults": "adult grownups everyone",
    "children": "child kids kid",
}
_OTHER_NAMES = {name: value for value, names in _OTHER.items() for name in names.split()}


def _other_word(value: Any, choices: tuple[str, ...]) -> str:
    said = str(value).strip().lower().replace("-", "_").replace(" ", "_")
    found = _OTHER_NAMES.get(said)
    if found is None and len(said) > 4:  # «interger»
        found = _OTHER_NAMES.get(closest(said, list(_OTHER_NAMES)) or "")
    if found is None or found not in choices:
        return ""
    return f" — did you mean {found!r}? (the config's word for it)"
