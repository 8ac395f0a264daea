"""A place the network's gate does not know, typed where the person was asked for their town
(«Olesno», «Głubczyce», «jestem z Olesna»: too small for cities.yaml, or misspelt beyond
reading): said so once, with the offices to choose the nearest from, instead of the same
request again. Only a message of one or two words besides words of place (place_words.yaml,
towns.yaml's `living`) that the search knows nothing of (no topic, greeting or command), and
not made of ordinary words («що робити», «what»: the search's stop and question words, a word
its dictionaries know), which wait for the choice as any question. A place of 1,000–15,000
people: its nearest office first, and kept as the person's town (small_towns.py); a word two
letters from an office's town («opel»): «Did you mean Opole?» (misspelt.close); so too in a
short message that says more, right after a preposition of place («я з opel, як зробити
песель», «I live in opel»: `close_in`), the rest held to be answered after the choice.

Small talk alone at the gate («привіт», «дякую», «ok»: `small_talk`): a friendly line above the
list, nothing held to answer after the choice."""

from __future__ import annotations

import functools
from importlib import resources

from bot.content import towns
from bot.core import markup, yamldata
from bot.core.dispatch import Turn
from bot.features.office import misspelt, misspelt_in, small_towns, spelt
from bot.features.office.names import _place_words, all_names
from bot.search import loaded_analyzer
from bot.search import text as texts
from bot.search.data import load_data
from bot.settings.config import Office

LONGEST = 2  # words of the place's name
LONGEST_MESSAGE = 5  # words in all («ja jestem teraz z Olesna»)
LONGEST_ASKED = 8  # words in all: «jestem z opel, potrzebuję pesel dla dziecka» (close_in)


async def place(turn: Turn, text: str) -> str | None:
    """The unknown place's words as typed, or None."""
    said, spans = texts.tokens(text), texts.token_spans(text)
    if not said or len(said) > LONGEST_MESSAGE or len(spans) != len(said):
        return None
    around = _place_words() | towns.words().living
    rest = [at for at, word in enumerate(said) if word not in around]
    if not rest or len(rest) > LONGEST or not all(said[at].isalpha() for at in rest):
        return None  # (a number, a code: not a town's name)
    searcher = await turn.services.search.ready(turn.office.id)
    if searcher is None:
        return None
    result = await turn.services.search.search(searcher, text, turn.lang)
    if result.matches or result.smalltalk is not None or result.command:
        return None
    typed = " ".join(text[spans[at][0] : spans[at][1]] for at in rest)
    if small_towns.named(typed) is None and all(_ordinary(said[at]) for at in rest):
        return None  # («що робити», «what do I do»: a question, answered after the choice)
    if len(rest) > 1 and small_towns.named(typed) is None and _office_word(turn, typed):
        return None  # («opel astra»: a car, no town; a question, answered after the choice)
    return typed


def _office_word(turn: Turn, typed: str) -> bool:
    """Whether a word of `typed` alone may be an office's town misspelt («opel» of «opel
    astra»): the words are then no unknown town's name."""
    names = all_names(turn.settings)
    return any(misspelt.close(word, names) for word in typed.split())


async def close_in(turn: Turn, text: str) -> tuple[str, bool] | None:
    """A word two letters from an office's town («opel»: Opole?) where a short message says
    where the person is («я з opel, як зробити песель», «I live in opel», where the search
    reads «live»): after a preposition of place, only words of place before it, and the
    message's end, a comma or a word of place after it. The word as typed, and whether the
    message says nothing else; None: no such word. Never the car: not after a preposition
    («I drive an opel to work»), another word first («mam problem z opel»), a model after it
    («z opel astra»), nor in a longer message."""
    said, spans = texts.tokens(text), texts.token_spans(text)
    if not said or len(spans) != len(said):
        return None
    if await turn.services.search.ready(turn.office.id) is None:
        return None  # (the search off: its dictionaries, which tell an ordinary word, unread)
    typo = misspelt_in.found(turn.settings, text)  # («песель в opel»: about a topic, asked)
    if typo is not None and await misspelt_in.about_topic(
        turn, misspelt_in.without(text, typo), typo
    ):
        return typo.typed, False
    if len(said) > LONGEST_ASKED:
        return None
    names = all_names(turn.settings)
    around = _place_words() | towns.words().living
    for at, word in enumerate(said):
        if not word.isalpha() or not spelt.read_after(said, at):
            continue
        if not all(w in around for w in said[: at - 1]):
            continue  # (not where the person is from: «mam problem z opel»)
        after = text[spans[at][1] : spans[at + 1][0]] if at + 1 < len(said) else ""
        if at + 1 < len(said) and not after.strip() and said[at + 1] not in around:
            continue  # (a word of its own name follows: «z opel astra»)
        typed = text[spans[at][0] : spans[at][1]]
        if misspelt.close(typed, names):
            return typed, all(w in around for i, w in enumerate(said) if i != at)
    return None


