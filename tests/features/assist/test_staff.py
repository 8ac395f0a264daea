"""Staff handle a help request as a callback request: its card shows the service and every
answer (escaped), take / done / not reachable tell the person, replies go both ways, and staff
of another office are refused."""

from __future__ import annotations

from bot.app import build
from bot.core import markup
from tests.support.assist import send_translation, up_to_the_form
from tests.support.callbacks import STAFF_CHAT
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.network import NORTH_CHAT, write_network_config
from tests.support.services import catalogue


async def test_the_staff_card_shows_the_service_and_each_answer_in_polish(
    dialogue, delivery, platform
):
    await send_translation(dialogue, note="Two pages")
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    for expected in (
        "🙋 Prośba o pomoc nr P1: Tłumaczenie dokumentu",
        "🆕 Nowa",
        "👤 Imię: Olena",
        "📱 Telefon: +48 601 234 567",
        "▫️ Jaki dokument? — Dyplom",
        "▫️ Na kiedy? — wtorek, 1 grudnia 2026",
        "▫️ Język dokumentu — ukraiński",  # the field's staff_label, not the question
        "▫️ Coś jeszcze? — Two pages",
    ):
        assert expected in card.text
    assert "Temat" not in card.text and "Kiedy:" not in card.text  # a callback's fields
    assert "Z jakiego języka?" not in card.text
    labels = [b.label for row in card.reply.buttons for b in row]
    assert labels == ["🙋 Biorę", "✅ Załatwione", "📵 Nie odbiera"]


async def test_everything_the_person_typed_is_escaped_on_the_staff_card(
    dialogue, delivery, platform
):
    typed = "<b>**bold**</b> [link](https://evil.example) \\"
    await up_to_the_form(dialogue, "transport", name="Ola **Boss**")
    await dialogue.send("24.11")
    await dialogue.send("10")
    await dialogue.send(typed)
    await dialogue.payload(next(b.payload for b in dialogue.buttons if "send" in b.payload))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    html = markup.to_html(card.reply.text)
    assert "&lt;b&gt;**bold**&lt;/b&gt; [link](https://evil.example) \\" in html
    assert "Ola **Boss**" in html
    assert "<a " not in html and "<b>bold" not in html and "<b>Boss" not in html


async def test_taking_and_closing_tells_the_person_and_edits_the_card(
    dialogue, anna, delivery, platform
):
    await send_translation(dialogue)
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    await anna.payload("request:take:1")
    await delivery.run()
    assert platform.edits[-1].message_id == card.message_id
    assert "Przyjęta: Anna Nowak" in platform.edits[-1].text
    assert "Tłumaczenie dokumentu" in platform.edits[-1].text
    assert "taken your request #P1 and will get in touch" in platform.to(dialogue.user_id)[-1].text
    await anna.payload("request:done_yes:1")
    await delivery.run()
    assert "Załatwiona (Anna Nowak)" in platform.edits[-1].text
    assert "request #P1 is closed" in platform.to(dialogue.user_id)[-1].text


async def test_not_reachable_offers_the_same_help_again(dialogue, anna, delivery, platform):
    await send_translation(dialogue)
    await anna.payload("request:fail_yes:1")
    await delivery.run()
    told = platform.to(dialogue.user_id)[-1]
    assert "We tried to reach you about request #P1" in told.text
    assert told.reply.buttons[0][0].payload == "assist:open:translation"
    await dialogue.payload("assist:open:translation")
    assert "Document translation" in dialogue.text


async def test_written_replies_go_both_ways_under_the_card(dialogue, anna, delivery, platform):
    await send_translation(dialogue)
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    await anna.reply(card.message_id, "Please bring the original <diploma>")
    await delivery.run()
    assert "Please bring the original <diploma>" in platform.to(dialogue.user_id)[-1].text
    await dialogue.send("OK, tomorrow")
    assert "Passed on to the staff (request #P1)" in dialogue.text
    await delivery.run()
    relayed = platform.to(STAFF_CHAT)[-1]
    assert "OK, tomorrow" in relayed.text and "Olena" in relayed.text
    assert relayed.reply.reply_to_message_id == card.message_id


async def test_requests_lists_a_help_request_by_its_service(dialogue, anna):
    await send_translation(dialogue)
    await anna.command("/requests")
    assert "🙋 Prośba o pomoc nr P1 · angielski · Tłumaczenie dokumentu" in anna.text
    await anna.command("/request 1")
    assert "Jaki dokument? — Dyplom" in anna.text


async def test_staff_of_another_office_cannot_act_on_a_help_request(tmp_path, clock):
    app = await build(write_network_config(tmp_path, **catalogue()), clock=clock, search="off")
    try:
        olena = Dialogue(app.core, user_id="2001")
        await olena.send("/start south")
        await send_translation(olena)
        assert "Request #P1" in olena.text
        north = StaffMember(app.core, chat_id=str(NORTH_CHAT))
        await north.payload("request:take:1")
        assert "Prośba o pomoc nr P1 należy do punktu Południe" in north.text
        await north.command("/request 1")
        assert "Południe" in north.text and "Dyplom" not in north.text
        async with app.services.db.transaction() as tx:
            row = await tx.fetchone("SELECT status, office FROM callback_requests WHERE id = 1")
        assert (row["status"], row["office"]) == ("open", "south")
    finally:
        await app.close()
