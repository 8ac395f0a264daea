"""After a request, the person's later questions go to the bot, not to staff one request after
another (the fresh-eyes tester's finding 5): a booked appointment request takes no text unless a
staff member wrote to the person, and one «✖ End chat with staff» stops relaying for every open
record, until staff write again."""

from __future__ import annotations

from tests.support.appointments import LAWYER_TUE_1000, STAFF_CHAT, send_request
from tests.support.callbacks import request_callback
from tests.support.dialogue import StaffMember


def relayed(platform, text: str) -> bool:  # type: ignore[no-untyped-def]
    return any(text in s.text for s in platform.to(STAFF_CHAT))


async def test_a_booked_request_takes_no_text_unless_staff_wrote(app, dialogue, delivery, platform):
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1000}")
    await anna.press("Zaproponuj")
    await dialogue.payload("appt:take:1:0")
    assert "Your appointment is booked" in dialogue.text
    await dialogue.send("how much is a train ticket to Warsaw")
    assert "Passed on" not in dialogue.text
    await delivery.run()
    assert not relayed(platform, "train ticket")
    card = next(s for s in platform.to(STAFF_CHAT) if "Prośba o wizytę nr W1\n" in s.text)
    await anna.reply(card.message_id, "Proszę zabrać umowę", "700")  # staff wrote: it takes text
    await dialogue.send("OK, I will bring the contract")
    assert "Passed on to the advisor (appointment request #W1)" in dialogue.text


async def test_one_stop_stops_relaying_for_every_open_request(
    app, dialogue, delivery, platform, clock
):
    await request_callback(dialogue)
    await delivery.run()
    card = platform.to(STAFF_CHAT)[0]
    await StaffMember(app.core).reply(card.message_id, "Oddzwonię jutro", "700")  # a thread
    clock.advance(minutes=1)
    await send_request(dialogue)  # and an open appointment request, the latest
    await dialogue.send("test")
    assert "Passed on to the advisor (appointment request #W1)" in dialogue.text
    clock.advance(minutes=1)
    await dialogue.press("End chat with staff")
    assert "your messages go to the bot again" in dialogue.text
    await dialogue.send("how much is a train ticket to Warsaw")
    assert "Passed on" not in dialogue.text  # not under the callback request either
    assert "it was not passed on to the staff" in dialogue.text
    assert dialogue.button("Write to the staff")
    await delivery.run()
    assert not relayed(platform, "train ticket")
