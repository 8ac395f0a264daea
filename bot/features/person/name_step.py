"""The name step of the person sub-flow: a name (or a saved one) taken, and what is typed there
instead read for what it is (a phone, a plea, a question, a date, children's names, a withdrawal).
"""

from __future__ import annotations

import unicodedata

from bot.core import when
from bot.core.backs import says_back, says_back_to_menu
from bot.core.dispatch import Turn
from bot.core.flows import (
    Outcome,
    again,
    done,
    end,
    go,
    prefixed,
    stay,
)
from bot.core.messages import Expired, Reply
from bot.core.phone import phone_in
from bot.features import urgent
from bot.features.menu import main_menu
from bot.features.person import companion_named, early, name_number, names, refused
from bot.features.person.asked import (
    AGAIN,
    language_offer,
    question_offer,
)
from bot.features.person.consent import (
    person_draft,
)
from bot.features.person.home_number import asked as home_asked
from bot.features.person.number import (
    ask_name,
    ask_phone,
    save,
    saved_person,
    saved_typed,
)
from bot.features.person.returned import KEEP_ASIDE
from bot.features.person.typed import (
    offer_to_leave,
    withdraws,
)

NAME_MAX = 80
_JOINERS = {"\u200d", "\ufe0f", "\ufe0e"}  # (an emoji's joiner and its variation selectors)


async def use_saved(turn: Turn) -> Outcome:
    if turn.memory.person is None or not turn.memory.person.phone:
        raise Expired("person:saved")
    if saved_person(turn) is None:
        return stay(ask_name(turn))
    return done()


async def keep_name(turn: Turn) -> Outcome:
    """The saved name stays; only the phone is asked (to change just the phone)."""
    if turn.memory.person is None or not turn.memory.person.name:
        raise Expired("person:keep_name")
    saved = saved_person(turn)
    if saved is None:
        return stay(ask_name(turn))
    current = person_draft(turn)
    current.name, current.new_phone = saved.name, True
    return go("phone", *ask_phone(turn))


async def name(turn: Turn) -> Outcome:
    text = " ".join((turn.incoming.text or "").split())
    if says_back_to_menu(text):  # «назад в меню»: the form left, as ✖ Cancel
        return await cancel(turn)
    if says_back(text):  # «назад», «back»: no step back here, and never a name
        return stay(ask_name(turn, "name_back"))
    if saved_typed(turn, text):  # «Використати» for «✅ Використати: Наталія, …»: pressed
        return await use_saved(turn)
    both = phone_in(text)  # «Ramesh, 600 123 456»: the name and the phone in one message
    beside = names.read(both.before or both.after) if both is not None else None
    if both is not None and beside is not None and beside.kind == "name":
        person_draft(turn).name = beside.name  # and «after 5pm» in «Ramesh, 600… after 5pm»
        why = refused.why_not(turn, text, both.number, both)  # «Оля, 601 234 567 8»
        if why is not None:
            return go("phone", *urgent.help_for(turn, text), *ask_phone(turn, text=why))
        note = both.after if both.before else ""
        return home_asked(turn, both.typed, note) or save(turn, both.number, note)
    early_number = early.kept(turn, text, both)  # «мой номер 8 067 123 45 67»: the phone, early
    if early_number is not None:
        return early_number
    plea = urgent.in_free_text(turn)  # «help, he beats me»: its answer, the name asked again
    if plea:
        return again(*plea)
    if withdraws(turn, text):  # «ой, я передумала»: leave the form?
        return offer_to_leave(turn, text)
    offered = language_offer(turn, text)  # «I don't understand English»: the languages
    if offered is not None:
        return offered
    if names.children(text):  # «двоє дітей: Маша 8, Петро 5»: the parent's own name asked
        return stay(ask_name(turn, "name_children"))
    if when.read(text, turn.local(turn.now).date()) is not None:  # «6 stycznia»: no name (F10)
        return stay(ask_name(turn, "name_when"))
    numbered = name_number.asked(turn, text)  # «Маша 8»: is 8 an age? (a children's course)
    if isinstance(numbered, str):  # elsewhere («Anna 2» calling back): the name without it
        return _take_name(turn, numbered)
    if numbered is not None:
        return numbered
    if turn.caller in companion_named.CALLERS:  # «Андрей и жена Ольга»: one place (41, F7)
        along = companion_named.split(text)
        own = names.read(along[0]) if along is not None else None
        if along is not None and own is not None and own.kind == "name":
            return _take_name(turn, own.name, along[1])  # the rest: the course's (aside)
    reading = names.read(text, names.topic_names(turn.kb))
    if await names.reads_as_topic(turn, reading):  # «pesel dziecka»
        reading = names.Reading("question")
    if reading.kind == "question":  # a topic's name alone («песель») is one too
        return question_offer(turn, text)
    return _take(turn, reading)


def _take(turn: Turn, reading: names.Reading) -> Outcome:
    """A name is saved; a greeting is greeted back, a refusal told that any name will do, and
    anything else asked again (name_greeting, name_refusal, name_not_a_name)."""
    if reading.kind != "name":
        return stay(ask_name(turn, f"name_{reading.kind}"))
    return _take_name(turn, *_aside(turn, reading))


def _aside(turn: Turn, reading: names.Reading) -> tuple[str, str | None]:
    """The name to keep, and its note in brackets («Halyna (sąsiadka, ja tylko pomagam)»): a
    form that passes a note on to staff (KEEP_ASIDE: a request, a visit) keeps «Halyna» and
    the note as its note; elsewhere the note stays with the name, as typed (staff read it)."""
    if reading.note and turn.caller in KEEP_ASIDE:
        return reading.name, reading.note
    return reading.kept, None


def without_emoji(text: str) -> str:
    """The name without its emoji («Оксана 🙂»: «Оксана», as staff and /mydata show it; tester
    42, F14): symbols that are pictures (Unicode's «other symbols», their joiners and skin
    tones) taken out, the spaces they leave closed."""
    kept = "".join(
        ch
        for ch in text
        if unicodedata.category(ch) != "So"
        and ch not in _JOINERS
        and not "\U0001f3fb" <= ch <= "\U0001f3ff"
    )
    return " ".join(kept.split())


def _take_name(turn: Turn, text: str, aside: str | None = None) -> Outcome:
    text = without_emoji(text)
    if not (2 <= len(text) <= NAME_MAX) or not any(ch.isalpha() for ch in text):
        waits = person_draft(turn).question if turn.pending == AGAIN else None
        if waits:  # «Ю» at «a question, not a name?»: that offer again, never dropped unseen
            return prefixed(question_offer(turn, waits), Reply(turn.t("name_invalid")))
        return stay(Reply(turn.t("name_invalid")))
    current = person_draft(turn)
    current.name, current.question, current.new_phone = text, None, False
    current.aside = aside  # (said with this name only: taken as the phone is saved)
    return early.taken(turn) or go("phone", *ask_phone(turn))


async def is_name(turn: Turn) -> Outcome:
    question = person_draft(turn).question
    if not question:
        raise Expired("person:is_name")
    reading = names.read(question, confirmed=True)
    if names.children(question):  # «двоє дітей: Маша 8, Петро 5»: the parent's own name
        return stay(ask_name(turn, "name_children"))
    if reading.kind != "name":  # they said it is their name: not «that does not look like one»
        return stay(ask_name(turn, "name_type_only"))
    return _take_name(turn, *_aside(turn, reading))


async def cancel(turn: Turn) -> Outcome:
    return end(main_menu(turn, turn.t("cancelled")))
