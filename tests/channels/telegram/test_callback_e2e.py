"""Callback requests end to end: the real bot (`bot.runner.serve`) against the fake Bot API."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

import pytest

from tests.conftest import Clock
from tests.support.e2e import (
    STAFF_CHAT,
    confirm_a_request,
    has,
    person_and_staff,
    running_bot,
    shown,
)
from tests.support.fake_telegram import BOT_ID, FakeTelegram

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1, subprocesses or the whole content


@pytest.fixture
def expected_refusals() -> list[str]:
    """Parts of error descriptions a test provokes on purpose."""
    return ["retry after", "Bad Gateway"]


@pytest.fixture
async def tg(expected_refusals):  # type: ignore[no-untyped-def]
    async with FakeTelegram() as server:
        server.group(STAFF_CHAT, "Staff")
        yield server
        unexpected = [
            r for r in server.refused if not any(part in r[1] for part in expected_refusals)
        ]
        assert not unexpected, f"the server refused: {unexpected}"


def staff_messages(tg: FakeTelegram) -> list[dict]:  # type: ignore[type-arg]
    return tg.messages_in(STAFF_CHAT)


async def test_a_request_from_consent_to_done_with_the_persons_notifications(tmp_path, tg):
    olena, anna, staff = person_and_staff(tg)
    async with running_bot(tmp_path, tg):
        await confirm_a_request(tg, olena)
        posted = await shown(tg, STAFF_CHAT, has("Prośba o telefon nr T1"))
        assert "Olena" in posted["text"] and "+48 601 234 567" in posted["text"]

        await anna.press("Biorę", chat=staff)
        taken = await shown(tg, STAFF_CHAT, has("Przyjęta: Anna"))
        assert taken["message_id"] == posted["message_id"], "edited in place"
        await shown(tg, olena.id, has("has taken your request #T1"))

        await anna.press("Załatwione", chat=staff)
        question = await shown(tg, STAFF_CHAT, has("Zamknąć"))
        await anna.press("Tak, załatwiona", chat=staff, message=question)
        done = await shown(tg, STAFF_CHAT, has("Załatwiona"))
        assert done["message_id"] == posted["message_id"] and "reply_markup" not in done
        await shown(tg, olena.id, has("request #T1 is closed"))
        await olena.press("5")
        await shown(tg, olena.id, has("Thank you for your rating"))
    assert len(staff_messages(tg)) == 2  # the card, and the question (then its answer) under it


async def test_staff_and_the_person_write_to_each_other_through_the_bot(tmp_path, tg):
    olena, anna, staff = person_and_staff(tg)
    async with running_bot(tmp_path, tg):
        await confirm_a_request(tg, olena)
        posted = await shown(tg, STAFF_CHAT, has("Prośba o telefon nr T1"))
        await anna.reply(posted, "Do you have a <karta pobytu> & a passport?", chat=staff)
        to_olena = await shown(tg, olena.id, has("karta pobytu"))
        assert "&lt;karta pobytu&gt; &amp; a passport" in to_olena["html"]
        await shown(tg, STAFF_CHAT, has("zostanie dostarczona"))

        await olena.send("Yes, both <b>")
        await shown(tg, olena.id, has("Passed on to the staff"))
        relayed = await shown(tg, STAFF_CHAT, has("Yes, both <b>"))
        assert "Olena" in relayed["text"]

        await anna.reply(relayed, "Thanks, see you on Tuesday", chat=staff)
        await shown(tg, olena.id, has("see you on Tuesday"))


async def test_a_reply_to_the_card_shown_again_by_request_n_reaches_the_person(tmp_path, tg):
    olena, anna, staff = person_and_staff(tg)

    def cards() -> list[dict]:
        return [m for m in tg.messages_in(STAFF_CHAT) if "Prośba o telefon nr T1" in m["text"]]

    async with running_bot(tmp_path, tg):
        await confirm_a_request(tg, olena)
        await shown(tg, STAFF_CHAT, has("Prośba o telefon nr T1"))
        await anna.send("/request 1", chat=staff)
        await tg.wait_until(lambda: len(cards()) == 2)
        await anna.reply(cards()[-1], "We will call you on Monday", chat=staff)
        await shown(tg, olena.id, has("call you on Monday"))


async def test_a_button_pressed_on_the_card_shown_again_updates_it_and_the_first_card(tmp_path, tg):
    olena, anna, staff = person_and_staff(tg)
    ids: list[int] = []

    def titled() -> list[dict]:
        return [m for m in tg.messages_in(STAFF_CHAT) if "Prośba o telefon nr T1" in m["text"]]

    def cards() -> list[dict]:  # the card posted, the one /request 1 showed, as they are now
        by_id = {m["message_id"]: m for m in tg.messages_in(STAFF_CHAT)}
        return [by_id[i] for i in ids]

    def both(part: str) -> bool:
        return all(part in card["text"] for card in cards())

    async with running_bot(tmp_path, tg):
        await confirm_a_request(tg, olena)
        await shown(tg, STAFF_CHAT, has("Prośba o telefon nr T1"))
        await anna.send("/request 1", chat=staff)
        await tg.wait_until(lambda: len(titled()) == 2)
        ids += [m["message_id"] for m in titled()]
        await anna.press("Biorę", chat=staff, message=cards()[1])
        await tg.wait_until(lambda: both("Przyjęta: Anna"))
        for card in cards():  # «Take» is gone from both, «Done» stays
            labels = str(card["reply_markup"]["inline_keyboard"])
            assert "Biorę" not in labels and "Załatwione" in labels

        await anna.press("Załatwione", chat=staff, message=cards()[1])
        question = await shown(tg, STAFF_CHAT, has("Zamknąć"))
        await anna.press("Tak, załatwiona", chat=staff, message=question)
        await tg.wait_until(lambda: both("Załatwiona (Anna)"))
        assert all("reply_markup" not in card for card in cards())
        await shown(tg, olena.id, has("request #T1 is closed"))


async def test_the_persons_answer_is_threaded_under_the_request_message(tmp_path, tg):
    olena = tg.user("Olena", language_code="en")
    anna = tg.user("Anna", language_code="pl")
    tg.set_member(tg.chats[STAFF_CHAT], anna)
    async with running_bot(tmp_path, tg):
        await confirm_a_request(tg, olena)
        posted = await shown(tg, STAFF_CHAT, has("Prośba o telefon nr T1"))
        await anna.reply(posted, "Hello", chat=tg.chats[STAFF_CHAT])
        await shown(tg, olena.id, has("Hello"))
        await olena.send("Hi")
        relayed = await shown(tg, STAFF_CHAT, has(" pisze:"))  # (the card: «napiszesz»)
    assert relayed.get("reply_to_message", {}).get("message_id") == posted["message_id"]


async def test_staff_actions_from_outside_the_staff_chat_or_by_non_members_are_refused(
    tmp_path, tg
):
    olena = tg.user("Olena", language_code="en")
    anna = tg.user("Anna", language_code="pl")
    stranger = tg.user("Stranger", language_code="pl")  # in the group, but not a member now
    staff = tg.chats[STAFF_CHAT]
    tg.set_member(staff, anna)
    tg.set_member(staff, stranger, "left")
    async with running_bot(tmp_path, tg):
        await confirm_a_request(tg, olena)
        posted = await shown(tg, STAFF_CHAT, has("Prośba o telefon nr T1"))

        await olena.send("/requests")
        await shown(tg, olena.id, has("only for the staff chat"))
        await olena.press_data("request:take:1", tg.messages_in(olena.id)[-1])  # in her own chat
        await tg.wait_until(
            lambda: (
                sum("only for the staff chat" in m["text"] for m in tg.messages_in(olena.id)) == 2
            )
        )

        calls = len(tg.calls)
        await stranger.press("Biorę", chat=staff)
        await stranger.send("/requests", chat=staff)
        await stranger.reply(posted, "hello, I am staff too", chat=staff)
        await anna.send("/request 1", chat=staff)  # a member, as a marker that all was handled
        await shown(
            tg,
            STAFF_CHAT,
            lambda m: "Nowa" in m["text"] and m["message_id"] != posted["message_id"],
        )
        handled_after = [c.method for c in tg.calls[calls:]]
        assert "editMessageText" not in handled_after
        assert sum(1 for m in handled_after if m == "sendMessage") == 1  # only anna's answer
    assert not [m for m in tg.messages_in(olena.id) if "hello, I am staff too" in m["text"]]


async def test_forged_buttons_are_answered_politely_on_both_sides(tmp_path, tg):
    olena, anna, staff = person_and_staff(tg)
    async with running_bot(tmp_path, tg):
        await confirm_a_request(tg, olena)
        posted = await shown(tg, STAFF_CHAT, has("Prośba o telefon nr T1"))
        menu = tg.latest_with_buttons(olena.id)
        await olena.press_data("callback:send:0000dead", menu)  # type: ignore[arg-type]
        await shown(tg, olena.id, has("no longer active"))
        await anna.press_data("request:take:999", posted)
        await shown(tg, STAFF_CHAT, has("Ten przycisk jest już nieaktywny"))


async def test_telegram_failing_while_a_request_is_confirmed_loses_nothing_and_sends_once(
    tmp_path, tg, monkeypatch
):
    # PTB 22 warns (an error under pytest) when it builds RetryAfter with int seconds; opting
    # in to timedelta values is what the adapter's sender expects anyway.
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    clock = Clock(dt.datetime.now(dt.UTC))  # retries come due when the test moves the clock
    olena = tg.user("Olena", language_code="en")
    async with running_bot(tmp_path, tg, clock=clock) as bot:

        async def attempts() -> int:
            async with bot.services.db.transaction() as tx:
                row = await tx.fetchone("SELECT attempts FROM outbox WHERE ref_kind = 'request'")
            return int(row["attempts"]) if row else 0

        async def retry_until(condition) -> None:  # type: ignore[no-untyped-def]
            for _ in range(100):
                if await condition():
                    return
                clock.advance(seconds=30)
                bot.worker.wake()
                await asyncio.sleep(0.05)
            raise AssertionError("the outbox did not get there")

        tg.fail("sendMessage", 429, retry_after=2, chat_id=STAFF_CHAT)
        tg.fail("sendMessage", 502, times=1, chat_id=STAFF_CHAT)
        await confirm_a_request(tg, olena)
        await tg.wait_until(lambda: any("retry after" in r[1] for r in tg.refused))
        await tg.go_offline()  # then Telegram cannot be reached at all for a while
        await retry_until(lambda: _at_least(attempts, 2))  # 429, connection refused
        await tg.start_listening()
        await retry_until(lambda: _shown_now(tg, "Prośba o telefon nr T1"))
        # the 429 is waited out and retried by the rate limiter itself; then refused, 502
        assert await attempts() >= 2
    sent_to_staff = [
        c for c in tg.calls_to("sendMessage") if int(c.params["chat_id"]) == STAFF_CHAT
    ]
    assert len(sent_to_staff) == 1
    assert [r for r in tg.refused if "retry after" in r[1]] and [
        r for r in tg.refused if "Bad Gateway" in r[1]
    ]


async def _at_least(count, expected: int) -> bool:  # type: ignore[no-untyped-def]
    return await count() >= expected


async def _shown_now(tg: FakeTelegram, text: str) -> bool:
    return any(text in m.get("text", "") for m in staff_messages(tg))


async def test_requests_waiting_in_the_outbox_are_sent_after_a_restart(tmp_path, tg):
    clock = Clock(dt.datetime.now(dt.UTC))  # retries come due when the test says so
    olena = tg.user("Olena", language_code="en")
    ivan = tg.user("Ivan", language_code="en")
    anna = tg.user("Anna", language_code="pl")
    tg.set_member(tg.chats[STAFF_CHAT], anna)
    tg.fail("sendMessage", 502, times=1000, chat_id=STAFF_CHAT)  # staff chat unreachable
    async with running_bot(tmp_path, tg, clock=clock):
        await confirm_a_request(tg, olena, "Olena")
        await confirm_a_request(tg, ivan, "Ivan")
    assert staff_messages(tg) == []
    tg.failures.clear()
    clock.advance(minutes=10)
    async with running_bot(tmp_path, tg, clock=clock):
        await shown(tg, STAFF_CHAT, has("nr T2"))
        first = await shown(tg, STAFF_CHAT, has("nr T1"))
        await anna.press("Biorę", chat=tg.chats[STAFF_CHAT], message=first)
        await shown(tg, olena.id, has("has taken your request #T1"))
    texts = [m["text"] for m in staff_messages(tg)]
    assert len(texts) == 2 and "Olena" in texts[0] and "Ivan" in texts[1]


@pytest.fixture
def forbidden_ok(expected_refusals):  # type: ignore[no-untyped-def]
    expected_refusals.append("not a member")


async def test_a_misconfigured_staff_chat_is_reported_and_requests_wait_for_it(
    tmp_path, tg, forbidden_ok, caplog
):
    caplog.set_level(logging.ERROR)
    tg.members[(STAFF_CHAT, BOT_ID)] = "left"  # the bot was removed from the group
    olena = tg.user("Olena", language_code="en")
    clock = Clock(dt.datetime.now(dt.UTC))
    async with running_bot(tmp_path, tg, clock=clock) as bot:
        # checked right after start-up, while people are already answered
        await tg.wait_until(lambda: "STAFF CHAT" in caplog.text)
        assert "not a member" in caplog.text
        await confirm_a_request(tg, olena)
        await tg.wait_until(lambda: any("not a member" in r[1] for r in tg.refused))
        tg.members[(STAFF_CHAT, BOT_ID)] = "member"  # an admin adds the bot back
        clock.advance(minutes=6)
        bot.worker.wake()
        await shown(tg, STAFF_CHAT, has("Prośba o telefon nr T1"))


async def test_forget_through_telegram_removes_the_name_and_phone_from_the_staff_chat(tmp_path, tg):
    olena = tg.user("Olena", language_code="en")
    async with running_bot(tmp_path, tg):
        await confirm_a_request(tg, olena)
        posted = await shown(tg, STAFF_CHAT, has("Prośba o telefon nr T1"))
        await olena.send("/forget")
        await shown(tg, olena.id, has("Delete all your data"))
        await olena.press("Yes, delete everything")
        await shown(tg, olena.id, has("has been deleted"))
        edited = await shown(tg, STAFF_CHAT, has("Dane osobowe usunięte"))
        assert edited["message_id"] == posted["message_id"]
        assert "Olena" not in edited["text"] and "601 234 567" not in edited["text"]
        await olena.send("/mydata")
        mydata = await shown(tg, olena.id, has("What we store about you"))
        assert "Olena" not in mydata["text"] and "601" not in mydata["text"]


async def test_forget_removes_the_name_and_phone_from_the_cards_shown_again_too(tmp_path, tg):
    olena, anna, staff = person_and_staff(tg)
    ids: list[int] = []  # every message the card was ever in: posted, then shown again twice

    def cards() -> list[dict]:  # the card's messages that show it now
        found = [m for m in tg.messages_in(STAFF_CHAT) if "Prośba o telefon nr T1" in m["text"]]
        ids.extend(m["message_id"] for m in found if m["message_id"] not in ids)
        return found

    def now_shown() -> list[str]:
        by_id = {m["message_id"]: m["text"] for m in tg.messages_in(STAFF_CHAT)}
        return [by_id[i] for i in ids]

    async with running_bot(tmp_path, tg):
        await confirm_a_request(tg, olena)
        await shown(tg, STAFF_CHAT, has("Prośba o telefon nr T1"))
        await anna.send("/request 1", chat=staff)
        await tg.wait_until(lambda: len(cards()) == 2)
        await anna.press("Biorę", chat=staff, message=cards()[1])  # edits both
        await tg.wait_until(lambda: all("Przyjęta: Anna" in c["text"] for c in cards()))
        await anna.send("/request 1", chat=staff)
        await tg.wait_until(lambda: (cards(), len(ids))[1] == 3)
        # the copy before the newest says where the card is now, and shows nobody
        await tg.wait_until(lambda: "pokazana ponownie niżej" in now_shown()[1])
        await olena.send("/forget")
        await shown(tg, olena.id, has("Delete all your data"))
        await olena.press("Yes, delete everything")
        await shown(tg, olena.id, has("has been deleted"))
        await tg.wait_until(  # the card posted and its newest copy: edited
            lambda: all("Dane osobowe usunięte" in t for t in (now_shown()[0], now_shown()[2]))
        )
        for text in now_shown():
            assert "Olena" not in text and "601 234 567" not in text


async def test_infopoint_check_says_when_the_bot_cannot_post_in_the_staff_chat(
    tmp_path, tg, forbidden_ok, monkeypatch, capsys
):
    from bot import cli
    from tests.conftest import write_config

    tg.members[(STAFF_CHAT, BOT_ID)] = "left"
    config = write_config(tmp_path, telegram__base_url=tg.base_url, staff__chat_id=STAFF_CHAT)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", tg.token)
    assert await asyncio.to_thread(cli.main, ["check", "--config", str(config)]) == 2
    assert "not a member of the staff chat" in capsys.readouterr().err
    tg.members[(STAFF_CHAT, BOT_ID)] = "member"
    assert await asyncio.to_thread(cli.main, ["check", "--config", str(config)]) == 0
    assert "can post in the staff chat" in capsys.readouterr().out
