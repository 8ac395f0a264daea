"""Help requests end to end: the real bot (`bot.runner.serve`) against the fake Bot API, with
the fixture catalogue (its help services: translation, transport)."""

from __future__ import annotations

import pytest

from tests.conftest import Clock
from tests.support.e2e import STAFF_CHAT, has, person_and_staff, running_bot, shown
from tests.support.fake_telegram import FakeTelegram
from tests.support.services import catalogue

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1


async def test_a_translation_request_handled_by_staff_with_a_written_reply_relayed_both_ways(
    tmp_path, tg: FakeTelegram
):
    olena, anna, staff = person_and_staff(tg)
    async with running_bot(tmp_path, tg, clock=Clock(), **catalogue()):  # Monday 09:00
        await olena.send("/services")
        await shown(tg, olena.id, has("Help we offer"))
        await olena.press("Document translation")
        await shown(tg, olena.id, has("Document translation\n\nWe help translate"))  # its page
        await olena.press("Ask for this help")
        await shown(tg, olena.id, has("To arrange this help for you"))
        await olena.press("I agree")
        await shown(tg, olena.id, has("What is your name"))
        await olena.send("Olena")
        await shown(tg, olena.id, has("Your phone number"))
        await olena.share_contact("+48601234567")
        await shown(tg, olena.id, has("Which document?"))
        await olena.press("Diploma")
        await shown(tg, olena.id, has("When do you need it?"))
        await olena.send("1.12")
        await shown(tg, olena.id, has("From which language?"))
        await olena.press("Українська")
        await shown(tg, olena.id, has("Anything else?"))
        await olena.send("Stamped <copy> & the original")
        summary = await shown(tg, olena.id, has("Please check your request"))
        assert "Stamped &lt;copy&gt; &amp; the original" in summary["html"]
        await olena.press("Send the request")
        await shown(tg, olena.id, has("Request #P1 for “Document translation” has been sent"))

        card = await shown(tg, STAFF_CHAT, has("Prośba o pomoc nr P1: Tłumaczenie dokumentu"))
        for expected in ("Olena", "+48 601 234 567", "Jaki dokument? — Dyplom", "ukraiński"):
            assert expected in card["text"]
        assert "Stamped &lt;copy&gt; &amp; the original" in card["html"]

        await anna.press("Biorę", chat=staff)
        taken = await shown(tg, STAFF_CHAT, has("Przyjęta: Anna"))
        assert taken["message_id"] == card["message_id"], "edited in place"
        await shown(tg, olena.id, has("has taken your request #P1"))

        await anna.reply(card, "Please bring the original diploma on Tuesday", chat=staff)
        await shown(tg, olena.id, has("Please bring the original diploma on Tuesday"))
        await shown(tg, STAFF_CHAT, has("zostanie dostarczona"))

        await olena.send("OK, I will come at 10")
        await shown(tg, olena.id, has("Passed on to the staff (request #P1)"))
        relayed = await shown(tg, STAFF_CHAT, has("OK, I will come at 10"))
        assert "Olena" in relayed["text"]
        assert relayed.get("reply_to_message", {}).get("message_id") == card["message_id"]

        await anna.press(
            "Załatwione", chat=staff, message=await shown(tg, STAFF_CHAT, has("Przyjęta"))
        )
        question = await shown(tg, STAFF_CHAT, has("Zamknąć"))
        await anna.press("Tak, załatwiona", chat=staff, message=question)
        await shown(tg, olena.id, has("request #P1 is closed"))
