"""The booking flow's table: what each step does with text and which buttons it answers
(flow.py: the buttons' handlers; typed.py: text typed at the steps)."""

from __future__ import annotations

from bot.core.flows import Flow, Step
from bot.features.booking import bring, held, language, mine, move, name_typed
from bot.features.booking.confirm import confirm
from bot.features.booking.flow import (
    abandon,
    after_person,
    another,
    ask_again,
    on_day,
    on_place,
    on_time,
    on_topic,
    start,
)
from bot.features.booking.replies import FLOW
from bot.features.booking.typed import on_description, topic_typed, typed

BOOKING = Flow(
    FLOW,
    start=start,
    steps={
        # a button typed presses it; nothing given yet: a command leaves it without asking
        "place": Step(text=typed, ask=ask_again, choose=True, asks_to_leave=False),
        "day": Step(text=typed, ask=ask_again, choose=True),  # «jutro o 10»: day_typed.py
        "time": Step(text=typed, ask=ask_again, choose=True),  # «10:30», «10.30»
        "topic": Step(text=topic_typed, ask=ask_again, labels=True),  # else: "Something else"
        "describe": Step(text=on_description, ask=ask_again, labels=True),  # what about
        "person": Step(text=typed, ask=ask_again),  # where the person sub-flow returns to
        "confirm": Step(text=typed, ask=ask_again, choose=True),
        # /mybookings «🕒 Move»: the times to move a visit to; a day or a time typed is read
        move.STEP: move.MOVING.step(),
    },
    buttons={
        "place": on_place,
        "day": on_day,
        "time": on_time,
        "topic": on_topic,
        "language": language.on_language,  # the summary's: the visit's language
        "confirm": confirm,
        "abandon": abandon,
        "mine": mine.on_mine,
        "cancel": mine.ask_cancel,
        "cancel_now": mine.cancel,
        "move": move.MOVING.choose,
        "moveto": move.ask,
        "move_now": move.move,
        "moveday": move.MOVING.on_day,
        "another": another,
        "keep": held.keep,
        "matter": name_typed.kept,  # «Jan» at the topics: the matter after all
    },
    resume=after_person,
    about=bring.answer,  # «что взять с собой?»: the list, the step again
)
