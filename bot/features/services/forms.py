"""A service named in a question in other forms of its words: «I need a translator for a
document» names «translate a document», «потрібно перекласти документи» names «перекласти
документ», «kursy polskogo» names «курс польского». The spelling of a name, with a typo, is
matched in listing.py; here the words of a name of two words or more are matched by their forms
(the word, its lemmas and stems: bot.search.morph, the dictionaries the search has loaded), in
the name's order, one right after the other but for function words (bot.search.text.in_order):
«я на 2 курсі в КПІ, … польський універ» does not name «курс польської», nor «a polish pension if
I worked» «polish for work», nor «дитину в польську школу» «польська для дітей». Function words
do not count («a», «для»): a name with one word left that says something («drive me», «how to get
there») is left to its spelling, as is a name of one word: «drive» alone would name the
transport under «driving licence», and a catalogue's «дитина» or «работа»
(examples/network.yaml) every question about a child or a job. A one-word name's endings are
forgiven by its spelling («перевода» has «перевод» in it).

Every question goes through this on the event loop: the question's words are analysed once
(the search analysed them first, and keeps them), each service's names once per index."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.search import Searcher, text
from bot.search.recent import Recent
from bot.settings.catalogue import Service


@dataclass(frozen=True)
class Asked:
    words: tuple[frozenset[str], ...]  # each content word's forms, in the question's order
    every: frozenset[str]  # all of them


@dataclass(frozen=True)
class _Names:
    service: Service
    searcher: Searcher
    names: tuple[tuple[int, tuple[frozenset[str], ...]], ...]  # length, each word's forms
    first: frozenset[str]  # the forms of every name's first word: a quick «none of them»


_NAMES: dict[int, _Names] = {}
# a word's forms, as every index's analyser gives them (the same dictionaries): the last words
_FORMS: Recent[str, frozenset[str]] = Recent()
_KEEP = 512  # services × indexes kept (a network's offices share one index)


def asked(searcher: Searcher, question: str) -> Asked:
    words = tuple(
        _forms(searcher, token) for token in searcher.reader.content(text.tokens(question))
    )
    return Asked(words, frozenset().union(*words))


def longest_named(searcher: Searcher, service: Service, question: Asked) -> int:
    """The length of the longest of the service's names of several words the question has, in
    any of their forms (0: none)."""
    names = _names(searcher, service)
    if not names.first & question.every:
        return 0
    return max(
        (size for size, words in names.names if text.in_order(question.words, words, gap=1)),
        default=0,
    )


def title_word_named(searcher: Searcher, service: Service, question: Asked) -> int:
    """The length of the service's title of one content word («польська», a children's
    course's title without the words for a child) that the question has in any of its forms
    («polsku»), 0: none. Only where the question names a course already (listing.for_a_child):
    alone, a word of one would name too much."""
    best = 0
    for title in service.title.values.values():
        content = searcher.reader.content(text.tokens(title))
        if len(content) == 1 and _forms(searcher, content[0]) & question.every:
            best = max(best, len(title))
    return best


# Keywords say how a person asks for themself («pójść ze mną», «піти зі мною», «go with me»); a
# neighbour or a relative asks the same for someone else («poszedł z nią do ZUS», «сходити з
# ним до лікаря», «go with her»: tester 36, F13). A name with a word for «me» is also a name with
# each of these (in lower case, as written in the config; listing.py folds them as its own).
FOR_OTHERS = {
    # (a parent too: «can someone go with my mum», «піти з мамою», README's known gap)
    "ze mną": ("z nią", "z nim", "z mamą", "z moją mamą", "z tatą", "z rodzicami"),
    "ze mna": ("z nia", "z nim", "z mama", "z moja mama", "z tata"),
    "dla mnie": ("dla niej", "dla niego"),
    "зі мною": ("з нею", "з ним", "з мамою", "з моєю мамою", "з татом", "з батьками"),
    "для мене": ("для неї", "для нього"),
    "со мной": ("с ней", "с ним", "с мамой", "с моей мамой", "с папой", "с родителями"),
    "для меня": ("для неё", "для нее", "для него"),
    "with me": (
        *("with her", "with him", "with them", "with my mum", "with my mom", "with my mother"),
        *("with my dad", "with my father", "with my parents"),
    ),
    "for me": ("for her", "for him", "for them"),
}
_ME = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, FOR_OTHERS)) + r")(?!\w)")


# A title's head, the words before a colon, a dash or a bracket, is how people call the service
# («хочу на інформаційну зустріч» of «Інформаційна зустріч: перебування і робота»: tester 37,
# F23); one word alone («Kurs: …») would name too much
_HEAD_END = re.compile(r"\s*(?::|—|–|\(|\s-\s)")


def names(service: Service) -> list[str]:
    """A service's names: its keywords, its titles, and each title's head of two words or more."""
    titles = [t for t in service.title.values.values() if t]
    heads = [
        head
        for title in titles
        if (head := _HEAD_END.split(title, maxsplit=1)[0].strip()) != title.strip()
        and len(head.split()) >= 2
    ]
    return [*(w for ws in service.keywords.values() for w in ws), *titles, *heads]


def for_others(names: list[str]) -> list[str]:
    """`names` and, after each with a word for «me», the same said for her, him (FOR_OTHERS)."""
    out = []
    for name in names:
        out.append(name)
        found = _ME.search(name.lower())
        if found is not None:
            lowered = name.lower()
            out += [
                lowered[: found.start()] + other + lowered[found.end() :]
                for other in FOR_OTHERS[found.group(1)]
            ]
    return out


def _names(searcher: Searcher, service: Service) -> _Names:
    kept = _NAMES.get(id(service))
    if kept is None or kept.service is not service or kept.searcher is not searcher:
        if len(_NAMES) >= _KEEP:
            _NAMES.clear()
        found = []
        for name in names(service):
            content = searcher.reader.content(text.tokens(name))
            if len(content) > 1:
                found.append((len(name), tuple(_forms(searcher, t) for t in content)))
        first = frozenset().union(*(words[0] for _, words in found))
        kept = _NAMES[id(service)] = _Names(service, searcher, tuple(found), first)
    return kept


def _forms(searcher: Searcher, token: str) -> frozenset[str]:
    """The word, its lemmas and stems («k:» features), not the weaker prefix match."""
    found = _FORMS.get(token)
    if found is None:
        features = searcher.analyzer.word(token).features
        found = _FORMS[token] = frozenset(f for f in features if f.startswith("k:"))
    return found


# A name in Cyrillic letters typed in Latin ones («nuzhen yurist», «zapys do psykholoha»): the
# words' script-neutral keys (bot.search.text.keys: «yurist» and «юрист» are both «iurist»), and
# where each key is (a name is looked for only where its first word is: a 4,000-character
# message checked at each of its ~700 words for each of ~100 names took ~30 ms on the loop)
LatinKeys = tuple[tuple[frozenset[str], ...], dict[str, list[int]]]
_CYRILLIC: dict[int, tuple[Service, tuple[tuple[int, tuple[str, ...], str], ...]]] = {}


def latin_keys(question: str) -> LatinKeys | None:
    """Each word's keys, if the question has a word in Latin letters (else None: nothing to do)."""
    tokens = text.tokens(question)
    if not any(text.is_latin(token) for token in tokens):
        return None
    keys = tuple(frozenset(text.keys(token)) for token in tokens)
    at: dict[str, list[int]] = {}
    for position, its in enumerate(keys):
        for key in {k[:ENDING_FROM] for k in its}:
            at.setdefault(key, []).append(position)
    return keys, at


