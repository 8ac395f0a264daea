"""What was typed at the name step, read: a name, or a greeting, a refusal, a question.

«Здравствуйте», «dzień dobry» and «не хочу давати ім'я» reached staff as «Imię: …». Now a
greeting first is taken off («Добрий день, мене звати Оля» -> «Оля»), and so is a phrase that
introduces a name («меня зовут», «my name is», «jestem», «я»); a greeting alone is greeted back;
a refusal hears that any name staff can call the person by is enough; a word that is no name
(«дякую», «ok») is asked again; a topic of the knowledge base alone («песель», «PESEL»), a
request («хочу записатися»; «Ukrainian visit please»: a word of asking anywhere), words no name
has («песель для дитини», «pesel for my child») or a topic the search answers at once («pesel
dziecka»: `reads_as_topic`) is a question; a parent's children typed there («dwoje: Masza 8
i Petro 5», «двоє дітей: Маша 8, Петро 5», «Маша 8 років»: ages, an age said so, or a count) are
no name, even said to be one: the parent's own is asked (`children`, at the person's own name
only, not a child's); one name with one bare number («Маша 8», «Person 1») is asked about
(`beside_number`: is it an age?). A note in brackets after a name («Halyna (sąsiadka, ja tylko
pomagam)»: tester 35, item 18) is no question: the name is read without it, and it stays
with the name for staff (`aside`).
The words are in name_words.yaml beside this file.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Literal

from bot.content.knowledge import KnowledgeBase
from bot.core import yamldata
from bot.core.dispatch import Turn
from bot.features.person.question import MAX_NAME_WORDS, asks, looks_like_question
from bot.search import text as search_text

Kind = Literal["name", "greeting", "refusal", "not_a_name", "question"]
# Where the person said «No, that is my name»: "Maria José da Silva Santos", not a paragraph
CONFIRMED_MAX_WORDS = MAX_NAME_WORDS + 2
# «Anna (córka)»: the name, and the note in brackets as typed after it (not a link's address
# right after «]», «[x](https://…)»: part of a name as typed)
_ASIDE = re.compile(r"(?P<name>[^()]+?)(?P<aside>\s*(?<!\])\([^()?]{1,80}\))\s*[.!]?")
_SAME = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'", "ё": "е", "Ё": "Е"})  # 1 to 1
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_TITLE_PARTS = re.compile(r"[(),:;/]")  # "Legal stay (visas, karta pobytu)": each a name
NOT = "not_in_names"
_INITIAL = re.compile(r"(?:^|\W)[^\W\d_]\.$")  # "Olena K." keeps its full stop
# «Олена <b>&amp;»: a «;» that ends what reads as a character reference is part of the name
# (taken off, staff read «&amp» and the person's summary lost its last character)
_REFERENCE = re.compile(r"&#?\w+;$")
# «Олена Петренко з Харкова», «Anna z Krakowa», «Mykola from Lviv»: a name and where the person
# is from (up to three words of a town, at the end): the name is what comes before
_ORIGIN = re.compile(
    r"^(?P<name>.*?[^\W\d_].*?)[\s,]+(?:з|із|зі|из|с|со|z|ze|from)\s+"
    r"(?P<town>[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*(?:\s+[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*){0,2})$",
    re.IGNORECASE,
)


# where a sentence goes on after a name: a comma, an «and»
# (a lower-case «i» only: an English «I» may begin a question)
# children typed at the parent's name: an age (a number of one or two digits alone), a count of
# children or a word for them («двоє дітей: Маша 8, Петро 5», «dwoje: Masza 8 i Petro 5»)
_AGE = re.compile(r"(?<![\w+:./-])\d{1,2}(?!\w|[:./-]\d)")
# an age said so: «8 років», «8 лет», «8 lat», «8 years old», «(8 р.)»
_AGED = re.compile(
    r"(?<![\w+:./-])\d{1,2}\s*(?:років|роки|рік|р\.|рочки|рочків|лет|года|год|г\.|годик\w*|"
    r"years?|yrs?|y\.?o\.?|lata|lat|rok|roku|latka|l\.)(?!\w)",
    re.IGNORECASE,
)
_COUNTS = frozenset(
    "двоє троє четверо двое трое четверо dwoje troje czworo dwójka trójka dwojka trojka".split()
)
_CLAUSE = re.compile(r"\s*,\s*|\s+(?:[Aa]nd|[ІіИи]|й|та|i|oraz|a)\s+")


@dataclass(frozen=True)
class Reading:
    kind: Kind
    name: str = ""  # what to save, for a name
    introduced: bool = False  # said after «my name is», «мене звати»: a name, whatever it says
    origin: str = ""  # where from, said after the name («з Харкова»): not part of it
    aside: str = ""  # « (sąsiadka)» in brackets after the name, as typed: for staff (a note)

    @property
    def kept(self) -> str:
        """The name as staff get it: with its note in brackets, if one was written."""
        return self.name + self.aside

    @property
    def note(self) -> str:
        """What the brackets after the name say, without them: a form's note for staff."""
        return " ".join(self.aside.strip()[1:-1].split())


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(unicodedata.normalize("NFC", text).translate(_SAME).lower()))


