"""Booking a visit at the intercultural assistant's duty hours.

flow.py         the person's flow (the table BOOKING) and replies.py, what each step shows
confirm.py      booking it: the confirmation with a calendar file (ics.py), the staff note
mine.py         /mybookings and cancelling one's own visit
staff.py        /today, /week (every feature's Feature.agenda: the specialists' too),
                cancelling a visit or a whole duty, in the staff chat (duty_list.py: the
                duty desk's part; came.py: whether the person came, once its time started,
                there and on the visit's card, came_card.py);
                weeks.py: /week's days (/week next, /week 15.12, «‹» «›»); network.py: both in the
                coordinators' chat, every office's, to look at; days_off.py: a duty day
                that is a public holiday or a closed date, named so
thread.py       writing both ways about a visit (bot.core.threads, relayed by the callback
                feature): a staff reply to its card reaches the person, their texts reach staff
reminders.py    the day before and an hour before (a periodic job)
privacy.py      /mydata, /forget and retention
schedule.py     duty rules -> bookable slots (pure functions)
asked.py        a typed request to book («запишіть мене на четвер»): Book first, the day's times
views.py        how bookings read, in any language (shared by the above)
"""

from __future__ import annotations

from bot.core.flows import Feature, Job, PrivacySection
from bot.features.booking import (
    bring_asked,
    came,
    days_off,
    duty,
    mine,
    privacy,
    reminders,
    staff,
    thread,
    weeks,
)
from bot.features.booking.asked import asked as asked_reply  # (bot.features.questions)
from bot.features.booking.ics import Event as CalendarEvent
from bot.features.booking.ics import calendar as calendar_bytes
from bot.features.booking.ics import utc as ics_utc
from bot.features.booking.table import BOOKING

FEATURE = Feature(
    "booking",
    commands={"book": BOOKING, "mybookings": mine.my_bookings},
    flows=(BOOKING,),
    staff_commands={"today": staff.today, "week": weeks.week},
    coordinator_commands=frozenset({"today", "week"}),  # every office's, to look at: network.py
    staff_buttons={
        "visit": {**staff.VISIT_BUTTONS, "came": came.mark_came},
        "duty": duty.BUTTONS,
        "week": weeks.BUTTONS,
    },
    privacy=PrivacySection("bookings", privacy.show, privacy.forget),
    mine=mine.mine,
    text=bring_asked.typed,  # «що взяти з собою?» with a visit booked: its list
    agenda=days_off.agenda,  # duty_list.duties, and the duty days a holiday takes away
    jobs=(
        Job("visit reminders", 60, reminders.send_due_reminders),
        Job("visit cards: came?", 60, came.open_cards),  # from its time on (came_card.py)
        Job("bookings: retention", 3600, privacy.retention, erases=True),
    ),
    threads=(thread.VISITS,),
)

__all__ = ["FEATURE", "asked_reply", "CalendarEvent", "calendar_bytes", "ics_utc"]
