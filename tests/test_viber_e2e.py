"""Viber end to end: the real bot (`bot.runner.serve`, webhook mode) against a fake Viber API
and a fake Telegram staff chat. Events are signed and parsed with the official viberbot package,
and what the bot sends is parsed with it too (tests/support/fake_viber.py)."""

from __future__ import annotations

import pytest

from tests.support.e2e import STAFF_CHAT
from tests.support.fake_telegram import FakeTelegram
from tests.support.fake_viber import FakeViber, ViberUser
from tests.support.webhook_e2e import webhook_bot


@pytest.fixture
async def tg():  # type: ignore[no-untyped-def]
    async with FakeTelegram() as server:
        server.group(STAFF_CHAT, "Staff")
        yield server
        assert not server.refused, f"Telegram refused: {server.refused}"


@pytest.fixture
async def viber(expected_viber_refusals):  # type: ignore[no-untyped-def]
    async with FakeViber() as server:
        yield server
        unexpected = [r for r in server.refused if r[1] not in expected_viber_refusals]
        assert not unexpected, f"Viber refused: {unexpected}"


@pytest.fixture
def expected_viber_refusals() -> set[int]:
    return set()


def has(text: str):  # type: ignore[no-untyped-def]
    return lambda message: text in message.get("text", "")


async def staff_message(tg: FakeTelegram, predicate, timeout: float = 15) -> dict:  # type: ignore[no-untyped-def,type-arg]
    def find():  # type: ignore[no-untyped-def]
        return next((m for m in reversed(tg.messages_in(STAFF_CHAT)) if predicate(m)), None)

    await tg.wait_until(lambda: find() is not None, timeout)
    return find()  # type: ignore[return-value]


async def start_in(user: ViberUser, language: str) -> dict:  # type: ignore[type-arg]
    welcome = await user.open()
    assert welcome is not None
    await user.press(language)
    return await user.wait_message()


async def test_a_new_person_gets_the_welcome_in_the_response_then_browses_topics(
    tmp_path, tg, viber
):
    olena = viber.user("Olena", language="uk")
    async with webhook_bot(tmp_path, tg, viber):
        assert viber.webhook_url == "https://infopoint.example.org/viber"
        assert {"subscribed", "unsubscribed", "conversation_started"} <= set(viber.webhook_events)
        welcome = await olena.open()
        assert welcome is not None and "Вітаємо" in welcome["text"]
        assert "receiver" not in welcome, "the welcome is the response, not a send_message"
        assert not viber.sent(), "nobody unsubscribed is sent a message"
        assert "🇵🇱 Polski" in olena.labels()

        await olena.press("Polski")
        menu = await olena.wait_message()
        assert "polski" in menu["text"]
        await olena.press("Dokumenty")
        await olena.wait_message()
        await olena.press("PESEL")
        answer = await olena.wait_message()
        assert answer["text"].startswith("Numer PESEL")
        assert "**" not in answer["text"], "Viber shows no markup: bold is dropped"
        assert "(https://" in answer["text"], "links are spelled out"
        assert "🏠 Menu główne" in olena.labels()
    for call in viber.sent():
        assert call.parsed.validate()


async def test_a_tap_is_told_from_typed_text_that_looks_like_a_button(tmp_path, tg, viber):
    ivan = viber.user("Ivan", language="ru")
    async with webhook_bot(tmp_path, tg, viber):
        await start_in(ivan, "English")
        await ivan.send("lang:pl")
        typed = await ivan.wait_message()
        assert "Język: polski" not in typed["text"]
        await ivan.send("/language")
        assert "Choose your language" in (await ivan.wait_message())["text"]
        await ivan.press("Українська")
        assert "українська" in (await ivan.wait_message())["text"]


async def test_requests_with_a_missing_or_wrong_signature_get_403_and_are_not_processed(
    tmp_path, tg, viber
):
    mallory = viber.user("Mallory", language="en")
    async with webhook_bot(tmp_path, tg, viber) as bot:
        event = viber.event(
            "message", sender=mallory.profile(), message={"type": "text", "text": "/start"}
        )
        assert (await viber.post_event(event, signature=None))[0] == 403
        assert (await viber.post_event(event, signature="0" * 64))[0] == 403
        forged = dict(event, message={"type": "text", "text": "/forget"})
        signature = viber.api._calculate_message_signature(
            __import__("json").dumps(event, ensure_ascii=False).encode()
        )
        assert (await viber.post_event(forged, signature=signature))[0] == 403
        async with bot.app.services.db.transaction() as tx:
            rows = await tx.fetchall("SELECT * FROM sessions WHERE channel = 'viber'")
        assert rows == []
    assert not viber.sent()


async def test_stickers_get_a_polite_answer_and_the_menu(tmp_path, tg, viber):
    olena = viber.user("Olena", language="uk")
    async with webhook_bot(tmp_path, tg, viber):
        await start_in(olena, "Українська")
        await olena.send_sticker()
        answer = await olena.wait_message()
        assert "текстові" in answer["text"] or "текст" in answer["text"]
        assert any("Документи" in label for label in olena.labels())


async def test_a_callback_request_from_viber_shows_the_channel_to_staff_and_staff_reply_back(
    tmp_path, tg, viber
):
    olena = viber.user("Olena", language="en", phone="380501234567")
    anna = tg.user("Anna", language_code="pl")
    tg.set_member(tg.chats[STAFF_CHAT], anna)
    async with webhook_bot(tmp_path, tg, viber):
        await start_in(olena, "English")
        await confirm_a_request(olena)
        posted = await staff_message(tg, has("Prośba o telefon nr 1"))
        assert "Viber" in posted["text"]
        assert "+380 50 123 4567" in posted["text"]

        await anna.reply(posted, "Do you have a <karta pobytu>?", chat=tg.chats[STAFF_CHAT])
        to_olena = await olena.wait_message(has("karta pobytu"))
        assert "<karta pobytu>" in to_olena["text"], "shown exactly as staff typed it"

        await olena.send("Yes, I have it")
        relayed = await staff_message(tg, has("Yes, I have it"))
        assert relayed.get("reply_to_message", {}).get("message_id") == posted["message_id"]


async def confirm_a_request(user: ViberUser) -> None:
    """/callback to "Send the request", in English, the phone shared by Viber's button."""
    await user.send("/callback")
    assert "your data" in (await user.wait_message())["text"]
    await user.press("I agree")
    assert "What is your name" in (await user.wait_message())["text"]
    await user.send(user.name)
    asked = await user.wait_message()
    assert "Your phone number" in asked["text"]
    share = asked["keyboard"]["Buttons"][0]
    assert share["ActionType"] == "share-phone" and asked["min_api_version"] >= 3
    await user.press("Share my phone")
    await user.wait_message(has("What is it about"))
    await user.press("Documents")
    await user.wait_message(has("choose the topic"))
    await user.press("PESEL")
    await user.wait_message(has("Anything the staff should know"))
    await user.press("Skip")
    await user.wait_message(has("In which language"))
    await user.press("Українська")
    await user.wait_message(has("When is it better"))
    await user.press("As soon as possible")
    await user.wait_message(has("Please check your request"))
    await user.press("Send the request")
    await user.wait_message(has("has been sent"))
