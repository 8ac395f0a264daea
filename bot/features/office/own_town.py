"""The person's own town, when the network has no office there («mieszkam w Krakowie», «я живу
в Кракові», «Wroclaw pesel»: cities.py reads it): kept in their session (`Memory.town`), so
that the answers name the city hall and the other places of the municipality they live in
(bot/content/towns.py) instead of their office's; the office's own places stay. Named at the
gate, with the nearest office (handlers.py); named once they have an office, alone («Kraków»,
«я живу в Кракові»): said so, with the main menu; in a question: answered for that town, and
kept (a line under the answer when the town is new) only if they say they live there («я живу
у Вроцлаві, песель»; «pesel Wrocław», «мій брат живе у Варшаві …»: not kept). Naming an
office's own town alone («я живу в Сопоті») forgets it: the office's places are theirs then.
/mydata shows it, /forget erases it with the session."""

from __future__ import annotations

from dataclasses import replace

from bot.content import towns
from bot.content.cyrillic import cyrillic
from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.messages import Reply
from bot.features.menu import main_menu
from bot.features.office.cities import Town, moved_into, named_town, town_alone
from bot.features.office.guess import _said, left_words
from bot.features.office.names import read
from bot.search import text as texts


def alone(turn: Turn, text: str) -> bool:
    """Whether `text` says nothing but a town with no office («mieszkam w Krakowie»)."""
    town = town_alone(text)
    return town is not None and _no_office(turn, town)


def none_there(turn: Turn, town: str) -> str:
    """«📍 У місті Краків у нас немає інформаційного пункту.»; a town Ukrainian and Russian have
    no name for, in their letters with its Polish name (what signs and letters say, and a rule's
    rendering may miss the usual exonym), in the same sentence: «📍 У місті Ниса (Nysa) …»."""
    native = towns.name_in(town, turn.lang)
    where = towns.in_town(turn.services.t, turn.lang, town)  # («W Krakowie nie mamy …»)
    if native is None and turn.lang in towns.NATIVE:  # («Ниса»: in its letters, as all towns)
        where = turn.t("own_town_in", town=f"{cyrillic(town, turn.lang)} ({town})")  # (signs)
    return turn.t("office_town_none", in_town=markup.literal(where[:1].upper() + where[1:]))


async def named(turn: Turn, text: str) -> Outcome | None:
    """A town with no office named by someone who has an office: alone, said so with the menu
    (the Outcome); in a question, kept for its answer (None: the question goes on)."""
    town = moved_town(turn, text) or named_town(text)
    if town is None or not _no_office(turn, town) or not theirs(text):
        return None
    turn.memory.town = town.name
    if town_alone(text) is None:
        return None
    return stay(main_menu(turn, _noted(turn, "own_town_noted", town.name)))


def asked(turn: Turn, text: str) -> str | None:
    """A town with no office named in a question that does not say the person lives there
    («meldunek w Krakowie», «мій брат живе у Варшаві, як йому зробити песель»): that answer
    is for it, but it is not kept as theirs."""
    if moved_town(turn, text) is not None:  # («I moved from Sopot to Kielce»: Kielce, kept)
        return None
    town = named_town(text)
    if town is None:
        return None
    if not _no_office(turn, town):  # («где песель в сопоте» at Opole: for Sopot, its switch)
        named = read(turn, town.name)
        mine = named is None or any(o.id == turn.office.id for o in named.offices)
        return None if mine or not turn.settings.network else town.name
    return None if theirs(text) else town.name


def moved_town(turn: Turn, text: str) -> Town | None:
    """The town with no office a message about moving says was moved to, from an office's town
    («I moved from Sopot to Kielce», «z Sopotu do Kielc»: Kielce, not Sopot), else None."""
    town = moved_into(text, left_words())
    return town if town is not None and _no_office(turn, town) else None


def theirs(text: str) -> bool:
    """Whether the town `text` names is where the person lives: named alone («Kraków»,
    «mieszkam w Krakowie»), or with a word of their living or moving there (towns.yaml) and no
    word of someone else (doubt_words.yaml: «мій брат живе у Варшаві»)."""
    if town_alone(text) is not None:
        return True
    said = texts.tokens(text)
    words = towns.words()
    return bool((words.living | words.moved) & set(said)) and not _said(said, "others")


def under(turn: Turn, answer: Outcome, before: str | None) -> Outcome:
    """The line under an answer to a question that named a town of the person's other than
    the one kept `before`."""
    town = turn.memory.town
    if town is None or town == before or not answer.replies:
        return answer
    said = _noted(turn, "own_town_noted_short", town)
    return replace(answer, replies=(*answer.replies, Reply(said)))


def show(turn: Turn) -> str | None:
    """/mydata's line: the town kept."""
    town = turn.memory.town
    if town is None:
        return None
    return turn.t("privacy_town", town=markup.literal(towns.shown(town, turn.lang)))


def _noted(turn: Turn, key: str, town: str) -> str:
    office = turn.office.label(turn.lang)  # («Opole»)
    if not turn.settings.network:  # (its city, not its organisation's long name, twice)
        office = turn.office.placeholders(turn.lang).get("city_name") or office
    office = markup.literal(office)
    said = towns.written(town, turn.lang)  # («Краків», «Warsaw»: its name in the language)
    if towns.name_in(town, turn.lang) is None and turn.lang in towns.NATIVE:  # («Ныса (Nysa)»:
        said = f"{cyrillic(town, turn.lang)} ({town})"  # in its letters, as the gate says it)
    return turn.t(key, town=markup.literal(said), office=office)


def _no_office(turn: Turn, town: Town) -> bool:
    """Whether no office of the network is named by the town's name (Sopot has one)."""
    return read(turn, town.name) is None
