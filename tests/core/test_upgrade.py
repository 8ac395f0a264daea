"""What people and staff had before an upgrade keeps working: sessions saved by the first
version resume where they were, and buttons on older messages still do what they said."""

from __future__ import annotations

import json

from bot.storage import utc_text
from tests.support.callbacks import (
    STAFF_CHAT,
    StaffMember,
    request_callback,
)
from tests.support.dialogue import Dialogue


async def save_old_session(app, user_id: str, flow: str, step: str, data: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    """A session row as the first version wrote it ('_'-prefixed memory, 'person:<step>')."""
    async with app.services.db.transaction() as tx:
        await tx.execute(
            "INSERT INTO sessions (channel, user_id, chat_id, language, language_chosen, flow,"
            " step, data, updated_at) VALUES ('console', ?, ?, 'en', 1, ?, ?, ?, ?)",
            (user_id, user_id, flow, step, json.dumps(data), utc_text(app.services.clock())),
        )


async def test_a_callback_form_left_at_the_name_step_before_the_upgrade_continues(app, dialogue):
    old = {
        "_consent": "2026-11-20",
        "_last_topic": "pesel",
        "cb": {"token": "a1b2c3d4"},
        "person_purpose": "callback",
    }
    await save_old_session(app, dialogue.user_id, "callback", "person:name", old)
    await dialogue.send("Olena")
    assert "phone number" in dialogue.text
    await dialogue.send("601 234 567")
    assert "What is it about" in dialogue.text
    assert dialogue.button("PESEL").payload == "callback:topic:pesel"  # the last topic, first


async def test_name_and_phone_saved_before_the_upgrade_are_offered_again(app, dialogue):
    old = {"_consent": "2026-11-20", "_person": {"name": "Olena", "phone": "+48601234567"}}
    await save_old_session(app, dialogue.user_id, "", "", old)
    await dialogue.send("/mydata")
    assert "Olena" in dialogue.text and "+48 601 234 567" in dialogue.text
    await dialogue.send("/callback")
    await dialogue.press("Use: Olena")
    assert "What is it about" in dialogue.text


async def test_staff_buttons_of_the_first_version_still_take_and_close_requests(app, dialogue):
    await request_callback(dialogue)
    anna = StaffMember(app.core, "501", "Anna Nowak", chat_id=STAFF_CHAT)
    await anna.payload("rq:take:1")  # as on a request message posted before the upgrade
    await anna.command("/request 1")
    assert "Anna Nowak" in anna.text
    await anna.payload("rq:done:1")  # asks first, as ✅ Załatwione does now
    await anna.press("Tak, załatwiona")
    await anna.command("/requests")
    assert "Brak otwartych" in anna.text


async def test_a_persons_buttons_of_the_first_version_still_work(app):
    olena = Dialogue(app.core, user_id="2002")
    await olena.payload("bk:my")  # "My visits" under a reminder sent before the upgrade
    assert "no upcoming visits" in olena.text
    await olena.payload("t:pesel")
    assert "PESEL" in olena.text
    await olena.payload("lang:pl")
    assert olena.button("Dokumenty").payload == "category:documents"  # the menu, in Polish
