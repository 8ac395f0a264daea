"""An office's link (t.me/<bot>?start=<office>) or `/office <office>` in the middle of a form:
the office changes as with /office and its list, saying what happens to the form; a link to
the person's own office leaves the form as it was."""

from __future__ import annotations

from bot.app import build
from bot.storage import requests as requests_store
from tests.support.assist import up_to_the_form
from tests.support.dialogue import Dialogue
from tests.support.network import write_network_config, write_network_with_services
from tests.support.services import catalogue


async def _open_requests(app) -> list[requests_store.Request]:  # type: ignore[no-untyped-def]
    async with app.services.db.transaction() as tx:
        return await requests_store.open_requests(tx, None)


async def _at_the_callback_topic(olena: Dialogue) -> None:
    await olena.send("/start north")
    await olena.send("/callback")
    await olena.payload("person:agree")
    await olena.send("Olena")
    await olena.send("601 234 567")
    assert "What is it about" in olena.text


async def test_another_offices_link_in_a_form_changes_the_office_as_office_does(tmp_path, clock):
    app = await build(write_network_config(tmp_path), clock=clock, search="off")
    try:
        olena = Dialogue(app.core, user_id="2001", language_hint="en")
        await _at_the_callback_topic(olena)
        await olena.send("/start south")  # South's QR code, opened half-way through
        assert "Your information point: South" in olena.text
        assert "Hello" not in olena.text and "nothing was sent" not in olena.text  # no restart
        # as with /office: South's own data administrator is asked first
        assert "Gmina South" in olena.text
        await olena.press("I agree")
        assert "What is it about" in olena.text  # the same question: nothing typed is lost
        await olena.payload("callback:topic:pesel")
        await olena.payload("callback:skip")
        await olena.payload("callback:language:uk")
        await olena.payload("callback:window:asap")
        await olena.payload(next(b.payload for b in olena.buttons if "send" in b.payload))
        [request] = await _open_requests(app)
        assert (request.office, request.name) == ("south", "Olena")
    finally:
        await app.close()


async def test_a_link_to_the_persons_own_office_in_a_form_changes_nothing(tmp_path, clock):
    app = await build(write_network_config(tmp_path), clock=clock, search="off")
    try:
        olena = Dialogue(app.core, user_id="2001", language_hint="en")
        await _at_the_callback_topic(olena)
        await olena.send("/start north")
        assert "What is it about" in olena.text  # the form's question, as it was
        assert "nothing was sent" not in olena.text and "Hello" not in olena.text
        assert "I agree" not in str([b.label for b in olena.buttons])  # no consent again
        await olena.payload("callback:topic:pesel")
        assert "Anything the staff should know" in olena.text
    finally:
        await app.close()


async def test_a_link_to_an_office_without_the_forms_service_closes_it_when_told_to(
    tmp_path, clock
):
    only_career = {"services": {"career": catalogue()["services"]["career"]}}
    app = await build(
        write_network_with_services(tmp_path, **only_career), clock=clock, search="off"
    )
    try:
        olena = Dialogue(app.core, user_id="2001", language_hint="uk")
        await olena.send("/start north")
        await olena.press("Українська")
        await up_to_the_form(olena, "translation")
        await olena.send("/start east")  # East offers no translations: asked first
        assert olena.button("Схід").payload == "office:east:leave"
        await olena.payload("office:east:leave")
        assert "Ваш інформаційний пункт: Схід" in olena.text
        assert "її закрито й нічого не надіслано" in olena.text  # in her language
        assert await _open_requests(app) == []
    finally:
        await app.close()


async def test_office_with_an_id_chooses_that_office_and_an_unknown_id_shows_the_list(
    tmp_path, clock
):
    app = await build(write_network_config(tmp_path), clock=clock, search="off")
    try:
        olena = Dialogue(app.core, user_id="2001", language_hint="en")
        await olena.send("/start north")
        await olena.press("English")
        await olena.send("/office south")
        assert "Your information point: South" in olena.text
        await olena.send("/mydata")
        assert "Information point: South" in olena.text
        await olena.send("/office nowhere")
        assert "Your information point now: South" in olena.text
        assert olena.button("North") and olena.button("East")
        await _at_the_callback_topic(olena)
        await olena.send("/office south")  # in a form: as its button in the list
        assert "Your information point: South" in olena.text and "Gmina South" in olena.text
    finally:
        await app.close()
