"""A service with `qualification`: the person first tells an advisor what they need.

Steps: consent (the person sub-flow asks only it, unless it was given) -> "describe" (the need
in a few words; danger words bring the help lines and mark the request urgent) or, for a
`sensitive` service, "urgency" (only: urgent or not; nothing else is asked, so nothing else can
reach the staff chat, but for one thing the person may add: «🧒 It is for my child», a button
under the question or typed, so that the advisor books a specialist for children) -> name and
phone (the person sub-flow) -> "send" (the summary; appt:send:<token>). The request's card
then waits in the office's staff chat (cards.py, approve.py); the answer comes back in this
chat.
"""

from __future__ import annotations

import secrets

from bot.core import markup
from bot.core.children import about_a_child, visit_for_a_child
from bot.core.choices import BACK, CANCEL, NO, SEND
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, again, call, end, go, stay
from bot.core.messages import Button, Expired, Reply
from bot.core.phone import display_phone, only_a_phone
from bot.core.words import LEAST, fold, too_short
from bot.features import person, urgent
from bot.features.appointments.offered import offer_reply, still_free
from bot.features.appointments.replies import (
    FLOW,
    ApptDraft,
    draft,
    language_lines,
    language_rows,
    service_of,
)
from bot.features.appointments.views import office_voice
from bot.features.menu import nav_row
from bot.settings.catalogue import Service
from bot.storage import appointment_requests as requests

DESCRIPTION_MAX = 600


def _title(turn: Turn, service: Service) -> str:
    return markup.literal(service.title.get(turn.lang))


def _abandon_row(turn: Turn) -> list[Button]:
    return [Button(turn.t("ap_btn_abandon_request"), "appt:abandon", means=CANCEL)]


def _rows(turn: Turn, service: Service) -> list[list[Button]]:
    """Under the request's first question: « Back to the service's page («назад» typed), and
    abandon («cancel» typed)."""
    back = Button(turn.t("btn_back"), f"service:{service.id}", means=BACK)
    return [[back, *_abandon_row(turn)]]


def describe_question(turn: Turn, service: Service) -> Reply:
    """«Describe it in a few words», with the service's own example (`example:`), else
    without one (a lawyer's example under a career counsellor's request misleads)."""
    if service.example is not None:
        ask = turn.t(
            "ap_describe_ask_example", example=markup.literal(service.example.get(turn.lang))
        )
    else:
        ask = turn.t("ap_describe_ask")
    return Reply(
        turn.t("ap_describe", service=_title(turn, service), ask=ask), _rows(turn, service)
    )


def urgency_question(turn: Turn, service: Service) -> Reply:
    child = draft(turn).for_child  # a toggle: tapped again, it is for the person again
    rows = [
        [Button(turn.t("ap_btn_urgent_yes"), "appt:urgent:yes", means="yes")],
        [Button(turn.t("ap_btn_urgent_no"), "appt:urgent:no", means="no")],
        [
            Button(
                turn.t("ap_btn_for_child_on" if child else "ap_btn_for_child"),
                f"appt:child:{'off' if child else 'on'}",
            )
        ],
        *_rows(turn, service),
    ]
    return Reply(turn.t("ap_urgency", service=_title(turn, service)), rows)


async def on_child(turn: Turn) -> Outcome:
    """«🧒 It is for my child» under the urgency question: marked (or unmarked), asked again."""
    if len(turn.args) != 1 or turn.args[0] not in ("on", "off"):
        raise Expired("appt:child")
    service = service_of(turn, draft(turn).service)
    if not service.sensitive:
        raise Expired("appt:child")
    draft(turn).for_child = turn.args[0] == "on"
    return stay(urgency_question(turn, service))


def child_typed(turn: Turn, service: Service) -> Outcome:
    """«це для сина», «for my daughter» typed at the urgency question: marked, said so, and the
    question again (the text itself goes nowhere)."""
    draft(turn).for_child = True
    return stay(Reply(turn.t("ap_for_child_noted")), urgency_question(turn, service))


