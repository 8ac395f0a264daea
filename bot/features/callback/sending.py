"""Sending a callback request: made once per draft, whatever is tapped twice; posted to the
staff chat (and, urgent while the office is closed, told to the coordinators: staff.post)."""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, end, stay
from bot.core.messages import Expired
from bot.core.session import Sent
from bot.features import urgent
from bot.features.callback import numbered, open_one, staff, urgent_form
from bot.features.callback.details import CALL_DAY, PHONE_NOTE, URGENT_WHY
from bot.features.callback.replies import FLOW, draft, staff_note
from bot.features.callback.when import expect_text
from bot.features.menu import main_menu
from bot.storage import requests as store
from bot.storage.requests import Detail


async def send(turn: Turn) -> Outcome:
    """Confirm: the request is made once per draft, whatever is tapped twice."""
    token = turn.args[0] if turn.args else ""
    sent = turn.memory.callback_sent
    if turn.session.flow != FLOW and sent is not None and sent.token == token:
        made = await store.get(turn.tx, sent.id)
        number = numbered.of_request(made) if made else numbered.of_callback(sent.id)
        return stay(main_menu(turn, turn.t("cb_already_sent", id=number)))
    current = draft(turn)
    if turn.session.flow != FLOW or turn.session.step != "confirm" or current.token != token:
        raise Expired("callback:send")
    person = current.person
    if person is None or not current.topic or not current.language or not current.window:
        raise Expired("callback:send")
    flagged = current.urgent or urgent.is_marked(turn)
    note = staff_note(current)  # the phone number's and the time's
    why = (
        urgent.reason(turn, current.description, current.topic, medical=current.medical)
        if flagged
        else None
    )
    request_id, created = await store.create(
        turn.tx,
        turn.now,
        token,
        channel=turn.incoming.channel,
        user_id=turn.incoming.user_id,
        chat_id=turn.session.chat_id,
        language=turn.lang,
        call_language=current.language,
        topic=current.topic,
        category=current.category if current.topic == "other" else None,
        description=current.description,
        name=person.name,
        phone=person.phone,
        time_window=current.window,
        urgent=flagged,
        office=turn.office.id,
        details=(
            *((Detail(PHONE_NOTE, "text", note),) if note else ()),
            *((Detail(CALL_DAY, "date", current.day),) if current.day else ()),
            *((Detail(URGENT_WHY, "kind", why),) if why else ()),  # (the card says why)
            *urgent_form.details(current),  # written to, not called; the message (F4)
            *await open_one.same_person(turn),
        ),
    )
    request = await store.get(turn.tx, request_id)
    assert request is not None
    if created:
        await staff.post(turn, request)
    urgent.clear(turn)
    turn.memory.callback_sent = Sent(token, request_id)
    turn.memory.talk_language = current.language
    text = turn.t(
        "cb_sent_write" if current.reach == "write" else "cb_sent",  # (no «answer calls»)
        id=numbered.of_request(request),  # «T1»: the number on its staff card
        when=expect_text(turn, current.window, current.day, current.minute),
    )
    if note:
        text += "\n" + turn.t("cb_sent_note", note=markup.literal(note))
    if flagged:  # (a doctor tonight: 112 and the night care line, not only 112)
        text += "\n\n" + turn.t("urgent_medical" if current.medical else "cb_sent_urgent")
    return end(main_menu(turn, text))
