"""«Cancel this visit?», asked in the staff chat, shows the visit as its card does: name, phone
and the matter the person typed. After /forget none of it is left there, whether or not a line
names their phone (README «Staff side»; it said whom it showed nowhere before)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.core.messages import Incoming
from tests.support.appointments import CAREER_THU_0900, book_and_confirm_career, send_request
from tests.support.bookings import STAFF_CHAT, TUE_1330, confirm_button
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.services import write_services_config

TRACE = "Qorblix"  # the matter she typed, found nowhere else


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return write_services_config(tmp_path)  # the specialists too


async def _asked(app, delivery, platform, payload: str):  # type: ignore[no-untyped-def]
    """A staff member's tap, answered as `infopoint run` answers it: the message staff see."""
    staff = StaffMember(app.core)
    asked = Incoming("telegram", staff.user_id, staff.chat_id, "pl", sender_name=staff.name)
    queued = await app.core.handle_queued(replace(asked, payload=payload))
    await delivery.worker.send_now("telegram", staff.chat_id, queued)
    return platform.to(STAFF_CHAT)[-1]


async def _forget(dialogue: Dialogue, delivery) -> None:  # type: ignore[no-untyped-def]
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await delivery.run()


def _now(platform, message_id: str) -> str:  # type: ignore[no-untyped-def]
    edits = [e.text for e in platform.edits if e.message_id == message_id]
    return edits[-1] if edits else ""


async def test_a_visits_cancel_question_loses_the_persons_data_on_forget(app, delivery, platform):
    raj = Dialogue(app.core, user_id="r1")
    await raj.payload(TUE_1330)
    await raj.payload("booking:topic:other")
    await raj.send(f"{TRACE} keeps the deposit")
    await raj.payload("person:agree")
    await raj.send("Raj")
    await raj.send("601 999 111")
    await raj.payload(confirm_button(raj).payload)
    await delivery.run()
    question = await _asked(app, delivery, platform, "visit:cancel:1")
    assert TRACE in question.text and "Raj" in question.text

    await _forget(raj, delivery)
    now = _now(platform, question.message_id)
    assert "🔒" in now and TRACE not in now and "Raj" not in now and "601" not in now
    # (tester 30) the visit is gone: the question says whose it was, and no «No, keep it» stays
    assert now == "🔒 Wizyta nr D1: dane osobowe usunięte na prośbę osoby."
    last = [e for e in platform.edits if e.message_id == question.message_id][-1]
    assert not [b for row in last.reply.buttons for b in row]


async def test_an_appointments_cancel_question_loses_the_persons_data_on_forget(
    app, delivery, platform
):
    raj = Dialogue(app.core, user_id="r1")
    await book_and_confirm_career(raj, CAREER_THU_0900, name=f"Raj {TRACE}", phone="601 999 111")
    await delivery.run()
    question = await _asked(app, delivery, platform, "apptv:cancel:1")
    assert TRACE in question.text

    await _forget(raj, delivery)
    now = _now(platform, question.message_id)
    assert "🔒" in now and TRACE not in now and "601" not in now
    assert now == "🔒 Wizyta u specjalisty nr S1: dane osobowe usunięte na prośbę osoby.", now
    last = [e for e in platform.edits if e.message_id == question.message_id][-1]
    assert not [b for row in last.reply.buttons for b in row]


async def test_a_request_already_decided_shown_to_staff_loses_the_persons_need_on_forget(
    app, delivery, platform
):
    """A tap on a request someone else decided (or the person withdrew) shows its card under
    «already …»: the need and the name in it go with /forget."""
    raj = Dialogue(app.core, user_id="r1")
    await send_request(raj, need=f"A letter about {TRACE} and my card", name="Raj")
    await raj.payload("appt:withdraw_now:1")
    await delivery.run()
    said = await _asked(app, delivery, platform, "apptq:approve:1")
    assert TRACE in said.text and "Raj" in said.text

    await _forget(raj, delivery)
    now = _now(platform, said.message_id)
    assert "🔒" in now and TRACE not in now and "Raj" not in now and "601" not in now
