"""A phone number typed at the name step («мой номер 8 067 123 45 67»: tester 32, item 10) is
read as the phone, not as a question: kept and said so, the name asked; once the name is typed
the phone is not asked again, and the request goes with that number."""

from __future__ import annotations

import pytest

from tests.support.callbacks import STAFF_CHAT, at_the_name_step, confirm_payload

TYPED = {  # the number as typed, as it is shown
    "ru": ("мой номер 8 067 123 45 67", "+380 67 123 4567"),
    "uk": ("мій номер 067 123 45 67", "+380 67 123 4567"),
    "pl": ("mój numer to 601 234 567", "+48 601 234 567"),
    "en": ("601234567", "+48 601 234 567"),
}


@pytest.mark.parametrize("lang", sorted(TYPED))
async def test_the_number_is_kept_and_the_name_asked(app, dialogue, delivery, platform, lang):
    typed, shown = TYPED[lang]
    await at_the_name_step(dialogue, lang)
    await dialogue.send(typed)
    assert app.services.t(lang, "name_phone_kept", phone=shown) == dialogue.text
    assert app.services.t(lang, "name_looks_like_question") not in dialogue.text
    await dialogue.send("Olena")
    assert shown in dialogue.text  # the number saved, said as at the phone step
    assert app.services.t(lang, "ask_phone") not in dialogue.text
    await dialogue.payload("callback:topic:pesel")
    await dialogue.send("My son needs a PESEL number")
    await dialogue.payload("callback:language:uk")
    await dialogue.payload("callback:window:am")
    assert "Olena" in dialogue.text and shown in dialogue.text  # the summary
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert shown in card.text and "Olena" in card.text


async def test_a_number_with_a_name_is_still_both(app, dialogue):
    await at_the_name_step(dialogue, "ru")
    await dialogue.send("Ольга 601 234 567")
    assert "+48 601 234 567" in dialogue.text
    assert app.services.t("ru", "name_phone_kept", phone="+48 601 234 567") not in dialogue.text
