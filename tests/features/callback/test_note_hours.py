"""A note written with the phone number that names a time when the office is closed («after
5pm», the office closing at 16:00): the person is told kindly when staff can call, and keeps
the note or writes another time. The fixture office: Mon-Fri 08:00-16:00, Wednesday until
18:00, Saturday 10:00-14:00; the clock: Monday, 23 November 2026, 09:00."""

from __future__ import annotations

import pytest

from tests.support.callbacks import STAFF_CHAT, at_the_name_step, confirm_payload


async def _the_rest_of_the_request(dialogue) -> None:  # type: ignore[no-untyped-def]
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload("callback:language:uk")
    await dialogue.payload("callback:window:asap")


async def test_a_time_after_closing_is_told_with_the_hours_and_the_note_can_be_kept(
    dialogue, delivery, platform
):
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send("600 123 456 after 5pm")
    assert "Phone: +48 600 123 456" in dialogue.text
    assert "goes to the staff as a note to your request: “after 5pm”" in dialogue.text
    assert "Staff can call only while the information point is open:" in dialogue.text
    assert "• today, Monday, 23 November: 08:00–16:00" in dialogue.text
    assert "nobody would be able to call you then" in dialogue.text
    # Wednesday is open until 18:00: the day that time works is named
    assert "At that time staff can call on Wednesday, 25 November (08:00–18:00)." in dialogue.text
    assert "What is it about" not in dialogue.text  # asked first
    await dialogue.press("Keep the note")
    assert "The note stays as it is: “after 5pm”." in dialogue.text
    assert "What is it about" in dialogue.text
    await _the_rest_of_the_request(dialogue)
    assert "Note for the staff: after 5pm" in dialogue.text
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Uwaga od osoby: after 5pm" in card.text


async def test_another_time_written_instead_goes_to_staff_in_ukrainian(
    dialogue, delivery, platform
):
    await at_the_name_step(dialogue, "uk")
    await dialogue.send("Олена")
    await dialogue.send("600123456 після 17:00")
    assert "Працівники можуть зателефонувати лише тоді, коли інформаційний пункт працює:" in (
        dialogue.text
    )
    assert "• сьогодні, понеділок, 23 листопада: 08:00–16:00" in dialogue.text
    assert "Залишити примітку як є чи написати інший час?" in dialogue.text
    await dialogue.press("Написати інший час")
    assert "Напишіть, коли вам зручно говорити" in dialogue.text
    await dialogue.send("після 14")
    assert "Працівники побачать вашу примітку: «після 14»." in dialogue.text
    assert "Чого стосується справа?" in dialogue.text
    await _the_rest_of_the_request(dialogue)
    assert "Примітка для працівників: після 14" in dialogue.text
    assert "після 17" not in dialogue.text
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Uwaga od osoby: після 14" in card.text


async def test_a_second_time_outside_the_hours_is_asked_about_again_and_can_go(dialogue):
    await at_the_name_step(dialogue, "pl")
    await dialogue.send("Olena")
    await dialogue.send("po 17 600 123 456")
    assert "• dziś, poniedziałek, 23 listopada: 08:00–16:00" in dialogue.text
    await dialogue.press("Wpiszę inną godzinę")
    await dialogue.send("po 19")
    assert "Pracownicy zobaczą Twój dopisek: „po 19”." in dialogue.text
    assert "nikt nie będzie mógł zadzwonić" in dialogue.text  # no day of the week has 19:00
    assert "O tej porze" not in dialogue.text
    await dialogue.press("Wpiszę inną godzinę")
    await dialogue.press("Bez dopisku")
    assert "bez dopisku: pracownicy zadzwonią w godzinach otwarcia punktu" in dialogue.text
    await _the_rest_of_the_request(dialogue)
    assert "Uwaga dla pracowników" not in dialogue.text


