"""«не понимаю», «не розумію», «I don't understand», «nie rozumiem» at the phone step: what is
asked, briefly (a number staff call back on, an example), and a button to leave the form, not
«that does not look like a valid number» (person/phone_asked.py `confused`)."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue

CONFUSED = {
    "uk": "не розумію",
    "ru": "Не понимаю...",
    "en": "I don't understand",
    "pl": "nie rozumiem",
}
CALL_BACK = {"uk": "передзвонить", "ru": "перезвонит", "en": "calls you back", "pl": "oddzwoni"}
NOT_VALID = {
    "uk": "не схоже на правильний номер",
    "ru": "не похоже на правильный номер",
    "en": "does not look like a valid phone number",
    "pl": "nie wygląda",
}
LEAVE = {"uk": "Скасувати", "ru": "Отменить", "en": "Cancel", "pl": "Anuluj"}
CANCELLED = {"uk": "Скасовано", "ru": "Отменено", "en": "Cancelled", "pl": "Anulowano"}


async def _at_the_phone(dialogue: Dialogue, lang: str) -> None:
    dialogue.language_hint = lang
    await dialogue.send("/callback")
    await dialogue.payload("person:agree")
    await dialogue.send("Olena")
    await dialogue.send(CONFUSED[lang])


@pytest.mark.parametrize("lang", sorted(CONFUSED))
async def test_not_understanding_the_phone_step_is_explained_with_a_way_out(dialogue, lang):
    await _at_the_phone(dialogue, lang)
    assert CALL_BACK[lang] in dialogue.text and "601 234 567" in dialogue.text
    assert NOT_VALID[lang] not in dialogue.text
    assert any(r.request_contact for r in dialogue.replies)  # the phone still asked
    assert any(b.payload == "person:cancel" for b in dialogue.buttons)
    await dialogue.send("601 234 567")  # then understood: the form goes on
    assert "+48 601 234 567" in dialogue.text
    assert any(b.payload.startswith("callback:topic:") for b in dialogue.buttons)


@pytest.mark.parametrize("lang", sorted(CONFUSED))
async def test_the_way_out_leaves_the_form(dialogue, lang):
    await _at_the_phone(dialogue, lang)
    await dialogue.press(LEAVE[lang])  # the button under the explanation
    assert CANCELLED[lang] in dialogue.text
    assert not any(b.payload.startswith("callback:") for b in dialogue.buttons)
