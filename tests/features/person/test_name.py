"""The name step: what people type there that is not their name (a greeting, a refusal, a topic,
"my name is ...") and the names that must still get through."""

from __future__ import annotations

import pytest

from bot.core import markup
from bot.core.session import Person
from bot.storage import sessions
from tests.support.callbacks import STAFF_CHAT, at_the_name_step
from tests.support.dialogue import Dialogue


async def _summary(dialogue: Dialogue) -> str:
    """From the phone step on, to the callback summary."""
    await dialogue.send("601 234 567")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload("callback:language:uk")
    await dialogue.payload("callback:window:asap")
    return dialogue.text


GREETED_BACK = {
    "uk": "Вітаю! 👋 Як вас звати?",
    "ru": "Здравствуйте! 👋 Как вас зовут?",
    "en": "Hello! 👋 What is your name?",
    "pl": "Dzień dobry! 👋 Jak masz na imię?",
}


@pytest.mark.parametrize(
    ("lang", "greeting"),
    [
        ("ru", "Здравствуйте"),
        ("ru", "Добрый день"),
        ("ru", "Доброго дня!"),
        ("uk", "Привіт"),
        ("uk", "Добрий день 👋"),
        ("en", "hello"),
        ("en", "Hi"),
        ("pl", "dzień dobry"),
        ("pl", "Cześć!"),
    ],
)
async def test_a_greeting_alone_is_greeted_back_and_the_name_asked_again(dialogue, lang, greeting):
    await at_the_name_step(dialogue, lang)
    await dialogue.send(greeting)
    assert GREETED_BACK[lang] in dialogue.text
    assert not dialogue.replies[-1].request_contact  # not on to the phone
    await dialogue.send("Olena")
    assert dialogue.replies[-1].request_contact


async def test_staff_get_the_name_given_after_the_greeting_not_the_greeting(
    dialogue, delivery, platform
):
    await at_the_name_step(dialogue, "ru")
    await dialogue.send("Здравствуйте")
    await dialogue.send("Ольга")
    await _summary(dialogue)
    await dialogue.payload(next(b.payload for b in dialogue.buttons if "send" in b.payload))
    await delivery.run()
    [staff_message] = platform.to(STAFF_CHAT)
    assert "Ольга" in staff_message.text and "Здравствуйте" not in staff_message.text


@pytest.mark.parametrize(
    ("lang", "typed", "name"),
    [
        ("ru", "меня зовут Саша", "Саша"),
        ("uk", "мене звати Оля", "Оля"),
        ("en", "my name is John", "John"),
        ("pl", "nazywam się Anna", "Anna"),
        ("pl", "jestem Anna", "Anna"),
        ("ru", "я Саша", "Саша"),
        ("uk", "Добрий день, мене звати Оля Петренко.", "Оля Петренко"),
        ("en", "Hello, I'm Anna!", "Anna"),
    ],
)
async def test_the_name_is_taken_from_after_my_name_is(dialogue, lang, typed, name):
    await at_the_name_step(dialogue, lang)
    await dialogue.send(typed)
    assert dialogue.replies[-1].request_contact
    await dialogue.send("601 234 567")
    await dialogue.send("/mydata")
    assert f": {name}, +48 601 234 567" in dialogue.text


async def test_an_emoji_typed_with_the_name_is_not_part_of_it(dialogue, delivery, platform):
    # tester 42, F14: «Оксана 🙂» was the name on the staff card, in /mydata and «Use: …»
    await at_the_name_step(dialogue, "uk")
    await dialogue.send("Оксана 🙂")
    assert dialogue.replies[-1].request_contact
    await _summary(dialogue)
    await dialogue.payload(next(b.payload for b in dialogue.buttons if "send" in b.payload))
    await delivery.run()
    [staff_message] = platform.to(STAFF_CHAT)
    assert "Оксана" in staff_message.text and "🙂" not in staff_message.text
    await dialogue.send("/mydata")
    assert ": Оксана, +48 601 234 567" in dialogue.text