@pytest.mark.parametrize(
    ("lang", "note", "told"),
    [
        ("pl", "dzwonić po 17, mówi tylko po ukraińsku", "nikt nie będzie mógł zadzwonić"),
        ("ru", "звоните после 18, я плохо слышу", "никто не сможет позвонить"),
        ("en", "call after 17, she speaks only Ukrainian", "nobody would be able to call you"),
    ],
)
async def test_a_time_after_closing_in_one_clause_of_a_longer_note_is_asked_about(
    dialogue, lang, note, told
):
    await at_the_name_step(dialogue, lang)
    await dialogue.send("Olena")
    await dialogue.send(f"600 123 456 {note}")
    assert told in dialogue.text
    assert "08:00–16:00" in dialogue.text


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        ("ru", "лучше после 15"),  # before closing
        ("en", "between 10 and 12"),
        ("uk", "до 9"),  # 08:00-09:00
        ("uk", "в середу після 17"),  # Wednesday: until 18:00
        ("en", "my wife answers, she speaks Polish"),  # not a time: left alone
        ("uk", "після обіду"),  # «after lunch»: no time named
        ("pl", "najlepiej wieczorem"),
    ],
)
async def test_a_note_within_the_hours_or_naming_no_time_is_not_asked_about(dialogue, lang, note):
    await at_the_name_step(dialogue, lang)
    await dialogue.send("Olena")
    await dialogue.send(f"600 123 456 {note}")
    assert "08:00–16:00" not in dialogue.text
    assert any(b.payload.startswith("callback:category") for b in dialogue.buttons)


async def test_after_closing_the_next_day_is_the_one_looked_at(dialogue, clock):
    clock.advance(days=1, hours=8, minutes=30)  # Tuesday 17:30: the next call is on Wednesday
    await at_the_name_step(dialogue, "ru")
    await dialogue.send("Olena")
    await dialogue.send("600 123 456, после 17")
    assert "примечание к заявке: «после 17»" in dialogue.text
    assert "Оставить примечание" not in dialogue.text  # Wednesday: until 18:00


async def test_a_named_day_is_checked_with_that_days_hours_a_closed_day_said_so(dialogue):
    await at_the_name_step(dialogue, "uk")
    await dialogue.send("Olena")
    await dialogue.send("600 123 456 у суботу о 15")
    assert "• субота, 28 листопада: 10:00–14:00" in dialogue.text
    await dialogue.press("Написати інший час")
    await dialogue.send("в неділю о 12")
    assert "• неділя, 29 листопада: пункт не працює" in dialogue.text
    assert (
        "У цей час вам можуть зателефонувати: сьогодні, понеділок, 23 листопада (08:00–16:00); "
        "завтра, вівторок, 24 листопада (08:00–16:00)."
    ) in dialogue.text


async def test_the_question_is_asked_again_in_the_new_language(dialogue):
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send("600 123 456 after 5pm")
    await dialogue.payload("language:uk")
    assert "• сьогодні, понеділок, 23 листопада: 08:00–16:00" in dialogue.text
    assert any(b.payload == "person:note_keep" for b in dialogue.buttons)


async def test_a_number_given_again_with_another_time_replaces_both(dialogue):
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send("600 123 456 after 5pm")
    await dialogue.send("601 234 567 until 15:00")
    assert "Phone: +48 601 234 567" in dialogue.text
    assert "“until 15:00”" in dialogue.text and "What is it about" in dialogue.text
    await _the_rest_of_the_request(dialogue)
    assert "Note for the staff: until 15:00" in dialogue.text


async def test_what_was_typed_is_shown_to_staff_exactly_after_a_change(
    dialogue, delivery, platform
):
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send("600 123 456 after 5pm")
    await dialogue.press("Write another time")
    await dialogue.send("*after* 10 [x](https://x.example)")
    await _the_rest_of_the_request(dialogue)
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "\\*after\\* 10 \\[x\\]" in card.reply.text  # never read as markup


async def test_at_the_question_a_time_typed_is_the_new_note_other_words_show_the_buttons(
    dialogue,
):
    await at_the_name_step(dialogue, "uk")
    await dialogue.send("Olena")
    await dialogue.send("600 123 456 після 17")
    await dialogue.send("добре")  # «fine»: not a note, the note stays
    assert "Натисніть «✅ Залишити примітку» — і вона піде як є" in dialogue.text
    assert any(b.payload == "person:note_keep" for b in dialogue.buttons)
    await dialogue.send("що таке песель?")  # a question: offered its answer, nothing lost
    assert any(b.payload == "typed:answer" for b in dialogue.buttons)
    await dialogue.payload("typed:back")
    await dialogue.send("після 10")  # a time, typed at once
    assert "Працівники побачать вашу примітку: «після 10»." in dialogue.text
    await _the_rest_of_the_request(dialogue)
    assert "Примітка для працівників: після 10" in dialogue.text
