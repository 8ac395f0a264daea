"""Courses and events (catalogue services of kind course): enrolling, the waiting list,
reminders, leaving; the staff chat's lists, closing enrolment, attendance, messages to everyone.

course.py       a course in time: meetings, when enrolment is open, how long an offer lasts
flow.py         the person's flow (the table COURSE) and page.py, what it shows
party.py        who comes (people, children); fix.py «Change something» on the summary
family.py       a family and the seats: some now and the rest waiting, or all together
free.py         places free now, taken for some of a family waiting together
waiting.py      the waiting list: a freed seat offered to the next, offers that lapse (a job)
mine.py         /mybookings: one's places, leaving, taking or refusing an offered seat
staff.py        /courses in the staff chat: lists, removing; closing.py: closing enrolment
                (asked first) and reopening it
network.py      /courses in the coordinators' chat: every office's courses and their figures
seats.py        /seats 1 20: a course's seats set by staff at once (kept over the config's)
admit.py        staff admit someone waiting anyway, past the seats
one_child.py    one child of a family's sign-up taken off (the parent, or staff)
another_child.py a brother or sister added later to a family's sign-up; sibling.py: asked
                for in words («хочу записати ще сина»); companion_later.py: an adult who
                wants to come too, said after signing up («жена тоже хочет на этот курс»)
attendance.py   attendance per meeting; notes.py: a message to everyone enrolled, and
thread.py       what they write back, to the staff chat (bot.core.threads)
reminders.py    a reminder a day before each meeting (a job)
moved.py        the meetings changed in the config told to everyone on the lists, once (a job)
days.py         the meetings in the staff's /today and /week (Feature.agenda)
privacy.py      /mydata, /forget and retention
views.py        how courses read, in any language (shared by the above)
lead.py         a question naming a course answered first by the office's courses that fit
"""

from __future__ import annotations

from bot.core.flows import Feature, Handler, Job, PrivacySection
from bot.features.courses import (
    admit,
    attendance,
    closing,
    companion_later,
    days,
    leave_typed,
    mine,
    moved,
    network,
    notes,
    one_child,
    privacy,
    reminders,
    removing,
    seats,
    sibling,
    staff,
    thread,
    waiting,
)
from bot.features.courses.flow import COURSE
from bot.features.courses.lead import courses_first

STAFF_BUTTONS: dict[str, Handler] = {
    "all": staff.show_all,
    "show": staff.show,
    "close": closing.ask_close,  # asks first
    "close_now": closing.close,
    "reopen": closing.reopen,
    "remove": removing.ask_remove,
    "remove_now": removing.remove,
    "remove_one": one_child.ask_remove,
    "remove_one_now": one_child.remove,
    "admit": admit.ask,
    "admit_now": admit.admit,
    "meetings": attendance.meetings,
    "att": attendance.show,
    "mark": attendance.mark,
    "write": notes.write,
}

FEATURE = Feature(
    "courses",
    commands={"courses": COURSE},  # a person's /courses: the list (staff have their own)
    flows=(COURSE,),
    text=lambda turn, next_: leave_typed.typed(
        turn, lambda: sibling.typed(turn, lambda: companion_later.typed(turn, next_))
    ),
    # «хочу відписатися від курсу»: its «Leave»; «хочу записати ще сина»: another child;
    # «жена тоже хочет на этот курс»: each signs up themselves (companion_later.py)
    # /courses: in the coordinators' chat every office's; /seats: an office's chat only
    staff_commands={"courses": network.courses, "seats": seats.set_seats},
    coordinator_commands=frozenset({"courses"}),
    staff_buttons={"courses": STAFF_BUTTONS},
    staff_reply=notes.staff_reply,
    mine=mine.mine,
    agenda=days.agenda,
    privacy=PrivacySection("courses", privacy.show, privacy.forget),
    jobs=(
        Job("courses: offers and the waiting list", 60, waiting.run),
        Job("courses: reminders", 300, reminders.send_reminders),
        Job("courses: meetings changed", 600, moved.tell_moved),
        Job("courses: retention", 3600, privacy.retention, erases=True),
    ),
    threads=(thread.ENROLMENTS,),
)

__all__ = ["FEATURE", "courses_first"]
