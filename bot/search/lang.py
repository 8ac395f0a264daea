"""Which of uk / ru / en / pl a short message is written in, from letters and words.

Short chat messages defeat statistical detectors (lingua, measured in docs/search.md, calls
"що таке песель" Russian and "kak poluchit pesel" Polish, and costs a millisecond a call), so
the evidence here is what a person would use: letters only one language has, function words
(also transliterated), the morphological dictionaries, and the content's own vocabulary.

A Latin word the English or Polish content uses ("rent", "flat", "pobytu") is first of all
English or Polish, by how often each uses it (the English content quotes Polish terms, so
"karta pobytu" leans Polish); that it could also be transliterated Russian ("рент") counts
half then. When the evidence is thin, the person's own language wins (`detect`'s fallback).

Ukrainian and Russian typed in Latin letters: a word the dictionaries know only spelled as
people type it («bojus», «menja», «strahovky»: spellings.py), their function words that Polish
or English write too («ja», «z», «nas»: lang_words.yaml, shared), and spellings only Polish
(«sz», «cz», «rz») or only transliteration («v», «zh», «kh», «menja») writes. Polish typed
without its letters: its verb forms («szukam», «potrzebuje», «zgubilam»: spellings.PolishVerbs)
are evidence, and make a message a Polish sentence (`sentence`), not only names of things.
"""

from __future__ import annotations

import functools
import re
import threading
from collections import Counter
from collections.abc import Iterable
from importlib import resources

from bot.core import yamldata
from bot.search import text
from bot.search.morph import Analyzer
from bot.search.spellings import PolishVerbs, Spellings
from bot.search.tuning import (
    FALLBACK_MARGIN,
    IN_CONTENT,
    MIN_MARGIN,
    TRANSLITERATED_IN_CONTENT,
)

LANGUAGES = ("uk", "ru", "en", "pl")
CYRILLIC = ("uk", "ru")  # the languages written in Cyrillic (and, transliterated, in Latin)
_UK_LETTERS = set("іїєґ")
_RU_LETTERS = set("ыэъё")
_PL_LETTERS = set("ąćęłńóśźż")
_UK_WORDS = frozenset({"дитина", "дитину", "дитини", "дитині", "дитиною", "що", "щоб", "чи"})
# Latin spellings of Polish that transliteration (sh, ch, zh) and English do not write, in a word
# without Polish letters («przepis», «meczu»: Polish typed without its letters). Measured on the
# development sets' questions, each with every other language as the person's: Polish right
# 96.6 -> 97.7 %, Ukrainian and Russian typed in Latin letters as right
_POLISH_SPELLING = re.compile(r"sz|cz|rz")
POLISH_SPELLING = 1.0
# ... and of transliteration that Polish does not: v, zh, kh, sh, ts, y before a vowel, j between
# a consonant and a vowel («menja», «rozumiju»); a dictionary word so spelled counts this more
# (tests/search/test_lang_latin.py's Ukrainian and Russian messages sure and right with each
# other language as the person's: 192 -> 201 of 201; nothing else moved)
_TRANSLITERATION = re.compile(r"v|zh|kh|sh|ts|y[aeiou]|[bcdfgklmnprstz]j[aeiou]")
TRANSLITERATION = 0.5
# A function word lang_words.yaml lists (typed in Latin letters) weighs this against one of a
# language's stop words, when both list it: «na», «ja», «z» lean Polish, «przepis na bigos»
# stays Polish (shared evenly: Polish right 97.7 -> 97.4 %, surely another language 6 -> 9)
TYPED_IN_LATIN = 0.5
# A Polish verb form («szukam», «zgubilam»: spellings.PolishVerbs) that is no transliterated
# word: bench/lang_bench.py, Polish right 98.6 -> 98.7 %, nothing else moved
POLISH_VERB = 0.5
# A word only one language writes so in Latin letters (lang_words.yaml `own`: «dytyny», «robie»)
# weighs as that language's own letters do
OWN_WORD = 2.0
# A town of that language's country (lang_words.yaml `places`: «opole», «krakow») weighs less:
# English and the others write them too («rent flat krakow»), but «pesel Opole» is Polish
PLACE = 1.25