REFUSAL_ANSWER = {
    "uk": "досить імені або будь-якого імені, яким працівники можуть до вас звертатися",
    "ru": "достаточно имени или любого имени, по которому сотрудники могут к вам обращаться",
    "en": "a first name, or any name staff can call you by, is enough",
    "pl": "wystarczy imię albo jakiekolwiek imię, którym pracownicy mogą się do Ciebie zwracać",
}


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("uk", "не хочу давати ім'я"),
        ("ru", "Не хочу называть своё имя"),
        ("en", "I don't want to give my name"),
        ("pl", "nie chcę podawać imienia"),
    ],
)
async def test_a_refusal_hears_that_any_name_will_do_and_is_asked_again(dialogue, lang, typed):
    await at_the_name_step(dialogue, lang)
    await dialogue.send(typed)
    assert REFUSAL_ANSWER[lang] in dialogue.text
    assert not dialogue.replies[-1].request_contact
    await dialogue.send("Mike")
    assert dialogue.replies[-1].request_contact


async def test_a_word_that_is_no_name_is_asked_again(dialogue):
    await at_the_name_step(dialogue, "uk")
    await dialogue.send("дякую")
    assert "Це не схоже на ім'я" in dialogue.text
    assert not dialogue.replies[-1].request_contact


@pytest.mark.parametrize("typed", ["песель", "мельдунек", "PESEL", "Привіт, мельдунек"])
async def test_a_topic_named_alone_is_offered_an_answer_like_a_question(dialogue, typed):
    await at_the_name_step(dialogue, "uk")
    await dialogue.send(typed)
    assert "Схоже, це запитання, а не ім'я" in dialogue.text
    assert not dialogue.replies[-1].request_contact
    await dialogue.press("Так, відповісти на запитання")
    assert "заповнення припинено, нічого не надіслано" in dialogue.text
    assert "PESEL" in dialogue.text or "Мельдунек" in dialogue.text  # the answer
    await dialogue.send("/mydata")
    assert "Збережено" not in dialogue.text  # nothing saved as a name


LOOKS_LIKE_A_QUESTION = {
    "uk": "Схоже, це запитання, а не ім'я",
    "ru": "Похоже, это вопрос, а не имя",
    "en": "That looks like a question, not a name",
    "pl": "To wygląda na pytanie, a nie na imię",
}
FORM_LEFT = {
    "uk": "заповнення припинено, нічого не надіслано",
    "ru": "заполнение прервано, ничего не отправлено",
    "en": "the form is closed and nothing was sent",
    "pl": "wypełnianie przerwane, nic nie zostało wysłane",
}
ANSWER_IT = {
    "uk": "Так, відповісти на запитання",
    "ru": "Да, ответить на вопрос",
    "en": "Yes, answer my question",
    "pl": "Tak, odpowiedz na pytanie",
}


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("uk", "песель для дитини"),  # words no name has
        ("ru", "песель для ребенка"),
        ("ru", "страховка для ребенка"),
        ("en", "pesel for my child"),
        ("uk", "робота для студента"),
        ("pl", "pesel dziecka"),  # a topic the search answers at once
        ("ru", "страховка ребенку"),
        ("ru", "это для дочки"),  # after «это» too: a name never begins with «для»
    ],
)
async def test_a_question_without_a_question_mark_is_offered_an_answer_not_saved(
    dialogue, lang, typed
):
    await at_the_name_step(dialogue, lang)
    await dialogue.send(typed)
    assert LOOKS_LIKE_A_QUESTION[lang] in dialogue.text
    assert not dialogue.replies[-1].request_contact  # not on to the phone
    await dialogue.press(ANSWER_IT[lang])
    assert FORM_LEFT[lang] in dialogue.text and len(dialogue.replies) > 1  # then the answer
    await dialogue.send("/mydata")
    assert typed not in dialogue.text  # not saved as a name


async def test_a_name_taken_for_a_topic_can_still_be_given(dialogue):
    await at_the_name_step(dialogue, "en")
    await dialogue.send("Pesel")
    await dialogue.press("No, that is my name")
    assert dialogue.replies[-1].request_contact


async def test_a_question_called_a_name_is_asked_for_the_name_alone_not_contradicted(dialogue):
    await at_the_name_step(dialogue, "en")
    await dialogue.send("how do I get pesel for my kid?")
    await dialogue.press("No, that is my name")
    assert "Please type just your name" in dialogue.text
    assert "does not look like a name" not in dialogue.text
    await dialogue.send("Olena")
    assert dialogue.replies[-1].request_contact


