"""«Так», «да», «tak», «yes» typed under the callback request's and the visit's summary send
or book it, as at a course's summary (tester 32, item 9); a typed no asks what to change (the
callback request) or books nothing (the visit: «Don't book»)."""

from __future__ import annotations

import re

import pytest

from tests.support.bookings import book
from tests.support.callbacks import to_the_window
from tests.support.dialogue import Dialogue

YES = {"uk": "так", "ru": "да", "en": "yes", "pl": "tak"}


async def at_the_summary(dialogue: Dialogue) -> None:
    await to_the_window(dialogue, language=dialogue.language_hint or "en")
    await dialogue.payload("callback:window:am")
    assert any(b.payload.startswith("callback:send:") for b in dialogue.buttons)


@pytest.mark.parametrize("lang", sorted(YES))
async def test_a_typed_yes_sends_the_callback_request(app, lang):
    dialogue = Dialogue(app.core, language_hint=lang)
    await at_the_summary(dialogue)
    await dialogue.send(YES[lang])
    assert re.search(r"(№ |#|nr )T1\b", dialogue.text), dialogue.text
    assert not any(b.payload.startswith("callback:send:") for b in dialogue.buttons)


async def test_a_typed_no_asks_what_to_change(app):
    dialogue = Dialogue(app.core, language_hint="uk")
    await at_the_summary(dialogue)
    await dialogue.send("ні")
    assert app.services.t("uk", "cb_fix_what") in dialogue.text
    assert any(b.payload == "callback:fix:window" for b in dialogue.buttons), dialogue.buttons


@pytest.mark.parametrize("lang", sorted(YES))
async def test_a_typed_yes_books_the_visit(app, lang):
    dialogue = Dialogue(app.core, language_hint=lang)
    await book(dialogue)
    assert any(b.payload.startswith("booking:confirm:") for b in dialogue.buttons)
    await dialogue.send(YES[lang])
    assert "D1" in dialogue.text, dialogue.text
    assert not any(b.payload.startswith("booking:confirm:") for b in dialogue.buttons)


async def test_a_typed_no_books_nothing(app):
    dialogue = Dialogue(app.core, language_hint="ru")
    await book(dialogue)
    await dialogue.send("нет")
    assert app.services.t("ru", "bk_abandoned") in dialogue.text and "D1" not in dialogue.text


# «continue», «далі», «dalej»: a yes word that also says «go on» (after /mydata, /contact) is no
# «yes, send» alone: the summary is asked again with its buttons; a yes beside it sends
GO_ON = {"uk": ("продовжити", "далі"), "ru": ("продолжить",), "en": ("continue", "next")}
GO_ON["pl"] = ("dalej", "kontynuuj")


@pytest.mark.parametrize("lang", sorted(GO_ON))
async def test_a_go_on_word_at_the_callback_summary_asks_with_its_buttons(app, lang):
    dialogue = Dialogue(app.core, language_hint=lang)
    await at_the_summary(dialogue)
    summary = dialogue.text
    for typed in GO_ON[lang]:
        await dialogue.send(typed)
        assert dialogue.text == summary  # the same summary, nothing sent
        assert any(b.payload.startswith("callback:send:") for b in dialogue.buttons)
    await dialogue.send(YES[lang])
    assert re.search(r"(№ |#|nr )T1\b", dialogue.text), dialogue.text


@pytest.mark.parametrize("lang", sorted(GO_ON))
async def test_a_go_on_word_at_the_visits_summary_books_nothing(app, lang):
    dialogue = Dialogue(app.core, language_hint=lang)
    await book(dialogue)
    summary = dialogue.replies[-1].text
    for typed in GO_ON[lang]:
        await dialogue.send(typed)
        assert dialogue.replies[-1].text == summary and "D1" not in dialogue.text
        assert any(b.payload.startswith("booking:confirm:") for b in dialogue.buttons)
    await dialogue.payload(next(b.payload for b in dialogue.buttons if "confirm" in b.payload))
    assert "D1" in dialogue.text


async def test_a_yes_beside_a_go_on_word_sends(app):
    dialogue = Dialogue(app.core, language_hint="en")
    await at_the_summary(dialogue)
    await dialogue.send("yes, continue")
    assert re.search(r"#T1\b", dialogue.text), dialogue.text
