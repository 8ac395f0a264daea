"""Typed questions through the core: answers, feedback, did-you-mean, other languages, and
what is kept for staff (/unanswered)."""

from __future__ import annotations

from bot.app import build
from bot.core.markup import to_plain
from bot.core.messages import Incoming
from tests.conftest import write_config

STAFF_CHAT = "-100123"


async def choose(dialogue, lang: str) -> None:
    await dialogue.payload(f"language:{lang}")


async def rows_of(app):  # type: ignore[no-untyped-def]
    async with app.services.db.transaction() as tx:
        rows = await tx.fetchall("SELECT * FROM unanswered ORDER BY id")
    return [dict(r) for r in rows]


async def test_a_clear_question_gets_the_answer_with_feedback_and_related_topics(dialogue):
    await choose(dialogue, "uk")
    await dialogue.send("песель")
    assert "PESEL" in dialogue.text
    assert "Це допомогло?" in dialogue.text
    assert dialogue.button("Так").payload == "feedback:yes:pesel"
    assert dialogue.button("Ні").payload == "feedback:no:pesel"
    assert dialogue.button("Мельдунек").payload == "topic:meldunek"  # a related topic
    assert all(len(b.payload.encode()) <= 64 for b in dialogue.buttons)


async def test_yes_thanks_and_no_offers_the_next_best_and_a_callback(app, dialogue):
    await choose(dialogue, "en")
    await dialogue.send("where do I get NFZ insurance")
    await dialogue.press("Yes")
    assert "Glad" in dialogue.text
    assert await rows_of(app) == []

    await dialogue.send("where do I get NFZ insurance")
    await dialogue.press("No")
    assert "Sorry it didn't help" in dialogue.text
    assert dialogue.button("callback").payload == "callback"
    assert dialogue.button("Book").payload == "booking"
    topics = [b.payload.split(":")[2] for b in dialogue.buttons if b.payload.startswith("answer:")]
    assert topics and "health_insurance" not in topics
    rows = await rows_of(app)
    assert [(r["kind"], r["topic"], r["text"]) for r in rows] == [
        ("voted_no", "health_insurance", "where do I get NFZ insurance")
    ]


async def test_a_second_no_on_the_same_answer_is_not_counted_twice(app, dialogue):
    await dialogue.send("where do I get NFZ insurance")
    await dialogue.press("No")
    await dialogue.payload("feedback:no:health_insurance")
    assert len(await rows_of(app)) == 1


async def test_a_vague_question_offers_choices_in_the_users_language(dialogue):
    await choose(dialogue, "pl")
    await dialogue.send("kurs")
    assert "Czy chodzi o" in dialogue.text
    payloads = [b.payload for b in dialogue.buttons]
    choices = [p for p in payloads if p.startswith("answer:topic:")]
    assert 2 <= len(choices) <= 3
    assert "callback" in payloads
    assert not any(p.startswith("feedback:") for p in payloads)


async def test_a_question_in_another_language_is_answered_in_the_chosen_one(dialogue):
    await choose(dialogue, "en")
    await dialogue.send("як зробити песель для дитини")
    assert "PESEL number" in dialogue.text  # the English topic
    assert dialogue.button("українською").payload == "answer:lang:uk"


async def test_a_newcomer_who_chose_no_language_is_answered_in_the_one_they_wrote_in(dialogue):
    # (their phone is set to English; they skipped the language buttons and wrote Ukrainian)
    await dialogue.send("як зробити песель для дитини")
    assert "Номер PESEL" in dialogue.text
    assert dialogue.button("English").payload == "answer:lang:en"
    await dialogue.send("/menu")
    assert dialogue.button("Документи")  # Ukrainian from now on
    await dialogue.send("pesel")  # says nothing of its language: they stay in Ukrainian
    assert "Номер PESEL" in dialogue.text
    await dialogue.payload("answer:lang:en")  # the first answer's button: their choice now
    assert "PESEL number" in dialogue.text
    await dialogue.send("як зробити песель для дитини")
    assert "PESEL number" in dialogue.text


async def test_a_word_that_finds_nothing_does_not_move_a_newcomer_into_another_language(
    dialogue,
):
    await dialogue.send("tue")  # (a Russian word written in Latin letters, too, but no question)
    assert "I have no answer to that" in dialogue.text
    await dialogue.send("/menu")
    assert dialogue.button("Documents")  # still English


async def test_polish_words_do_not_move_a_newcomer_into_polish(dialogue):
    dialogue.language_hint = "uk"
    for said in ("karta pobytu", "скільки чекати karta pobytu"):  # (the Polish names of things)
        await dialogue.send(said)
        assert "Перебування" in dialogue.text or "карт" in dialogue.text.lower()
    await dialogue.send("/menu")
    assert dialogue.button("Документи")


