"""A sentence in a language the bot does not offer, typed at a form's step (tester 39, F2): not
taken as the name, nor refused as a wrong phone; the person is told in their language which
languages the bot understands, and the same question is asked again, nothing lost. A short name
in Latin letters with Turkish ones («Ayşe Yılmaz») is still a name."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue

GEORGIAN = "გამარჯობა, მჭირდება დახმარება"  # «Hello, I need help»
TURKISH = "Merhaba, oturma izni için yardım lazım"

SAID = {
    "uk": ("Вибачте, я розумію лише ці мови", "Як вас звати?", "Ваш номер телефону"),
    "ru": ("Извините, я понимаю только эти языки", "Как вас зовут?", "Ваш номер телефона"),
    "en": ("Sorry, I only understand", "What is your name?", "Your phone number"),
    "pl": ("Przepraszam, rozumiem tylko te języki", "Jak masz na imię?", "numer telefonu"),
}


@pytest.mark.parametrize("lang", ["uk", "ru", "en", "pl"])
async def test_a_sentence_in_another_language_is_no_name_nor_phone(app, lang):
    said, name, phone = SAID[lang]
    person = Dialogue(app.core, user_id=f"ka-{lang}", language_hint=lang)
    await person.send("/callback")
    await person.payload("person:agree")
    await person.send(GEORGIAN)
    assert said in person.text and name in person.text  # the name asked again
    await person.send("Nino")
    assert phone in person.text
    await person.send(TURKISH)
    assert said in person.text and phone in person.text
    await person.send("601 234 567")
    await person.send("/mydata")
    assert "Nino" in person.text and GEORGIAN not in person.text


async def test_a_short_name_with_turkish_letters_is_a_name(app):
    person = Dialogue(app.core, user_id="tr-name", language_hint="en")
    await person.send("/callback")
    await person.payload("person:agree")
    await person.send("Ayşe Yılmaz")
    assert "Sorry, I only understand" not in person.text and "Your phone number" in person.text
