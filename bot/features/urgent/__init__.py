"""Danger: recognise it in what a person types, show 112 and the lines that fit it, flag the
request.

Every typed message outside a form passes `screen` (in the text pipeline, before the questions),
and every form checks what is typed at its steps first (`danger`, `in_form`). The phrases live in
a file for each kind of danger beside this one (words.yaml, suicide.yaml, missing.yaml,
fire.yaml, threat.yaml, crime.yaml), read by words.py (word forms, spelling, word order;
sentences that must not count are in tests/features/urgent/); each kind has its lines (kinds.py:
the crisis lines first for thoughts of suicide, 116 000 for a missing child, «get out» and 998
for a fire, the police first for a crime). A message that says nothing but danger gets the lines
alone, and no service of the office is offered under them. A cry for help alone («help», «SOS»,
«помогите»: cries.yaml) gets 112 and the way to a person, not the help lines; so does a longer plea
made only of cries and words of being at a loss («я не понимаю что делать, все сложно, помогите»),
in words that say a person will go through it with them. Typed at a form's free-text step, any of
these gets the same answer, and the form goes on at the same question (`in_free_text`). `mark`
(marked.py) remembers in the session that this person may be in danger, so the callback request
they make next (within MARKED_FOR) is flagged urgent and sorted first for staff. A medical
emergency (medical.yaml: a stroke, «не може дихати», «call an ambulance») gets 112 / 999 and where
to go at night, with the healthcare topic a tap away (`medical_reply`), and after them only an
answer the search is sure of; typed outside a form it flags the next request too
(`mark_medical`).
"""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.flows import Feature, Next, Outcome, prefixed, stay
from bot.core.messages import Button, Reply
from bot.features.menu import main_menu, t_book
from bot.features.urgent import cues, kinds
from bot.features.urgent.cries import ANY, at_a_loss, cries, cries_within, cry, lists, plea, said
from bot.features.urgent.marked import (
    TOPIC,
    clear,
    is_marked,
    mark,
    mark_medical,
    marked_now,
    medical_lately,
    reason,
)
from bot.features.urgent.shown import part as shown_part
from bot.features.urgent.spoken import follow, lines_language, spoken
from bot.features.urgent.words import MEDICAL, detect, prepare

HEALTHCARE = "healthcare"  # the topic under the lines for a medical emergency


def help_text(turn: Turn, text: str | None = None, found: list[str] | None = None) -> str:
    """The lines that fit the danger `text` speaks of (what was typed, unless given; of these
    kinds, if known): the crisis lines for thoughts of suicide, 112 and 116 000 for a missing
    person ... (kinds.py); all the help lines where it names none (a form opened after danger)."""
    said = (turn.incoming.text or "") if text is None else text
    if found is None:
        found = kinds.kinds(said)
    lang = lines_language(turn, said)  # (the language the danger is said in: spoken.py)
    return "\n\n".join(turn.services.t(lang, key) for key in kinds.keys(found))


def help_reply(
    turn: Turn, *, menu: bool = True, topic: bool = False, found: list[str] | None = None
) -> Reply:
    """112 and the lines of the danger typed (of these kinds, if known), with the way to an
    urgent callback (the kind's topic, with `topic`: psychological help, domestic violence ...;
    and the main menu, unless an answer with its own follows)."""
    found = kinds.kinds(turn.incoming.text or "") if found is None else found
    lang = lines_language(turn)
    rows = [[Button(turn.services.t(lang, "btn_urgent_callback"), "callback")]]
    offered = kinds.topic(found) if topic else None
    shown = turn.kb.topic(lang, offered) if offered else None
    if shown is not None:
        rows.append([Button(shown.title, f"topic:{offered}")])
    if menu:
        rows.append([Button(turn.services.t(lang, "btn_main_menu"), "menu")])
    return Reply(help_text(turn, found=found), rows)


def emergency(text: str) -> bool:
    """Whether `text` says someone needs an ambulance now (medical.yaml)."""
    return detect(text, MEDICAL)


def medical_reply(turn: Turn, *, menu: bool = True) -> Reply:
    """112 / 999 and night care, with the healthcare topic (and the main menu) a tap away."""
    rows = []
    lang = lines_language(turn, names=(MEDICAL,))
    topic = turn.kb.topic(lang, HEALTHCARE)
    if topic is not None:
        rows.append([Button(topic.title, f"topic:{HEALTHCARE}")])
    if menu:
        rows.append([Button(turn.services.t(lang, "btn_main_menu"), "menu")])
    return Reply(turn.services.t(lang, "urgent_medical"), rows)


