"""A help request's form as a person finds it (tester report 7): «« Back» and a typed «назад»
go one question back and are never an answer; a choice with «Other» takes free text only when
it is clearly the answer; a date step reads «tomorrow» and weekdays; an optional field's hint
says what «Skip» means for it. The fixture's clock: Monday, 23 November 2026."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_config
from tests.support.assist import send_payload, up_to_the_form
from tests.support.callbacks import STAFF_CHAT
from tests.support.dialogue import Dialogue
from tests.support.services import catalogue


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    """The fixture catalogue, its transport's time optional (as a real form's «if you know»)."""
    data = catalogue()
    fields = data["services"]["transport"]["fields"]
    next(f for f in fields if f["id"] == "time")["required"] = False
    return write_config(tmp_path, **data)


@pytest.mark.parametrize("typed", ["9", "0", "..."])
async def test_a_number_that_is_no_button_is_not_the_answer_to_a_choice_with_other(dialogue, typed):
    await up_to_the_form(dialogue, "translation")
    await dialogue.send(typed)
    assert "Please choose one of the buttons" in dialogue.text
    assert "1/4 Which document?" in dialogue.text


async def test_a_near_match_of_an_option_is_that_option(dialogue):
    await up_to_the_form(dialogue, "translation")
    await dialogue.send("birth")
    assert "2/4 When do you need it?" in dialogue.text
    await dialogue.press("« Back")
    await dialogue.send("диплом")  # its label in another language
    await dialogue.send("24.11")
    await dialogue.payload("assist:pick:2:pl")
    await dialogue.payload("assist:skip:3")
    assert "Which document? — Diploma" in dialogue.text


async def test_free_text_at_a_choice_with_other_is_kept_only_when_the_person_confirms_it(
    dialogue, delivery, platform
):
    await up_to_the_form(dialogue, "translation")
    await dialogue.send("xyz abc")
    assert "“xyz abc” is not one of the options" in dialogue.text
    assert "1/4 Which document?" in dialogue.text  # not taken yet
    await dialogue.press("Yes, save “xyz abc”")
    assert "2/4 When do you need it?" in dialogue.text
    await dialogue.send("24.11")
    await dialogue.payload("assist:pick:2:pl")
    await dialogue.payload("assist:skip:3")
    assert "Which document? — Other: xyz abc" in dialogue.text
    await dialogue.payload(send_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Inny: xyz abc" in card.text


async def test_other_pressed_then_back_asks_the_choice_again(dialogue):
    await up_to_the_form(dialogue, "translation")
    await dialogue.press("Other")
    await dialogue.send("назад")
    assert "1/4 Which document?" in dialogue.text
    assert any(b.label == "Other" for b in dialogue.buttons)


@pytest.mark.parametrize("typed", ["назад", "back", "wstecz", "« Back", "повернутись назад"])
async def test_back_typed_at_a_text_question_goes_one_question_back_and_is_never_kept(
    dialogue, delivery, platform, typed
):
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("24.11")
    await dialogue.send("10:00")
    assert "3/3 Where to?" in dialogue.text
    await dialogue.send(typed)
    assert "2/3 At what time?" in dialogue.text
    await dialogue.send("11:00")
    await dialogue.send("Kielce")
    assert "Where to? — Kielce" in dialogue.text and "At what time? — 11:00" in dialogue.text
    await dialogue.payload(send_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert typed not in card.text


async def test_back_at_the_first_question_goes_to_the_name_and_phone(dialogue):
    await up_to_the_form(dialogue, "transport")
    await dialogue.press("« Back")
    assert "Use: Olena" in " ".join(b.label for b in dialogue.buttons)
    await dialogue.press("Use: Olena")
    assert "1/3 Which day?" in dialogue.text


@pytest.mark.parametrize(
    ("language", "typed", "day"),
    [
        ("en", "today", "Monday, 23 November 2026"),
        ("en", "tomorrow", "Tuesday, 24 November 2026"),
        ("en", "day after tomorrow", "Wednesday, 25 November 2026"),
        ("en", "friday", "Friday, 27 November 2026"),
        ("uk", "сьогодні", "понеділок, 23 листопада 2026"),
        ("uk", "завтра", "вівторок, 24 листопада 2026"),
        ("uk", "в понеділок", "понеділок, 30 листопада 2026"),  # on a Monday: the next one
        ("ru", "сегодня", "понедельник, 23 ноября 2026"),
        ("ru", "послезавтра", "среда, 25 ноября 2026"),
        ("pl", "dziś", "poniedziałek, 23 listopada 2026"),
        ("pl", "jutro", "wtorek, 24 listopada 2026"),
        ("pl", "w piątek", "piątek, 27 listopada 2026"),
    ],
)
async def test_a_date_question_reads_today_tomorrow_and_weekdays(app, language, typed, day):
    dialogue = Dialogue(app.core, language_hint=language)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send(typed)
    assert "2/3" in dialogue.text  # taken: the time is asked
    await dialogue.payload("assist:skip:1")
    await dialogue.send("Kielce")
    assert day in dialogue.text


@pytest.mark.parametrize(
    ("language", "hint"),
    [
        ("en", "If you don't know the time yet, tap “Skip”."),
        ("uk", "Якщо ще не знаєте часу, натисніть «Пропустити»."),
        ("ru", "Если ещё не знаете время, нажмите «Пропустить»."),
        ("pl", "Jeśli jeszcze nie znasz godziny, naciśnij „Pomiń”."),
    ],
)
async def test_an_optional_time_says_to_skip_it_if_the_time_is_not_known_yet(app, language, hint):
    dialogue = Dialogue(app.core, language_hint=language)
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("24.11")
    assert hint in dialogue.text
    assert "nothing to add" not in dialogue.text and "нечего" not in dialogue.text


async def test_an_optional_text_still_says_there_may_be_nothing_to_add(dialogue):
    await up_to_the_form(dialogue, "translation")
    await dialogue.payload("assist:pick:0:1")
    await dialogue.send("24.11")
    await dialogue.payload("assist:pick:2:pl")
    assert "If there is nothing to add, tap “Skip”." in dialogue.text


OTHER_TYPED = {  # tester 36, F15: the «what exactly» answer was taken for a question
    "en": ("Other", "what the court sent me", "2/4 When do you need it?", "Other: "),
    "uk": ("Інший", "що прийшло з суду", "2/4 Коли потрібно?", "Інший: "),
    "ru": ("Другой", "что прислали из суда", "2/4 Когда нужно?", "Другой: "),
    "pl": ("Inny", "do sądu, wyrok rozwodowy", "2/4 Na kiedy?", "Inny: "),
}


@pytest.mark.parametrize("lang", OTHER_TYPED)
async def test_after_other_a_short_phrase_is_the_answer_and_a_question_can_be_kept(dialogue, lang):
    other, typed, step, shown = OTHER_TYPED[lang]
    dialogue.language_hint = lang
    await up_to_the_form(dialogue, "translation")
    await dialogue.press(other)
    await dialogue.send(typed)  # a question word first, no «?»: what they mean
    assert step in dialogue.text
    await dialogue.payload("assist:back:1")  # the choice again: a real question this time
    await dialogue.press(other)
    await dialogue.send(f"{typed}?")
    assert step not in dialogue.text  # offered an answer…
    await dialogue.payload(dialogue.buttons[-1].payload)  # …«No, back to the form»: kept
    assert step in dialogue.text
    await dialogue.send("24.11")
    await dialogue.payload("assist:pick:2:pl")
    await dialogue.payload("assist:skip:3")
    assert f"{shown}{typed}?" in dialogue.text  # the summary


NEED_TOLD = {  # tester 42, F11: a need typed instead of pressing «Other», taken for a question
    "uk": "мені треба перекласти довідку про несудимість",
    "ru": "мне нужно перевести справку о несудимости",
    "en": "I need my criminal record certificate translated",
    "pl": "potrzebuję tłumaczenia zaświadczenia o niekaralności",
}


async def test_a_need_told_at_a_choice_with_other_is_offered_as_the_other_answer(app):
    for lang, need in NEED_TOLD.items():
        person = Dialogue(app.core, user_id=f"need-{lang}", language_hint=lang)
        await up_to_the_form(person, "translation")
        await person.send(need)
        assert person.buttons[0].payload == "assist:pick:0:typed", lang  # «✅ Yes, save “…”»
        await person.payload("assist:pick:0:typed")
        assert "2/4" in person.text, lang
