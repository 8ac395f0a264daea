"""Days named from today, in uk, ru, en and pl, for bot.core.dates: «сьогодні», «today»,
«dziś» (0), «завтра», «tomorrow» (1), «післязавтра», «pojutrze» (2); and the days that have
passed, «вчора», «вчера», «yesterday», «wczoraj» (-1), «позавчора», «przedwczoraj» (-2), so
that a form asking a day says the day has passed (never «I did not understand»)."""

from __future__ import annotations

from bot.core.words import fold

_DAYS = {
    -2: "позавчора позавчера przedwczoraj",
    -1: "вчора учора вчера yesterday wczoraj",
    0: "сьогодні сьогодня сегодня today dziś dzis dzisiaj",
    1: "завтра tomorrow jutro",
    2: "післязавтра послезавтра pojutrze overmorrow",
}
_PHRASES = {"day after tomorrow": 2, "day before yesterday": -2}
_AHEAD = {fold(word): ahead for ahead, said in _DAYS.items() for word in said.split()}
_AHEAD.update({p: ahead for phrase, ahead in _PHRASES.items() for p in (phrase, f"the {phrase}")})


def ahead(said: str) -> int | None:
    """How many days from today the folded words `said` name («завтра»: 1, «вчора»: -1), or
    None when they name no such day."""
    return _AHEAD.get(said)