def told(turn: Turn, typed: str) -> tuple[str, tuple[Office, ...]]:
    """What the gate says of the unknown place `typed`, and the office put first: a small
    town's nearest office (the town kept), an office whose town it may be misspelt, or that
    the place is unknown."""
    small = small_towns.told(turn, typed)  # («Olesno»: its nearest office first)
    if small is not None:
        return small
    close = misspelt.close(typed, all_names(turn.settings))
    offices = tuple(o for o in turn.settings.offices.values() if o.id in close)
    if offices:  # («opel»: Opole?)
        names = ", ".join(markup.literal(o.label(turn.lang)) for o in offices)
        return turn.t("office_did_you_mean", typed=markup.literal(typed), office=names), offices
    return turn.t("office_town_unknown", town=markup.literal(typed)), ()


# what the gate says above the list to small talk alone, by its kind (else TALK's default)
TALK = {"greeting": "office_hello", "thanks": "office_thanks"}


async def small_talk(turn: Turn, text: str) -> str | None:
    """The gate's line for a message that is only small talk («привіт», «hello», «дякую»,
    «ok»), or None. In the first seconds after a start the search is waited for, as the
    gate's other readings of a short message wait (`place`, first_words.py): «привіт» sent
    then, after a language chosen, got the plain «choose first» and was held to be answered
    after the choice."""
    if not text or len(texts.tokens(text)) > LONGEST_MESSAGE:
        return None
    searcher = await turn.services.search.ready(turn.office.id)
    if searcher is None:
        return None
    result = await turn.services.search.search(searcher, text, turn.lang)
    if result.smalltalk is None or result.matches or result.command:
        return None
    return turn.t(TALK.get(result.smalltalk, "office_talk"))


def _ordinary(word: str) -> bool:
    """A stop or question word of the search (any language), or a word its Ukrainian or
    Russian dictionary knows: no town's name."""
    if word in _function_words():
        return True
    analyzer = loaded_analyzer()
    return analyzer is not None and analyzer.ordinary(word)


@functools.cache
def _function_words() -> frozenset[str]:
    data = load_data()
    lists = [*data["stopwords"].values(), *data["question_words"].values()]
    return frozenset(w for words in lists for word in words for w in texts.tokens(str(word)))


def unsure(text: str) -> bool:
    """Whether a message at the gate says only that the person does not know or will not say
    their town or point («не знаю», «я не хочу говорить где живу», «nie wiem który punkt»:
    unsure_words.yaml): told that any point's general answers are the same, not the same
    request again."""
    said = texts.tokens(text)
    phrases, around = _unsure()
    for phrase in phrases:
        size = len(phrase)
        for at in range(len(said) - size + 1):
            if tuple(said[at : at + size]) == phrase:
                rest = said[:at] + said[at + size :]
                if all(word in around or word in _place_words() for word in rest):
                    return True
    return False


@functools.cache
def _unsure() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    source = resources.files("bot.features.office") / "unsure_words.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))
    phrases = tuple(tuple(texts.tokens(str(phrase))) for phrase in data["phrases"])
    around = frozenset(w for word in data["around"] for w in texts.tokens(str(word)))
    return tuple(p for p in phrases if p), around | {"не", "nie", "not", "don't", "хочу", "chcę"}
