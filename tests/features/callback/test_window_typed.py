"""A time typed at «when should we call you?» (tester 19, item 6b): the window that fits is
chosen, the words are kept as the note for staff (on the card as the person's note), and a time
at or after the office's closing is said with its hours that day. The fixture office: Mon-Fri
08:00-16:00, Wednesday until 18:00; the clock: Monday, 23 November 2026, 09:00."""

from __future__ import annotations

from tests.support.callbacks import STAFF_CHAT, at_the_name_step, confirm_payload
from tests.support.dialogue import Dialogue


async def _at_the_window(dialogue: Dialogue, lang: str, name: str) -> None:
    await at_the_name_step(dialogue, lang)
    await dialogue.send(name)
    await dialogue.send("600 123 456")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload(f"callback:language:{lang}")
    assert any(b.payload.startswith("callback:window:") for b in dialogue.buttons)


async def test_tomorrow_after_4_is_the_afternoon_kept_as_the_note_and_said_too_late(
    dialogue, delivery, platform
):
    await _at_the_window(dialogue, "uk", "Оля")
    await dialogue.send("завтра після 16")
    assert "🕒 Записано: «Пополудні (після 12:00)»." in dialogue.text
    assert "Працівники побачать ваші слова: «завтра після 16»." in dialogue.text
    assert (
        "⚠️ Вівторок, 24 листопада: пункт працює 08:00–16:00, тож працівники можуть "
        "зателефонувати щонайпізніше до 16:00." in dialogue.text
    )
    assert "🕒 Коли: вівторок, 24 листопада, пополудні (після 12:00)" in dialogue.text
    assert "Примітка для працівників: завтра після 16" in dialogue.text
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Kiedy: wtorek, 24 listopada, po południu (po 12:00)" in card.text
    assert "🗒 Uwaga od osoby: завтра після 16" in card.text


async def test_after_5_pm_in_english_and_a_weekday_morning_in_polish(app):
    english = Dialogue(app.core, user_id="en1")
    await _at_the_window(english, "en", "Olena")
    await english.send("hmm")  # no time: the buttons, as before
    assert "Please answer with the buttons below." in english.text
    await english.send("after 5 pm please")
    assert "Taken as “Afternoon (after 12:00)”" in english.text
    assert "Staff will see your words: “after 5 pm please”." in english.text
    assert "Monday, 23 November: the office works 08:00–16:00" in english.text
    assert "until 16:00 at the latest" in english.text
    polish = Dialogue(app.core, user_id="pl1", language_hint="pl")
    await _at_the_window(polish, "pl", "Anna")
    await polish.send("w poniedziałek rano")
    assert "Zapisane: „Przed południem (do 12:00)”" in polish.text
    assert "Pracownicy zobaczą Twoje słowa: „w poniedziałek rano”." in polish.text
    assert "⚠️" not in polish.text  # within the hours: nothing to warn about


async def test_as_soon_as_possible_typed_is_the_button_with_no_note(dialogue):
    await _at_the_window(dialogue, "pl", "Anna")
    await dialogue.send("jak najszybciej")
    assert "Kiedy: jak najszybciej" in dialogue.text
    assert "Zapisane" not in dialogue.text and "Uwaga" not in dialogue.text


async def test_a_time_before_opening_and_a_day_alone_are_said_with_the_hours(app):
    """Tester 22, item 8: «tomorrow at 7am» (before 08:00) is warned about as a time after
    closing is; «w sobotę» is the day asked for with its hours, not «as soon as possible»."""
    english = Dialogue(app.core, user_id="en7")
    await _at_the_window(english, "en", "Jo")
    await english.send("tomorrow at 7am")
    assert "⚠️ Tuesday, 24 November: the office works 08:00–16:00" in english.text
    assert "cannot call you before 08:00" in english.text
    polish = Dialogue(app.core, user_id="pl7", language_hint="pl")
    await _at_the_window(polish, "pl", "Anna")
    await polish.send("w sobotę")
    assert "Jak najszybciej”" not in polish.text
    assert "Pracownicy zobaczą dzień, o który prosisz: „w sobotę”." in polish.text
    assert "Sobota, 28 listopada: punkt jest czynny 10:00–14:00." in polish.text
    russian = Dialogue(app.core, user_id="ru7", language_hint="ru")
    await _at_the_window(russian, "ru", "Оля")
    await russian.send("в воскресенье")
    assert "⚠️ Воскресенье, 29 ноября: пункт не работает" in russian.text


async def test_an_hour_after_v_or_u_is_a_time_not_the_day_of_the_month(app):
    """«у 14», «в 14» at «when to call?» ask for 14:00, never the 14th of the month."""
    ukrainian = Dialogue(app.core, user_id="uk14", language_hint="uk")
    await _at_the_window(ukrainian, "uk", "Оля")
    await ukrainian.send("у 14")
    assert "🕒 Записано: «Пополудні (після 12:00)»." in ukrainian.text
    assert "14 грудня" not in ukrainian.text and "день, який ви просите" not in ukrainian.text
    russian = Dialogue(app.core, user_id="ru14", language_hint="ru")
    await _at_the_window(russian, "ru", "Оля")
    await russian.send("в 9:30")
    assert "🕒 Записано: «Утром (до 12:00)»." in russian.text
    assert "🕒 Когда: утром (до 12:00)" in russian.text


async def test_a_day_alone_is_the_when_of_the_summary_the_card_and_mydata(
    dialogue, delivery, platform
):
    """«w sobotę» alone: the summary's «When», the staff card and /mydata name that day, not
    «as soon as possible» beside a note with the day."""
    await _at_the_window(dialogue, "pl", "Anna")
    await dialogue.send("w sobotę")
    assert "🕒 Kiedy: sobota, 28 listopada (dzień, o który proszono)" in dialogue.text
    assert "jak najszybciej" not in dialogue.text
    await dialogue.payload(confirm_payload(dialogue))
    assert "Spodziewaj się telefonu: sobota, 28 listopada, w godzinach pracy punktu." in (
        dialogue.text
    )
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Kiedy: sobota, 28 listopada (dzień, o który proszono)" in card.text
    assert "jak najszybciej" not in card.text
    await dialogue.send("/mydata")
    assert "sobota, 28 listopada (dzień, o który proszono)" in dialogue.text


async def test_a_button_after_a_day_typed_is_the_window_again(dialogue):
    """A window tapped after «w sobotę» (changing it): the summary says the window, no day."""
    await _at_the_window(dialogue, "en", "Jo")
    await dialogue.send("on Saturday")
    assert "🕒 When: Saturday, 28 November (the day asked for)" in dialogue.text
    await dialogue.payload("callback:fix")
    await dialogue.payload("callback:fix:window")
    await dialogue.payload("callback:window:am")
    assert "🕒 When: in the morning (before 12:00)" in dialogue.text
    assert "the day asked for" not in dialogue.text
