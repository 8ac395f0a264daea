"""Latin words read as transliterated Ukrainian or Russian the way people type them on a phone,
for telling a message's language (lang.py) only; the search's own analysis is not touched.

The analyser reads a Latin word back into Cyrillic one way (text.to_cyrillic: «dytyny» ->
«дитини»), and a person in a hurry writes it many: «j» for й, я, ю, є («bojus», «menja»,
«pogrozhuje», «vyhaniajut»), after a consonant for a soft sign or an apostrophe («bje» -> б'є,
«bjet» -> бьет), «h» for х («strahovky», «hvora»), and no soft sign at all («ditmy» -> дітьми,
«bojus» -> боюсь, «polskij» -> польский). Here such a word is spelled a few more ways and looked
up in the dictionaries again: «ja bojus cholovika vin pogrozhuje» has four Ukrainian words, not
one.

A word with letters Polish writes and transliteration does not (ą, ł …, «sz», «cz», «rz», «w»)
is not looked up so: «wyrzucaja» is Polish, not «вирзукая».
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.search import stempel, text
from bot.search.recent import Recent

if TYPE_CHECKING:
    from bot.search.morph import Analyzer

_NOT_TRANSLITERATED = re.compile(r"sz|cz|rz|[wxqąćęłńóśźż]")
# j before a vowel: the vowel's iotated letter (я ю є ї / я ю е ё), as text.to_cyrillic reads it
_IOTATED = {
    "uk": {"a": "ia", "u": "iu", "e": "ie", "i": "yi"},
    "ru": {"a": "ya", "u": "yu", "e": "ye", "o": "yo"},
}
_J_VOWEL = re.compile(r"j([aeiou])")
_AFTER_CONSONANT = re.compile(r"(?<=[bcdfghklmnprstvz])j([aeiou])")
_ADJECTIVE = re.compile(r"(?:yi|iy|yy|yj|ij|ii)$")
_LONE_I = re.compile(r"(?<![aeiouy])i(?![aeiou])")  # an «i» that is not of «ia», «ai», «yi» …
_LONE_H = re.compile(r"(?<![zkscg])h")  # an «h» not of «zh», «kh», «sh», «ch», «gh»
_SOFTENED = "лтнсдзц"  # consonants a soft sign follows, left out in Latin («ditmy», «polsku»)
_CYRILLIC_CONSONANTS = set("бвгґджзклмнпрстфхцчшщ")
MAX_SOFT = 3  # places a left-out soft sign is tried at, one at a time (and all of them at once)


class Spellings:
    """Which of the Ukrainian and Russian dictionaries know a Latin word, spelled the ways
    people transliterate (`known`); the answers for the words asked lately are kept."""

    def __init__(self, analyzer: Analyzer) -> None:
        self.analyzer = analyzer
        self.asked: Recent[str, frozenset[str]] = Recent()

    def known(self, token: str) -> frozenset[str]:
        found = self.asked.get(token)
        if found is None:
            found = self._known(token) if transliterated(token) else frozenset()
            self.asked[token] = found
        return found

    def _known(self, token: str) -> frozenset[str]:
        # (a lookup only reads a dictionary: the search's two threads may look up at once)
        dictionaries = {"uk": self.analyzer.uk, "ru": self.analyzer.ru}
        return frozenset(
            code
            for code, morph in dictionaries.items()
            if any(morph.word_is_known(s) for s in spellings(token, code))
        )


def transliterated(token: str) -> bool:
    """Whether a word may be transliterated Ukrainian or Russian: Latin letters only, three or
    more, none that Polish writes and transliteration does not."""
    return (
        len(token) >= 3
        and token.isascii()
        and token.isalpha()
        and not _NOT_TRANSLITERATED.search(token)
    )


def spellings(token: str, code: str) -> list[str]:
    """Cyrillic spellings of a transliterated word in `code` ("uk", "ru") beyond the one
    text.to_cyrillic gives: «j» before a vowel read as the iotated letter, after a consonant
    also with a soft sign or an apostrophe between («bje» -> б'є, «bjet» -> бьет); «h» as х
    (Ukrainian: «hvora» -> хвора); a soft sign at the end or after л т н с д з ц before
    another consonant («bojus» -> боюсь, «ditmy» -> дітьми)."""
    latin = [token]
    iotated = _IOTATED[code]
    if "j" in token:
        latin.append(_J_VOWEL.sub(lambda m: iotated.get(m.group(1), m.group(0)), token))
        hard = _AFTER_CONSONANT.sub(lambda m: "'" + iotated.get(m.group(1), m.group(0)), token)
        latin.append(_J_VOWEL.sub(lambda m: iotated.get(m.group(1), m.group(0)), hard))
    if _ADJECTIVE.search(token):  # (-ий, -ій, -ый as «yi», «iy», «yy», «ij», «ii»)
        latin += [_ADJECTIVE.sub(ending, word) for ending in ("yj", "ij") for word in latin]
    if code == "uk" and _LONE_H.search(token):
        latin += [_LONE_H.sub("kh", word) for word in latin]
    if code == "uk" and "i" in token:  # (и written «i»: «yurist» -> юрист)
        latin += [_LONE_I.sub("y", word) for word in latin[:2]]
    out: list[str] = []
    for word in dict.fromkeys(latin):
        cyrillic = text.to_cyrillic(word, code)
        if code == "uk":  # (an apostrophe, not a soft sign, before я ю є ї: б'є, п'ю)
            cyrillic = re.sub("ь(?=[яюєї])", "'", cyrillic)
        out += [cyrillic, *_soft_signs(cyrillic)]
    return list(dict.fromkeys(out))


def _soft_signs(word: str) -> list[str]:
    """`word` with a soft sign put back: at its end after a consonant, or after one of
    _SOFTENED before another consonant (each such place, and all of them)."""
    out = [word + "ь"] if word[-1] in _SOFTENED else []
    places = [
        at + 1
        for at in range(len(word) - 1)
        if word[at] in _SOFTENED and word[at + 1] in _CYRILLIC_CONSONANTS
    ][:MAX_SOFT]
    for place in places:
        out.append(word[:place] + "ь" + word[place:])
    if len(places) > 1:
        for place in reversed(places):
            word = word[:place] + "ь" + word[place:]
        out.append(word)
    return out


# Polish verb forms typed without Polish letters («szukam», «potrzebuje», «zrobic», «zgubilam»):
# the endings of a verb's stem (its infinitive without «ć»: «szuka», «potrzebowa» -> «potrzebu»)
# in the present tense, the infinitive and the first person and plural of the past; not the third
# person singular («szuka», «stała»: the table guesses «stalać», «strahovkyć» for a word it does
# not know, «stała karta pobytu» is a document)
_VERB_ENDINGS = ("ć", "m", "my", "sz", "cie", "ją", "ę", "ję", "je", "jesz", "jemy", "łem",
                 "łam", "łeś", "łaś", "liśmy", "łyśmy", "li")  # fmt: skip
# an ending's Polish letters as typed without them, put back («szukaja», «zrobic», «zgubilam»);
# not «e» as «ę»: «umowie», «szkole» are nouns before they are «umowię», «szkolę»
_RESTORED = (("a", "ą"), ("c", "ć"), ("lem", "łem"), ("lam", "łam"),
             ("les", "łeś"), ("las", "łaś"), ("lismy", "liśmy"), ("lysmy", "łyśmy"))  # fmt: skip


class PolishVerbs:
    """Whether a word is a form of a Polish verb, its last letters' Polish letters put back when
    typed without them (`verb`): the Stempel table's lemma is an infinitive the word is that
    verb's stem and an ending of: «szukam», «potrzebuje», «zrobic», not «mieszkanie»,
    «wynajem» (lemma «wynajeść»), «urzad» (lemma «urzeć»: the table guesses a lemma for any
    word). A Polish sentence has a verb; the names of things (`lang.Detector.sentence`) do not."""

    def __init__(self) -> None:
        self.asked: Recent[str, bool] = Recent()  # (pickled with the index: no table, no lock)

    def verb(self, token: str) -> bool:
        found = self.asked.get(token)
        if found is None:
            found = len(token) >= 3 and token.isalpha() and any(map(self._form, _restored(token)))
            self.asked[token] = found
        return found

    def _form(self, word: str) -> bool:
        lemma = stempel.stem(stempel.polish(), word)  # (the analyzer's: it keeps no state)
        if not lemma or len(lemma) < 4 or not lemma.endswith("ć"):
            return False
        stems = [lemma[:-1]]
        if lemma.endswith("ować"):  # («potrzebować»: «potrzebuję», «potrzebuje»)
            stems.append(lemma[:-4] + "u")
        return any(word == stem + ending for stem in stems for ending in _VERB_ENDINGS)


def _restored(token: str) -> list[str]:
    """`token`, and with its ending's Polish letters put back where it has none."""
    if not _PLAIN.fullmatch(token):
        return [token]
    return [token] + [token[: -len(a)] + b for a, b in _RESTORED if token.endswith(a)]


_PLAIN = re.compile(r"[a-z]+")