# A Ukrainian or Russian message is clearly the one when it has CLEARLY times the other's
# evidence at least (`mixed`: a person answered in one keeps it for a surzhyk message)
CLEARLY = 4
SENTENCE_WORDS = 2  # function words that make a message a sentence of its language (`sentence`)


def in_own_letters(message: str, code: str | None) -> bool:
    """Whether `message` is written in letters of `code` that plain Latin has not: Cyrillic for
    Ukrainian and Russian, ą ę ł … for Polish (never for English). A greeting's language is
    followed only so: «здравствуйте», «dzień dobry», not «privet» or «hola» (the dictionaries
    read «hola», «hejka» as transliterated Ukrainian)."""
    if code in CYRILLIC:
        return any(text.is_cyrillic(t) for t in text.tokens(message))
    if code == "pl":
        return not _PL_LETTERS.isdisjoint(message.lower())
    return False


def one_cyrillic(message: str) -> str | None:
    """The Cyrillic language whose own letters the message has (і ї є ґ: Ukrainian; ы э ъ ё:
    Russian), None when it has neither's («привет», «здравствуйте», «день»: words Ukrainians
    write too) or both's."""
    letters = set(message.lower())
    uk, ru = not letters.isdisjoint(_UK_LETTERS), not letters.isdisjoint(_RU_LETTERS)
    return "uk" if uk and not ru else "ru" if ru and not uk else None


@functools.cache
def transliterated_words() -> dict[str, list[str]]:
    """lang_words.yaml: "uk", "ru" -> their function words as typed in Latin letters."""
    return _lang_words()[0]


@functools.cache
def own_words() -> dict[str, list[str]]:
    """lang_words.yaml `own`: a language -> the Latin words only it writes so."""
    return _lang_words()[1]


@functools.cache
def places() -> dict[str, list[str]]:
    """lang_words.yaml `places`: a language -> its towns' names typed in Latin letters."""
    return _lang_words()[2]


@functools.cache
def _lang_words() -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, list[str]]]:
    source = resources.files("bot.search") / "lang_words.yaml"
    loaded = yamldata.safe_load(source.read_text(encoding="utf-8"))
    function = {code: words for code, words in loaded.items() if code in LANGUAGES}
    own = dict(loaded.get("own", {}))
    towns = dict(loaded.get("places", {}))
    listed = [
        *((f"own: {c}", w) for c, w in own.items()),
        *((f"places: {c}", w) for c, w in towns.items()),
    ]
    for name, words in [*function.items(), *listed]:
        odd = [word for word in words if not isinstance(word, str)]
        if odd:  # YAML reads a bare on / no / yes as true / false: quote them
            raise ValueError(f"bot/search/lang_words.yaml: {name}: not a word: {odd}")
    return function, own, towns


LATIN_WEIGHED = ("en", "pl")  # the languages whose content's Latin words are evidence (`evidence`)


def with_messages(
    vocabulary: dict[str, Counter[str]], messages: dict[str, list[str]]
) -> dict[str, Counter[str]]:
    """The English and Polish content's Latin words with those of English and Polish messages
    that are not the content (off_topic.yaml: «jaka pogoda jutro w warszawie»): Polish and
    English words the content does not use are theirs too («pogoda na weekend Zakopane» is no
    Ukrainian «погода»). Only these two are weighed (`evidence`): the Ukrainian and Russian
    content's Latin words are not kept (~0.2 MB)."""
    out = {code: Counter(vocabulary.get(code, ())) for code in LATIN_WEIGHED}
    for code in LATIN_WEIGHED:
        for message in messages.get(code, ()):
            found = (text.fold(t) for t in text.tokens(message) if text.is_latin(t))
            out.setdefault(code, Counter()).update(found)
    return out


_LAST = threading.local()  # the last message's evidence in this thread (Detector.evidence)


