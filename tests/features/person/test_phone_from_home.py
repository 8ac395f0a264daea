"""A number typed without a country code the way it is dialled at home (tester 40, F12): a
Georgian mobile «555 12 34 56» is a Polish landline too, a Belarusian «8029 123 45 67» no Polish
number at all. The person is told how it can be read and taps the right one; nothing is saved on
a guess, and a phone saved before stays until they choose."""

from __future__ import annotations

import pytest

from tests.support.bookings import TUE_1330
from tests.support.callbacks import at_the_name_step, request_callback
from tests.support.dialogue import Dialogue


async def test_a_georgian_mobile_without_its_code_is_asked_about_not_taken_as_polish(dialogue):
    await at_the_name_step(dialogue, "ru")
    await dialogue.send("Нино")
    await dialogue.send("555 12 34 56")
    assert dialogue.text == (
        "☎️ «555 12 34 56» можно прочитать двумя способами: +48 55 512 34 56 (Польша,"
        " стационарный) или +995 555 12 34 56 (Грузия, мобильный). Какой номер ваш? Нажмите его"
        " или напишите номер с кодом страны (напр. +995 …, +375 …)."
    )
    assert "Телефон:" not in dialogue.text
    await dialogue.press("Грузия")
    assert "✅ Телефон: +995 555 12 34 56" in dialogue.text
    assert "📌 О чём ваш вопрос?" in dialogue.text  # the form goes on


async def test_the_polish_reading_may_be_chosen_and_says_it_is_a_landline(dialogue):
    await at_the_name_step(dialogue, "pl")
    await dialogue.send("Nino")
    await dialogue.send("555 12 34 56")
    await dialogue.press("Polska")
    assert "✅ Telefon: +48 55 512 34 56" in dialogue.text


async def test_the_number_typed_again_with_its_code_answers_the_question(dialogue):
    await at_the_name_step(dialogue)
    await dialogue.send("Nino")
    await dialogue.send("555 12 34 56")
    await dialogue.send("+995 555 12 34 56")
    assert "✅ Phone: +995 555 12 34 56" in dialogue.text


async def test_a_belarusian_number_in_its_home_format_is_offered_with_plus_375(dialogue):
    await at_the_name_step(dialogue, "ru")
    await dialogue.send("Алесь")
    await dialogue.send("8029 123 45 67")
    assert dialogue.text.startswith(
        "☎️ «8029 123 45 67» — не польский номер. Это +375 29 123-45-67 (Беларусь, мобильный)?"
    )
    assert "не похоже на правильный номер" not in dialogue.text
    await dialogue.press("+375 29")
    assert "✅ Телефон: +375 29 123-45-67" in dialogue.text


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("uk", "«069 123 456» — не польський номер. Це +373 691 23 456 (Молдова, мобільний)?"),
        ("en", "“069 123 456” is not a Polish number. Is it +373 691 23 456 (Moldova, mobile)?"),
        ("pl", "„069 123 456” to nie jest polski numer. Czy chodzi o +373 691 23 456 (Mołdawia,"),
    ],
)
async def test_a_moldovan_mobile_is_offered_in_every_language(dialogue, lang, said):
    await at_the_name_step(dialogue, lang)
    await dialogue.send("Ion")
    await dialogue.send("069 123 456")
    assert said in dialogue.text


async def test_what_was_written_beside_the_number_is_kept_for_the_reading_chosen(dialogue):
    await at_the_name_step(dialogue)
    await dialogue.send("Nino")
    await dialogue.send("555 12 34 56 after 5pm")
    assert "can be read two ways" in dialogue.text
    await dialogue.press("Georgia")
    assert "Phone: +995 555 12 34 56" in dialogue.text
    assert "as a note to your request: “after 5pm”" in dialogue.text


async def test_a_name_with_the_number_is_asked_about_too(dialogue):
    await at_the_name_step(dialogue)
    await dialogue.send("Nino, 555 12 34 56")
    assert "can be read two ways" in dialogue.text
    await dialogue.press("Georgia")
    assert "Phone: +995 555 12 34 56" in dialogue.text


