"""«Is it free?» typed while booking an appointment is answered from the service's description
where it speaks of a price (the fixture's legal advice: «Free advice from a lawyer …»), and the
form goes on at the same question; nothing typed is taken for the matter or the name."""

from __future__ import annotations

from tests.support.dialogue import Dialogue

FREE = "Free advice from a lawyer on legal stay, work and housing."


async def test_is_it_free_at_the_matter_and_at_the_name_is_answered(app, dialogue: Dialogue):
    await dialogue.payload("appt:open:legal_advice")
    await dialogue.payload("person:agree")
    await dialogue.send("is it free?")
    assert FREE in dialogue.text
    assert "Please describe it in a few words" in dialogue.text  # the same question again
    assert "looks like a question" not in dialogue.text
    await dialogue.send("my residence card was refused")
    assert "What is your name?" in dialogue.text
    await dialogue.send("а це безкоштовно?")
    assert "Безкоштовна консультація юриста" not in dialogue.text  # in the person's language
    assert FREE in dialogue.text and "What is your name?" in dialogue.text
    await dialogue.send("Ann")
    assert "phone number" in dialogue.text
