"""Tester 30 (2026-12-06), with the shipped content, through the real core, in the four
languages: «а для дитини?» right after an answer is read within the topic just answered (its
part for a child, or, where it has none, that topic offered first); a clearly Polish sentence
(«ile płacić zus») after Ukrainian or Russian ones is answered in Polish; «алло», 👋 get the
greeting, «бот тупий», «useless bot» the apology and the way to a person 😡 gets."""

from __future__ import annotations

import pytest

from tests.shipped.test_follow_up import CHILD, MELDUNEK, PESEL, app, opens, person
from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content

__all__ = ["app"]  # (the fixture, shared with test_follow_up)

NFZ = {"uk": "Медичне страхування (NFZ)", "en": "Health insurance (NFZ)"}


@pytest.mark.parametrize(
    ("lang", "first", "follow_up"),
    [
        ("uk", "як отримати песель", "а для дитини?"),
        ("ru", "как получить песель", "а ребенку?"),
        ("en", "how do I get a pesel", "and for my child?"),
        ("pl", "jak dostać numer pesel", "a dla dziecka?"),
        ("uk", "песель для дитини", "а якщо дитина народилась тут?"),
    ],
)
async def test_and_for_a_child_after_pesel_opens_its_part_for_a_child(app, lang, first, follow_up):
    dialogue = await person(app, lang)
    await dialogue.send(first)
    assert dialogue.text.startswith(PESEL[lang]), dialogue.text[:300]
    await dialogue.send(follow_up)
    opens(dialogue, PESEL[lang], CHILD[lang])
    dialogue.button("📖")  # the whole answer a tap away


@pytest.mark.parametrize(("lang", "first"), [("uk", "медичне страхування"), ("en", "nfz")])
async def test_and_for_children_after_health_insurance_opens_a_part_about_children(
    app, lang, first
):
    dialogue = await person(app, lang)
    await dialogue.send(first)
    assert dialogue.text.startswith(NFZ[lang]), dialogue.text[:300]
    await dialogue.send("а для дітей?" if lang == "uk" else "and for kids?")
    opens(dialogue, NFZ[lang])
    part = dialogue.text.split("\n\n")[1]
    assert any(word in part for word in ("дітей", "children")), part


FOR_A_CHILD = {"uk": "Для дитини", "ru": "Для ребёнка", "en": "For a child", "pl": "Dla dziecka"}


@pytest.mark.parametrize(
    ("lang", "first", "follow_up"),
    [
        ("uk", "як зробити мельдунек", "а для дитини?"),
        ("ru", "как сделать мельдунек", "а для детей?"),
        ("en", "how to register address", "and for my child?"),
        ("pl", "jak zrobić meldunek", "a dla dziecka?"),
    ],
)
async def test_and_for_a_child_after_meldunek_opens_its_part_for_a_child(
    app, lang, first, follow_up
):
    # (until the twenty-ninth session meldunek had no such part: its topic was offered first)
    dialogue = await person(app, lang)
    await dialogue.send(first)
    opens(dialogue, MELDUNEK[lang])
    await dialogue.send(follow_up)
    opens(dialogue, MELDUNEK[lang], FOR_A_CHILD[lang])
    dialogue.button("📖")  # the whole answer a tap away


@pytest.mark.parametrize(
    ("lang", "question", "says"),
    [
        (
            "en",
            "how do I register my newborn at our address",
            "only if a parent is a citizen of Poland",
        ),
        ("uk", "новонародженого треба прописати?", "лише тоді, коли хтось із батьків"),
        ("ru", "нужно ли прописывать новорожденного", "только если кто-то из родителей"),
        ("pl", "urodziło nam się dziecko, trzeba je zameldować?", "tylko wtedy, gdy jedno z"),
    ],
)
async def test_a_newborn_s_meldunek_is_answered_at_once_at_meldunek_s_part_for_a_child(
    app, lang, question, says
):
    """A newborn's meldunek was a «did you mean» with PESEL beside meldunek (en), PESEL's whole
    part on the birth (ru), or meldunek's whole answer (uk, pl), which said nothing of babies.
    The USC does the baby's meldunek only for a Polish citizen's child (the act on population
    records, art. 29 and 40): the part says so, and that foreign parents do it at the office."""
    dialogue = await person(app, lang)
    await dialogue.send(question)
    opens(dialogue, MELDUNEK[lang], FOR_A_CHILD[lang])
    part = dialogue.text.split("\n\n")[1]
    assert says in part and "Radomska 45" in part, part  # (the town's office)
    assert "PESEL" in part  # (the baby's PESEL: from the USC, PESEL's part for a child)


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("en", "pesel for my newborn"),
        ("uk", "песель для новонародженого"),
        ("ru", "как получить песель новорожденному"),
        ("pl", "pesel dla noworodka"),
    ],
)
async def test_a_newborn_s_pesel_stays_pesel_s_part_for_a_child(app, lang, question):
    dialogue = await person(app, lang)
    await dialogue.send(question)
    opens(dialogue, PESEL[lang], CHILD[lang])
    assert MELDUNEK[lang] in dialogue.text  # (its meldunek: where to read about it)


