"""A person asks to be called back: consent, name and phone (the person sub-flow), topic,
description, language of the call, time of day, a summary to confirm or correct.

The whole flow is the table CALLBACK at the bottom. Buttons are "callback:<action>:<arg>".
"""

from __future__ import annotations

from bot.core import choices, markup
from bot.core.dispatch import Turn
from bot.core.flows import Flow, Outcome, Step, again, call, end, go, prefixed, stay
from bot.core.messages import Expired, Reply
from bot.core.phone import only_a_phone
from bot.core.words import LEAST, too_short
from bot.features import person, urgent
from bot.features.callback import (
    after_hours,
    answered,
    capture,
    duplicate,
    matter_read,
    mine,
    noting,
    open_one,
    private,
    rating,
    resumed,
    sending,
    thread,
    topics,
    urgent_form,
    window_typed,
)
from bot.features.callback.asking import (
    again_asked,
    ask,
    next_step,
    reask,
    screen,
    to_summary,
)
from bot.features.callback.replies import (
    FLOW,
    WHAT,
    ask_description,
    ask_language,
    ask_reach,
    ask_topic,
    ask_window,
    draft,
    fix_menu,
    is_urgent,
    shortened,
    summary,
    time_said,
    topics_again,
)
from bot.features.callback.when import WINDOWS
from bot.features.menu import main_menu


async def start(turn: Turn) -> Outcome:
    turn.memory.form_kept = None  # a new request: one left for a question is not gone back to
    if open_one.filling(turn, CALLBACK.steps):  # «📞 Request a callback» in this very form
        return again(Reply(turn.t("cb_already_filling")))
    held = await open_one.held(turn)  # a callback request of theirs still open: said first
    if held is not None:
        return await open_one.ask(turn, held)
    return await after_hours.begin(turn)  # (an urgent request while the office is closed)


async def after_person(turn: Turn) -> Outcome:
    draft(turn).person = turn.memory.person
    before = person.take_note(turn, draft(turn))  # written with the number: a note for staff
    if urgent_form.starts(turn):  # after danger: «call me, or write to me here?» and sent
        return prefixed(urgent_form.begin(turn), *before)
    urgent_form.without_phone(turn)  # (its phone left out when corrected: written to)
    return prefixed(next_step(turn, "topic"), *before)


async def describe(turn: Turn) -> Outcome:
    if choices.says_back(turn.incoming.text or ""):  # «назад», «back»: to the topic again
        return go("topic", ask_topic(turn))
    plea = urgent.in_free_text(turn, describes=True)  # «I need help» alone: the matter
    if plea:  # «допоможіть, мене б'є чоловік»: its answer, the same question (urgent: is_marked)
        return again(*plea)
    before = screen(turn) + urgent.cry_line(turn)
    text = " ".join((turn.incoming.text or "").split())
    if not text:
        return stay(*before, ask_description(turn))
    if draft(turn).topic != "other" and choices.yes_or_no(text) == choices.NO:  # «ні»: skip
        return await skip_description(turn)
    if person.withdraws(turn, text):  # «ой, я передумала, не треба дзвонити»: leave the form?
        return person.offer_to_leave(turn, text)
    if too_short(text):  # «3», «12», «ok»: a few words, as an appointment's need
        note = turn.t("describe_is_phone") if only_a_phone(text) else None
        note = note or turn.t("cb_describe_too_short", least=LEAST)
        return stay(*before, Reply(note, ask_description(turn).buttons))
    text, cut = shortened(turn, text)
    draft(turn).description = text
    outcome = next_step(turn, "language")
    return prefixed(outcome, *before, *cut)


async def skip_description(turn: Turn) -> Outcome:
    current = draft(turn)
    if current.topic == "other":
        raise Expired("callback:skip")
    current.description = None
    return next_step(turn, "language")


async def choose_language(turn: Turn) -> Outcome:
    code = turn.args[0] if turn.args else None
    if code not in turn.settings.languages:
        raise Expired("callback:language")
    draft(turn).language = code
    if is_urgent(turn):  # as soon as possible: «morning or afternoon?» is not asked
        draft(turn).window, draft(turn).day = "asap", None
        return to_summary(turn)
    when, draft(turn).when_typed = draft(turn).when_typed, None
    taken = window_typed.take(turn, when) if when and not draft(turn).fixing else None
    return taken if taken is not None else next_step(turn, "window")


async def choose_window(turn: Turn) -> Outcome:
    window = turn.args[0] if turn.args else None
    if window not in WINDOWS:
        raise Expired("callback:window")
    draft(turn).window, draft(turn).day = window, None
    time_said(draft(turn), None)  # an earlier time's note no longer holds (tester 33, item 3)
    return to_summary(turn)


async def fix(turn: Turn) -> Outcome:
    """`fix` asks what to correct; `fix:<what>` goes to that question."""
    what = turn.args[0] if turn.args else None
    if what is None:
        return go("fix", fix_menu(turn))
    draft(turn).fixing = True
    draft(turn).time_open = False  # «when to call?» asked anew: its answer replaces the last
    if what == "back":
        return to_summary(turn)
    if what == "person":
        return call("person", "person")
    if what == "said":  # (an urgent request's message, taken off the card)
        return urgent_form.unsaid(turn)
    if what in (*WHAT[1:], "reach"):
        return ask(turn, what)
    raise Expired("callback:fix")


async def cancel(turn: Turn) -> Outcome:
    if turn.session.flow != FLOW and turn.caller != FLOW:
        raise Expired("callback:cancel")
    return end(main_menu(turn, turn.t("cancelled")))