def aside_dropped(turn: Turn, service: Service, aside: str) -> list[Reply]:
    """«Halyna (sąsiadka, dla syna)» for a confidential service: the name alone is kept, the
    bracket is neither kept nor shown to staff (it may say what the matter is, which this form
    never asks: docs/services.md), and the person is told so; a visit it says is for a child
    («dla syna», «for my daughter») is the one thing such a request may say («🧒 for a child»),
    marked as the button would. A child only named in it («córka pani Haliny», «з дитиною»)
    marks nothing: the person is told how to say it is for the child, if it is."""
    current = draft(turn)
    name = markup.literal(current.person.name if current.person is not None else "")
    said = [Reply(turn.t("ap_aside_private", name=name))]
    if not service.qualification or current.for_child:
        return said
    if visit_for_a_child(aside):
        current.for_child = True
        said.append(Reply(turn.t("ap_for_child_noted")))
    elif about_a_child(fold(aside)):  # («Ігор (син пані Ольги)»: whose visit is it?)
        fix, urgency = turn.t("ap_btn_fix"), turn.t("ap_btn_fix_urgency")
        child = turn.t("ap_btn_for_child")
        said.append(Reply(turn.t("ap_aside_child_asked", fix=fix, urgency=urgency, child=child)))
    return said


def pending_reply(turn: Turn, r: requests.Request) -> Reply:
    v = office_voice(turn.services, r.office, turn.lang)
    text = turn.t("ap_request_waiting", id=r.id, service=markup.literal(v.title(r.service)))
    rows = [[Button(turn.t("ap_btn_withdraw"), f"appt:withdraw:{r.id}")], nav_row(turn, None)]
    return Reply(text, rows)


async def begin(turn: Turn, service: Service) -> Outcome:
    """The service's page said "Book": a request is open already, or a new one starts."""
    mine = await requests.open_for(turn.tx, turn.incoming.channel, turn.incoming.user_id)
    here = turn.office.id  # the same service id at another office is another service
    waiting = next((r for r in mine if (r.service, r.office) == (service.id, here)), None)
    if waiting is not None and waiting.status == "offered":
        v = office_voice(turn.services, waiting.office, turn.lang)
        free = await still_free(turn.services, turn.tx, waiting, turn.now)
        return end(offer_reply(v, waiting, free))
    if waiting is not None:
        return end(pending_reply(turn, waiting))
    turn.new_draft(ApptDraft(service=service.id), FLOW)
    # Consent first, as every form asks it (unless given): nothing is typed before it, so
    # nothing is kept of someone who declines. Once agreed, the first question is asked.
    turn.session.enter(FLOW, "urgency" if service.sensitive else "describe")
    consent = person.consent_again(turn)
    if consent is not None:
        return stay(consent)
    return ask(turn, service, "")


def ask(turn: Turn, service: Service, step: str) -> Outcome:
    """The question of the request's step the person is at (or the first one)."""
    current = draft(turn)
    asked = current.urgent is not None if service.sensitive else current.description is not None
    if step in ("send", "person", "fix") and asked and current.person:
        return to_summary(turn, service)
    if service.sensitive:
        return go("urgency", urgency_question(turn, service))
    return go("describe", describe_question(turn, service))


def _next(turn: Turn, service: Service, *before: Reply) -> Outcome:
    if draft(turn).person:
        return to_summary(turn, service, *before)
    return call("person", "person", *before)


async def describe(turn: Turn) -> Outcome:
    """Typed at the "describe" step: the need, in a few words. Danger words bring the help
    lines first, whatever else is said (a message too long too), and make the request urgent."""
    service = service_of(turn, draft(turn).service)
    current = draft(turn)
    plea = urgent.in_free_text(turn, describes=True)  # «I need help» alone: the need
    if plea:  # «help, he beats me»: its answer, the question again (said again: the need)
        current.urgent = current.urgent or urgent.marked_now(turn)
        return again(*plea)
    text = " ".join((turn.incoming.text or "").split())
    told = person.answered(turn, text)  # «is it free?»: no need, the page's answer
    if told is not None:
        return told
    before = urgent.danger(turn)
    if service.sensitive:  # nothing is asked for a sensitive service
        return stay(*before, urgency_question(turn, service))
    if too_short(text):  # «ok», «ab», «?», «3»
        note = turn.t("describe_is_phone") if only_a_phone(text) else None
        note = note or turn.t("ap_describe_too_short", least=LEAST)
        return stay(*before, Reply(note, _rows(turn, service)))
    if len(text) > DESCRIPTION_MAX:
        return stay(*before, Reply(turn.t("ap_describe_too_long", limit=DESCRIPTION_MAX)))
    if len(text.split()) == 1 and current.one_word != text:  # «Ahmed»: that, or a name? (F10)
        current.one_word = text
        keep = [Button(turn.t("btn_ap_need_keep"), "appt:need")]
        asked = turn.t("ap_describe_one_word", text=markup.literal(text))
        return stay(*before, Reply(asked, [keep, *_rows(turn, service)]))
    current.description = text
    if before:
        current.urgent = True
    return _next(turn, service, *before, *urgent.cry_line(turn))


