"""Viber end to end: the real bot (`bot.runner.serve`, webhook mode) against a fake Viber API
and a fake Telegram staff chat. Events are signed and parsed with the official viberbot package,
and what the bot sends is parsed with it too (tests/support/fake_viber.py)."""

from __future__ import annotations

import pytest

from tests.support.e2e import STAFF_CHAT
from tests.support.fake_telegram import FakeTelegram
from tests.support.fake_viber import FakeViber, ViberUser
from tests.support.webhook_e2e import confirm_a_request, webhook_bot
from tests.support.yamlfiles import read_yaml

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1, subprocesses or the whole content


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
        await ivan.send("language:pl")
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
        async with bot.services.db.transaction() as tx:
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
        posted = await staff_message(tg, has("Prośba o telefon nr T1"))
        assert "Viber" in posted["text"]
        assert "+380 50 123 4567" in posted["text"]

        typed = "Do you have a <karta pobytu> **or** [a visa](https://example.org) \\ &amp;?"
        await anna.reply(posted, typed, chat=tg.chats[STAFF_CHAT])
        to_olena = await olena.wait_message(has("karta pobytu"))
        assert typed in to_olena["text"], "shown exactly as staff typed it"

        await olena.send("Yes, I have it")
        relayed = await staff_message(tg, has("Yes, I have it"))
        assert relayed.get("reply_to_message", {}).get("message_id") == posted["message_id"]


@pytest.mark.parametrize("bot_was_told", [True, False], ids=["event", "status 6"])
async def test_a_staff_reply_to_someone_who_unsubscribed_is_reported_to_staff_not_retried(
    tmp_path, tg, viber, expected_viber_refusals, bot_was_told
):
    expected_viber_refusals.add(6)
    olena = viber.user("Olena", language="en")
    anna = tg.user("Anna", language_code="pl")
    tg.set_member(tg.chats[STAFF_CHAT], anna)
    async with webhook_bot(tmp_path, tg, viber) as bot:
        await start_in(olena, "English")
        await confirm_a_request(olena)
        posted = await staff_message(tg, has("Prośba o telefon nr T1"))
        await olena.unsubscribe(tell_bot=bot_was_told)
        tries = len(viber.sent()) + len(viber.refused)

        await anna.reply(posted, "We will call you tomorrow", chat=tg.chats[STAFF_CHAT])
        notice = await staff_message(tg, has("Nie udało się dostarczyć"))
        assert "Viber" in notice["text"] and "wypisała się" in notice["text"]
        assert "We will call you tomorrow" in notice["text"]
        assert notice["reply_to_message"]["message_id"] == posted["message_id"]
        attempts = len(viber.sent()) + len(viber.refused) - tries
        assert attempts == (0 if bot_was_told else 1), "asked Viber at most once"

        await anna.reply(posted, "Hello?", chat=tg.chats[STAFF_CHAT])
        await staff_message(tg, lambda m: "Hello?" in m.get("text", "") and "Nie" in m["text"])
        assert len(viber.sent()) + len(viber.refused) - tries == attempts, "known now"
        async with bot.services.db.transaction() as tx:
            left = await tx.fetchone(
                "SELECT COUNT(*) AS n FROM outbox WHERE channel = 'viber'"
                " AND delivered_at IS NULL AND failed_at IS NULL"
            )
        assert left["n"] == 0, "nothing keeps retrying"


async def test_replies_viber_did_not_take_wait_in_the_outbox_and_arrive_later(tmp_path, tg, viber):
    olena = viber.user("Olena", language="en")
    async with webhook_bot(tmp_path, tg, viber):
        await start_in(olena, "English")
        viber.fail("send_message", 502)
        await olena.press("Hours")
        hours = await olena.wait_message(timeout=15)
        assert "opening hours" in hours["text"].lower()


async def test_a_reply_waiting_in_the_outbox_is_not_overtaken_by_the_next_one(tmp_path, tg, viber):
    olena = viber.user("Olena", language="en")
    async with webhook_bot(tmp_path, tg, viber):
        await start_in(olena, "English")
        viber.fail("send_message", 502, times=2)  # the reply, and the outbox's first retry
        await olena.press("Hours")
        await viber.wait_until(lambda: viber.failures[-1].times == 0)  # next try in 2 s
        await olena.send("/help")
        await viber.wait_until(lambda: "How to use this bot" in olena.texts()[-1], timeout=15)
        hours, help_ = olena.texts()[-2:]  # in the order she asked
        assert "opening hours" in hours and "How to use this bot" in help_


def content_with_a_long_category(tmp_path) -> str:  # type: ignore[no-untyped-def]
    """The shipped content plus 30 more topics in "documents" (37 buttons with the menu)."""
    import copy

    import yaml

    from tests.conftest import copy_content

    target = copy_content(tmp_path)
    for path in target.glob("faq_*.yaml"):
        data = read_yaml(path)
        for i in range(30):
            topic = copy.deepcopy(data["topics"]["pesel"])
            topic.update(title=f"Extra topic {i:02d}", examples=[f"extra question number {i}"])
            topic.pop("related", None)
            data["topics"][f"extra{i:02d}"] = topic
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return str(target)