@functools.cache
def _lists() -> dict[str, frozenset[tuple[str, ...]]]:
    source = resources.files("bot.features.person") / "name_words.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))
    return {
        kind: frozenset(_words(phrase) for phrases in by_lang.values() for phrase in phrases)
        for kind, by_lang in data.items()
    }


@functools.cache
def _leading(kind: str) -> re.Pattern[str]:
    """One of the phrases of `kind` at the very start, and what separates it from the rest."""
    phrases = sorted(_lists()[kind], key=lambda p: -len(" ".join(p)))
    alternatives = "|".join(r"\s+".join(re.escape(word) for word in p) for p in phrases)
    return re.compile(rf"^[\W_]*(?:{alternatives})(?!\w)[\W_]*", re.IGNORECASE)


def _strip(kind: str, text: str) -> tuple[str, bool]:
    """The text without a leading phrase of `kind` (the original spelling of the rest)."""
    found = _leading(kind).match(text.translate(_SAME))  # each character where it was
    return (text[found.end() :], True) if found else (text, False)


def _has(words: tuple[str, ...], kind: str) -> bool:
    return any(
        words[i : i + len(phrase)] == phrase
        for phrase in _lists()[kind]
        for i in range(len(words) - len(phrase) + 1)
    )


@functools.lru_cache(maxsize=32)
def topic_names(kb: KnowledgeBase) -> frozenset[tuple[str, ...]]:
    """Every topic's keywords and the parts of its titles, in every language, as words."""
    names: set[tuple[str, ...]] = set()
    for language in kb.languages.values():
        for topic in language.topics.values():
            names.update(_words(k) for k in topic.keywords)
            names.update(_words(part) for part in _TITLE_PARTS.split(topic.title))
    return frozenset(name for name in names if name)


def read(
    text: str, topics: frozenset[tuple[str, ...]] = frozenset(), *, confirmed: bool = False
) -> Reading:
    """What `text` is at the name step; `confirmed`: the person said it is their name (only a
    greeting, an introduction, a refusal, a request or a paragraph is not taken then)."""
    text = unicodedata.normalize("NFC", text)
    aside = ""
    found = _ASIDE.fullmatch(text)
    if found is not None and _words(found["name"]):
        text, aside = found["name"], found["aside"]
    words = _words(text)
    refuses = len(words) <= MAX_NAME_WORDS or any((w,) in _lists()["name_words"] for w in words)
    if "?" not in text and refuses and _has(words, "refusals"):
        return Reading("refusal")
    rest, greeted = _strip("greetings", text)
    while greeted and (again := _strip("greetings", rest))[1]:
        rest = again[0]
    rest, introduced = _strip("introductions", rest)
    rest = _tidy(rest)
    clause = ""
    if introduced or (confirmed and "?" not in text):  # «мене звати Оксана, я з Харкова»
        whole = rest
        rest, clause = _without_clause(rest)  # the name, not the sentence
        if not introduced and looks_like_question(rest):
            rest, clause = whole, ""
    rest, origin = _without_origin(rest)
    origin = origin or clause
    words = _words(rest)
    if not words:
        return Reading("greeting" if greeted else "not_a_name")
    if not confirmed and not introduced and words in topics:
        return Reading("question")
    if not confirmed and ("?" in text or looks_like_question(rest)):
        return Reading("question")
    if not confirmed and len(words) > 1 and _any(words if not introduced else words[:1], NOT):
        # «песель для дитини», «pesel for my child»; introduced, a name never begins with one:
        # «это для дочки» (not «меня зовут Maria dos Santos»)
        return Reading("question")
    if not (confirmed or introduced) and len(words) > 1 and _any(words, "asking"):
        return Reading("question")  # «Ukrainian visit please», «запис на прийом»
    if len(words) > 1 and (words[0],) in _lists()["requests"]:
        return Reading("question" if not confirmed else "not_a_name")
    if words in _lists()["not_names"] or len(words) > CONFIRMED_MAX_WORDS:
        return Reading("not_a_name")
    return Reading("name", rest, introduced, origin, aside)