# A name's word of this many letters (of its key) or more is also read with an ending or more
# letters after it («perevodchik» has «перевод», «perevesti dokumenty» «перевести документ»),
# as the spelling of a Cyrillic question is (listing.py: «перевода», «переводчик» have
# «перевод» in them); a shorter one only as a whole word
ENDING_FROM = 4


def spelled_latin(service: Service, asked: LatinKeys) -> int:
    """The length of the longest of the service's Cyrillic names whose words the question has
    one after the other, in Latin letters (0: none)."""
    keys, at = asked
    for size, name, first in _cyrillic_names(service):  # (the longest first: the first found)
        starts = at.get(first)  # (mostly none: a name is looked at only where its word is)
        if starts is not None:
            last = len(keys) - len(name)
            if any(
                start <= last and all(_has(keys[start + i], word) for i, word in enumerate(name))
                for start in starts
            ):
                return size
    return 0


def _has(typed: frozenset[str], word: str) -> bool:
    """Whether a typed word (its keys) is the name's `word`, or begins with it (ENDING_FROM)."""
    if len(word) < ENDING_FROM:
        return word in typed
    return any(key.startswith(word) for key in typed)


def _cyrillic_names(service: Service) -> tuple[tuple[int, tuple[str, ...], str], ...]:
    """The service's Cyrillic names as keys, the longest first, each with the start of its
    first word (where `LatinKeys` says it is)."""
    kept = _CYRILLIC.get(id(service))
    if kept is None or kept[0] is not service:
        keyed = {
            (len(name), tuple(text.key(token) for token in text.tokens(name)))
            for name in names(service)
            if any(text.is_cyrillic(token) for token in text.tokens(name))
        }
        ordered = tuple((size, name, name[0][:ENDING_FROM]) for size, name in sorted(keyed))
        kept = _CYRILLIC[id(service)] = (service, ordered[::-1])
    return kept[1]
