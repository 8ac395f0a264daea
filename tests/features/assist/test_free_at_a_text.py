"""«Is it free?» typed at a help request's text question («Where to?») where the service's
page says nothing of a price: answered as a course's sign-up answers it (person.answered,
the form's own `about`), here that staff tell it when they call back, and the same question is
asked again, not an offer to leave the form; the form goes on."""

from __future__ import annotations

import pytest

from tests.support.assist import send_payload, up_to_the_form
from tests.support.dialogue import Dialogue

TYPED = {
    "uk": "а це безкоштовно?",
    "ru": "а это бесплатно?",
    "en": "is it free?",
    "pl": "czy to jest płatne?",
}
ON_CALL = {
    "uk": "запитайте працівника, коли він вам зателефонує",
    "ru": "спросите сотрудника, когда он вам позвонит",
    "en": "ask the staff member when they call you back",
    "pl": "zapytaj pracownika, gdy do Ciebie zadzwoni",
}
WHERE = {"uk": "Куди?", "ru": "Куда?", "en": "Where to?", "pl": "Dokąd?"}
TITLE = {"uk": "Транспорт на зустріч", "ru": "Транспорт на встречу",
         "en": "Transport to a meeting", "pl": "Transport na spotkanie"}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(TYPED))
async def test_is_it_free_at_where_to_is_answered_and_asked_again(dialogue: Dialogue, lang):
    dialogue.language_hint = lang
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("1.12")
    await dialogue.send("10:00")
    await dialogue.send(TYPED[lang])
    assert TITLE[lang] in dialogue.text and ON_CALL[lang] in dialogue.text
    assert WHERE[lang] in dialogue.text  # the same question again
    assert not any(b.payload == "typed:answer" for b in dialogue.buttons)  # no leaving
    await dialogue.send("Opole, ul. Piastowska 14")
    assert "Piastowska 14" in dialogue.text and send_payload(dialogue)  # the form goes on
