"""A tester (report 20, 2026-12-06) found that a short follow-up lost the topic just answered:
«а скільки це коштує?» after the PESEL answer, «how much does it cost?» after meldunek got an
unrelated «did you mean» (criminal record, sworn translators, studies). A follow-up with no
topic words of its own, right after an answer, is read in that topic's context: its part about
the cost, the time, the place or the documents, or, where the topic has none, a line saying so
above the whole answer. A follow-up that names another topic is searched as before. Through the
real core, with the shipped content, in the four languages.

The same tester found no part answering «how long does a karta pobytu take?»: legal stay has one
now (waiting for the decision, the ponaglenie), opened first for such questions."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ROOT, Clock
from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content

MELDUNEK = {
    "uk": "Мельдунек (реєстрація адреси)",
    "ru": "Мельдунек (регистрация адреса)",
    "en": "Meldunek (address registration)",
    "pl": "Meldunek (zameldowanie)",
}
PESEL = {
    "uk": "Номер PESEL (і PESEL UKR)",
    "ru": "Номер PESEL (и PESEL UKR)",
    "en": "PESEL number (incl. PESEL UKR)",
    "pl": "Numer PESEL (też PESEL UKR)",
}
WAITING = {
    "uk": "Очікування рішення: скільки чекати і що робити, якщо затягують (ponaglenie)",
    "ru": "Ожидание решения: сколько ждать и что делать, если затягивают (ponaglenie)",
    "en": "Waiting for the decision: how long it takes, delays (ponaglenie)",
    "pl": "Oczekiwanie na decyzję: ile to trwa i co zrobić, gdy się przeciąga (ponaglenie)",
}
DID_YOU_MEAN = ("Ви мали на увазі", "Вы имели в виду", "Did you mean", "Czy chodziło")
SAME = ("Це все, що про це", "Это всё, что об этом", "This is all the answer", "To wszystko, co")


@pytest.fixture
async def app(tmp_path):  # type: ignore[no-untyped-def]
    from bot.app import build

    today = dt.datetime.now(dt.UTC).date()  # (the shipped content was checked up to today)
    clock = Clock(dt.datetime.combine(today, dt.time(9, 0), dt.UTC))
    built = await build(ROOT / "config.yaml", storage_path=tmp_path / "db.sqlite3", clock=clock)
    yield built, clock
    await built.close()


async def person(app, lang: str) -> Dialogue:  # type: ignore[no-untyped-def]
    dialogue = Dialogue(app[0].core, user_id=f"person-{lang}", language_hint=lang)
    await dialogue.payload(f"language:{lang}")
    return dialogue


def opens(dialogue: Dialogue, title: str, heading: str | None = None) -> None:
    """The reply is the topic's answer, opened at the part under `heading` if given (the part
    just shown again: said so above it, tests/shipped/test_tester_35_search.py)."""
    text = dialogue.text
    if text.startswith(SAME):
        text = text.split("\n\n", 1)[1]
    assert text.startswith(f"{title}\n\n"), text[:300]
    if heading is not None:
        assert text.split("\n")[2].startswith(heading), text[:300]
    assert not any(d in text for d in DID_YOU_MEAN), text[:300]


@pytest.mark.parametrize(
    ("lang", "first", "follow_up", "heading", "said"),
    [
        ("en", "meldunek", "how much does it cost?", "Cost", "17 zł"),
        ("en", "meldunek", "and which documents?", "Bring", "passport"),
        ("en", "meldunek", "where do I go", "Steps", "Radomska 45"),
        ("en", "meldunek", "how long does it take", "Deadlines", "4th day"),
        ("uk", "мельдунек", "а скільки це коштує?", "Вартість", "17 зл"),
        ("uk", "мельдунек", "а де це зробити?", "Кроки", "Radomska 45"),
        ("ru", "мельдунек", "а сколько ждать?", "Сроки", "4-го дня"),
        ("ru", "мельдунек", "какие документы нужны?", "Что взять", "паспорт"),
        ("pl", "meldunek", "ile to kosztuje?", "Koszt", "17 zł"),
        ("pl", "meldunek", "a gdzie to załatwić?", "Kroki", "Radomska 45"),
    ],
)
async def test_a_follow_up_after_meldunek_opens_its_part(
    app, lang, first, follow_up, heading, said
):
    dialogue = await person(app, lang)
    await dialogue.send(first)
    opens(dialogue, MELDUNEK[lang])
    await dialogue.send(follow_up)
    opens(dialogue, MELDUNEK[lang], heading)
    assert said in dialogue.text
    dialogue.button("📖")  # the whole answer a tap away


@pytest.mark.parametrize(
    ("lang", "first", "follow_up", "free"),
    [
        ("uk", "як зробити песель", "а скільки це коштує?", "безкоштовн"),
        ("ru", "песель для ребенка как сделать", "спасибо, а сколько это стоит?", "бесплатн"),
        ("en", "how do I get a pesel", "is it free?", "free"),
        ("pl", "jak dostać numer pesel", "ile to kosztuje?", "bezpłatn"),
    ],
)
async def test_the_cost_of_pesel_after_its_answer(app, lang, first, follow_up, free):
    dialogue = await person(app, lang)
    await dialogue.send(first)
    assert dialogue.text.startswith(PESEL[lang]), dialogue.text[:300]
    await dialogue.send(follow_up)
    opens(dialogue, PESEL[lang])
    assert free in dialogue.text.lower()


CHILD = {
    "uk": "PESEL для дитини",
    "ru": "PESEL для ребёнка",
    "en": "PESEL for a child",
    "pl": "PESEL dla dziecka",
}


@pytest.mark.parametrize(
    ("lang", "first", "follow_up", "free"),
    [
        ("uk", "як зробити песель", "а скільки це коштує для дитини?", "безкоштовн"),
        ("ru", "как получить песель", "а для ребенка сколько стоит?", "бесплатн"),
        ("en", "how do I get a pesel", "how much does it cost for a child", "free"),
        ("pl", "jak dostać numer pesel", "a ile kosztuje dla dziecka?", "bezpłatn"),
    ],
)
async def test_a_follow_up_for_a_child_opens_the_part_for_a_child(
    app, lang, first, follow_up, free
):
    """Words for a child beside the follow-up's own («how much does it cost for a child» after
    PESEL, the tester's): still a follow-up, at the part for a child, not a new search."""
    dialogue = await person(app, lang)
    await dialogue.send(first)
    assert dialogue.text.startswith(PESEL[lang]), dialogue.text[:300]
    await dialogue.send(follow_up)
    opens(dialogue, PESEL[lang], CHILD[lang])
    assert free in dialogue.text.lower()


