"""A language asked for in words in the middle of a form («sorry, I don't understand, English
please», «по-русски пожалуйста», «po polsku proszę», «українською будь ласка») is that language
chosen, as /language in a form: the same question asked again in it, nothing given lost; never
«this looks like a question, not a name» in the language the person cannot read (tester 18,
item 10). Where a language is the answer (the language of the call), it answers the question."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue


@pytest.mark.parametrize(
    ("start", "typed", "said", "asked"),
    [
        (
            "uk",
            "sorry, I don't understand, English please",
            "✅ Language: English. Let's carry on where you left off",
            "What is your name?",
        ),
        ("uk", "English please", "✅ Language: English.", "What is your name?"),
        ("en", "по-русски пожалуйста", "✅ Язык: русский.", "Как вас зовут?"),
        ("uk", "po polsku proszę", "✅ Język: polski.", "Jak masz na imię?"),
        ("pl", "українською будь ласка", "✅ Мова: українська.", "Як вас звати?"),
        # in Latin letters, as on a phone without the alphabet
        ("uk", "po-russki pozhalujsta", "✅ Язык: русский.", "Как вас зовут?"),
        ("en", "po ukrainsky bud laska", "✅ Мова: українська.", "Як вас звати?"),
        ("pl", "angliyskoyu bud laska", "✅ Language: English.", "What is your name?"),
        ("ru", "po angielsku proszę", "✅ Language: English.", "What is your name?"),
    ],
)
async def test_a_language_asked_for_at_the_name_switches_and_asks_the_name_again(
    app, start, typed, said, asked
):
    person = Dialogue(app.core, language_hint=start)
    await person.send("/callback")
    await person.payload("person:agree")
    await person.send(typed)
    assert said in person.text and asked in person.text
    assert "🤔" not in person.text
    await person.send("Olena")  # the form goes on, in the new language
    await person.send("601 234 567")
    await person.send("/mydata")
    assert "Olena" in person.text


async def test_what_was_given_stays_and_the_step_is_asked_in_the_new_language(app):
    person = Dialogue(app.core, language_hint="uk")
    await person.send("/callback")
    await person.payload("person:agree")
    await person.send("Olena")
    await person.send("I don't understand. English please")
    assert "✅ Language: English." in person.text and "Your phone number" in person.text
    await person.send("601 234 567")
    assert "✅ Phone: +48 601 234 567\n📌 What is it about?" in person.text


async def test_a_language_not_asked_for_is_no_switch(app):
    person = Dialogue(app.core, language_hint="uk")
    await person.send("/callback")
    await person.payload("person:agree")
    await person.send("I don't understand English")  # not a request for English
    assert "Language: English" not in person.text and "✅" not in person.text


async def test_where_the_language_is_the_answer_it_answers(app):
    person = Dialogue(app.core, language_hint="en")
    await person.send("/callback")
    await person.payload("person:agree")
    await person.send("Olena")
    await person.send("601 234 567")
    await person.payload("callback:topic:pesel")
    await person.payload("callback:skip")
    assert any(b.payload == "callback:language:uk" for b in person.buttons)
    await person.send("українською будь ласка")  # the language of the call, not of the bot
    assert "Мова: українська" not in person.text
    assert "When is the best time to call you?" in person.text
    await person.payload("callback:window:asap")
    assert "Ukrainian" in person.text


@pytest.mark.parametrize(
    ("start", "typed", "said"),
    [
        ("en", "I don't understand English", "🤔 That is not a name."),
        ("pl", "не розумію польською", "🤔 To nie jest imię."),
        ("uk", "не понимаю по-украински", "🤔 Це не ім'я."),
        ("ru", "nie rozumiem po rosyjsku", "🤔 Это не имя."),
    ],
)
async def test_not_understanding_a_language_is_no_name_and_offers_the_languages(
    app, start, typed, said
):
    person = Dialogue(app.core, language_hint=start)
    await person.send("/callback")
    await person.payload("person:agree")
    await person.send(typed)
    assert said in person.text
    assert "language:uk" in [b.payload for b in person.buttons]
    await person.send("українською")  # a language named while they are offered: chosen
    assert "✅ Мова: українська." in person.text and "Як вас звати?" in person.text
    await person.send("Olena")
    await person.send("601 234 567")
    await person.send("/mydata")
    assert "Olena" in person.text and typed not in person.text


async def test_the_offered_language_pressed_asks_the_name_in_it(app):
    person = Dialogue(app.core, language_hint="pl")
    await person.send("/callback")
    await person.payload("person:agree")
    await person.send("I don't understand Polish")
    await person.payload("language:en")
    assert "✅ Language: English." in person.text and "What is your name?" in person.text


@pytest.mark.parametrize(
    ("start", "typed", "said", "asked"),
    [
        ("en", "visit in ukrainian please", "✅ Мова: українська.", "Як вас звати?"),
        ("uk", "wizyta po ukraińsku", "✅ Мова: українська.", "Як вас звати?"),
        ("en", "візит польською", "✅ Język: polski.", "Jak masz na imię?"),
        ("pl", "можно на русском", "✅ Язык: русский.", "Как вас зовут?"),
        ("ru", "call me in english please", "✅ Language: English.", "What is your name?"),
    ],
)
async def test_a_sentence_asking_for_a_language_at_the_name_is_no_name(
    app, start, typed, said, asked
):
    """Tester 21, item 11: a sentence that names a language with a word asking for it («in»,
    «po», «на», «please», «українською») typed where the name goes is that language chosen and
    the name asked again in it, never the person's name on the staff card."""
    person = Dialogue(app.core, language_hint=start)
    await person.send("/callback")
    await person.payload("person:agree")
    await person.send(typed)
    assert said in person.text and asked in person.text
    await person.send("Olena")
    await person.send("601 234 567")
    await person.send("/mydata")
    assert "Olena" in person.text and typed not in person.text


@pytest.mark.parametrize(
    ("start", "typed"),
    [("en", "John English"), ("pl", "Anna z Polski"), ("pl", "Nowak Polski"), ("en", "Polina")],
)
async def test_a_name_with_a_language_in_it_stays_a_name(app, start, typed):
    """No word asking for the language («in», «po», «please» beside a lowercase name): a name."""
    person = Dialogue(app.core, language_hint=start)
    await person.send("/callback")
    await person.payload("person:agree")
    await person.send(typed)
    assert "Language:" not in person.text and "Język:" not in person.text
    await person.send("601 234 567")
    await person.send("/mydata")
    assert typed.split()[0] in person.text
