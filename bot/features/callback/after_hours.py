"""An urgent callback request (danger recognised: bot.features.urgent), in as few steps as
someone in danger can bear (docs/callbacks.md, "An urgent request"):

- at its start while staff are not at work, at once: when they are next at work, that for
  danger now 112 and the 24-hour lines are what helps, and the choice to leave a number anyway
  (`callback:anyway`), never a whole form first and the wait at its end;
- the help lines shown once in the flow: before the consent only when the person has not just
  read them (`LINES_FRESH`), and not again at the topic or the description (`lines_once`);
- no «when should we call?»: as soon as possible (flow.py, `is_urgent`);
- made while the office is closed, it is told to a network's coordinators' chat
  (`tell_coordinators`, from staff.post: help requests too), in one short message that shows
  what /requests shows there, no name, phone or description.
"""

from __future__ import annotations

import datetime as dt
import secrets

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, call, end
from bot.core.messages import Button, Reply
from bot.core.services import Services
from bot.features import urgent
from bot.features.callback import numbered
from bot.features.callback.details import subject_title, urgent_why, why_urgent
from bot.features.callback.replies import FLOW, CallbackDraft, draft
from bot.features.callback.when import staff_back
from bot.storage import outbox as outbox_store
from bot.storage.requests import Request

# The help lines shown this recently (the danger screen just before the tap) are not shown again
LINES_FRESH = dt.timedelta(minutes=30)


def lines_seen(turn: Turn, *, medical: bool = False) -> bool:
    """Whether the help lines were shown lately: `urgent.mark` is called where they are (with
    `medical`: the ambulance's lines, `urgent.mark_medical`; neither stands for the other)."""
    at = turn.memory.urgent_at
    if not at or urgent.medical_lately(turn) != medical:
        return False
    try:
        return turn.now - dt.datetime.fromisoformat(at) < LINES_FRESH
    except ValueError:
        return False


def back_text(services: Services, lang: str, moment: dt.datetime) -> str:
    """«Monday, 7 December, 08:00»: when staff are next at work."""
    fmt = services.t
    return f"{fmt.date(lang, moment, 'EEEE, d MMMM')}, {fmt.time(lang, moment)}"


async def begin(turn: Turn) -> Outcome:
    """The start of a callback request. Urgent while the office is closed: the notice first,
    nothing asked yet; urgent while it is open: the help lines, unless just read, and the
    consent."""
    if urgent.is_marked(turn):
        medical = urgent.medical_lately(turn)  # (an ambulance's lines, not the help lines)
        back = staff_back(turn.office, turn.settings.timezone, turn.now)
        if back is not None:  # (the notice names 112 and the 24-hour lines itself)
            rows = [
                [Button(turn.t("btn_cb_leave_number"), "callback:anyway")],
                [Button(turn.t("btn_main_menu"), "menu")],
            ]
            when = back_text(turn.services, turn.lang, back)
            key = "cb_urgent_closed_medical" if medical else "cb_urgent_closed"
            return end(Reply(turn.t(key, when=when), rows))
        lines = turn.t("urgent_medical") if medical else urgent.help_text(turn)
        before = [] if lines_seen(turn, medical=medical) else [Reply(lines)]
        return _form(turn, True, *before)
    return _form(turn, False)


async def anyway(turn: Turn) -> Outcome:
    """«📞 Leave my number anyway» under the notice: the form, urgent, the lines not again."""
    return _form(turn, True)


def _form(turn: Turn, is_urgent: bool, *before: Reply) -> Outcome:
    """The form; after a medical emergency its «✅ sent» ends with the ambulance's lines."""
    medical = is_urgent and urgent.medical_lately(turn)
    shown = is_urgent and not medical  # (the help lines: shown, unless it was an ambulance's)
    current = CallbackDraft(
        token=secrets.token_hex(4),
        urgent=is_urgent,
        lines_shown=shown,
        medical=medical,
        may_write=is_urgent,  # (the phone may be left out: person/written.py)
    )
    turn.new_draft(current, FLOW)
    return call("person", "person", *before)


def lines_once(turn: Turn) -> list[Reply]:
    """The help lines where the form would show them (the domestic violence topic, danger
    words typed), unless this request has shown them, or they were just read (a plea at the
    description, answered with them), already. Before `urgent.mark`, which counts as read."""
    current = draft(turn)
    shown, current.lines_shown = current.lines_shown or lines_seen(turn), True
    return [] if shown else [Reply(urgent.help_text(turn))]


async def tell_coordinators(turn: Turn, request: Request) -> None:
    """An urgent request made while its office is closed: one message for the coordinators
    (nobody at the office will see it before `staff_back`); what /requests lists, no more."""
    settings = turn.settings
    office = settings.office(request.office)
    chat = settings.coordinators_chat_id
    if not request.urgent or chat is None or not settings.network:
        return
    back = staff_back(office, settings.timezone, turn.now)
    if back is None:
        return
    services, lang = turn.services, turn.services.staff_language
    key = "staff_list_help" if request.service is not None else "staff_list_callback"
    text = services.t(
        lang,
        "staff_urgent_after_hours",
        record=services.t(lang, key, id=request.number),
        office=markup.literal(office.label(lang)),
        when=back_text(services, lang, back),
        language=services.t.language_name(lang, request.call_language),
        topic=markup.literal(subject_title(services, lang, request)),
        id=numbered.of_request(request),  # /request T1
        why=f" ({why})" if (why := why_urgent(services, lang, urgent_why(request))) else "",
    )
    await turn.enqueue("telegram", str(chat), Reply(text), priority=outbox_store.NOW, about=None)
