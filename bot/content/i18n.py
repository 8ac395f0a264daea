"""UI strings in four languages, and Babel formatting of dates, times, weekdays and plurals.

Strings live in bot/content/locales/<lang>/<feature>.yaml, so each flow keeps its own texts.
The language of a user is resolved in exactly one place: `resolve_language`.
"""

from __future__ import annotations

import datetime as dt
import functools
import string
from importlib import resources
from typing import Any, Literal

import yaml
from babel import Locale, UnknownLocaleError, localedata
from babel import core as babel_core
from babel.core import get_global
from babel.dates import (
    format_date,
    format_skeleton,
    format_time,
    format_timedelta,
    get_day_names,
)
from babel.numbers import format_decimal

from bot.content import quotes
from bot.settings.model import LANGUAGES

FALLBACK = "en"
# The Babel locale each language is formatted in: British English (15/12/2026, 13:30), not
# American (12/15/26, 1:30 PM), for readers in Europe.
BABEL_LOCALES = {"en": "en_GB"}
# One clock for every language: 24 hours, as the callback windows say "(before 12:00)".
TIME_FORMAT = "HH:mm"
# A day on a button where CLDR's short form reads oddly («wt., 8 gru»).
SHORT_DAY_PATTERNS = {"pl": "EEE d MMMM"}
# The date under an answer's sources (when they were checked), as the sources' own titles in
# content/faq_<lang>.yaml write the dates they were read on: 05.12.2026, or in English the
# British 5 December 2026 (a numeric date an English reader could take either way).
SOURCE_DATE_FORMATS = {"en": "d MMMM y"}
SOURCE_DATE_FORMAT = "dd.MM.y"
# CLDR sections Babel keeps for every loaded locale that nothing here formats: currencies,
# time zones, names of territories and scripts, units but durations, compact numbers. They are
# ~4 of the ~6 MB the four locales (and root, en, en_001 behind en_GB) take once read, and
# prepare() drops them. tests/content/test_formats.py compares every method below in every
# language with and without the drop: a method that needs a dropped section fails there.
UNUSED_CLDR = (
    "currency_names",
    "currency_names_plural",
    "currency_symbols",
    "compact_currency_formats",
    "compact_decimal_formats",
    "compound_unit_patterns",
    "meta_zones",
    "time_zones",
    "zone_formats",
    "territories",
    "scripts",
    "variants",
    "unit_display_names",
)
# Babel's global data nothing here reads (currencies and time zones are never formatted)
UNUSED_GLOBAL = (
    "all_currencies",
    "currency_fractions",
    "meta_zones",
    "territory_currencies",
    "territory_languages",
    "territory_zones",
    "windows_zone_mapping",
    "zone_territories",
)
KEPT_UNITS = "duration-"  # of `unit_patterns`: format_timedelta's units only

# How each language is offered on buttons: in itself, so that anyone finds their own.
LANGUAGE_NAMES = {"uk": "🇺🇦 Українська", "ru": "Русский", "en": "🇬🇧 English", "pl": "🇵🇱 Polski"}


def resolve_language(code: str | None, supported: tuple[str, ...], default: str) -> str:
    """A platform language hint ("uk", "ru-RU", "pt-br") -> one of ours, else the default."""
    if not code:
        return default
    try:
        language = Locale.parse(code.replace("_", "-"), sep="-").language
    except (ValueError, UnknownLocaleError):
        return default
    return language if language in supported else default


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: a tenth of the time


_GIVEN: list[dict[str, dict[str, Any]]] = []  # the copy a former start kept (`given`)


@functools.cache
def load_strings() -> dict[str, dict[str, Any]]:
    """Every UI string, per language; read once per process (package data never changes), or
    the copy a former start kept, where `infopoint run` found one (`given`)."""
    return _GIVEN[0] if _GIVEN else read_strings()


def given(strings: dict[str, dict[str, Any]]) -> None:
    """The strings as a former start read them from these same files (bot.content.kept), for
    `load_strings` to return if it has not read them yet."""
    _GIVEN[:] = [strings]