@pytest.mark.parametrize(
    "name",
    [
        "Олена",
        "Анна-Марія",
        "O'Neil",
        "Nguyễn Văn An",
        "Саша Петренко",
        "Maria José Kowalska-Nowak",
        "Надія",
        "Віра Любов",
        "Will Smith",
        "Jak",
        "Яна",
        "Olena K.",
        "Olena",
        "Ołeksandr Kowal",
        "Марія-Тереза",
        "Maria da Silva",
        "Li Wei",
        "Света",  # also «свет» (electricity), a housing topic's word
        "Rose",
        "Любов Школьна",
        "Іван В.",
        "Pani Anna",
    ],
)
async def test_real_names_still_get_through_as_typed(dialogue, name):
    await at_the_name_step(dialogue, "en")
    await dialogue.send(name)
    assert "Your phone number" in dialogue.text
    assert f"Name: {name}\n" in await _summary(dialogue)


async def test_a_sentence_confirmed_as_a_name_is_not_saved(dialogue):
    await at_the_name_step(dialogue, "uk")
    await dialogue.send("добрий день мені потрібна допомога з песелем")
    await dialogue.press("Ні, це моє ім'я")
    assert "Напишіть, будь ласка, лише ваше ім'я" in dialogue.text
    assert not dialogue.replies[-1].request_contact
    await dialogue.send("Олена")
    await dialogue.send("601 234 567")
    await dialogue.send("/mydata")
    assert "Олена, +48 601 234 567" in dialogue.text and "добрий день" not in dialogue.text


async def test_a_greeting_saved_as_a_name_before_is_not_offered_again(app, clock, dialogue):
    async with app.services.db.transaction() as tx:
        session = await sessions.load(tx, "console", dialogue.user_id, dialogue.user_id)
        session.memory.consent = "2026-11-20"
        session.memory.person = Person("добрий день мені потрібна допомога з пес", "+48601234567")
        sessions.save(tx, session, clock())
    await dialogue.send("/callback")
    assert "What is your name?" in dialogue.text
    assert not any("добрий день" in b.label for b in dialogue.buttons)
    await dialogue.payload("person:saved")  # the button of an older message
    assert "What is your name?" in dialogue.text and not dialogue.replies[-1].request_contact
    await dialogue.send("Olena")
    assert dialogue.replies[0].request_contact
    await dialogue.press("Use +48 601 234 567")  # the number is still good
    await dialogue.send("/mydata")
    assert "Olena, +48 601 234 567" in dialogue.text


@pytest.mark.parametrize(
    ("lang", "typed", "at_phone"),
    [
        ("ru", "отмена", False),
        ("pl", "anuluj", False),
        ("uk", "скасувати", True),
        ("en", "cancel", True),
    ],
)
async def test_a_word_for_cancel_at_the_name_or_phone_leaves_the_form_not_taken_as_a_name(
    dialogue, lang, typed, at_phone
):
    await at_the_name_step(dialogue, lang)
    if at_phone:
        await dialogue.send("Olena")
    await dialogue.send(typed)
    assert CANCELLED[lang] in dialogue.text  # the form is left: nothing sent, the main menu
    await dialogue.send("601 234 567")  # no longer a form's answer
    assert "601 234 567" not in dialogue.text
    await dialogue.send("/mydata")
    assert typed not in dialogue.text


CANCELLED = {"uk": "Скасовано.", "ru": "Отменено.", "en": "Cancelled.", "pl": "Anulowano."}


async def test_a_word_for_cancel_at_the_consent_leaves_the_form(dialogue):
    dialogue.language_hint = "ru"
    await dialogue.send("/callback")
    await dialogue.send("отмена")
    assert CANCELLED["ru"] in dialogue.text
    await dialogue.send("/mybookings")  # no form left open: no «leave the form?»
    assert "Выйти из формы" not in dialogue.text


