"""«I don't know what to do, help me» typed where a form asks what the matter is: a person asking
for a call expects the request to go on, so it is the matter, kept as typed, with the 112 line
above the next question. A plea with words of distress («я в розпачі, допоможіть», «I can't
cope») still gets the kind words and 112 first, the question again; danger words, the help
lines (test_plea_in_form.py)."""

from __future__ import annotations

import pytest

from tests.support.callbacks import STAFF_CHAT, at_the_name_step, confirm_payload
from tests.support.dialogue import Dialogue

ASK_LANGUAGE = {
    "uk": "Якою мовою вам зателефонувати?",
    "ru": "На каком языке вам позвонить?",
    "en": "In which language should we call you?",
    "pl": "W jakim języku mamy do Ciebie zadzwonić?",
}
GOES_ON = {
    "uk": "Ваша заявка ще відкрита",
    "ru": "Ваша заявка ещё открыта",
    "en": "Your form is still open",
    "pl": "Twój formularz jest nadal otwarty",
}


async def _at_the_description(dialogue: Dialogue, lang: str) -> None:
    await at_the_name_step(dialogue, lang)
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.payload("callback:topic:other")


@pytest.mark.parametrize(
    ("lang", "plea"),
    [
        ("uk", "Не знаю що робити, допоможіть"),
        ("ru", "не знаю что делать, помогите пожалуйста"),
        ("en", "I don't know what to do, help me"),
        ("pl", "nie wiem co robić, pomóżcie"),
    ],
)
async def test_a_plea_of_being_at_a_loss_is_the_matter(
    dialogue: Dialogue, delivery, platform, lang, plea
):
    await _at_the_description(dialogue, lang)
    await dialogue.send(plea)
    assert ASK_LANGUAGE[lang] in dialogue.text  # the request goes on
    assert GOES_ON[lang] not in dialogue.text
    assert "112" in dialogue.replies[0].text  # the line above the next question
    await dialogue.payload("callback:language:uk")
    if any(b.payload.startswith("callback:window:") for b in dialogue.buttons):
        await dialogue.payload("callback:window:asap")
    assert plea in dialogue.text  # the summary
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert plea in card.text


@pytest.mark.parametrize(
    ("lang", "plea"),
    [
        ("uk", "я в розпачі, допоможіть"),
        ("ru", "не справляюсь, помогите"),
        ("en", "I am desperate, please help me"),
        ("pl", "nie radzę sobie, pomocy"),
    ],
)
async def test_a_plea_in_distress_gets_the_kind_words_first(dialogue: Dialogue, lang, plea):
    await _at_the_description(dialogue, lang)
    await dialogue.send(plea)
    assert "112" in dialogue.replies[0].text
    assert GOES_ON[lang] in dialogue.text
    assert ASK_LANGUAGE[lang] not in dialogue.text  # the description is asked again


async def test_danger_words_still_bring_the_help_lines_at_once(dialogue: Dialogue):
    await _at_the_description(dialogue, "en")
    await dialogue.send("I don't know what to do, help me, my husband beats me")
    assert "800 120 002" in dialogue.text  # the help lines
    assert ASK_LANGUAGE["en"] not in dialogue.text