async def test_a_clearly_polish_sentence_moves_a_newcomer_into_polish(dialogue):
    """Tester report 30: a whole sentence with Polish letters is followed as an English one is,
    the way back a tap away."""
    dialogue.language_hint = "uk"
    await dialogue.send("karta pobytu ile się czeka")
    assert dialogue.text.startswith("💬 Piszesz po polsku"), dialogue.text[:200]
    assert dialogue.button("українською").payload == "answer:lang:uk"


async def test_answer_me_in_ukrainian_switches_and_answers_the_same_question_again(dialogue):
    await choose(dialogue, "en")
    await dialogue.send("як зробити песель для дитини")
    await dialogue.press("українською")
    assert "Номер PESEL" in dialogue.text  # the same answer, now in Ukrainian
    assert "дитин" in dialogue.text  # the part about children first
    await dialogue.send("/menu")
    assert dialogue.button("Документи")  # Ukrainian from now on


async def test_nothing_relevant_says_so_and_offers_menu_hours_and_callback(app, dialogue):
    await choose(dialogue, "ru")
    await dialogue.send("какая погода в варшаве")
    assert "нет ответа" in dialogue.text
    payloads = {b.payload for b in dialogue.buttons}
    assert {"hours", "callback"} <= payloads
    assert any(p.startswith("category:") for p in payloads)
    rows = await rows_of(app)
    assert len(rows) == 1
    row = rows[0]
    assert (row["kind"], row["text"], row["language"], row["topic"]) == (
        "off_topic",
        "какая погода в варшаве",
        "ru",
        None,
    )  # staff see it apart (/unanswered)
    # whose question it is, only so that /forget can delete it; which office's staff see it
    assert set(row) == {
        "id",
        "text",
        "language",
        "kind",
        "topic",
        "created_at",
        "subject",
        "office",
    }
    assert row["office"] == "main"
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    assert await rows_of(app) == []


async def test_greetings_and_thanks_get_a_short_friendly_answer(app, dialogue):
    await choose(dialogue, "uk")
    await dialogue.send("Привіт!")
    assert "Вітаю" in dialogue.text
    await dialogue.send("дякую")
    assert "Будь ласка" in dialogue.text
    assert await rows_of(app) == []


async def test_an_acknowledgement_or_asking_who_answers_gets_a_short_reply_not_no_answer(
    app, dialogue
):
    await choose(dialogue, "ru")
    await dialogue.send("понятно")
    assert "Хорошо" in dialogue.text and "нет ответа" not in dialogue.text
    assert dialogue.button("Язык").payload == "language"  # the menu
    await dialogue.send("вы здесь?")
    assert "чат-бот информационного пункта" in dialogue.text
    assert await rows_of(app) == []  # neither is kept as a question without an answer


async def test_typed_commands_lead_to_their_buttons(dialogue):
    await choose(dialogue, "en")
    await dialogue.send("delete my data")
    assert dialogue.button("Delete my data").payload == "privacy:ask"
    await dialogue.send("cancel my visit")
    assert dialogue.button("My visits").payload == "booking:mine"
    await dialogue.send("can i book appointment")
    assert {"callback", "booking"} <= {b.payload for b in dialogue.buttons}
    await dialogue.send("change language to polish")
    assert "po polsku" in dialogue.text  # offered in the language asked for
    assert dialogue.button("Polski").payload == "language:pl"
    await dialogue.send("а можна по русски? мне так проще")  # surzhyk, with why (tester 36)
    assert dialogue.button("Русский").payload == "language:ru"
    await dialogue.send("змінити мову")
    assert {"language:uk", "language:ru", "language:en", "language:pl"} <= {
        b.payload for b in dialogue.buttons
    }
    await dialogue.send("english please")  # English already: said so, no button to switch
    assert "Language: English" in dialogue.text
    assert "language:en" not in {b.payload for b in dialogue.buttons}


async def test_hours_and_callback_questions_lead_to_those_flows(dialogue):
    await choose(dialogue, "en")
    await dialogue.send("when are you open")
    assert "opening hours" in dialogue.text.lower() or "duty hours" in dialogue.text.lower()
    await dialogue.send("please call me back")
    payloads = {b.payload for b in dialogue.buttons}
    assert {"callback", "booking"} <= payloads


async def test_asking_to_be_called_back_in_a_longer_message_offers_the_callback(dialogue):
    # «хочу чтобы мне перезвонили…» got «I have no answer» once a new topic moved its score
    await choose(dialogue, "ru")
    await dialogue.send(
        "хочу чтобы мне перезвонили, вопрос сложный, лучше по телефону объясню. как это сделать?"
    )
    assert "Вы можете поговорить с сотрудником: закажите звонок" in dialogue.text
    await dialogue.press("Заказать звонок")
    assert "person:agree" in {b.payload for b in dialogue.buttons}  # the callback form starts


