"""«продовжити», «продолжить», «continue», «kontynuuj» and a bare «далі», «дальше», «next»,
«dalej», typed to go on with a form after an interruption (/mydata, /contact, /help, /start's
«leave the form?»), are understood the same way in every form: the form's question asked
again, never taken for its answer (README «Known gaps», Staff side and forms: only the
callback and visit forms read them). The callback's and the visit's own cases:
tests/features/callback/test_command_in_form.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.assist import up_to_the_form
from tests.support.courses import course_app
from tests.support.dialogue import Dialogue


@pytest.fixture
async def app(tmp_path: Path, clock):  # type: ignore[no-untyped-def]
    """The fixture catalogue, no question index: nothing here asks the knowledge base."""
    async with course_app(tmp_path, clock) as application:
        yield application


async def test_a_help_forms_text_field_asks_again_after_contact(dialogue: Dialogue):
    dialogue.language_hint = "uk"
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("25.11")
    await dialogue.send("10:00")
    await dialogue.send("/contact")
    await dialogue.send("продовжити")
    assert dialogue.text.startswith("📝 3/3 Куди?")  # asked again, nothing kept
    await dialogue.send("Szpital Wojewódzki")
    assert "Куди? — Szpital Wojewódzki" in dialogue.text and "продовжити" not in dialogue.text


async def test_a_bare_next_at_a_help_forms_date_is_no_date(dialogue: Dialogue):
    await up_to_the_form(dialogue, "transport")
    for typed in ("далі", "дальше", "next", "dalej", "kontynuuj, proszę"):
        await dialogue.send(typed)
        assert dialogue.text.startswith("📝 1/3 Which day?")  # not «could not read the date»
    await dialogue.send("25.11")
    assert "2/3 At what time?" in dialogue.text


async def test_an_appointment_requests_need_asks_again_after_mydata(dialogue: Dialogue):
    await dialogue.payload("appt:open:legal_advice")
    await dialogue.payload("person:agree")
    await dialogue.send("/mydata")
    await dialogue.send("continue")
    assert "Only “continue”?" not in dialogue.text  # not taken for a one-word need
    assert "describe it in a few words" in dialogue.replies[-1].text
    await dialogue.send("My residence card was refused, I have a letter from the voivode")
    assert "What is your name?" in dialogue.text


async def test_a_course_sign_ups_name_asks_again_after_help(dialogue: Dialogue):
    dialogue.language_hint = "ru"
    await dialogue.payload("course:open:polish_a1")
    await dialogue.payload("course:enrol:polish_a1")
    await dialogue.payload("person:agree")
    await dialogue.send("/help")
    await dialogue.send("продолжить")
    assert dialogue.text.startswith("Как вас зовут?")  # not a name
    await dialogue.send("Ольга")
    await dialogue.send("601 234 567")
    assert "👤 Ольга, 📱 +48 601 234 567" in dialogue.text


async def test_go_on_typed_at_starts_question_goes_on_with_the_form(dialogue: Dialogue):
    dialogue.language_hint = "pl"
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("/start")
    assert "Wyjść z niego i zacząć od nowa?" in dialogue.text
    await dialogue.send("dalej")  # as «✏️ Wypełniaj dalej» pressed
    assert "Formularz czeka tam, gdzie skończyłeś/-aś" in dialogue.text
    assert "1/3 Którego dnia?" in dialogue.text and "zacząć od nowa" not in dialogue.text
    await dialogue.send("dalej")  # answered: the form's own question, not /start's again
    assert dialogue.text.startswith("📝 1/3 Którego dnia?")


# «далі», «next» at an optional question just asked: skipped, as «Skip »» would (README «Known
# gaps», Staff side and forms); a question with nothing to skip: the question again (above)
NEXT = {"uk": "далі", "ru": "дальше", "en": "next", "pl": "dalej"}


async def _at_the_translations_note(dialogue: Dialogue) -> None:
    await up_to_the_form(dialogue, "translation")
    await dialogue.payload("assist:pick:0:1")  # a diploma
    await dialogue.send("1.12")
    await dialogue.payload("assist:pick:2:uk")
    assert any(b.payload == "assist:skip:3" for b in dialogue.buttons)  # optional


@pytest.mark.parametrize("lang", sorted(NEXT))
async def test_next_at_an_optional_help_question_skips_it(dialogue: Dialogue, lang):
    dialogue.language_hint = lang
    await _at_the_translations_note(dialogue)
    asked = dialogue.replies[-1].text
    await dialogue.send(NEXT[lang])
    assert any(b.payload.startswith("assist:send:") for b in dialogue.buttons)  # the summary
    assert asked not in dialogue.text and NEXT[lang] not in dialogue.text  # no note «далі»


async def test_go_on_after_contact_at_an_optional_question_skips_it(dialogue: Dialogue):
    dialogue.language_hint = "uk"
    await _at_the_translations_note(dialogue)
    asked = dialogue.replies[-1].text
    await dialogue.send("/contact")
    assert dialogue.replies[-1].text.startswith(asked.splitlines()[0])  # the question again
    await dialogue.send("продовжити")
    assert any(b.payload.startswith("assist:send:") for b in dialogue.buttons)  # skipped
    assert "продовжити" not in dialogue.text


@pytest.mark.parametrize("lang", sorted(NEXT))
async def test_next_at_the_callback_requests_description_skips_it(dialogue: Dialogue, lang):
    dialogue.language_hint = lang
    await dialogue.send("/callback")
    await dialogue.payload("person:agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.send(NEXT[lang])
    assert any(b.payload.startswith("callback:language:") for b in dialogue.buttons)
    await dialogue.payload("callback:language:uk")
    await dialogue.payload("callback:window:am")
    assert NEXT[lang] not in dialogue.replies[-1].text  # no description «next» on the summary
