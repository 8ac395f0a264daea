"""A question typed at a help request's question, or an answer that only reads like one.

At a choice or a short text (a place, the children's ages), a question is offered an answer
outside the form (person.typed_in_form), but not a text that names an option («треба
свідоцтво про народження»: choice.py) nor one made of the form's own words and a word of need
(«треба присяжний переклад», «I need a sworn translation», «potrzebne tłumaczenie
przysięgłe» in a translation form whose title or keywords say so): that is the person telling
what they need, the step's answer (or, at a choice, its «Other» offered), not a question the
bot should answer elsewhere (tester 17, item 17). At a number, a day, a time or a language,
«is it free?» is answered from the service's page and the question asked again, as in a
course's sign-up (person.answered); else the field reads the text as before. After «Other»
(«✏️ Type in a few words what exactly»), a short phrase without a «?» is the answer, whatever
word it starts with («do lekarza, …»: «do» is an English question word); a question there is
offered an answer, and «No, back to the form» keeps the text as the answer (tester 36, F15).
At a choice with «Other», a need told («potrzebuję tłumaczenia przysięgłego…», «мені треба…»,
«I need…», no «?») is offered as the «Other» answer, not taken for a question (tester 42, F11).
At any question, the form withdrawn in words («ой, я передумала», «nie trzeba»: person.withdraws)
asks whether to leave it; a plain no at an optional question skips it instead.
"""

from __future__ import annotations

from bot.core.choices import NO, yes_or_no
from bot.core.dispatch import Turn
from bot.core.flows import Outcome
from bot.core.words import words
from bot.features import person
from bot.features.assist import choice, parse
from bot.features.assist.draft import draft
from bot.settings.catalogue import FormField, Service

# Words of need around the form's own words (uk, ru, en, pl), folded as `words` folds them.
_NEED = frozenset(
    words(
        "треба потрібно потрібен потрібна потрібне потрібні мені мене нам хочу будь ласка "
        "надо нужно нужен нужна нужны мне нам хочу пожалуйста "
        "i we need want a an the my please "
        "potrzebne potrzebny potrzebna potrzebuję potrzebuje trzeba mi nam chcę chce proszę"
    )
)


OTHER_WORDS = 8  # after «Other»: a phrase this short without a «?» is what they mean


def question(turn: Turn, service: Service, field: FormField, text: str | None) -> Outcome | None:
    """The outcome for a question typed at `field` (the page's answer, or the offer to leave
    the form), or None: the field reads the text as its answer."""
    line = parse.one_line(text)
    if not line:
        return None
    skips = not field.required and yes_or_no(line) == NO  # «не треба» at «Anything else?»: skipped
    if not skips and person.withdraws(turn, line):  # «ой, передумала»: leave the form? (tester 37)
        return person.offer_to_leave(turn, line)
    if field.type not in ("choice", "text"):  # «is it free?» at «How many pages?»
        return person.answered(turn, line)
    if field.type == "text" and field.id == parse.NOTE:  # the note: whatever it says
        return None
    if field.type == "choice" and choice.matched(field, line) is not None:
        return None
    current = draft(turn)
    if field.type == "choice" and current.other_at == current.at:  # «✏️ what exactly»
        if "?" not in line and len(words(line)) <= OTHER_WORDS:  # «do lekarza, przychodnia
            return None  # na Radomskiej»: the answer (tester 36, F15)
        current.typed_other = parse.parse_text(line)  # «No, back to the form» keeps it
        return person.typed_in_form(turn, f"assist:pick:{current.at}:{choice.TYPED}")[1]
    if own_words(service, field, line):
        return None
    if field.type == "choice" and choice.has_other(field) and states_need(line):
        return None  # «potrzebuję tłumaczenia …»: the «Other» answer offered (tester 42, F11)
    return person.typed_in_form(turn)[1]


# First words that tell a need rather than ask («мені треба …», «I need …», «potrzebuję …»)
_STATES = frozenset(
    words(
        "треба потрібно потрібен потрібна мені хочу маю надо нужно нужен нужна мне хочу "
        "i we need want potrzebuję potrzebuje potrzebne potrzebny potrzebna trzeba chcę chce mam"
    )
)


def states_need(text: str) -> bool:
    """Whether `text`, without a «?», begins by telling what the person needs."""
    said = words(text)
    return "?" not in text and len(said) >= 3 and said[0] in _STATES


def own_words(service: Service, field: FormField, text: str) -> bool:
    """Whether `text`, without a «?», is the form's own words (its title, keywords, the
    field's options, in any language and form: «присяжний» for «присяжний перекладач») with
    words of need around them; at least one of the form's."""
    said = words(text)
    if "?" in text or not said:
        return False
    own = _vocabulary(service, field)
    theirs = [w for w in said if w not in _NEED]
    return bool(theirs) and all(any(choice.same(w, o) for o in own) for w in theirs)


def _vocabulary(service: Service, field: FormField) -> set[str]:
    names = [*service.title.values.values()]
    names += [k for keywords in service.keywords.values() for k in keywords]
    names += [label for _, labels in field.options for label in labels.values.values()]
    return {w for name in names for w in words(name) if len(w) > 2 and not w.isdigit()}