async def test_a_question_about_a_child_naming_another_topic_is_searched(app):
    dialogue = await person(app, "uk")
    await dialogue.send("як зробити песель")
    await dialogue.send("скільки коштує садочок для дитини?")
    assert not dialogue.text.startswith(PESEL["uk"]), dialogue.text[:300]


@pytest.mark.parametrize(
    ("lang", "follow_up", "said"),
    [
        ("en", "how long does it take?", "does not say how long it takes"),
        ("ru", "а сколько ждать?", "не сказано, сколько это длится"),
        ("pl", "ile to trwa?", "nie mówi, ile to trwa"),
    ],
)
async def test_a_topic_without_such_a_part_says_so_and_shows_itself(app, lang, follow_up, said):
    """Bank account says nothing of how long opening one takes (in these languages)."""
    dialogue = await person(app, lang)
    await dialogue.payload("topic:bank_account")
    title = dialogue.text.split("\n")[0]
    await dialogue.send(follow_up)
    text = dialogue.text
    assert text.startswith(f"{text.split('«')[0]}«{title}»"), text[:300]
    assert said in text
    assert f"\n\n{title}\n\n" in text  # the whole answer below
    assert "📖" not in " ".join(b.label for b in dialogue.buttons)
    dialogue.button("📞")  # the way to a person


