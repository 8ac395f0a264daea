"""An urgent callback after a danger message (tester 38, F4): a short path (the consent, the
name and the phone, then only «call me, or write to me here?»), «write to me, don't call» on the
staff card, and the message that made it urgent quoted there (escaped), shown in /mydata first,
erased by /forget."""

from __future__ import annotations

import pytest

from tests.support.callbacks import STAFF_CHAT, confirm_payload
from tests.support.dialogue import Dialogue

KNIFE = "муж угрожает мне ножом, я закрылась в ванной"


async def _to_the_reach_question(dialogue: Dialogue, danger: str) -> list[str]:
    """The danger written (answered in its language), the urgent call asked for, consent, name,
    phone: what was asked."""
    await dialogue.send(danger)
    asked = []
    for step in ("callback", "person:agree"):
        await dialogue.payload(step)
        asked.append(dialogue.text)
    await dialogue.send("Оксана")
    asked.append(dialogue.text)
    await dialogue.send("600 123 456")
    asked.append(dialogue.text)
    return asked


@pytest.mark.parametrize(
    ("danger", "question", "write"),
    [
        (KNIFE, "Как сотрудникам с вами связаться?", "Напишите мне, не звоните"),
        (
            "чоловік погрожує мені ножем, я зачинилася у ванній",
            "Як працівникам з вами зв'язатися?",
            "Напишіть мені, не телефонуйте",
        ),
        (
            "my husband threatens me with a knife, I locked myself in the bathroom",
            "How should staff reach you?",
            "Write to me, don't call",
        ),
        (
            "mąż grozi mi nożem, zamknęłam się w łazience",
            "Jak pracownicy mają się z Tobą skontaktować?",
            "Napiszcie do mnie, nie dzwońcie",
        ),
    ],
)
async def test_after_a_threat_the_urgent_call_asks_only_how_to_reach_her(
    dialogue, danger, question, write
):
    asked = await _to_the_reach_question(dialogue, danger)
    assert question in asked[-1]  # right after the phone: no topics, description, language
    assert not any(b.payload.startswith("callback:category") for b in dialogue.buttons)
    await dialogue.press(write)
    assert confirm_payload(dialogue)  # the summary, to send
    assert danger in dialogue.text  # the summary quotes what staff will see


async def test_write_to_me_and_the_message_reach_the_staff_card_not_a_call(
    app, dialogue, delivery, platform
):
    await _to_the_reach_question(dialogue, "муж угрожает мне ножом, *закрылась* в [ванной](x)")
    await dialogue.payload("callback:reach:write")
    summary = dialogue.text
    assert "Вам напишут здесь, в этом чате, и не будут звонить." in summary
    assert "Когда: как можно скорее" in summary
    await dialogue.payload(confirm_payload(dialogue))
    sent = dialogue.text
    assert "не будут звонить" in sent and "незнакомых номеров" not in sent  # no «answer calls»
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    lines = card.text.splitlines()
    assert lines[0].startswith("🚨 PILNE")
    assert "✍️ NIE DZWONIĆ" in card.text
    said = "„муж угрожает мне ножом, *закрылась* в [ванной](x)”"
    assert f"💬 Co napisała osoba (dlaczego prośba jest pilna): {said}" in lines
    assert "\\*закрылась\\* в \\[ванной\\]" in card.reply.text  # never read as markup


async def test_the_message_can_be_kept_off_the_card_and_forget_erases_it(
    app, dialogue, delivery, platform
):
    await _to_the_reach_question(dialogue, KNIFE)
    await dialogue.send("/mydata")  # in the form: what is kept, the form's question again
    assert KNIFE in dialogue.text
    await dialogue.payload("callback:reach:call")
    await dialogue.payload("callback:fix")
    await dialogue.payload("callback:fix:said")  # «🗑 Don't show staff my message»
    assert KNIFE not in dialogue.text and "Позвоните мне" not in dialogue.text
    await dialogue.payload(confirm_payload(dialogue))
    assert "незнакомых номеров" in dialogue.text  # to be called: answer unknown numbers
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert KNIFE not in card.text and "NIE DZWONIĆ" not in card.text
    other = Dialogue(app.core, user_id="1002", language_hint="ru")
    await _to_the_reach_question(other, KNIFE)
    await other.payload("callback:reach:call")
    await other.payload(confirm_payload(other))
    await delivery.run()
    await other.send("/mydata")
    assert KNIFE in other.text  # the request's message, shown to its person
    await other.send("/forget")
    await other.payload("privacy:forget")
    await delivery.run()
    assert "ножом" in platform.to(STAFF_CHAT)[1].text
    [edited] = [e for e in platform.edits if e.message_id == platform.to(STAFF_CHAT)[1].message_id]
    assert "ножом" not in edited.text and "Dane osobowe usunięte" in edited.text