def read_strings() -> dict[str, dict[str, Any]]:
    """Every UI string, per language, read from the locale files."""
    out: dict[str, dict[str, Any]] = {}
    root = resources.files("bot.content.locales")
    for lang in LANGUAGES:
        merged: dict[str, Any] = {}
        folder = root / lang
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if not entry.name.endswith(".yaml"):
                continue
            data = yaml.load(entry.read_text(encoding="utf-8"), Loader=_Loader) or {}  # noqa: S506
            for key in data:
                if key in merged:
                    raise ValueError(
                        f"bot/content/locales/{lang}/{entry.name}: key {key!r} defined twice"
                    )
            merged.update(data)
        out[lang] = merged
    return out


class Translator:
    def __init__(self, strings: dict[str, dict[str, Any]] | None = None):
        self.strings = strings if strings is not None else load_strings()

    def __call__(self, lang: str, key: str, **values: Any) -> str:
        template = self.strings.get(lang, {}).get(key)
        if template is None:
            template = self.strings[FALLBACK][key]
        if isinstance(template, dict):
            raise TypeError(f"{key} is a plural string: use plural()")
        return _fill(template, values)

    def plural(self, lang: str, key: str, count: int, **values: Any) -> str:
        forms = self.strings.get(lang, {}).get(key) or self.strings[FALLBACK][key]
        form = Locale.parse(lang).plural_form(count)
        template = forms.get(form) or forms["other"]
        return _fill(template, {"count": count, **values})

    def prepare(self) -> None:
        """Babel reads a locale's data the first time a date is formatted in it (~20 ms a
        language): read them all now (in a thread at start-up), not in someone's first answer,
        each without what nothing formats (`trim_as_read`)."""
        trim_as_read()
        today = dt.date.today()
        for lang in self.strings:
            self.date(lang, today)
            self.time(lang, dt.time(12))
            for name in _inherited(babel_locale(lang)):
                _trim(localedata.load(name))

    def has(self, lang: str, key: str) -> bool:
        return key in self.strings.get(lang, {})

    # --- Babel formatting -------------------------------------------------------------------
    @staticmethod
    def weekday(
        lang: str, index: int, width: Literal["abbreviated", "narrow", "short", "wide"] = "wide"
    ) -> str:
        # Babel's day names are keyed 0 = Monday, like date.weekday().
        return str(get_day_names(width, context="stand-alone", locale=babel_locale(lang))[index])

    @staticmethod
    def time(lang: str, value: dt.time | dt.datetime) -> str:
        """'13:30' in every language."""
        return format_time(value, TIME_FORMAT, locale=babel_locale(lang))

    @staticmethod
    def date(lang: str, value: dt.date, fmt: str = "full") -> str:
        return format_date(value, fmt, locale=babel_locale(lang))

    @staticmethod
    def source_date(lang: str, value: dt.date) -> str:
        """'05.12.2026' / '5 December 2026': the date an answer's sources were checked."""
        fmt = SOURCE_DATE_FORMATS.get(lang, SOURCE_DATE_FORMAT)
        return format_date(value, fmt, locale=babel_locale(lang))

    @staticmethod
    def day(lang: str, value: dt.date) -> str:
        """Short, for buttons: 'вт, 1 груд.' / 'Tue 1 Dec' / 'wt. 1 grudnia' (Polish writes the
        month out: CLDR's «wt., 1 gru» reads oddly)."""
        pattern = SHORT_DAY_PATTERNS.get(lang)
        if pattern is not None:
            return format_date(value, pattern, locale=babel_locale(lang))
        return format_skeleton("MMMEd", value, locale=babel_locale(lang))

    @classmethod
    def datetime(cls, lang: str, value: dt.datetime) -> str:
        """e.g. 'вівторок, 1 грудня 2026 р., 13:30' (value already in local time)."""
        return f"{cls.date(lang, value.date(), 'full')}, {cls.time(lang, value)}"

    @classmethod
    def short_datetime(cls, lang: str, value: dt.datetime) -> str:
        """e.g. '1 грудня 2026 р., 13:30' / '1 December 2026, 13:30' (value already in local
        time): the month in words, never a numeric date a reader could take the other way."""
        day = format_skeleton("yMMMMd", value.date(), locale=babel_locale(lang))
        return f"{day}, {cls.time(lang, value)}"

    @staticmethod
    def number(lang: str, value: float) -> str:
        """'2,5' / '2.5', as the language writes it."""
        return format_decimal(value, locale=babel_locale(lang))

    @staticmethod
    def duration(lang: str, value: dt.timedelta) -> str:
        """'3 hours', '2 дні'."""
        return format_timedelta(value, locale=babel_locale(lang), format="long")

    @staticmethod
    def language_name(lang: str, code: str) -> str:
        """The language `code` named in `lang`, for a sentence: 'польська', 'Ukrainian'."""
        try:
            name = Locale.parse(code).get_display_name(babel_locale(lang))
        except (ValueError, UnknownLocaleError):  # a language Babel has no data of, only a name
            name = Locale.parse(babel_locale(lang)).languages.get(code)
        return name or code


