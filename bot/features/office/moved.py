"""Someone who says they moved («я переїхала до Гдині, де зробити мельдунек», «I moved to
Sopot»): the office of their new town, or the one nearest to it, is offered first, above the
answer (switch.py), and the question is searched without the words of moving, so that its
«where» is answered rather than the topic's tip about moving (questions/answers.py)."""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.content import towns
from bot.core import markup
from bot.core.messages import Button, Reply
from bot.features.office.cities import named_town
from bot.features.office.names import _place_words
from bot.features.office.nearest import nearest
from bot.search import text as texts

if TYPE_CHECKING:  # (questions imports `unmoved` before the core's turn is imported)
    from bot.core.dispatch import Turn
    from bot.core.flows import Outcome

INTO = frozenset({"в", "во", "у", "w", "we", "in"})  # where one moved (not «з», «from»)
ASKED = 3  # words besides those of moving and of place: a town and a question of two words


def said_moved(text: str) -> bool:
    """Whether `text` says the person moved («переїхала», «moved», «przeprowadziłam się»)."""
    return bool(towns.words().moved & set(texts.tokens(text)))


def first(answer: Outcome, offer: Reply) -> Outcome:
    """The offer above the answer, where it is read first."""
    return replace(answer, replies=(offer, *answer.replies))


def nearer(turn: Turn, text: str, answer: Outcome) -> Outcome:
    """A town with no office that the person moved to, nearer another office than theirs:
    that office offered first («📍 Your new town: Gdynia. The nearest point is Sopot …»)."""
    from bot.features.office.own_town import moved_town  # (it imports the core's turn)

    town = (moved_town(turn, text) or named_town(text)) if said_moved(text) else None
    if town is None or town.name != turn.memory.town or not answer.replies:
        return answer
    found = nearest(turn.settings.offices.values(), town.where)
    if found is None or found[0].id == turn.office.id:
        return answer
    office, km = found
    label = office.label(turn.lang)
    said = turn.t(
        "office_moved_nearer",
        town=markup.literal(towns.written(town.name, turn.lang)),
        named=markup.literal(label),
        km=turn.services.t.number(turn.lang, round(km)),
        office=markup.literal(turn.office.label(turn.lang)),
    )
    button = Button(turn.t("btn_office_switch", office=label), f"office:{office.id}")
    return first(answer, Reply(said, [[button]]))


def unmoved(text: str) -> str:
    """`text` without its words of moving when it names a town and asks something more
    («я переїхала до Гдині, де зробити мельдунек»: «… до Гдині, де зробити мельдунек»)."""
    said = texts.tokens(text)
    moved, besides, into = _words()
    if moved.isdisjoint(said) or sum(word not in besides for word in said) < ASKED:
        return text  # («I moved to Sopot»: nothing more asked, the move is the question)
    spans = texts.token_spans(text)
    if len(spans) != len(said):
        return text
    out, at = [], 0
    for index, ((start, end), word) in enumerate(zip(spans, said, strict=True)):
        if word not in moved:
            continue
        after = [w for w in said[index + 1 : index + 3] if w != "się"][:1]
        if after and after[0] in into:
            out.append(text[at:start])
            at = end
    return "".join(out) + text[at:]


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words of moving; those and the words of living, direction and place (not what is
    asked); where one moved to («переїхала до», «moved to»; not «приїхали з Харкова»). Read
    once: joined for every word of a message, they cost a 4,000-character one ~10 ms."""
    words = towns.words()
    around = words.living | words.towards | _place_words() | {"się"}
    return words.moved, words.moved | around, words.towards | INTO
