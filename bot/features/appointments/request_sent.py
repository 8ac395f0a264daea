"""A qualification request sent (qualify.py asks it): made once per token (a second tap of the
same «Send» finds it), its card posted to the office's staff chat (cards.py), and the reply that
says so, with the 24-hour lines for a confidential (psychological) service."""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, end, stay
from bot.core.messages import Button, Expired, Reply
from bot.features.appointments import cards
from bot.features.appointments.confirm import MINE
from bot.features.appointments.replies import FLOW, draft, service_of, visit_language
from bot.features.appointments.views import crisis_lines, office_voice
from bot.features.menu import nav_row
from bot.storage import appointment_requests as requests


async def send(turn: Turn) -> Outcome:
    """The request goes to the advisors (once: a second tap of the same button finds it)."""
    current = draft(turn)
    token = turn.args[0] if len(turn.args) == 1 else ""
    in_step = turn.session.flow == FLOW and turn.session.step == "send"
    if not in_step or not token or current.token != token:
        sent = await requests.by_token(turn.tx, token) if token else None
        if sent is not None and sent.user_id == turn.incoming.user_id:
            return stay(_sent_reply(turn, sent))
        raise Expired("appt:send")
    service = service_of(turn, current.service)
    person = current.person
    if person is None or not service.qualification:
        raise Expired("appt:send")
    new = requests.NewRequest(
        office=turn.office.id,
        service=service.id,
        token=token,
        channel=turn.incoming.channel,
        user_id=turn.incoming.user_id,
        chat_id=turn.session.chat_id,
        language=turn.lang,
        name=person.name,
        phone=person.phone or "",
        description=None if service.sensitive else current.description,
        urgent=bool(current.urgent),
        sensitive=service.sensitive,
        for_child=service.sensitive and current.for_child,
        visit_language=visit_language(turn),
        note=None if service.sensitive else current.note,
    )
    request_id, created = await requests.create(turn.tx, turn.now, new)
    r = await requests.get(turn.tx, request_id)
    assert r is not None
    if created:
        await cards.post(turn, r)
    return end(_sent_reply(turn, r))


def _sent_reply(turn: Turn, r: requests.Request) -> Reply:
    v = office_voice(turn.services, r.office, turn.lang)
    key = "ap_request_sent_private" if r.sensitive else "ap_request_sent"  # asked before relaying
    text = turn.t(key, id=r.id, service=markup.literal(v.title(r.service)))
    if r.sensitive:  # (psychological support: the 24-hour lines while the person waits)
        text += "\n\n" + crisis_lines(v, r.for_child)
    rows = [[Button(turn.t("ap_btn_mine"), MINE)], nav_row(turn, None)]
    return Reply(text, rows)
