"""A help request's form answered by typing (bot/core/choices.py; assist/form.py): an option or a
day typed instead of tapped, and a language typed by its name in any form, shown to the person
and to staff by its name in their own language («грузинською» → «Georgian», «gruziński»)."""

from __future__ import annotations

import pytest

from bot.core import markup
from tests.features.test_language_answers import TYPED
from tests.support.assist import fill_translation, send_payload, up_to_the_form
from tests.support.callbacks import STAFF_CHAT
from tests.support.dialogue import Dialogue


async def translation_from(dialogue: Dialogue, typed: str) -> None:
    """A translation request whose language is typed, up to the summary."""
    await up_to_the_form(dialogue, "translation")
    await dialogue.send("diplma")  # the option's label with a typo
    assert "2/4 When do you need it?" in dialogue.text
    await dialogue.send("1.12")
    await dialogue.press("Another language")
    await dialogue.send(typed)
    await dialogue.payload("assist:skip:3")


@pytest.mark.parametrize(
    ("typed", "person_sees", "staff_see"),
    [
        ("грузинською", "Georgian", "gruziński"),
        ("білоруська", "Belarusian", "białoruski"),
        ("по-армянски", "Armenian", "ormiański"),
        ("z wietnamskiego", "Vietnamese", "wietnamski"),
        ("russkij", "Russian", "rosyjski"),  # a Russian name in Latin letters
        ("gruzinskiy", "Georgian", "gruziński"),
    ],
)
async def test_a_typed_language_is_shown_by_its_name_to_the_person_and_to_staff(
    dialogue, delivery, platform, typed, person_sees, staff_see
):
    await translation_from(dialogue, typed)
    assert "Which document? — Diploma" in dialogue.text
    assert f"From which language? — {person_sees}" in dialogue.text
    await dialogue.payload(send_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    # the field's short staff label, not the person's question
    assert f"▫️ Język dokumentu — {staff_see}" in card.text
    assert typed not in card.text and "Z jakiego języka?" not in card.text


async def test_a_typed_language_that_names_none_clearly_reaches_staff_as_typed(
    dialogue, delivery, platform
):
    typed = "<b>грузинська</b> або **польська**"  # two languages: which one is for staff to ask
    await translation_from(dialogue, typed)
    await dialogue.payload(send_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert f"▫️ Język dokumentu — {typed}" in markup.to_plain(card.reply.text)
    html = markup.to_html(card.reply.text)
    assert "&lt;b&gt;грузинська&lt;/b&gt; або **польська**" in html and "<b>груз" not in html


async def test_one_of_our_languages_typed_at_the_form_presses_its_button(dialogue):
    await up_to_the_form(dialogue, "translation")
    await dialogue.send("Birth certificate")
    await dialogue.send("Tue 24 Nov")  # the day's button: «Tomorrow, Tue 24 Nov»
    assert "3/4 From which language?" in dialogue.text
    await dialogue.send("по-польски")
    await dialogue.send("skip")  # an optional text: the «Skip» button's label typed presses it
    assert "When do you need it? — Tuesday, 24 November 2026" in dialogue.text
    assert "From which language? — Polish" in dialogue.text
    assert "Anything else? — —" in dialogue.text


@pytest.mark.parametrize(("typed", "language"), TYPED)
async def test_the_bots_languages_typed_in_any_form_at_the_language_field(
    dialogue: Dialogue, typed, language
):
    """«po angielsku» is English, not Angika (tests/features/test_language_answers.py)."""
    await up_to_the_form(dialogue, "translation")
    await dialogue.send("Birth certificate")
    await dialogue.send("Tue 24 Nov")
    assert "3/4 From which language?" in dialogue.text
    await dialogue.send(typed)
    await dialogue.payload("assist:skip:3")
    assert f"From which language? — {language}" in dialogue.text


async def test_a_description_typed_at_the_language_is_kept_as_a_remark_and_the_note_still_asked(
    dialogue, delivery, platform
):
    """Tester 22, item 6: a description typed where the language is asked is not thrown away:
    kept as a remark for staff, and the language asked again, saying so. Tester 37, F9: it is
    not the answer to the next question, which is still asked («W jakiej sprawie?» was never
    asked, the remark standing as its answer)."""
    await up_to_the_form(dialogue, "translation")
    await dialogue.send("diplma")
    await dialogue.send("1.12")
    said = "I need it for the university, it is 3 pages"
    assert "3/4 From which language?" in dialogue.text
    await dialogue.send(said)
    assert "your words are kept as a note for staff" in dialogue.text
    assert "3/4 From which language?" in dialogue.text
    await dialogue.send("по-армянски")
    assert "4/4 Anything else?" in dialogue.text  # the next question asked, not answered
    await dialogue.send("It is due at the dean's office")
    assert "Anything else? — It is due at the dean's office" in dialogue.text
    assert said in dialogue.text  # the remark on the summary, apart
    await dialogue.payload(send_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert said in card.text and "dean's office" in card.text and "ormiański" in card.text


async def test_a_remark_at_the_language_in_polish_leaves_the_next_question_asked(dialogue):
    """Tester 37, F9, as the volunteer typed it: «ukrainski (ona), ja po polsku»."""
    dialogue.language_hint = "pl"
    await up_to_the_form(dialogue, "translation")
    await dialogue.payload("assist:pick:0:1")
    await dialogue.send("1.12")
    said = "ukrainski (ona), ja po polsku"
    await dialogue.send(said)
    assert "To nie jest nazwa języka" in dialogue.text and "3/4" in dialogue.text
    await dialogue.payload("assist:pick:2:uk")
    assert "4/4" in dialogue.text  # «Coś jeszcze?» asked, not answered with the remark
    await dialogue.payload("assist:skip:3")
    assert said in dialogue.text


@pytest.mark.parametrize(
    "typed",
    [
        *("польська", "English", "по-русски", "украинский", "Georgian"),
        *("жестова мова", "English, a little", "farsi", "грузинська або польська"),
    ],
)
async def test_a_language_named_in_any_form_is_taken(dialogue: Dialogue, typed):
    await up_to_the_form(dialogue, "translation")
    await dialogue.send("Diploma")
    await dialogue.send("1.12")
    await dialogue.send(typed)
    assert "4/4 Anything else?" in dialogue.text


async def test_a_sentence_at_the_language_is_refused_and_kept_as_the_note(
    dialogue, delivery, platform
):
    """Tester 35, item 8: «кардиолог, я не говорю по-польски» is no language's name (it has a
    Polish word in it): refused clearly, the language asked again with its buttons, and the
    words kept as the note for staff, not stored as the language."""
    dialogue.language_hint = "ru"
    await up_to_the_form(dialogue, "translation")
    await dialogue.send("Диплом")
    await dialogue.send("1.12")
    said = "кардиолог, я не говорю по-польски"
    await dialogue.send(said)
    assert "Это не название языка" in dialogue.text
    assert "3/4 С какого языка?" in dialogue.text
    assert "сохранены как примечание" in dialogue.text
    assert any(b.payload == "assist:pick:2:uk" for b in dialogue.buttons)
    await dialogue.send("по-русски")
    assert "4/4 Что-то ещё?" in dialogue.text  # asked: the words are a remark, not its answer
    await dialogue.payload("assist:skip:3")
    assert "С какого языка? — русский" in dialogue.text
    assert said in dialogue.text
    await dialogue.payload(send_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Język dokumentu — rosyjski" in card.text and said in card.text


async def test_a_help_request_withdrawn_in_words_asks_to_leave_but_a_no_skips_its_note(
    dialogue, delivery, platform
):
    await up_to_the_form(dialogue, "translation")
    await dialogue.send("Diploma")
    await dialogue.send("sorry, I changed my mind")  # at «When do you need it?»
    assert "changed your mind" in dialogue.text
    await dialogue.press("Yes, stop")
    assert "Nothing was sent" in dialogue.text
    await fill_translation(dialogue, note="no need")  # «Anything else?»: skipped, as before
    assert "changed your mind" not in dialogue.text and "4/4 Anything else?" not in dialogue.text
    assert "Is everything correct?" in dialogue.text  # the summary
