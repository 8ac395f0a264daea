"""What a person adds to an option typed («свидетельство о рождении сына, для школы» at «Which
document?»: tester 32, item 10) is not dropped: the option is the answer, the rest goes to
staff as a note, as the words after a date do; said, shown in the summary and on the card."""

from __future__ import annotations

import pytest

from tests.support.assist import send_payload, up_to_the_form
from tests.support.callbacks import STAFF_CHAT
from tests.support.dialogue import Dialogue

TYPED = {  # the document typed, the option, the rest
    "ru": ("свидетельство о рождении сына, для школы", "Свидетельство о рождении",
           "сына, для школы"),
    "uk": ("свідоцтво про народження доньки — для садочка", "Свідоцтво про народження",
           "доньки — для садочка"),
    "pl": ("akt urodzenia syna, do szkoły", "Akt urodzenia", "syna, do szkoły"),
    "en": ("diploma, my master's degree", "Diploma", "my master's degree"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(TYPED))
async def test_the_rest_goes_to_staff_as_a_note(app, delivery, platform, lang):
    typed, option, rest = TYPED[lang]
    dialogue = Dialogue(app.core, language_hint=lang)
    await up_to_the_form(dialogue, "translation")
    await dialogue.send(typed)
    kept = app.services.t(lang, "as_rest_kept", note=rest)
    assert kept in dialogue.text and "2/" in dialogue.text, dialogue.text
    await dialogue.send("1.12")
    await dialogue.payload("assist:pick:2:uk")
    await dialogue.payload("assist:skip:3")
    assert option in dialogue.text
    assert app.services.t(lang, "cb_phone_note", note=rest) in dialogue.text  # the summary
    await dialogue.payload(send_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert f"🗒 Uwaga od osoby: {rest}" in card.text


@pytest.mark.parametrize(
    "typed", ["Свидетельство о рождении", "в свидетельство о рождении, пожалуйста"]
)
async def test_the_option_alone_leaves_no_note(app, typed):
    dialogue = Dialogue(app.core, language_hint="ru")
    await up_to_the_form(dialogue, "translation")
    await dialogue.send(typed)
    assert (
        "2/" in dialogue.text
        and app.services.t("ru", "as_rest_kept", note="x")[:12] not in dialogue.text
    )