async def topic_typed(turn: Turn) -> Outcome:
    """Text at "what is it about?": a question is offered an answer; «назад» goes one step back
    (the name and phone; the summary when correcting); a number that is no button («9»)
    asks again; anything else is what the matter is, in the person's words (topic "other"),
    and the form goes on; nothing is lost."""
    if choices.says_back(turn.incoming.text or ""):
        return to_summary(turn) if draft(turn).fixing else call("person", "person")
    plea = urgent.in_free_text(turn, may_be_the_matter=True)
    if plea:  # a plea for help: its answer, then the topics again
        return again(*plea)
    before = screen(turn)
    # at a category's topics, a question is the matter told (tester 17, item 11: offered an
    # answer, «back to the form» lost it); at the categories, it may be one the bot answers,
    # and «No, back to the form» keeps it as the matter (`matter_kept`)
    browsing = draft(turn).browsing is not None
    typed = None if before or browsing else person.typed_in_form(turn, f"{FLOW}:matter")[1]
    if typed is not None:
        return typed
    text = " ".join((turn.incoming.text or "").split())
    if too_short(text) or choices.yes_or_no(text):  # «9», «так» («далі»: core/going_on.py):
        return await reask("topic")(turn)  # not a matter, the buttons again (tester 38, F5, F8)
    if not browsing and window_typed.at_the_topic(turn, text):  # «завтра після обіду»
        kept = Reply(turn.t("cb_topic_time_kept", when=markup.literal(text)))
        return go("topic", *before, kept, ask_topic(turn))
    if browsing:  # in the category open, unless it reads as another's only (tester 40, F5)
        read = await matter_read.read(turn, text)
        return _matter(turn, text, *before, category=read.filed(draft(turn).browsing or ""))
    read = matter_read.Read() if before else await matter_read.read(turn, text)
    if read.greeting:  # «hello»: no matter; the topics again
        return go("topic", Reply(turn.t("cb_topic_greeting")), ask_topic(turn))
    return _matter(turn, text, *before, category=read.category)


def _matter(turn: Turn, text: str, *before: Reply, category: str | None = None) -> Outcome:
    """`text` is what the matter is, in the person's words: «Something else» (in `category`:
    the one it was typed at, or its best topic's), and the form goes on."""
    current = draft(turn)
    current.topic, current.category = "other", category
    text, cut = shortened(turn, text)
    current.description = text
    return prefixed(next_step(turn, "language"), *before, *cut)


async def matter_kept(turn: Turn) -> Outcome:
    """callback:matter: a question typed at the topics, offered an answer, kept in the form as
    the matter («No, back to the form», or a no typed)."""
    text = person.kept(turn)
    if turn.session.flow != FLOW or turn.session.step != "topic" or not text:
        raise Expired("callback:matter")
    return _matter(turn, " ".join(text.split()), category=draft(turn).browsing)


CALLBACK = Flow(
    FLOW,
    start=start,
    steps={
        # where the person sub-flow returns to
        "person": Step(text=topic_typed, ask=again_asked(topics_again), labels=True),
        "topic": Step(
            text=topic_typed,
            buttons={
                "category": topics.category,
                "topic": topics.choose_topic,
                "new": topics.new_anyway,
                "matter": matter_kept,  # a question typed here, kept as the matter
            },
            ask=again_asked(topics_again),
            labels=True,  # typed: the matter («Other»), but a label or «cancel» presses it
        ),
        "note": Step(text=noting.note_text, ask=duplicate.ask_note_again),  # to an open request
        open_one.OFFERED: Step(  # text typed at the offer: «Add “…” as a note to #1?»
            text=noting.offered_typed, buttons=noting.BUTTONS, ask=noting.ask_again, choose=True
        ),
        open_one.STEP: Step(
            text=open_one.typed,
            buttons={"fresh": open_one.fresh},
            ask=open_one.again,
            choose=True,  # «Send a new request anyway», «Cancel» typed
            asks_to_leave=False,  # nothing given yet
        ),  # a callback request of theirs is still open: a note to it, or a new one
        "describe": Step(
            text=describe,
            buttons={"skip": skip_description, "category": topics.category},  # ◀ the topics
            ask=again_asked(ask_description),
            labels=True,
        ),
        "language": Step(
            text=reask("language"),
            buttons={"language": choose_language},
            ask=again_asked(ask_language),
            choose=True,  # «Русский», «по-русски», «English»: the button typed
        ),
        "window": Step(
            text=window_typed.typed(reask("window")),  # «завтра після 16»: a window, a note
            buttons={"window": choose_window},
            ask=again_asked(ask_window),
            choose=True,
        ),
        "confirm": Step(  # «завтра після обіду» here: when to call, changed
            text=window_typed.typed(reask("confirm"), summary_step=True),
            buttons={"fix": fix},
            ask=again_asked(summary),
            choose=True,
        ),
        "reach": Step(  # an urgent request: called, or written to here (urgent_form.py)
            text=reask("reach"),
            buttons={"reach": urgent_form.choose},
            ask=again_asked(ask_reach),
            choose=True,
        ),
        "fix": Step(
            text=reask("fix"), buttons={"fix": fix}, ask=again_asked(fix_menu), choose=True
        ),
    },
    buttons={
        "anyway": after_hours.anyway,
        "send": sending.send,
        "note": duplicate.note,
        "cancel": cancel,
        "rate": rating.rate,
        "stop": thread.stop,
        "write": capture.write,
        "also": capture.also,
        "undo": answered.undo,  # a question nothing was found for, taken back from a request
        "private": private.choose,
        "withdraw": mine.ask_withdraw,
        "withdraw_now": mine.withdraw,
        "resume": resumed.resume,  # «📞 Continue my callback request» (left for a question)
    },
    resume=after_person,
)
