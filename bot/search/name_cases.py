"""A name's word in another grammatical case, by rule: «Opolu», «Ополі», «w Sopocie», «ze
Starachowic», «w Skarżysku-Kamiennej» are Opole's, Sopot's, Starachowice's and
Skarżysko-Kamienna's. Read from script-neutral keys (bot.search.text: «Ополі» and «Opolu» are
«opoli», «opolu» beside «opole»): the word is the name with a case ending (the name's own last
vowel dropped: Opol-e → Opol-u, Ополе → Опол-і, Стараховіц-е → Стараховиц-ях), or with a
consonant softened before it (Sopo-t → Sopo-cie). The endings are those of Ukrainian, Russian
and Polish nouns; an English word that merely begins with a name («eastern», «easy» beside
«East») has none of them, and at least three letters and all but two of the name must be the
same («Sopot» is not «sopel»). No dictionary: pymorphy3's and the Polish stemmer's know few
Polish towns («Sopocie» stems to «Sopoyć», «Krakowie» to «Kraka»; «Ополі», «Стараховицях» are
unknown words), and the gate and the deployer's check must not wait for the search to load.

Used where a person names an office (bot/features/office/names.py) and where `infopoint check`
looks for an office's block copied from another's (bot/settings/copied.py)."""

from __future__ import annotations

import functools
import os

from bot.search import text as texts

# (keys: y = и = і = i, w = в = v, ch = х = h, rz = ж = z, sz = ш = s, ł = l, ó = o)
ENDINGS = frozenset(  # "": the name itself, or without its vowel (ze Starachowic)
    ["", *"a e i o u ia ie iu om em am ah ami iam iah iami oiu eiu ov iv ei oi ovi evi ii".split()]
    # an adjective's, of a name of two words: w Nowym Sączu, w Gorzowie Wielkopolskim, z Nowego
    + "m eho emu oho omu".split()  # (keys: g is h)
)
VOWELS = frozenset("a e i o u ia ie iu".split())  # a name's own ending, dropped before another
_LETTERS_OF_VOWELS = frozenset("aeiou")
# a consonant softened before the ending: t -> cie (Sopot, w Sopocie), d -> dzie, r -> rze,
# ł -> le, k -> ce, g -> dze, ch -> sze, st -> ście
_SOFTENED = frozenset("cie dzie zie ze le ce dze se scie sle".split())
_SHORTEST = 4  # a name word this long or longer is read in other cases too
_COMMON = 3  # letters a word in another case shares with the name at least


@functools.lru_cache(maxsize=4096)
def same(typed: str, name: str) -> bool:
    """The name's word (a token, bot.search.text.tokens), as it is or in another grammatical
    case («ополі», «sopocie»)."""
    if typed == name:
        return True
    if len(name) < _SHORTEST or typed.isdigit():
        return False
    return any(case_of(t, n) for t in texts.keys(typed) for n in texts.keys(name))


def case_of(typed: str, name: str) -> bool:
    """`typed` is `name` with a case ending (keys: the same word in another script is too)."""
    common = len(os.path.commonprefix([typed, name]))
    dropped, ending = name[common:], typed[common:]
    if common < _COMMON or len(dropped) > 2:
        return False
    if not dropped and ending not in ENDINGS:  # («brodiv»: «Brody» as «brod» + «iv»)
        return any(name.endswith(v) and typed[len(name) - len(v) :] in ENDINGS for v in VOWELS)
    if not dropped or dropped in VOWELS:
        return ending in ENDINGS
    return not set(dropped) & _LETTERS_OF_VOWELS and ending in _SOFTENED
