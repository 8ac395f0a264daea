"""Callback requests: the person's form (flow.py), the staff chat's side (staff.py), writing
between staff and the person (thread.py), /mydata, /forget and retention (privacy.py), and when
staff can call (when.py)."""

from __future__ import annotations

from bot.core.flows import Feature, Job, PrivacySection
from bot.features.callback import privacy, staff, thread
from bot.features.callback.flow import CALLBACK

FEATURE = Feature(
    "callback",
    commands={"callback": CALLBACK},
    flows=(CALLBACK,),
    text=thread.relay_open_thread,
    staff_commands={"requests": staff.list_open, "request": staff.show_one},
    staff_buttons={"request": staff.BUTTONS},
    staff_reply=thread.staff_reply,
    privacy=PrivacySection("callback_requests", privacy.show, privacy.forget),
    jobs=(Job("callback requests: retention, unposted", 3600, privacy.upkeep),),
)

__all__ = ["FEATURE"]