async def test_a_saved_phone_is_not_replaced_by_a_guess(dialogue):
    await request_callback(dialogue, phone="601 234 567")
    await dialogue.payload(TUE_1330)  # a visit: the name and phone saved are offered
    await dialogue.payload("booking:topic:pesel")
    await dialogue.press("Same name, change the phone")
    await dialogue.send("555 12 34 56")  # asked, and the person leaves the form here
    assert "can be read two ways" in dialogue.text
    await dialogue.send("/cancel")
    await dialogue.payload(TUE_1330)
    await dialogue.payload("booking:topic:pesel")
    assert dialogue.button("Use:").label == "✅ Use: Olena, +48 601 234 567"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("601 234 567", "✅ Phone: +48 601 234 567"),  # a Polish mobile: as before
        ("22 123 45 67", "✅ Phone: +48 22 123 45 67 (read as a Polish landline number"),
        ("050 123 45 67", "read as a Ukrainian number"),
    ],
)
async def test_numbers_with_one_reading_are_taken_and_say_how(dialogue, typed, said):
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send(typed)
    assert said in dialogue.text
    assert "can be read two ways" not in dialogue.text


BRITISH = {  # tester 42, F10: refused as «more digits than a phone number», no +44 offered
    "en": "(United Kingdom, mobile)",
    "uk": "(Велика Британія, мобільний)",
    "ru": "(Великобритания, мобильный)",
    "pl": "(Wielka Brytania, komórkowy)",
}


async def test_a_british_mobile_as_britons_write_it_is_offered_with_plus_44(app):
    for lang, country in BRITISH.items():
        person = Dialogue(app.core, user_id=f"gb-{lang}", language_hint=lang)
        await at_the_name_step(person, lang)
        await person.send("Mary")
        await person.send("07911 123456")
        assert f"+44 7911 123456 {country}" in person.text, lang
    await person.press("+44 7911")
    assert "✅ Telefon: +44 7911 123456" in person.text


async def test_a_number_too_long_names_the_country_code_for_another_country(dialogue):
    await at_the_name_step(dialogue)
    await dialogue.send("Mary")
    await dialogue.send("601 234 5678")
    assert "is too long for a Polish number" in dialogue.text
    assert "type it with its country code (+44 …, +49 …)" in dialogue.text


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "“601 234 567 89” has more digits than a Polish mobile number"),
        ("uk", "У «601 234 567 89» більше цифр, ніж у польському мобільному номері"),
        ("ru", "В «601 234 567 89» больше цифр, чем в польском мобильном номере"),
        ("pl", "„601 234 567 89” ma więcej cyfr niż polski numer komórkowy"),
    ],
)
async def test_a_polish_mobile_with_two_digits_more_is_asked_about_not_saved_as_malaysian(
    dialogue, lang, said
):
    await at_the_name_step(dialogue, lang)
    await dialogue.send("Olena")
    await dialogue.send("601 234 567 89")  # +60 12-345 6789 read with a «+»: Malaysia's
    assert said in dialogue.text
    assert "+60 12-345 6789?" in dialogue.text  # that reading offered, not taken
    assert "✅" not in dialogue.text
    await dialogue.send("601 234 567")  # checked and typed again
    assert "+48 601 234 567" in dialogue.text


async def test_the_other_countrys_reading_of_the_digits_can_still_be_chosen(dialogue):
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send("60123456789")
    await dialogue.press("+60 12-345 6789")
    assert "✅ Phone: +60 12-345 6789" in dialogue.text


async def test_the_longer_number_typed_later_as_a_correction_is_asked_about_too(dialogue):
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.send("601 234 567 89")  # at the topics: the phone corrected, read as +60?
    assert "has more digits than a Polish mobile number" in dialogue.text
    assert "✅ Phone" not in dialogue.text  # asked, not saved as Malaysia's
