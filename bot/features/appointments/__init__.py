"""Appointments with a specialist (a lawyer, a psychologist, a career counsellor): the office's
catalogue services of kind "appointment" (config `services:` and `specialists:`).

flow.py       the person's flow (the table APPT): a service, a specialist, a day, a time
picker.py     choosing a specialist's day and time; times.py, their free times (bot.core.slots)
confirm.py    booking it: the confirmation with a calendar file, the staff chat's note
qualify.py    a service with `qualification`: the need described first (or, if sensitive,
              only whether it is urgent); request_sent.py: sent to the advisors
approve.py    the advisors' side in the staff chat: approve and offer times; declining.py, decline
cards.py      a request's card in the staff chat; offered.py / offers.py, the person's offer
thread.py     writing both ways about a request (bot.core.threads, relayed by the callback
              feature): a reply to its card reaches the person, their texts reach staff;
              booked.py, the same about a booked appointment (a reply to its note)
staff.py      /appointments; cancelling.py, cancelling by staff (cancel_why.py, its reason;
              cancel_late.py, the other times when none is pressed in time)
mine.py       the person's /mybookings part; bring_asked.py, «what to bring to the lawyer?»;
              cancel_typed.py, «cancel the lawyer» (its cancel question)
days.py       the office's appointments in the staff's /today and /week (Feature.agenda)
reminders.py  the day before and an hour before; privacy.py, /mydata, /forget, retention
views.py      how appointments read, in any language
"""

from __future__ import annotations

from bot.core.flows import Feature, Job, PrivacySection
from bot.features.appointments import (
    approve,
    booked,
    bring_asked,
    cancel_late,
    cancel_typed,
    days,
    declining,
    mine,
    privacy,
    reminders,
    staff,
    stray,
    thread,
)
from bot.features.appointments.flow import APPT

FEATURE = Feature(
    "appointments",
    flows=(APPT,),
    staff_commands={"appointments": staff.agenda},
    coordinator_commands=frozenset({"appointments"}),
    staff_buttons={"apptq": approve.BUTTONS, "apptv": staff.BUTTONS},
    staff_reply=declining.staff_reply,
    mine=mine.mine,
    agenda=days.agenda,
    privacy=PrivacySection("appointments", privacy.show, privacy.forget),
    jobs=(
        Job("appointment reminders", 60, reminders.send_due_reminders),
        Job("appointments: cancels with no reason in time", 60, cancel_late.run),
        Job("appointments: retention", 3600, privacy.retention, erases=True),
    ),
    threads=(thread.REQUESTS, booked.APPOINTMENTS),
    # «що взяти з собою до юриста?», «отмените юриста» with an appointment booked
    text=lambda turn, next_: cancel_typed.typed(turn, lambda: bring_asked.typed(turn, next_)),
    prepare=(stray.prepare,),  # the words of feeling at «Is it urgent?» (feeling_words.yaml)
)

__all__ = ["FEATURE"]