def danger(turn: Turn) -> list[Reply]:
    """Danger words in what was just typed: 112 and the help lines (and the person marked, so
    that their next request is urgent); else nothing. Forms call it before anything else reads
    the text: a message too long, or a name with a phone number, still brings them."""
    text = turn.incoming.text
    if not text or not detect(text):
        return []
    mark(turn)
    return [help_reply(turn)]


def help_for(turn: Turn, text: str) -> list[Reply]:
    """Danger words in `text` (part of what was typed: a note beside a phone number): the help
    lines, without buttons, a form's step going on under them (the person marked); else none."""
    if not detect(text):
        return []
    mark(turn)
    return [Reply(help_text(turn, text))]


def in_form(turn: Turn) -> list[Reply]:
    """Text typed in a form where a button was expected: `danger`, or for a cry for help alone
    («help», «SOS») the line with 112; else nothing."""
    found = danger(turn)
    text = turn.incoming.text or ""
    if not found and emergency(text):
        return [medical_reply(turn, menu=False)]
    if found or not cries(text):
        return found
    return [Reply(turn.t("urgent_cry_form"))]


def in_free_text(
    turn: Turn, *, may_be_the_matter: bool = False, describes: bool = False
) -> list[Reply]:
    """A plea typed at a form's free-text step (a name, a description, a note): danger words, a
    cry for help alone, a plea of being at a loss. It gets the answer it gets outside a form
    (the help lines; 112 and the way to a person), and a line that the form goes on where it
    was (the caller asks its question again: `again`); the text is taken for nothing. Where the
    text may be the matter (`may_be_the_matter`: a description, a note), danger words are a
    plea only beside a cry («help, my husband beats me»; «he threatens me, I need a lawyer» is
    what the request is about, kept by the caller with the help lines), and nothing is once
    the person was shown the help lines (`is_marked`): said again, it is the matter. Where the
    step asks what the matter is (`describes`), a cry for help alone («I need help», «потрібна
    допомога») is the matter: kept by the caller, with the 112 line above it (`cry_line`). In
    the callback form no button starts it again (the person is already asking for a call).
    None otherwise."""
    text = turn.incoming.text or ""
    found = caught(text) if text else None
    if found is None:
        return []
    kind, said = found
    if describes and (kind == "cry" or kind == "plea" and at_a_loss(text)):
        return []  # «I need help», «I don't know what to do, help me»: the matter
    may_be_the_matter = may_be_the_matter or describes
    alone = kind in ("danger", "medical") and not cries_within(text)
    if may_be_the_matter and (is_marked(turn, medical=False) or alone):
        return []
    if kind == "medical":
        first = medical_reply(turn, menu=False)
    elif kind == "danger":
        mark(turn)
        first = Reply(help_text(turn))  # (no menu: the form goes on)
    elif in_callback(turn):  # asking for a call already: that form goes on, no button
        first = Reply(turn.t(f"urgent_{kind}_in_callback"))
    else:  # the way to a person (a callback, a visit), as under the answer outside a form
        first = Reply(t_book(turn, TEXTS[kind]), offer_person(turn, "").buttons[:1])
    return [first, Reply(turn.t("urgent_form_goes_on"))]


def cry_line(turn: Turn) -> list[Reply]:
    """A cry for help kept as what a request is about (`in_free_text`, `describes`): the 112
    line above the form's next question; none for any other text."""
    text = turn.incoming.text or ""
    return [Reply(turn.t("urgent_cry_form"))] if cries(text) or at_a_loss(text) else []


def in_callback(turn: Turn) -> bool:
    """Whether the person is filling in the callback form (or its name and phone)."""
    session = turn.session
    return session.flow == "callback" or any(c.flow == "callback" for c in session.callers)


def offer_person(turn: Turn, text: str) -> Reply:
    """`text` over the main menu whose first row is the way to a person: a callback, a visit."""
    reply = main_menu(turn, text)
    person = [row for row in reply.buttons if any(b.payload == "callback" for b in row)]
    reply.buttons = person + [row for row in reply.buttons if row not in person]
    return reply


def _follow(turn: Turn, code: str) -> None:
    """A person who has not chosen a language is answered in the one they cried out in (their
    guessed language from now on, as a question's is; not into Polish, nor for «help»)."""
    if turn.session.language_chosen or code in (ANY, "pl", turn.lang):
        return
    if code in turn.settings.languages:
        turn.session.language = code


def caught(text: str) -> tuple[str, str] | None:
    """What the screen makes of typed text, and in which language (ANY: the person's own):
    ("danger", ANY), ("medical", ANY), ("cry", code), ("plea", code); None: nothing, the text
    is a question. (`infopoint ask` prints what the chat would: bot/ask.py.)"""
    if detect(text):
        return "danger", ANY
    if emergency(text):
        return "medical", ANY
    words = said(text)  # (read once for both)
    code = cry(text, words)
    if code is not None:
        return "cry", code
    code = plea(text, words)
    return None if code is None else ("plea", code)