@pytest.mark.parametrize(
    ("lang", "question", "title"),
    [
        ("uk", "pesel dla dziecka", PESEL["uk"]),  # a question of its own: not sticky
        ("pl", "szkoła dla dziecka", "Szkoła i przedszkole"),
    ],
)
async def test_a_question_naming_its_topic_is_not_read_within_the_last_one(
    app, lang, question, title
):
    dialogue = await person(app, lang)
    await dialogue.send("meldunek")
    await dialogue.send(question)
    assert dialogue.text.startswith(title), dialogue.text[:300]


async def test_and_for_a_child_long_after_an_answer_is_searched_as_any(app):
    dialogue = await person(app, "en")
    await dialogue.send("meldunek")
    app[1].advance(hours=2)
    await dialogue.send("and for my child?")
    assert "no separate part" not in dialogue.text
    assert not dialogue.text.startswith(MELDUNEK["en"])


def newcomer(app, lang: str, user: str) -> Dialogue:  # type: ignore[no-untyped-def]
    """Someone who chose no language, their phone set to `lang`."""
    return Dialogue(app[0].core, user_id=user, language_hint=lang)


@pytest.mark.parametrize(
    ("lang", "first", "polish", "title"),
    [
        ("uk", "як отримати песель", "ile płacić zus", "ZUS: L4, macierzyński, emerytura"),
        ("ru", "как получить песель", "jak zrobić meldunek", MELDUNEK["pl"]),
    ],
)
async def test_a_clearly_polish_question_is_answered_in_polish(app, lang, first, polish, title):
    dialogue = newcomer(app, lang, f"pl-after-{lang}")
    await dialogue.send(first)
    assert dialogue.text.startswith(PESEL[lang]), dialogue.text[:300]
    await dialogue.send(polish)
    assert dialogue.text.startswith("💬 Piszesz po polsku"), dialogue.text[:300]
    assert title in dialogue.text.split("\n\n")[1]
    back = dialogue.buttons[0]  # the way back, first
    assert back.payload == f"answer:lang:{lang}"
    await dialogue.press(back.label)
    assert dialogue.text.startswith(MELDUNEK[lang] if "meldunek" in polish else "ZUS")


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("як зробити meldunek", MELDUNEK["uk"]),  # a borrowed term among Ukrainian words
        ("karta pobytu", "Перебування, візи, карта побиту"),  # a name, no sentence
        ("pesel dla dziecka", PESEL["uk"]),  # no Polish letter
    ],
)
async def test_a_polish_name_among_ukrainian_words_stays_ukrainian(app, question, title):
    dialogue = newcomer(app, "uk", "names")
    await dialogue.send(question)
    assert dialogue.text.startswith(title), dialogue.text[:300]
    assert "Piszesz po polsku" not in dialogue.text  # (Polish at most offered: a button)


async def test_a_chosen_language_is_kept_for_a_polish_question(app):
    dialogue = await person(app, "uk")
    await dialogue.send("ile płacić zus")
    assert dialogue.text.startswith("ZUS: лікарняні"), dialogue.text[:300]


GREETING = {
    "uk": "👋 Вітаю!",
    "ru": "👋 Здравствуйте!",
    "en": "👋 Hello!",
    "pl": "👋 Dzień dobry!",
}
SORRY = {
    "uk": "😔 Вибачте",
    "ru": "😔 Извините",
    "en": "😔 I'm sorry",
    "pl": "😔 Przepraszam",
}
CALLBACK = {"uk": "Замовити дзвінок", "ru": "Заказать звонок", "en": "callback", "pl": "telefon"}


@pytest.mark.parametrize(
    ("lang", "hello", "scold"),
    [
        ("uk", "алло", "бот тупий"),
        ("ru", "алё", "глупый бот"),
        ("en", "hello?", "useless bot"),
        ("pl", "halo", "głupi bot"),
        ("uk", "👋", "ти тупий"),
        ("en", "anybody there?", "this bot is so stupid"),
        ("ru", "алло", "тупой бот не помогает"),  # (a longer scolding had «no answer»)
        ("uk", "алло", "бот нічим не допомагає"),
        ("pl", "halo", "głupi bot nie pomaga"),
        ("en", "hello?", "this bot doesn't help"),
    ],
)
async def test_short_messages_get_a_greeting_or_an_apology(app, lang, hello, scold):
    dialogue = await person(app, lang)
    await dialogue.send(hello)
    assert dialogue.text.startswith(GREETING[lang]), dialogue.text[:200]
    await dialogue.send(scold)
    said = dialogue.text
    assert said.startswith(SORRY[lang]), said[:200]
    assert dialogue.button(CALLBACK[lang]).payload == "callback"  # the way to a person
    await dialogue.send("😡")
    assert dialogue.text == said  # the same reply as the emoji's


async def test_a_scolding_inside_a_question_is_still_answered(app):
    dialogue = await person(app, "en")
    await dialogue.send("stupid question but how do I get a pesel")
    assert dialogue.text.startswith(PESEL["en"]), dialogue.text[:200]