NO_STEP_BACK = {
    "uk": "Тут немає кроку назад.",
    "ru": "Здесь нет шага назад.",
    "en": "There is no step back here.",
    "pl": "Tu nie ma kroku wstecz.",
}


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("uk", "назад"), ("ru", "nazad"), ("en", "back please"), ("pl", "wstecz")],
)
async def test_a_word_for_back_at_the_name_is_no_name_and_says_how_to_leave(dialogue, lang, typed):
    """The name step has no «« Back» (tester report 17, item 1): «назад» was saved as the name
    staff would get; now it is told how to leave, and the name is still asked."""
    await at_the_name_step(dialogue, lang)
    await dialogue.send(typed)
    assert NO_STEP_BACK[lang] in dialogue.text
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.send("/mydata")
    assert "Olena" in dialogue.text and typed not in dialogue.text


async def test_back_to_the_menu_at_the_name_leaves_the_form(dialogue):
    await at_the_name_step(dialogue, "ru")
    await dialogue.send("назад в меню")
    assert CANCELLED["ru"] in dialogue.text


async def test_a_word_for_back_at_the_phone_asks_the_name_again(dialogue):
    """«назад» at the phone (tester report 17, item 10) was «not a valid number», three times:
    now it goes back to the name, which can be changed."""
    await at_the_name_step(dialogue, "uk")
    await dialogue.send("Олена")
    await dialogue.send("назад")
    assert "Як вас звати?" in dialogue.text and "не схоже на правильний номер" not in dialogue.text
    await dialogue.send("Оксана")
    await dialogue.send("601 234 567")
    await dialogue.send("/mydata")
    assert "Оксана" in dialogue.text and "Олена" not in dialogue.text


@pytest.mark.parametrize(
    ("lang", "typed", "note"),
    [
        ("pl", "Halyna (sąsiadka, ja tylko pomagam)", "sąsiadka, ja tylko pomagam"),
        ("uk", "Галина (сусідка, я лише допомагаю)", "сусідка, я лише допомагаю"),
        ("en", "Halyna (my neighbour, I am only helping her)", "my neighbour, I am only"),
    ],
)
async def test_a_name_with_a_note_in_brackets_is_the_name_and_the_note_goes_to_staff(
    dialogue, delivery, platform, lang, typed, note
):
    """Tester 35, item 18: five words, but a name and a note in brackets: no «a question?»;
    the name is «Halyna» and the bracket the request's note (README «Known gaps», Forms: it
    was stored as part of the name)."""
    await at_the_name_step(dialogue, lang)
    await dialogue.send(typed)
    assert dialogue.replies[-1].request_contact  # on to the phone
    name = typed.split(" (")[0]
    summary = await _summary(dialogue)
    assert f": {name}\n" in summary  # the name's line
    assert typed not in summary and note in summary
    await dialogue.payload(next(b.payload for b in dialogue.buttons if "send" in b.payload))
    await delivery.run()
    [staff_message] = platform.to(STAFF_CHAT)
    assert f"Imię: {name}\n" in staff_message.text
    assert f"Uwaga od osoby: {note}" in staff_message.text and typed not in staff_message.text
    await dialogue.send("/mydata")
    assert note in dialogue.text and typed not in dialogue.text


async def test_a_bracket_note_and_a_phone_note_both_reach_staff_escaped(
    dialogue, delivery, platform
):
    await at_the_name_step(dialogue, "en")
    await dialogue.send("Halyna (neighbour <b>x</b>)")
    await dialogue.send("601 234 567 after 10am")
    said = "“neighbour <b>x</b> · after 10am”"
    assert "saved as “Halyna”; what you wrote in brackets and with the number" in dialogue.text
    assert said in dialogue.text
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload("callback:language:uk")
    await dialogue.payload("callback:window:asap")
    await dialogue.payload(next(b.payload for b in dialogue.buttons if "send" in b.payload))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Uwaga od osoby: neighbour <b>x</b> · after 10am" in card.text
    assert "&lt;b&gt;x&lt;/b&gt;" in markup.to_html(card.reply.text)


async def test_a_question_in_brackets_is_still_a_question(dialogue):
    await at_the_name_step(dialogue, "en")
    await dialogue.send("Anna (how much does a PESEL cost?)")
    assert not dialogue.replies[-1].request_contact
