"""The coordinators' chat sees every office's visits (/today, /week), office by office, to look
at (tester 25); a visit's card shown there keeps its «👀» line when its office acts on it."""

from __future__ import annotations

import pytest

from bot.app import build
from bot.storage import message_refs
from tests.support.bookings import TUE_1330, book_and_confirm, to_chat
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.network import COORDINATORS_CHAT, NORTH_CHAT, write_network_with_services

SOUTH_TUE_1000 = "booking:time:south_desk:202611240900"  # Tuesday 24 November, 10:00 in Warsaw


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    app = await build(write_network_with_services(tmp_path), clock=clock)
    yield app
    await app.close()


async def visitors(app) -> None:  # type: ignore[no-untyped-def]
    nina = Dialogue(app.core, user_id="2001")
    await nina.send("/start north")
    await book_and_confirm(nina, TUE_1330, name="Nina")
    petro = Dialogue(app.core, user_id="2002")
    await petro.send("/start south")
    await book_and_confirm(petro, SOUTH_TUE_1000, name="Petro")


async def test_coordinators_see_every_offices_visits_office_by_office(network, clock):
    await visitors(network)
    coordinators = StaffMember(network.core, chat_id=str(COORDINATORS_CHAT))
    for asked in ("/week", "/today jutro"):
        await coordinators.command(asked)
        text = coordinators.text
        north, south, east = (
            text.index("🏢 Północ"),
            text.index("🏢 Południe"),
            text.index("🏢 Wschód"),
        )
        assert north < text.index("13:30 — Nina") < south < text.index("10:00 — Petro") < east
        assert "Tu tylko podgląd: wizytę czy dyżur odwołuje się w czacie zespołu" in text
        assert not [b for b in coordinators.buttons if b.payload.startswith(("visit:", "duty:"))]
        assert "działa w czacie zespołu" not in text
    await coordinators.command("/today")  # Monday: nobody, said for each office
    assert "Nina" not in coordinators.text and "🏢 Wschód" in coordinators.text
    await coordinators.command("/week next")
    assert "Wizyty od 30 listopada 2026 do 6 grudnia 2026" in coordinators.text
    assert "Nina" not in coordinators.text
    await coordinators.command("/week 31 lutego")
    assert "nie ma w kalendarzu" in coordinators.text
    clock.advance(days=1)
    await coordinators.command("/week")  # Tuesday: still Monday to Sunday, today marked
    assert "Wizyty od 23 do 29 listopada 2026" in coordinators.text
    marked = coordinators.replies[-1].text
    assert marked.count("📍 **DZIŚ**\n**wtorek, 24 listopada 2026**") == 3  # each office's
    north_staff = StaffMember(network.core, chat_id=str(NORTH_CHAT))
    await north_staff.command("/week")  # the office's own chat: its own, with its buttons
    assert "13:30 — Nina" in north_staff.text and "Petro" not in north_staff.text
    assert "🏢" not in north_staff.text
    assert north_staff.button("Odwołaj")


async def test_a_visits_card_in_the_coordinators_chat_keeps_its_look_only_line(network):
    await visitors(network)
    coordinators = StaffMember(network.core, chat_id=str(COORDINATORS_CHAT))
    await coordinators.payload("visit:show:1")
    assert "👀 Tu tylko podgląd" in coordinators.text and coordinators.buttons == []
    async with network.services.db.transaction() as tx:  # the card, as Telegram numbered it
        await message_refs.remember(
            tx,
            network.services.clock(),
            "telegram",
            str(COORDINATORS_CHAT),
            "88",
            *(coordinators.replies[0].record or ("", 0)),
        )
    north = StaffMember(network.core, chat_id=str(NORTH_CHAT))
    await north.payload("visit:cancel_now:1")
    edits = [q for q in await to_chat(network.core, str(COORDINATORS_CHAT)) if q.action == "edit"]
    assert edits, "the coordinators' copy is edited"
    assert "Nina" in edits[-1].text
    assert "👀 Tu tylko podgląd" in edits[-1].text and "Północ" in edits[-1].text
    assert edits[-1].buttons == []
