"""A staff member's reply to a request's card, end to end (the real bot against the fake Bot
API, which parses HTML as Telegram does and refuses what Telegram refuses): it reaches the person
exactly as typed, markup and HTML characters too; a reply that is a command, or starts as one
after an invisible mark, or has nothing but such marks, reaches nobody, and staff are told why."""

from __future__ import annotations

import pytest

from tests.support.e2e import (
    STAFF_CHAT,
    confirm_a_request,
    has,
    person_and_staff,
    running_bot,
    shown,
)

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1

TYPED = "<b>Bring</b> your **passport** & [card](https://example.org) \\ 5 < 6 > 4 &amp;"


async def test_a_staff_reply_reaches_the_person_exactly_as_typed(tmp_path, tg):
    olena, anna, staff = person_and_staff(tg)
    async with running_bot(tmp_path, tg):
        await confirm_a_request(tg, olena)
        card = await shown(tg, STAFF_CHAT, has("Prośba o telefon nr T1"))
        await anna.reply(card, f"  {TYPED}\n", chat=staff)
        told = await shown(tg, olena.id, has("passport"))
        assert TYPED in told["text"], told["text"]


async def test_a_command_like_or_empty_staff_reply_reaches_nobody(tmp_path, tg):
    olena, anna, staff = person_and_staff(tg)
    async with running_bot(tmp_path, tg):
        await confirm_a_request(tg, olena)
        card = await shown(tg, STAFF_CHAT, has("Prośba o telefon nr T1"))
        before = len(tg.messages_in(olena.id))

        await anna.reply(card, "/requests", chat=staff)  # the command: the list, not a message
        await shown(tg, STAFF_CHAT, has("Otwarte prośby"))
        await anna.reply(card, "\u200b/forget", chat=staff)  # a mark before the slash
        await shown(tg, STAFF_CHAT, has("zaczyna się od «/»"))
        await anna.reply(card, "\u200b \u2060", chat=staff)  # nothing visible
        await shown(tg, STAFF_CHAT, has("tylko tekst"))
        await anna.reply(card, "We will call at 10", chat=staff)
        await shown(tg, olena.id, has("We will call at 10"))
        said = [m["text"] for m in tg.messages_in(olena.id)[before:]]
        assert len(said) == 1 and "forget" not in said[0] and "requests" not in said[0], said
