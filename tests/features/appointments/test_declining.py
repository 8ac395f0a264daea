"""Declining an appointment request: the question «why decline?» is answered only while the
request stands as it did when it was asked, and «Anuluj» takes it back (tester report 9)."""

from __future__ import annotations

from tests.support.appointments import LAWYER_TUE_1000, STAFF_CHAT, send_request
from tests.support.dialogue import StaffMember


async def test_a_stale_decline_question_declines_nothing_once_times_are_offered(
    app, dialogue, delivery, platform
):
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:decline:1")  # by mistake
    await delivery.run()
    prompt = platform.to(STAFF_CHAT)[-1]
    reasons = [b.payload for row in prompt.reply.buttons for b in row]
    await anna.payload("apptq:approve:1")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1000}")
    await anna.press("Zaproponuj zaznaczony termin")
    assert "zaproponowano" in anna.text

    await anna.reply(prompt.message_id, "Please bring the voivode's decision")
    assert "nie czeka już na tę decyzję" in anna.text and "Nic nie zostało odrzucone" in anna.text
    await anna.payload(reasons[0])  # a ready reason of the same old question
    assert "nie czeka już na tę decyzję" in anna.text
    await delivery.run()
    told = [m.text for m in platform.to(dialogue.user_id)]
    assert not any("voivode's decision" in t or "can't book" in t for t in told)
    card = platform.to(STAFF_CHAT)[-1]
    assert "Odrzucona" not in card.text

    await anna.payload("apptq:decline:1")  # asked again now: it declines
    await delivery.run()
    again = platform.to(STAFF_CHAT)[-1]
    await anna.reply(again.message_id, "No lawyer this month after all", "902")
    assert "Prośba o wizytę nr W1 odrzucona" in anna.text


async def test_cancel_under_the_decline_question_takes_it_back(app, dialogue, delivery, platform):
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:decline:1")
    await delivery.run()
    prompt = platform.to(STAFF_CHAT)[-1]
    assert prompt.reply.buttons[-1][0].label == "✖ Anuluj"
    await anna.payload(prompt.reply.buttons[-1][0].payload)
    assert "nie została odrzucona" in anna.text

    await anna.reply(prompt.message_id, "Not ours")
    assert "zostało anulowane" in anna.text and "Nic nie zostało" not in anna.text
    await anna.payload("apptq:approve:1")  # still waiting for an advisor
    assert "Zaznacz od 1 do 3" in anna.text
