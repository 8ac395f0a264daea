"""An urgent callback after a danger message (tester 38, F4): a short path (the consent, the
name and the phone, then only «call me, or write to me here?»), «write to me, don't call» on the
staff card, and the message that made it urgent quoted there (escaped), shown in /mydata first,
erased by /forget. In a Telegram or Viber chat the phone may be left out («✍️ Write to me here,
no phone»: written to, not asked again how to be reached), never in the terminal; a threat from
someone unnamed is filed under a topic that fits it, not «Something else» (safety5)."""

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


async def _to_the_phone(dialogue: Dialogue, danger: str) -> None:
    await dialogue.send(danger)
    await dialogue.payload("callback")
    await dialogue.payload("person:agree")
    await dialogue.send("Оксана")


async def test_in_a_chat_the_phone_may_be_left_out_and_she_is_written_to(app, delivery, platform):
    dialogue = Dialogue(app.core, user_id="1010", language_hint="uk", channel="telegram")
    await _to_the_phone(dialogue, "чоловік погрожує мені ножем, я зачинилася у ванній")
    assert "Його можна не вказувати" in dialogue.text  # the phone asked, as optional
    await dialogue.press("✍️ Пишіть мені тут, без номера")
    summary = dialogue.text  # no «call me, or write?»: the summary, to be written to
    assert "📱 Телефон: —" in summary
    assert "Вам напишуть тут, у цьому чаті, і не телефонуватимуть." in summary
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "✍️ NIE DZWONIĆ" in card.text and "📱 Telefon: —" in card.text


async def test_no_phone_typed_there_is_taken_so_and_to_be_called_the_phone_is_asked(app):
    dialogue = Dialogue(app.core, user_id="1011", language_hint="en", channel="viber")
    await _to_the_phone(dialogue, "my ex is outside my door with a knife")
    await dialogue.send("I have no phone")  # (elsewhere: «without a number we cannot send it»)
    assert "write to you here" in dialogue.text and confirm_payload(dialogue)
    await dialogue.payload("callback:fix")
    await dialogue.payload("callback:fix:reach")
    await dialogue.payload("callback:reach:call")  # to be called after all: the phone asked
    assert "To call you, staff need your number" in dialogue.text
    assert not any(b.payload == "person:no_phone" for b in dialogue.buttons)
    await dialogue.send("600 123 456")
    assert "+48 600 123 456" in dialogue.text and "Staff will call you" in dialogue.text


async def test_in_the_terminal_the_phone_is_asked_as_always(dialogue):
    await _to_the_phone(dialogue, "муж угрожает мне ножом")
    assert not any(b.payload == "person:no_phone" for b in dialogue.buttons)
    await dialogue.send("у меня нет телефона")
    assert "Без номера телефона мы не можем отправить эту форму" in dialogue.text


@pytest.mark.parametrize(
    ("danger", "topic"),
    [
        ("someone is following me", "📌 Topic: Free legal advice"),
        ("мені страшно, хтось стежить за мною", "📌 Тема: Безоплатна правова допомога"),
    ],
)
async def test_a_threat_from_someone_unnamed_gets_a_topic_that_fits(dialogue, danger, topic):
    """(The fixture office has no «Reporting a crime», the shipped one's first choice.)"""
    await _to_the_reach_question(dialogue, danger)
    await dialogue.payload("callback:reach:call")
    assert topic in dialogue.text
