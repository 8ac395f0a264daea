"""The 24-hour lines (116 123, and 112 for danger) in what a person asking for psychological
support is told: when the request is sent, and when staff decline it (or any urgent request);
not in what a person asking a lawyer is told."""

from __future__ import annotations

import pytest

from bot.core import markup
from bot.settings.model import LANGUAGES
from tests.support.appointments import STAFF_CHAT, send_request
from tests.support.bookings import queued, to_chat
from tests.support.dialogue import Dialogue, StaffMember


def names_the_lines(text: str) -> bool:
    return "116 123" in text and "112" in text


async def told(app, user_id: str) -> str:  # type: ignore[no-untyped-def]
    """The last message queued for the person, as they read it."""
    return markup.to_plain([q for q in await queued(app.core) if q.chat_id == user_id][-1].text)


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_a_psychologist_request_sent_names_the_24_hour_lines(app, lang):
    person = Dialogue(app.core, user_id=f"p-{lang}", language_hint=lang)
    await person.payload(f"language:{lang}")
    await send_request(person, "psychologist", urgent=False, name="Iryna")
    sent = person.replies[-1].text
    assert sent.startswith("📨") and app.services.t(lang, "urgent_lines") in sent
    assert names_the_lines(person.text)


async def test_a_lawyer_request_sent_names_no_crisis_line(app, dialogue):
    await send_request(dialogue)
    assert "Appointment request #W1 sent" in dialogue.text
    assert "116 123" not in dialogue.text


@pytest.mark.parametrize("urgent", [True, False])
async def test_a_declined_psychologist_request_names_the_24_hour_lines(app, urgent):
    iryna = Dialogue(app.core, user_id="2001", language_hint="uk")
    await iryna.payload("language:uk")
    await send_request(iryna, "psychologist", urgent=urgent, name="Iryna")
    card = (await to_chat(app.core, STAFF_CHAT))[-1]
    assert ("PILNE" in card.text) is urgent
    anna = StaffMember(app.core)
    await anna.payload("apptq:decline:1")
    await anna.payload("apptq:reason:1:no_time")
    text = await told(app, "2001")
    assert "записати вас не вийде" in text
    assert names_the_lines(text), text
    assert markup.to_plain(app.services.t("uk", "urgent_lines")) in text


async def test_a_decline_in_staffs_own_words_of_an_urgent_request_names_the_lines(
    app, delivery, platform
):
    olena = Dialogue(app.core, user_id="2002", language_hint="en")
    await send_request(olena, "psychologist", urgent=True)
    anna = StaffMember(app.core)
    await anna.payload("apptq:decline:1")
    await delivery.run()
    prompt = platform.to(STAFF_CHAT)[-1]
    await anna.reply(prompt.message_id, "Niestety psycholog jest na urlopie do stycznia.")
    await delivery.run()
    text = platform.to("2002")[-1].text
    assert "Niestety psycholog jest na urlopie" in text
    assert names_the_lines(text), text


async def test_a_declined_lawyer_request_names_no_crisis_line(app, dialogue):
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:decline:1")
    await anna.payload("apptq:reason:1:no_time")
    text = await told(app, dialogue.user_id)
    assert "we can't give you an appointment for request #" in text
    assert "116 123" not in text
