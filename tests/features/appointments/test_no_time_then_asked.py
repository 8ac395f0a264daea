"""«And when will there be free times?» after staff declined the person's specialist request
for having no free time (tester 35, item 10): the answer says the specialist has none yet,
offers a callback or asking again, and only then a visit with a general advisor, said to be
someone else; never a free time alone, as if it were the specialist's."""

from __future__ import annotations

from tests.support.appointments import send_request
from tests.support.dialogue import StaffMember


async def test_the_specialist_is_answered_first_then_a_general_visit_labelled_so(
    app, dialogue, delivery
):
    await send_request(dialogue)
    await StaffMember(app.core).payload("apptq:reason:1:no_time")
    await delivery.run()
    await dialogue.send("when is the next free visit?")
    said = dialogue.text
    assert "Legal advice" in said and "the specialist has no free times yet" in said
    assert said.index("no free times yet") < said.index("not the specialist")
    assert "The nearest free time" in said
    labels = [b.label for b in dialogue.buttons]
    assert labels[0] == "📞 Request a callback"
    assert "🔁 Legal advice: ask again" in labels
    assert "📅 Visit with a general advisor" in labels


async def test_without_a_refusal_the_booking_answer_is_as_before(app, dialogue):
    await dialogue.send("when is the next free visit?")
    assert "not the specialist" not in dialogue.text
    assert "The nearest free time" in dialogue.text