def babel_locale(lang: str) -> str:
    return BABEL_LOCALES.get(lang, lang)


def _inherited(name: str) -> list[str]:
    """A locale and the ones Babel merged into it, as babel.localedata.load finds them:
    en_GB, en_001, en, root."""
    names = [name]
    while name != "root":
        parts = name.split("_")
        name = get_global("parent_exceptions").get(name) or (
            "root" if len(parts) == 1 else "_".join(parts[:-1])
        )
        names.append(name)
    return names


def trim_as_read() -> None:
    """From now on every locale Babel reads is trimmed (`_trim`) as it is read, before anything
    else is allocated beside it: data read whole and trimmed later leaves holes in the heap
    among live objects, ~4.5 MB of resident memory (docs/performance.md, change 48). Babel's
    `localedata.load` (public) is wrapped once; it calls itself through the module for a
    locale's parents, so they are trimmed too. Locales read before keep their sections until
    `prepare` trims them."""
    if getattr(localedata.load, "trims", False):
        return
    _trim_global()
    read = localedata.load

    def load(name: Any, merge_inherited: bool = True) -> dict[str, Any]:  # noqa: ANN401
        data = read(name, merge_inherited)
        _trim(data)
        return data

    load.trims = True  # type: ignore[attr-defined]
    localedata.load = load


def _trim_global() -> None:
    """Babel's global data (~2 MB, read whole by its first use) without what nothing here
    reads: currencies, time zones, the languages of territories; and the likely subtags (how
    «zh_TW» is completed) only where a language of ours is completed or comes out of it, so
    that `resolve_language` reads every hint as before."""
    get_global("parent_exceptions")  # (reads it)
    data = getattr(babel_core, "_global_data", None)
    if not isinstance(data, dict):  # (another Babel, kept as it is)
        return
    for key in UNUSED_GLOBAL:
        data.pop(key, None)
    likely = data.get("likely_subtags") or {}
    ours = set(LANGUAGES)
    data["likely_subtags"] = {
        name: full
        for name, full in likely.items()
        if name.split("_")[0] in ours or full.split("_")[0] in ours
    }


def _trim(data: dict[str, Any]) -> None:
    """Drop the sections nothing formats from a locale's data (Babel's cached dict: load()
    returns the same one each time)."""
    for key in UNUSED_CLDR:
        data.pop(key, None)
    units = data.get("unit_patterns")
    if units and any(not key.startswith(KEPT_UNITS) for key in units):
        data["unit_patterns"] = {k: v for k, v in units.items() if k.startswith(KEPT_UNITS)}


def _fill(template: str, values: dict[str, Any]) -> str:
    if any(q in template for q in "«„“"):  # a value in quotes: its own quotes the inner kind
        for before, name, _, _ in string.Formatter().parse(template):
            if name and before and name in values:
                values = {**values, name: quotes.quoted(before[-1], values[name])}
    return string.Formatter().vformat(template, (), _Defaulting(values))


class _Defaulting(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        raise KeyError(f"missing value {{{key}}} for a UI string")


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
