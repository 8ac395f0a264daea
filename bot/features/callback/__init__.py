"""Callback requests: the person's form (flow.py), the staff chat's side (staff.py), writing
between staff and the person (thread.py), /mydata, /forget and retention (privacy.py), the
person's open requests in /mybookings and withdrawing one (mine.py), and when staff can call
(when.py). Two open requests of one person name each other on their cards (linked.py).

Help requests (bot.features.assist) are callback requests with a service and a form's answers:
that feature asks the form and makes the request; staff handle it here, exactly as a callback
(take, done, not reachable, writing both ways, retention, /forget). What it uses is below.
"""

from __future__ import annotations

from bot.core.flows import Feature, Job, PrivacySection
from bot.features.callback import (
    closing,
    listing,
    mine,
    privacy,
    resumed,
    thread,
    typed_number,
    written,
)
from bot.features.callback.capture import NOTE_HOURS
from bot.features.callback.details import (
    PHONE_NOTE,
    URGENT_WHY,
    added_notes,
    detail_lines,
    phone_note,
    service_title,
    value_text,
    wrote_line,
)
from bot.features.callback.flow import CALLBACK
from bot.features.callback.kept import lines as written_lines
from bot.features.callback.linked import open_numbers
from bot.features.callback.linked_records import record_changed
from bot.features.callback.mine import ask_withdraw, when_of, withdraw
from bot.features.callback.numbered import of_help as help_number
from bot.features.callback.numbered import of_request as request_number
from bot.features.callback.numbered import read as read_number
from bot.features.callback.open_one import same_person
from bot.features.callback.privacy import forget as forget_requests
from bot.features.callback.replies import note_line
from bot.features.callback.staff import office_line
from bot.features.callback.staff import post as post_to_staff
from bot.features.callback.staff import refresh as refresh_staff_message
from bot.features.callback.thread import (
    THREAD_HOURS,
    forget_thread,
    point,
    relay_to_staff,
    replies_about,
    thread_hours,
)
from bot.features.callback.typed_number import show_typed as show_record
from bot.features.callback.when import is_working_now, next_call_time, open_on, staff_back
from bot.features.callback.written import card_written, writer

FEATURE = Feature(
    "callback",
    commands={"callback": CALLBACK},
    flows=(CALLBACK,),
    text=resumed.route,  # (capture.route, the way back to a callback left for a question)
    mine=mine.mine,
    staff_commands={"requests": listing.list_open, "request": typed_number.show_one},
    coordinator_commands=frozenset({"requests", "request"}),
    staff_buttons={"request": closing.BUTTONS},
    staff_reply=thread.staff_reply,
    privacy=PrivacySection("callback_requests", privacy.show, privacy.forget),
    jobs=(Job("callback requests: retention, unposted", 3600, privacy.upkeep, erases=True),),
    threads=(written.REQUESTS,),
)

__all__ = [
    "FEATURE",
    "NOTE_HOURS",
    "THREAD_HOURS",
    "PHONE_NOTE",
    "URGENT_WHY",
    "ask_withdraw",
    "detail_lines",
    "forget_requests",
    "forget_thread",
    "help_number",
    "added_notes",
    "written_lines",
    "request_number",
    "is_working_now",
    "next_call_time",
    "staff_back",
    "office_line",
    "note_line",
    "open_on",
    "open_numbers",
    "record_changed",
    "phone_note",
    "point",
    "read_number",
    "post_to_staff",
    "refresh_staff_message",
    "relay_to_staff",
    "replies_about",
    "same_person",
    "service_title",
    "show_record",
    "thread_hours",
    "value_text",
    "when_of",
    "withdraw",
    "card_written",
    "writer",
    "wrote_line",
]