class Detector:
    def __init__(
        self,
        analyzer: Analyzer,
        stopwords: dict[str, Iterable[str]],
        vocabulary: dict[str, Counter[str]],
    ):
        self.analyzer = analyzer
        self.stopwords = {code: set(words) for code, words in stopwords.items()}
        # Ukrainian and Russian function words typed in Latin letters, that Polish or English
        # also write (lang_words.yaml): evidence as the stop words are
        self.typed_in_latin = {code: set(words) for code, words in transliterated_words().items()}
        # words only one language writes so («dytyny», «oformyty»; Polish verbs: «robi», «robie»)
        self.own = {code: frozenset(words) for code, words in own_words().items()}
        # a language's towns («opole», «lodz»): as its own words, but no verb (`sentence`)
        self.places = {code: frozenset(words) for code, words in places().items()}
        # language -> Latin words of its content (lower case, without diacritics) -> how often
        self.vocabulary = vocabulary
        self.spellings = Spellings(analyzer)
        self.polish_verbs = PolishVerbs()

    def evidence(self, tokens: list[str]) -> dict[str, float]:
        """Per language, how much the words say it is theirs: the last message's kept per
        thread (`detect`, `sure` and `written_in` each weigh the same words, ~6 ms each for a
        4,000-character message; not kept on the detector, which is written to disk)."""
        key = tuple(tokens)
        last = getattr(_LAST, "evidence", None)
        if last is not None and last[0] is self and last[1] == key:
            return dict(last[2])
        score = self._evidence(tokens)
        _LAST.evidence = (self, key, dict(score))
        return score

    def _evidence(self, tokens: list[str]) -> dict[str, float]:
        score = dict.fromkeys(LANGUAGES, 0.0)
        for token in tokens:
            letters = set(token)
            if letters & _UK_LETTERS:
                score["uk"] += 2
            if letters & _RU_LETTERS:
                score["ru"] += 2
            pl_letters = bool(letters & _PL_LETTERS)
            if pl_letters:
                score["pl"] += 2
            listed = {code: 1.0 for code, words in self.stopwords.items() if token in words}
            for code, words in self.typed_in_latin.items():
                if token in words:
                    listed.setdefault(code, TYPED_IN_LATIN)
            weights = sum(listed.values())
            for code, weight in listed.items():
                score[code] += 1.5 * weight / weights
            if _POLISH_SPELLING.search(token) and text.is_latin(token) and not pl_letters:
                score["pl"] += POLISH_SPELLING
            if text.is_latin(token) and self._polish_verb(token):
                score["pl"] += POLISH_VERB
            own = [code for code, words in self.own.items() if token in words]
            for code in own:
                score[code] += OWN_WORD
            place = [code for code, words in self.places.items() if token in words]
            for code in place:
                score[code] += PLACE
            own += place  # (no dictionary's word: «opole» is no Russian «ополе»)
            if token.isdigit() or len(token) < 2 or ((listed or own) and text.is_latin(token)):
                continue  # (a Latin function word: «nas», «tam» are no more Ukrainian than Polish)
            known = self.analyzer.word(token).known
            used: dict[str, int] = {}
            if text.is_latin(token) and not listed:
                folded = text.fold(token)
                used = {c: self.vocabulary.get(c, Counter()).get(folded, 0) for c in LATIN_WEIGHED}
            total = sum(used.values())
            for code, count in used.items():
                score[code] += IN_CONTENT * count / total if total else 0.0
            if not known and not listed and not total:  # («bojus», «menja»: spellings.py)
                known = self.spellings.known(token)
            weight = TRANSLITERATED_IN_CONTENT if total else 1.0
            if known and not total and _TRANSLITERATION.search(token):
                weight += TRANSLITERATION  # («vokzali», «ugrozhaet», «menja»)
            for code in known:
                score[code] += weight / len(known)
        return score

    def _polish_verb(self, token: str) -> bool:
        """A Polish verb form (spellings.PolishVerbs) that transliterated Ukrainian or Russian
        is not («koshtuje», «perestali», «slomalas»: the Stempel table guesses a lemma for any
        word)."""
        return (
            not _TRANSLITERATION.search(token)
            and self.polish_verbs.verb(token)
            and not self.analyzer.word(token).known
            and not self.spellings.known(token)
        )

    def detect(self, tokens: list[str], fallback: str | None = None) -> str | None:
        """The language with the most evidence; `fallback` (the person's own language) unless
        another has clearly more (MIN_MARGIN), on a tie, or without any evidence."""
        if fallback == "uk" and self._ukrainian_own(tokens):
            return "uk"  # («куда записать дитину в школу» from a Ukrainian: tester 37, F7)
        score = self.evidence(tokens)
        top = max(score.values())
        if top <= 0:
            return fallback
        leaders = [code for code in LANGUAGES if score[code] == top]
        if fallback in score and top - score[fallback] < FALLBACK_MARGIN:
            return fallback
        return fallback if len(leaders) > 1 else leaders[0]

    def _ukrainian_own(self, tokens: list[str]) -> bool:
        """A Ukrainian letter (і, ї, є, ґ: «дітей») or one of a few Ukrainian words Russian has
        not («дитину», «що»): a Ukrainian who uses Russian words stays answered in Ukrainian
        (`detect`, the person's own language Ukrainian). Not any word only the Ukrainian
        dictionary knows: «медстраховка», «матуру», «сталого» are Russians' words too."""
        return any(set(token) & _UK_LETTERS or token in _UK_WORDS for token in tokens)

    def sure(self, tokens: list[str]) -> bool:
        """Whether the evidence clearly favours one language."""
        ranked = sorted(self.evidence(tokens).values(), reverse=True)
        return ranked[0] > 0 and ranked[0] - ranked[1] >= MIN_MARGIN

    def mixed(self, tokens: list[str]) -> bool:
        """Whether the words mix Ukrainian and Russian (surzhyk): the lesser of the two has
        more than 1/CLEARLY of the greater's evidence («а шо там по страховке, где ее взять»:
        5 and 12.5; not «где взять страховку»: 1 and 5, nor «а скільки це коштує»)."""
        score = self.evidence(tokens)
        less, more = sorted((score["uk"], score["ru"]))
        return less > 0 and CLEARLY * less > more

    def sentence(self, tokens: list[str], code: str | None) -> bool:
        """Whether the words are a sentence in `code`, not only names of things in it: at least
        SENTENCE_WORDS of its function words of two letters or more («Jak mogę dostać kartę
        pobytu?», «Chcę się zameldować»; not «karta pobytu w Opolu», «pesel dla dziecka»), or,
        in Polish, a verb, also typed without Polish letters («szukam pracy», «ile kosztuje
        karta pobytu», «potrzebuje pomocy z praca»: spellings.PolishVerbs)."""
        words = self.stopwords.get(code or "", set())
        verbs = self.own.get("pl", frozenset())  # («robi», «robie»: lang_words.yaml)
        if code == "pl" and any(t in verbs or self.polish_verbs.verb(t) for t in tokens):
            return True
        return sum(len(t) > 1 and t in words for t in tokens) >= SENTENCE_WORDS

    def spelled_polish(self, tokens: list[str]) -> bool:
        """Polish typed without its letters as only Polish spells it: a verb form (`sentence`'s)
        and a word with «sz», «cz» or «rz» («potrzebuje pesel dla dziecka», «zgubilam paszport»):
        clearly Polish from anyone, as a sentence with Polish letters is (questions/language.py);
        not a Polish name among transliterated words («pesel dla dytyny»)."""
        latin = [t for t in tokens if text.is_latin(t)]
        verbs = self.own.get("pl", frozenset())
        return any(_POLISH_SPELLING.search(t) for t in latin) and any(
            t in verbs or self._polish_verb(t) for t in latin
        )

    def written_in(self, tokens: list[str], detected: str | None) -> str | None:
        """`detected` (what `detect` said), unless the words are Cyrillic and it is English or
        Polish (`detect` falls back to the person's own language on a tie: «погода завтра»
        from someone whose language is Polish): then Ukrainian or Russian, whichever has more
        evidence (Ukrainian on a tie). Latin words may be any of the four: «kak poluchit pesel»
        is Russian, transliterated."""
        cyrillic = sum(text.is_cyrillic(t) for t in tokens)
        if detected in CYRILLIC or cyrillic <= sum(text.is_latin(t) for t in tokens):
            return detected
        score = self.evidence(tokens)
        return max(CYRILLIC, key=lambda code: score[code])