async def test_forged_feedback_buttons_are_expired(dialogue):
    for payload in (
        "feedback:no:no_such_topic",
        "feedback:x:pesel",
        "feedback:yes",
        "feedback:yes:pesel:extra",
    ):
        await dialogue.payload(payload)
        assert "no longer active" in dialogue.text


async def test_staff_see_unanswered_questions_without_personal_data(tmp_path, clock):
    app = await build(write_config(tmp_path, staff__chat_id=int(STAFF_CHAT)), clock=clock)
    try:
        user = Incoming("telegram", "555", "555", "uk", text="хто виграв *футбол* вчора [1]")
        await app.core.handle(user)
        for user in ("555", "555", "556"):  # asked again: one line a person, the newest
            await app.core.handle(Incoming("telegram", user, user, "uk", text="ывапролд жэхз"))
        question = "як зробити песель для дитини"
        await app.core.handle(Incoming("telegram", "555", "555", "uk", text=question))
        await app.core.handle(Incoming("telegram", "555", "555", "uk", payload="feedback:no:pesel"))
        staff = Incoming("telegram", "777", STAFF_CHAT, "pl", command="unanswered")
        replies = await app.core.handle(staff)
        text = to_plain(replies[0].text)
        assert "хто виграв *футбол* вчора [1]" in text  # shown literally, not as markup
        assert "chyba spoza naszej tematyki\n  „хто виграв" in text  # football: off-topic
        assert "brak odpowiedzi\n  „ывапролд жэхз”" in text  # nothing known at all
        assert text.count("„ывапролд жэхз”") == 2  # 555's twice: once; 556's: its own
        assert "· ukraiński ·" in text and "· uk ·" not in text  # a name, not a code
        assert "nie pomogło: Numer PESEL" in text
        assert "555" not in text
        assert text.endswith(
            "przekaż osobie, która redaguje odpowiedzi bota: dopisze je do treści."
        )
        elsewhere = await app.core.handle(
            Incoming("telegram", "555", "555", "uk", command="unanswered")
        )
        assert "футбол" not in to_plain(elsewhere[0].text)  # only in the staff chat
    finally:
        await app.close()


async def test_staff_list_is_empty_at_first(tmp_path, clock):
    app = await build(write_config(tmp_path, staff__chat_id=int(STAFF_CHAT)), clock=clock)
    try:
        staff = Incoming("telegram", "777", STAFF_CHAT, "pl", command="unanswered")
        replies = await app.core.handle(staff)
        assert "nie ma pytań" in to_plain(replies[0].text)
    finally:
        await app.close()


async def test_phones_emails_and_long_numbers_are_masked_before_a_question_is_kept(app, dialogue):
    await dialogue.send("qwzx plorf +48 601 234 567, olena.k@example.com, 85010112345 vbnm")
    [row] = await rows_of(app)
    assert "601" not in row["text"] and "example.com" not in row["text"]
    assert "85010112345" not in row["text"] and "qwzx plorf" in row["text"]


async def test_no_offers_the_answers_related_topics_not_topics_that_share_a_word(dialogue):
    await choose(dialogue, "en")
    await dialogue.send("how do I register my address")
    await dialogue.press("No")
    topics = [b.payload.split(":")[2] for b in dialogue.buttons if b.payload.startswith("answer:")]
    assert topics[0] == "pesel"  # the next best, clearly
    assert "housing" in topics  # the answer's own «see also»
    assert "vocational_courses" not in topics  # one word in common: not worth a button


async def test_a_polish_sentence_moves_a_newcomer_without_a_cyrillic_language_into_polish(
    dialogue,
):
    # (their phone is set to English, or tells nothing; they write whole Polish sentences)
    await dialogue.send("Jak mogę dostać kartę pobytu?")
    assert "Pobyt, wizy, karta pobytu" in dialogue.text
    assert dialogue.button("English").payload == "answer:lang:en"
    await dialogue.send("/menu")
    assert dialogue.button("Dokumenty")


async def test_polish_names_of_things_do_not_move_a_newcomer_into_polish(dialogue):
    await dialogue.send("pesel dla dziecka")
    assert "PESEL number" in dialogue.text
    assert dialogue.button("po polsku").payload == "answer:lang:pl"  # offered
    await dialogue.send("/menu")
    assert dialogue.button("Documents")


async def test_asking_where_the_office_is_in_function_words_gets_the_hours_and_addresses(
    app, dialogue
):
    # «где вас найти» has no content word to search: it got «I have no answer»
    for lang, question in [
        ("ru", "где вас найти?"),
        ("uk", "Добрий день, де вас знайти?"),
        ("en", "where are you"),
        ("pl", "gdzie was znaleźć"),
    ]:
        await choose(dialogue, lang)
        await dialogue.send(question)
        assert "ul. Radomska 45" in dialogue.text, (question, dialogue.text)  # the address
        assert "infopoint@example.org" in dialogue.text  # and the contacts
    assert await rows_of(app) == []  # none kept as a question without an answer
