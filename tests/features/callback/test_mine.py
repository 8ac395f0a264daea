"""A person's own callback requests in /mybookings: listed, and withdrawn so that nobody calls."""

from __future__ import annotations

import pytest

from tests.support.callbacks import STAFF_CHAT, StaffMember, request_callback


@pytest.fixture
def anna(app) -> StaffMember:  # type: ignore[no-untyped-def]
    return StaffMember(app.core, "501", "Anna Nowak")


async def test_a_sent_callback_request_is_in_mybookings_and_can_be_withdrawn(
    dialogue, anna, delivery, platform
):
    await request_callback(dialogue)
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    await dialogue.send("/mybookings")
    assert "no upcoming visits" not in dialogue.text
    assert "Callback request #T1 (PESEL number" in dialogue.text and "waiting" in dialogue.text
    await dialogue.press("Withdraw callback request #T1")
    assert "Withdraw callback request #T1 (PESEL number" in dialogue.text
    await dialogue.press("Yes, withdraw it")
    assert "has been withdrawn" in dialogue.text
    await delivery.run()
    assert platform.edits[-1].message_id == card.message_id
    assert "Osoba wycofała prośbę" in platform.edits[-1].text
    notice = platform.to(STAFF_CHAT)[-1]
    assert "osoba wycofała prośbę" in notice.text
    assert notice.reply.reply_to_message_id == card.message_id
    await anna.payload("request:take:1")
    assert "już zamknięta" in anna.text
    await dialogue.send("/mybookings")
    assert "Callback request #T1" not in dialogue.text


async def test_a_withdrawn_callback_request_no_longer_blocks_a_new_one_on_its_topic(dialogue):
    await request_callback(dialogue)
    await dialogue.send("/mybookings")
    await dialogue.press("Withdraw callback request #T1")
    await dialogue.press("Yes, withdraw it")
    await dialogue.send("/callback")
    await dialogue.payload("person:saved")
    await dialogue.payload("callback:topic:pesel")
    assert "already have an open request" not in dialogue.text
