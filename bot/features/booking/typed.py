"""Text typed at the booking's steps (flow.py has the buttons): at a step of buttons, a day or
a time is read (day_typed.py, place_day.py), a question offered an answer, danger words the
help lines first, anything else told to use the buttons; at «what is your visit about?», what
the visit is about, in the person's words; at «Something else», its description."""

from __future__ import annotations

from bot.core import choices, day_at, markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, go, prefixed
from bot.core.messages import Reply
from bot.core.phone import only_a_phone
from bot.core.words import LEAST, too_short
from bot.features import person, urgent
from bot.features.booking import day_typed, day_why, flow, held, name_typed, place_day
from bot.features.booking.replies import (
    OTHER,
    ask_description,
    described,
    draft,
    noted,
    offer,
)
from bot.features.booking.topic_typed import named as named_topic
from bot.features.booking.views import topic_ids

NOTE_WORDS = 3  # words typed at the summary, at least, to be a note for staff


async def on_description(turn: Turn) -> Outcome:
    """What the visit is about ("Something else"), typed: kept (shortened if long; danger words
    bring the help lines first), and the booking goes on; too little («3», «ok»): a few words
    are asked for."""
    current = draft(turn)
    text = turn.incoming.text or ""
    plea = urgent.in_free_text(turn, describes=True)  # its answer, the question again
    if plea or current.topic != OTHER or current.slot_key is None or not text.strip():
        return await flow.show_again(turn, *plea)
    if person.withdraws(turn, text):  # «передумала, не треба»: leave the form? (tester 37, F8)
        return person.offer_to_leave(turn, text)
    if too_short(text):  # «3», «ok»: a few words asked for, as for an appointment's need
        note = turn.t("describe_is_phone") if only_a_phone(text) else None
        note = note or turn.t("bk_describe_too_short", least=LEAST)
        return go("describe", Reply(note, ask_description(turn).buttons))
    return flow.topic_given(turn, *urgent.in_form(turn), *described(turn, text))


async def topic_typed(turn: Turn) -> Outcome:
    """Text at "what is your visit about?": a question is offered an answer; anything else is
    what the visit is about, in the person's words, under the one topic its words name
    (topic_typed.py) or "Something else", and the booking goes on: nothing is lost (as in a
    callback request); a plea for help: its answer, the topics again."""
    plea = urgent.in_free_text(turn, may_be_the_matter=True)
    if plea:
        return await flow.show_again(turn, *plea)
    if (moved := await day_typed.read(turn)) is not None:  # «в четвер о 10»: the time changed
        return await _day_typed(turn, *moved)
    danger, offer = person.typed_in_form(turn)
    current = draft(turn)
    text = turn.incoming.text or ""
    if offer is not None or current.slot_key is None or _no_matter(text):  # «3», «так»
        return offer or await flow.show_again(turn, *danger, Reply(turn.t("bk_use_buttons")))
    # «прийшов лист з ужонду»: the one topic its words name (✉️ a letter), else «Something else»
    topic = named_topic(text, topic_ids(turn.services.t))
    if topic is None and (name := name_typed.asked(turn, text)) is not None:  # «Jan»: a name?
        return prefixed(name, *danger)
    current.topic = topic or OTHER
    return flow.topic_given(turn, *danger, *described(turn, text))


def _no_matter(text: str) -> bool:
    """«3», a bare yes or no («так», «tak»): not what a visit is about; the buttons asked for
    again (tester 38, F8; «продовжити» never comes here: core/going_on.py)."""
    return too_short(text) or choices.yes_or_no(text) is not None


async def typed(turn: Turn) -> Outcome:
    """Text where a button was expected: danger words bring the help lines first; a question is
    offered an answer; at the summary, a few words are a note for staff (`_noted`); anything
    else is told to use the buttons, and the step is shown again."""
    danger = urgent.in_form(turn)  # first; then a day and time («jak najszybciej»: no question)
    own = held.own_time(turn, await held.here(turn))  # «14:00», their own visit: it is theirs
    at_place = None if own else await place_day.typed(turn, _day_typed)  # «завтра» at the places
    if at_place is not None:
        return prefixed(at_place, *danger)
    day_and_time = None if own else await day_typed.read(turn)  # «завтра о 10», «14:00» taken
    if day_and_time is not None:
        return prefixed(await _day_typed(turn, *day_and_time), *danger)
    days = None if own else day_why.asked(turn)  # «can I come on Friday?»: the days it has
    if days is not None:
        return await flow.show_again(turn, *danger, *days)
    offer = None if danger else person.question_in_form(turn)
    why = None if offer else await day_why.typed(turn)  # «27.11»: no duty; «о 14»: its days
    if why is not None:
        return await flow.show_again(turn, *danger, *why)
    if offer is None and not danger and turn.session.step != "confirm":  # (there: a note)
        offer = await person.problem_stated(turn)  # «my landlord wont return deposit»
    if not offer and not own and (noted := _noted(turn)):
        return await flow.show_again(turn, *danger, *noted)
    every = turn.office.booking.visit_minutes  # «09:45» where visits start every 30 minutes
    hint = own or choices.hint(turn, turn.t("bk_use_buttons"), every)  # not free: the nearest
    # the days again below: the nearest named, not offered twice (tester 35, item 20)
    nearest = [] if own or turn.session.step == "day" else choices.nearest(turn)
    return offer or await flow.show_again(turn, *danger, Reply(hint, nearest))


async def _day_typed(turn: Turn, found: day_at.Answer, place: str, key: str | None) -> Outcome:
    """A day typed with a time: that time taken, or that day's times, or the days again."""
    if key is not None:
        turn.args = (place, key)
    elif found.day is not None:
        turn.args = (place, f"{found.day:%Y%m%d}")
    shown = flow.on_time if key else flow.on_day if found.day else None
    outcome = await shown(turn) if shown else await flow.days(turn, place, (await offer(turn))[0])
    return prefixed(outcome, *found.notes)


def _noted(turn: Turn) -> list[Reply]:
    """Words typed at the summary («потерял карту побыту и уволили»: tester 35, item 9) are
        a note for staff, the visit's own (after a note already given: « · »; a «Something else»
    visit's description stays its own), shown on the summary, the card, /mybookings and /mydata;
    never lost. Nothing elsewhere, or for a word or two («Polina»)."""
    current, text = draft(turn), " ".join((turn.incoming.text or "").split())
    if turn.session.step != "confirm" or current.slot_key is None or too_short(text):
        return []
    if len(text.split()) < NOTE_WORDS:  # «Polina», «PESEL»: no note; the buttons asked for
        return []
    if current.note and text in current.note:
        return [Reply(turn.t("bk_note_kept", note=markup.literal(text)))]
    return [Reply(turn.t("bk_note_kept", note=markup.literal(text))), *noted(turn, text)]