async def test_a_category_with_more_buttons_than_viber_allows_is_shown_in_pages(
    tmp_path, tg, viber
):
    olena = viber.user("Olena", language="en")
    content = content_with_a_long_category(tmp_path)
    async with webhook_bot(tmp_path, tg, viber, content__dir=content):
        await start_in(olena, "English")
        await olena.press("Documents")
        first = await olena.wait_message()
        labels = olena.labels()
        assert len(first["keyboard"]["Buttons"]) == 24
        assert labels[0] == "PESEL number (incl. PESEL UKR)"
        assert labels[-2:] == ["More ▶", "🏠 Main menu"]
        assert "Extra topic 29" not in labels

        await olena.press("More")
        second = await olena.wait_message()
        assert "text" not in second, "the next page is the keyboard alone"
        labels = olena.labels()
        assert "Extra topic 29" in labels and "PESEL number (incl. PESEL UKR)" not in labels
        assert labels[-2:] == ["◀ Back", "🏠 Main menu"]

        await olena.press("Extra topic 29")
        answer = await olena.wait_message()
        assert answer["text"].startswith("Extra topic 29")
        await olena.press("Main menu")
        assert "Main menu" in (await olena.wait_message())["text"]


async def test_an_old_viber_app_gets_no_share_button_and_the_phone_is_typed(tmp_path, tg, viber):
    old = viber.user("Taras", language="en", api_version=2)
    async with webhook_bot(tmp_path, tg, viber):
        await start_in(old, "English")
        await old.send("/callback")
        await old.wait_message(has("your data"))
        await old.press("I agree")
        await old.wait_message(has("What is your name"))
        await old.send("Taras")
        asked = await old.wait_message(has("Your phone number"))
        assert "keyboard" not in asked and asked["min_api_version"] == 1
        await old.send("+380 50 765 4321")
        saved = await old.wait_message(has("Phone"))
        assert "+380 50 765 4321" in saved["text"]


async def test_mydata_and_forget_work_on_viber_by_typed_commands(tmp_path, tg, viber):
    olena = viber.user("Olena", language="en")
    async with webhook_bot(tmp_path, tg, viber):
        await start_in(olena, "English")
        await confirm_a_request(olena)
        await olena.send("/mydata")
        shown = await olena.wait_message(has("What we store about you"))
        assert "Account: Viber" in shown["text"] and "Olena" in shown["text"]
        assert "Viber user ID" in shown["text"] and "(yes)" in shown["text"]
        await olena.press("Delete my data")
        await olena.wait_message(has("Delete all your data?"))
        await olena.press("Yes, delete everything")
        await olena.wait_message(has("has been deleted"))
        await olena.send("/mydata")
        after = await olena.wait_message(has("What we store about you"))
        assert "Olena" not in after["text"]


async def test_a_returning_subscriber_opening_the_chat_again_gets_the_welcome(tmp_path, tg, viber):
    olena = viber.user("Olena", language="uk")
    async with webhook_bot(tmp_path, tg, viber):
        await start_in(olena, "English")
        again = await olena.open(subscribed=True)
        assert again is not None and "Hello!" in again["text"]  # in the language chosen,
        assert "Choose your language" not in again["text"] and "Main menu" in again["text"]


async def test_opening_the_chat_again_in_the_middle_of_a_request_keeps_what_was_typed(
    tmp_path, tg, viber
):
    olena = viber.user("Olena", language="en")
    async with webhook_bot(tmp_path, tg, viber):
        await start_in(olena, "English")
        await olena.send("/callback")
        await olena.wait_message(has("your data"))
        await olena.press("I agree")
        await olena.wait_message(has("What is your name"))
        await olena.send("Olena")
        asked = await olena.wait_message(has("Your phone number"))
        again = await olena.open(subscribed=True)
        assert again is not None and "unfinished form" in again["text"]
        assert "Choose your language" not in again["text"]
        buttons = again["keyboard"]["Buttons"]
        assert [b["ActionBody"] for b in buttons] == [
            b["ActionBody"] for b in asked["keyboard"]["Buttons"]
        ]
        await olena.send("+48 601 234 567")  # the form goes on where it was
        await olena.wait_message(has("What is it about"))


async def test_an_event_viber_sends_again_is_answered_once(tmp_path, tg, viber):
    olena = viber.user("Olena", language="en")
    async with webhook_bot(tmp_path, tg, viber):
        await start_in(olena, "English")
        before = len(olena.inbox)
        hours = next(b["ActionBody"] for b in olena.buttons() if "Hours" in b["Text"])
        event = viber.event(
            "message", sender=olena.profile(), message={"type": "text", "text": hours}
        )
        assert (await viber.post_event(event))[0] == 200
        assert (await viber.post_event(event))[0] == 200
        assert len(olena.inbox) - before == 1
