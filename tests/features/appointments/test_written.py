"""An advisor who writes to the person about an appointment request (a reply to its card) is
seen to have done so by their colleagues, as on a callback or help request's card: the card,
edited in place (also as /appointments shows it), says who wrote to the person and when."""

from __future__ import annotations

from tests.support.appointments import STAFF_CHAT, send_request
from tests.support.dialogue import StaffMember

WROTE = "✉️ Wiadomość do tej osoby: "


def card_of(platform):  # type: ignore[no-untyped-def]
    return next(s for s in platform.to(STAFF_CHAT) if "Prośba o wizytę nr W1\n" in s.text)


async def test_a_reply_to_the_card_shows_on_it_who_wrote_to_the_person_and_when(
    app, clock, dialogue, delivery, platform
):
    await send_request(dialogue)
    await delivery.run()
    posted = card_of(platform)
    assert WROTE not in posted.text
    anna = StaffMember(app.core, "501", "Anna Nowak")
    await anna.reply(posted.message_id, "Czy ma Pani umowę o pracę?", "700")
    await delivery.run()
    card = platform.edits[-1]
    assert card.message_id == posted.message_id
    local = clock.now.astimezone(app.services.settings.timezone)
    assert f"{WROTE}Anna Nowak, {app.services.t.short_datetime('pl', local)}" in card.text
    assert card.reply.buttons  # still to approve or decline
    assert "Czy ma Pani umowę" in platform.to(dialogue.user_id)[-1].text  # the person has it

    clock.advance(minutes=5)
    piotr = StaffMember(app.core, "502", "Piotr Lis")
    await piotr.reply(posted.message_id, "Proszę przynieść paszport.", "701")
    await delivery.run()
    assert f"{WROTE}Piotr Lis, " in platform.edits[-1].text
    await piotr.command("/appointments")
    await piotr.payload("apptq:show:1")  # the card, from /appointments
    assert f"{WROTE}Piotr Lis, " in piotr.text


async def test_a_card_of_a_request_nobody_wrote_about_has_no_such_line(
    app, dialogue, delivery, platform
):
    await send_request(dialogue)
    anna = StaffMember(app.core, "501", "Anna Nowak")
    await anna.payload("apptq:approve:1")
    await anna.payload("apptq:show:1")
    assert "Porada prawna" in anna.text and WROTE not in anna.text