async def test_a_follow_up_naming_another_topic_is_searched_as_before(app):
    dialogue = await person(app, "en")
    await dialogue.send("meldunek")
    await dialogue.send("how much does a karta pobytu cost?")
    assert dialogue.text.startswith("Legal stay, visas, karta pobytu\n\n"), dialogue.text[:300]


@pytest.mark.parametrize(
    ("lang", "question"),
    [("en", "where are you?"), ("uk", "а де ви знаходитесь?"), ("pl", "gdzie jesteście?")],
)
async def test_asking_where_the_information_point_is_is_no_follow_up(app, lang, question):
    dialogue = await person(app, lang)
    await dialogue.send("meldunek")
    await dialogue.send(question)
    assert not dialogue.text.startswith(MELDUNEK[lang]), dialogue.text[:300]
    assert "Radomska" not in dialogue.text.split("\n")[0]


async def test_a_follow_up_long_after_the_answer_is_not_read_in_its_context(app):
    dialogue = await person(app, "en")
    await dialogue.send("meldunek")
    app[1].advance(hours=2)
    await dialogue.send("how much does it cost?")
    assert not dialogue.text.startswith(MELDUNEK["en"]), dialogue.text[:300]


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("en", "how long does a karta pobytu take?"),
        ("en", "how long does it take to get my karta pobytu after applying"),
        ("uk", "скільки чекати на карту побиту"),
        ("uk", "skilky treba chekaty na kartu pobytu"),
        ("ru", "сколько ждать карту побыту"),
        ("pl", "jak długo czeka się na kartę pobytu"),
        ("pl", "ile trwa wydanie karty pobytu"),
    ],
)
async def test_how_long_a_karta_pobytu_takes_opens_the_part_on_waiting(app, lang, question):
    dialogue = await person(app, lang)
    await dialogue.send(question)
    text = dialogue.text
    assert text.split("\n")[2] == WAITING[lang], text[:300]
    assert "ponaglenie" in text and "7" in text
    assert "wielokultury.wroclaw.pl" in text  # its own sources under it


@pytest.mark.parametrize(
    ("lang", "first", "follow_up"),
    [
        ("uk", "карта побиту", "а скільки чекати?"),
        ("en", "karta pobytu", "how long does it take?"),
    ],
)
async def test_waiting_for_a_karta_pobytu_asked_as_a_follow_up(app, lang, first, follow_up):
    dialogue = await person(app, lang)
    await dialogue.send(first)
    await dialogue.send(follow_up)
    assert dialogue.text.split("\n")[2] == WAITING[lang], dialogue.text[:300]


LEGAL_STAY = {
    "uk": "Перебування, візи, карта побиту",
    "ru": "Пребывание, визы, карта побыту",
    "en": "Legal stay, visas, karta pobytu",
    "pl": "Pobyt, wizy, karta pobytu",
}
TEMPORARY = {
    "uk": "Як отримати дозвіл на тимчасове перебування",
    "ru": "Как получить разрешение на временное пребывание",
    "en": "How to get a temporary residence permit",
    "pl": "Jak uzyskać zezwolenie na pobyt czasowy",
}


@pytest.mark.parametrize(
    ("lang", "first", "follow_up"),
    [
        ("ru", "как получить карту побыту", "а сколько это стоит?"),
        ("pl", "karta pobytu", "ile to kosztuje?"),
        ("en", "residence card", "how much does it cost?"),
        ("uk", "карта побиту", "а скільки це коштує?"),
    ],
)
async def test_the_cost_of_a_karta_pobytu_is_the_fee_of_a_temporary_permit(
    app, lang, first, follow_up
):
    """A tester (2026-12-06): the follow-up opened at the CUKR card's fee for Ukrainians (the
    part for Ukrainians scored alike and came first); nobody said a Ukrainian asks."""
    dialogue = await person(app, lang)
    await dialogue.send(first)
    await dialogue.send(follow_up)
    opens(dialogue, LEGAL_STAY[lang], TEMPORARY[lang])