# what the screen shows first for each: the help lines, or 112 and the way to a person
TEXTS = {
    "danger": "urgent_help",
    "medical": "urgent_medical",
    "cry": "urgent_cry",
    "plea": "urgent_plea",
}


async def screen(turn: Turn, next_: Next) -> Outcome:
    """Typed text outside a form: danger words put the lines of their kind before an answer the
    search is sure of (or alone, when they are the whole answer: `kinds.whole`); a
    cry for help alone («help», «помогите!», «SOS») or a plea («I don't know what to do, please
    help me») gets the way to a person, with the menu, and 112 for danger (the text is kept
    nowhere)."""
    text = turn.incoming.text
    found = caught(text) if text else None
    if found is None:
        return await next_()
    kind, said = found
    if kind == "medical":  # an ambulance first; an answer the search is sure of after it
        turn.screened = True
        mark_medical(turn)  # (the next callback request is urgent: «…stanie zagrożenia zdrowia»)
        follow(turn, (MEDICAL,))  # (in the language it is said in: spoken.py)
        if turn.warned:  # (shown as it came, at a network's gate)
            return await _after_lines(turn, next_, whole=False)
        answer = await next_()
        return prefixed(answer, medical_reply(turn, menu=not _has_menu(answer)))
    if kind != "danger":
        _follow(turn, said)
        return stay(offer_person(turn, t_book(turn, TEXTS[kind])))
    mark(turn)
    turn.screened = True  # (no guesses, no services offered under the lines)
    follow(turn)  # (in the language it is said in: spoken.py)
    danger = kinds.kinds(text or "")
    shown = kinds.shown(danger)  # (forced labour: «Reporting a crime», at its part)
    if shown is not None and turn.kb.topic(turn.lang, shown) is not None:
        part = await shown_part(turn, shown, text or "")
        if turn.warned:  # (its lines shown as it came, at a network's gate)
            call = Button(turn.t("btn_urgent_callback"), "callback")
            return prefixed(stay(part), Reply(turn.t("urgent_lines_above"), [[call]]))
        return stay(help_reply(turn, menu=False, found=danger), part)
    if turn.warned:  # its lines were shown as it came (held at a network's gate): not again
        return await _after_lines(turn, next_, whole=kinds.whole(text or "", danger))
    if kinds.whole(text or "", danger):  # «мені страшно», «зникла дитина»: nothing else to say
        return stay(help_reply(turn, topic=True, found=danger))
    answer = await next_()  # (none: the kind's topic a tap away under the lines, with the menu)
    lines = help_reply(turn, menu=not _has_menu(answer), topic=not answer.replies, found=danger)
    return prefixed(answer, lines)


async def _after_lines(turn: Turn, next_: Next, *, whole: bool) -> Outcome:
    """The answer to a message whose help lines the person was just shown: the way to an
    urgent call (under a line pointing up to them), then the answer, if there is more to say."""
    call = Button(turn.t("btn_urgent_callback"), "callback")
    urgent = Reply(turn.t("urgent_lines_above"), [[call]])
    answer = None if whole else await next_()
    if answer is None or not answer.replies:  # nothing more to say: the menu under it
        urgent.buttons.append([Button(turn.t("btn_main_menu"), "menu")])
        return stay(urgent)
    return prefixed(answer, urgent)


def _has_menu(answer: Outcome) -> bool:
    return any(b.payload == "menu" for r in answer.replies for row in r.buttons for b in row)


def claims(text: str) -> bool:
    """Danger words, a medical emergency, or a cry for help alone: never taken for a button's
    answer."""
    return detect(text) or emergency(text) or cries(text)


def _prepare() -> None:
    """The danger phrases' tables (words.py) and the cries' and pleas' lists, read at start."""
    prepare()
    lists()


FEATURE = Feature("urgent", text=screen, claims=claims, prepare=(_prepare, cues.cues))

__all__ = [
    "ANY",
    "FEATURE",
    "TEXTS",
    "TOPIC",
    "caught",
    "clear",
    "cries",
    "cry",
    "cry_line",
    "danger",
    "detect",
    "emergency",
    "help_for",
    "help_reply",
    "help_text",
    "in_form",
    "in_callback",
    "in_free_text",
    "is_marked",
    "kinds",
    "medical_reply",
    "offer_person",
    "spoken",
    "mark",
    "mark_medical",
    "marked_now",
    "medical_lately",
    "reason",
]
