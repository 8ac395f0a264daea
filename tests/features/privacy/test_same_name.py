"""/forget in the lists staff ask for, when two people go by the same one-word name: only the
person who asked to be forgotten is masked, by whose each line and button is (`Reply.marks`),
never the other person of that name (README «Staff side»; tester 18)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import build
from tests.features.privacy.test_erasure import staff_ask
from tests.support.appointments import CAREER_THU_0900, CAREER_THU_0930, book_and_confirm_career
from tests.support.bookings import TUE_1330, book_and_confirm
from tests.support.callbacks import STAFF_CHAT, Delivery, request_callback
from tests.support.courses import text_of
from tests.support.dialogue import Dialogue
from tests.support.services import write_services_config

REMOVED = "🔒 odwołane na prośbę osoby, dane usunięte: termin lub miejsce znów wolne"
TUE_1400 = "booking:time:city_hall:202611241300"  # 14:00 in Warsaw
COORDINATORS = "-1009000000001"


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return write_services_config(tmp_path)  # the specialists too


async def _forget(dialogue: Dialogue, delivery: Delivery) -> None:
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await delivery.run()


def _edited(platform, chat: str, message_id: str):  # type: ignore[no-untyped-def]
    [edit] = [e for e in platform.edits if e.chat_id == chat and e.message_id == message_id]
    return edit


async def test_appointments_list_loses_only_the_forgotten_persons_line_and_button(
    app, delivery, platform
):
    """Two people booked the career counsellor as «Raj»: /appointments keeps the other Raj's
    line and cancel button after one of them is forgotten."""
    first = Dialogue(app.core, user_id="r1")
    second = Dialogue(app.core, user_id="r2")
    await book_and_confirm_career(first, CAREER_THU_0900, name="Raj", phone="601 999 111")
    await book_and_confirm_career(second, CAREER_THU_0930, name="Raj", phone="601 999 222")
    await delivery.run()
    await staff_ask(app, delivery, "appointments", "800")
    listed = [s for s in platform.sent if s.chat_id == STAFF_CHAT][-1]
    assert "601 999 111" in text_of(listed.reply) and "601 999 222" in text_of(listed.reply)

    await _forget(first, delivery)
    edit = _edited(platform, STAFF_CHAT, listed.message_id)
    text = text_of(edit.reply)
    assert REMOVED in text and "601 999 111" not in text
    assert "09:30" in text and "Raj" in text and "601 999 222" in text  # the other Raj stays
    labels = [b.label for row in edit.reply.buttons for b in row if "Raj" in b.label]
    assert len(labels) == 1 and "09:30" in labels[0], labels


async def test_unanswered_loses_only_the_forgotten_persons_question(app, delivery, platform):
    """/unanswered shows two people's questions: after one is forgotten, the list keeps the
    other's question (it was replaced whole before)."""
    await Dialogue(app.core, user_id="q1").send("Qorblix vantrop zelmy")
    await Dialogue(app.core, user_id="q2").send("Plunvo dartex miquor")
    await staff_ask(app, delivery, "unanswered", "800")
    listed = [s for s in platform.sent if s.chat_id == STAFF_CHAT][-1]
    assert "Qorblix" in listed.text and "Plunvo" in listed.text

    await _forget(Dialogue(app.core, user_id="q1"), delivery)
    text = _edited(platform, STAFF_CHAT, listed.message_id).text
    assert REMOVED in text and "Qorblix" not in text
    assert "Plunvo dartex miquor" in text  # the other person's question stays


async def test_coordinators_week_loses_only_the_forgotten_persons_visit(tmp_path, clock, platform):
    """The coordinators' /week, every office's visits: two visits booked as «Raj»; after one
    is forgotten, the other Raj's line stays."""
    config = write_services_config(tmp_path, coordinators__chat_id=int(COORDINATORS))
    app = await build(config, clock=clock)
    try:
        delivery = Delivery(app, platform, clock)
        first = Dialogue(app.core, user_id="r1")
        second = Dialogue(app.core, user_id="r2")
        await book_and_confirm(first, TUE_1330, name="Raj", phone="+48 601 999 111")
        await book_and_confirm(second, TUE_1400, name="Raj", phone="+48 601 999 222")
        await delivery.run()
        await staff_ask(app, delivery, "week", "900", COORDINATORS)
        week = [s for s in platform.sent if s.chat_id == COORDINATORS][-1]
        assert "601 999 111" in week.text and "601 999 222" in week.text

        await _forget(first, delivery)
        text = text_of(_edited(platform, COORDINATORS, week.message_id).reply)
        assert REMOVED in text and "601 999 111" not in text
        assert "14:00 — Raj, +48 601 999 222" in text  # the other Raj's visit stays
    finally:
        await app.close()


async def test_requests_list_loses_the_forgotten_persons_typed_matter(app, delivery, platform):
    """/requests quotes the matter a person typed: after /forget that line goes, her request
    withdrawn with it (it named neither her phone nor a full name, so it stayed before), the
    other Olena's stays."""
    first = Dialogue(app.core, user_id="o1")
    second = Dialogue(app.core, user_id="o2")
    await request_callback(first, name="Olena", topic="other", description="Qorblix landlord")
    await request_callback(second, name="Olena", topic="other", description="Plunvo employer")
    await delivery.run()
    await staff_ask(app, delivery, "requests", "800")
    listed = [s for s in platform.sent if s.chat_id == STAFF_CHAT][-1]
    assert "Qorblix" in listed.text and "Plunvo" in listed.text

    await _forget(first, delivery)
    edit = _edited(platform, STAFF_CHAT, listed.message_id)
    assert REMOVED not in edit.text and "Qorblix" not in edit.text
    assert "Plunvo employer" in edit.text  # the other Olena's request stays, with its button
    assert [b.label for row in edit.reply.buttons for b in row] == ["📞 Prośba o telefon nr T2"]
