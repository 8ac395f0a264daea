"""Two offices sharing one staff supergroup (a forum topic each): /forget edits each message
about the person once, in its own office's language (README «Known gaps», Staff side: the
terminal printed the redaction twice, once for each office of the chat, the second in the other
office's language)."""

from __future__ import annotations

from bot.app import build
from tests.support.callbacks import Delivery, RecordingPlatform, request_callback
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.network import FORUM_CHAT, SOUTH_TOPIC, write_network_config

REMOVED = "(the text was removed: the person asked for their data to be deleted)"


async def test_a_relayed_text_is_redacted_once_in_its_offices_language(tmp_path, clock):
    app = await build(write_network_config(tmp_path), clock=clock, search="off")
    try:
        platform = RecordingPlatform()
        delivery = Delivery(app, platform, clock)
        person = Dialogue(app.core, user_id="77")
        await person.send("/start south")  # South: topic 11 of the supergroup, staff write English
        await request_callback(person, name="Olena Kowal")
        await delivery.run()
        staff = StaffMember(app.core, chat_id=str(FORUM_CHAT), topic_id=str(SOUTH_TOPIC))
        [card] = platform.to(str(FORUM_CHAT))
        await staff.reply(card.message_id, "When can we call you?")
        await delivery.run()
        await person.send("after three, please")  # relayed under the card
        await delivery.run()
        [relayed] = [s for s in platform.to(str(FORUM_CHAT)) if "after three" in s.text]
        await person.send("/forget")
        await person.payload("privacy:forget")
        await delivery.run()
        edits = [e for e in platform.edits if e.message_id == relayed.message_id]
        assert len(edits) == 1, [e.text for e in edits]
        assert REMOVED in edits[0].text and "after three" not in edits[0].text
    finally:
        await app.close()
