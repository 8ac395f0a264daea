"""The coordinators' chat looks at people's requests: a card shown there names its office, and
a reply to it is refused saying where replies to the person are sent from (tester report 11,
item 18)."""

from __future__ import annotations

import pytest

from bot.app import build
from bot.storage import message_refs
from tests.support.appointments import send_request
from tests.support.bookings import to_chat
from tests.support.callbacks import request_callback
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.network import COORDINATORS_CHAT, write_network_with_services


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    app = await build(write_network_with_services(tmp_path), clock=clock)
    yield app
    await app.close()


async def test_cards_in_the_coordinators_chat_name_their_office(network):
    nina = Dialogue(network.core, user_id="2001")
    await nina.send("/start east")
    await request_callback(nina, name="Nina")
    await send_request(nina, "legal_advice", name="Nina Bondar")
    coordinators = StaffMember(network.core, chat_id=str(COORDINATORS_CHAT))
    await coordinators.command("/request 1")
    assert coordinators.text.startswith("📞 Prośba o telefon nr T1\n🏢 Wschód\n")
    await coordinators.payload("apptq:show:1")
    assert "Prośba o wizytę nr W1\n🏢 Wschód\n" in coordinators.text


async def test_a_reply_in_the_coordinators_chat_says_the_office_chat_replies(network):
    nina = Dialogue(network.core, user_id="2001")
    await nina.send("/start east")
    await request_callback(nina, name="Nina")
    coordinators = StaffMember(network.core, chat_id=str(COORDINATORS_CHAT))
    await coordinators.command("/request 1")
    async with network.services.db.transaction() as tx:  # the card, as Telegram numbered it
        await message_refs.remember(
            tx,
            network.services.clock(),
            "telegram",
            str(COORDINATORS_CHAT),
            "88",
            *(coordinators.replies[0].record or ("", 0)),
        )
    await coordinators.reply("88", "Dzień dobry z koordynacji")
    assert coordinators.text == (
        "💬 Prośba o telefon nr T1: czat koordynatorów jest tylko do wglądu — odpowiedzi do"
        " osoby wysyła czat zespołu punktu Wschód (odpowiedzią na kartę prośby w tamtym czacie)."
    )
    assert not any("koordynacji" in q.text for q in await to_chat(network.core, "2001"))