def children(text: str) -> bool:
    """Whether `text`, typed at a parent's own name, gives their children instead: a count of
    them, ages of two («dwoje: Masza 8 i Petro 5», «Маша 8, Петро 5»), or an age said so («Маша
    8 років», «Masza, 8 lat»), not asked (no «?», no question word first) and with no word a
    name never has («pesel dla 2 dzieci» is a question). One number alone beside a name («Маша
    8», «Person 1») is not said to be an age: `beside_number`."""
    words = _words(text)
    if not words or asks(text) or _any(words, NOT):
        return False
    ages = _AGE.findall(text)
    return len(ages) > 1 or _AGED.search(text) is not None or not _COUNTS.isdisjoint(words)


def beside_number(text: str) -> tuple[str, str] | None:
    """(the name, the number) of a name typed with one number of one or two digits beside it
    («Маша 8», «Anna, 2», «Person 1»): an age, or a slip? The person is asked (name_number.py).
    None for anything else."""
    found = list(_AGE.finditer(text))
    if len(found) != 1 or children(text) or asks(text):
        return None
    number = found[0].group()
    rest = " ".join(f"{text[: found[0].start()]} {text[found[0].end() :]}".split()).strip(" ,;:-()")
    reading = read(rest)
    if reading.kind != "name" or any(ch.isdigit() for ch in reading.name):
        return None
    return reading.name, number


def _without_clause(text: str) -> tuple[str, str]:
    """A name said in a sentence («Оксана, я з Харкова», «Anna and I live in Kielce», «Kasia,
    mam pytanie o pracę», «Ольга и у меня вопрос»: tester 22, item 1): the name before a comma
    or an «and», and the rest, when the rest reads as more than a name («Kowalska, Anna Maria»
    stays whole): three words or more, or a word in lower case after a name in capitals."""
    found = _CLAUSE.search(text)
    if found is None:
        return text, ""
    head, tail = text[: found.start()].strip(" ,"), text[found.end() :].strip(" ,")
    head_words, tail_words = _WORD.findall(head), _WORD.findall(tail)
    if not head_words or len(head_words) > MAX_NAME_WORDS or len(tail_words) < 2:
        return text, ""
    lower = any(w[:1].islower() for w in tail_words) and head_words[0][:1].isupper()
    return (head, tail) if len(tail_words) >= 3 or lower else (text, "")


def _without_origin(text: str) -> tuple[str, str]:
    """A name said with where the person is from («Олена Петренко з Харкова»): the name, and
    the rest («з Харкова», for the search to read the whole: `reads_as_topic`)."""
    found = _ORIGIN.match(text)
    if found is None or len(found["name"].split()) > MAX_NAME_WORDS:
        return text, ""
    name = found["name"].rstrip(" ,")
    return name, text[len(name) :].strip(" ,")


def _any(words: tuple[str, ...], kind: str) -> bool:
    return any((word,) in _lists()[kind] for word in words)


async def reads_as_topic(turn: Turn, reading: Reading) -> bool:
    """A name of two words or more as the text reads it, that the search answers at once with
    a topic («pesel dziecka», «страховка ребенку»), unless it was introduced («my name is …») or
    a word of it is a given name, surname or patronymic in the Ukrainian and Russian
    dictionaries («Любов Школьна»). One word alone is a question only as a topic's own name
    («песель»): «Rose», «Света» (also «свет», electricity) are names. Typed at the name step
    only: a search there is cheap."""
    searcher = turn.services.search.current(turn.office.id)
    said = f"{reading.name} {reading.origin}".strip()  # «довідка з роботи»: all of it
    tokens = search_text.tokens(said)
    if reading.kind != "name" or reading.introduced or searcher is None or len(tokens) < 2:
        return False
    result = await turn.services.search.search(searcher, said, turn.lang)
    if not result.confident or result.best is None or result.best.is_action:
        return False
    return not any(searcher.analyzer.personal_name(token) for token in tokens)


def _tidy(name: str) -> str:
    name = name.strip()
    kept = ";" if _REFERENCE.search(name) else ""
    name = name.removesuffix(kept).rstrip(" !,;:") + kept
    if name.endswith(".") and not _INITIAL.search(name):
        name = name[:-1].rstrip()
    return name


def plausible(name: str) -> bool:
    """A name saved before names were read: offered again only if it reads as a name."""
    return read(name, confirmed=True) == Reading("name", name)