async def keep_need(turn: Turn) -> Outcome:
    """appt:need, «✅ Yes, that is my matter» under a need of one word: kept as it is."""
    current = draft(turn)
    if turn.session.step != "describe" or not current.one_word:
        raise Expired("appt:need")
    current.description = current.one_word
    return _next(turn, service_of(turn, current.service))


async def on_urgency(turn: Turn) -> Outcome:
    if len(turn.args) != 1 or turn.args[0] not in ("yes", "no"):
        raise Expired("appt:urgent")
    current = draft(turn)
    service = service_of(turn, current.service)
    current.urgent = turn.args[0] == "yes"
    return _next(turn, service)


def to_summary(turn: Turn, service: Service, *before: Reply) -> Outcome:
    current = draft(turn)
    if not current.token:
        current.token = secrets.token_hex(4)
    person = current.person
    if person is None:
        raise Expired("appt:send")
    lines = [
        turn.t("ap_request_summary_title"),
        turn.t("ap_request_service", service=_title(turn, service)),
    ]
    if service.sensitive:
        lines.append(turn.t("ap_request_urgent_yes" if current.urgent else "ap_request_urgent_no"))
        if current.for_child:
            lines.append(turn.t("ap_request_for_child"))
        lines.append(turn.t("ap_request_private"))
    else:
        lines.append(turn.t("ap_request_need", text=markup.literal(current.description or "")))
    who = turn.t(
        "ap_person_line", name=markup.literal(person.name), phone=display_phone(person.phone)
    )
    if current.note and not service.sensitive:  # «(sąsiadka …)» after the name: for staff
        who += "\n" + turn.t("cb_phone_note", note=markup.literal(current.note))
    lines.append(who)
    lines.append(language_lines(turn))
    lines.append(turn.t("ap_request_summary_question"))
    rows = [
        [Button(turn.t("ap_btn_send_request"), f"appt:send:{current.token}", means=SEND)],
        [Button(turn.t("ap_btn_fix"), "appt:fix")],
        *language_rows(turn),
        [Button(turn.t("ap_btn_abandon_request"), "appt:abandon", means=NO)],
    ]
    return go("send", *before, Reply("\n\n".join(lines), rows))


def fix_menu(turn: Turn, service: Service, *before: Reply) -> Outcome:
    """«✏️ Change something» under the summary: what the person needs (or, for a sensitive
    service, whether it is urgent), the name or phone; « Back to the summary."""
    need = "ap_btn_fix_urgency" if service.sensitive else "ap_btn_fix_need"
    rows = [
        [Button(turn.t(need), "appt:fix:need")],
        [Button(turn.t("ap_btn_fix_person"), "appt:fix:person")],
        person.change_phone(turn, "send"),  # only the phone, then the summary
        [Button(turn.t("btn_back"), "appt:fix:back", means=BACK)],
    ]
    return go("fix", *before, Reply(turn.t("ap_fix_what"), rows, replace=True))


async def fix(turn: Turn) -> Outcome:
    """appt:fix: what to change; appt:fix:<need|person|back>: that question (then the summary
    again, as the person is known), or the summary."""
    current = draft(turn)
    service = service_of(turn, current.service)
    if turn.session.flow != FLOW or current.person is None or not service.qualification:
        raise Expired("appt:fix")
    what = turn.args[0] if len(turn.args) == 1 else None
    if what is None:
        return fix_menu(turn, service)
    if what == "back":
        return to_summary(turn, service)
    if what == "person":
        return call("person", "person")
    if what == "need" and service.sensitive:
        return go("urgency", urgency_question(turn, service))
    if what == "need":
        now = turn.t("ap_fix_need_now", text=markup.literal(current.description or ""))
        return go("describe", Reply(now), describe_question(turn, service))
    raise Expired("appt:fix")


async def fix_typed(turn: Turn) -> Outcome:
    """Text at «what would you like to change?» that is none of its buttons: the menu again."""
    danger, offer = person.typed_in_form(turn)
    service = service_of(turn, draft(turn).service)
    return offer or fix_menu(turn, service, *danger, Reply(turn.t("ap_use_buttons")))
