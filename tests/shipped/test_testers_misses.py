"""What testers who had not read the content asked and were answered wrongly or not at all
(2026-12-05), each as the topic and the part of its answer a user now sees, on the shipped
content. The questions are also in tests/eval/questions.yaml, the development set."""

from __future__ import annotations

import pytest

from bot import search
from bot.app import load_static
from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # the whole shipped content


@pytest.fixture(scope="module")
def searcher() -> search.Searcher:
    settings, kb = load_static(ROOT / "config.yaml")
    return search.build(kb, settings)


def heading(searcher: search.Searcher, result: search.Result, question: str) -> str | None:
    """The heading of the part shown first: answered at once, or where the first «did you
    mean» candidate opens when tapped (the English heading: parts are the same in every
    language)."""
    best = result.best
    assert best is not None
    part = result.part if result.confident else searcher.part_of(question, best.id)
    topic = searcher.parts.kb.topic("en", best.id)
    return None if part is None else topic.parts[part].heading


@pytest.mark.parametrize(
    ("question", "lang", "topic", "part"),
    [
        ("EU blue card", "en", "legal_stay", "EU Blue Card (Niebieska Karta UE)"),
        ("numer alarmowy", "pl", "healthcare", "Emergency"),
        ("employer not paying salary", "en", "employment", "Help"),
        ("my employer didnt pay me salary 2 months what to do", "en", "employment", "Help"),
        ("pracodawca nie placi wyplaty", "pl", "employment", "Help"),
        ("мене звільнили", "uk", "employment", "Dismissal (wypowiedzenie): notice and appeal"),
        ("меня уволили", "ru", "employment", "Dismissal (wypowiedzenie): notice and appeal"),
        (
            "мене вигнали з роботи",
            "uk",
            "employment",
            "Dismissal (wypowiedzenie): notice and appeal",
        ),
        (
            "меня выгнали с работы",
            "ru",
            "employment",
            "Dismissal (wypowiedzenie): notice and appeal",
        ),
        ("I was fired", "en", "employment", "Dismissal (wypowiedzenie): notice and appeal"),
        (
            "wyrzucili mnie z roboty",
            "pl",
            "employment",
            "Dismissal (wypowiedzenie): notice and appeal",
        ),
        ("my employer took my passport", "en", "employment", "Passport taken away"),
        ("pesel for my baby born in poland", "en", "pesel", "PESEL for a child"),
        ("болить зуб", "uk", "healthcare", "Specialists"),
        ("болит зуб", "ru", "healthcare", "Specialists"),
        ("стоматолог бесплатно", "ru", "healthcare", "Specialists"),
        ("зуби", "uk", "healthcare", "Specialists"),
        ("де взяти карту побиту", "uk", "legal_stay", "Temporary residence permit"),
        ("где взять карту побыту", "ru", "legal_stay", "Temporary residence permit"),
        ("профиль доверенный", "ru", "bank_account", "Steps"),
        ("продлить визу", "ru", "legal_stay", "Temporary residence permit"),
    ],
)
def test_the_question_is_answered_at_once_with_the_part_it_asks_about(
    searcher, question, lang, topic, part
):
    result = searcher.search(question, lang)
    assert result.confident and result.best and result.best.id == topic
    assert heading(searcher, result, question) == part


@pytest.mark.parametrize(
    ("question", "lang", "topic"),
    [
        ("скільки коштує дантист", "uk", "healthcare"),
        ("nfz kya hai", "en", "health_insurance"),
        ("pesel kaise milega", "en", "pesel"),
        ("pesel pls", "en", "pesel"),
        ("gdzie zrobic pesel dla dziecka", "pl", "pesel"),
        ("my employer took my passport", "en", "employment"),  # its part: a passport taken away
        ("налоговая декларация pit", "ru", "income_tax"),  # an employee's yearly PIT
        ("где получить пит", "ru", "income_tax"),
    ],
)
def test_the_question_is_answered_at_once(searcher, question, lang, topic):
    result = searcher.search(question, lang)
    assert result.confident and result.best and result.best.id == topic


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("EU blue card", "en"),
        ("blue card for IT specialist", "en"),
        ("niebieska karta ue dla programisty", "pl"),
        ("блакитна карта єс", "uk"),
        ("голубая карта ес", "ru"),
    ],
)
def test_the_eu_blue_card_never_gets_the_domestic_violence_answer_at_once(searcher, question, lang):
    result = searcher.search(question, lang)
    assert not (result.confident and result.best and result.best.id == "domestic_violence")
    assert "legal_stay" in [m.id for m in result.matches]


def test_niebieska_karta_alone_is_still_the_procedure_against_violence(searcher):
    result = searcher.search("co daje niebieska karta", "pl")
    assert result.confident and result.best and result.best.id == "domestic_violence"


def test_a_telephone_for_emergencies_offers_the_emergency_part_first(searcher):
    result = searcher.search("telefon alarmowy", "pl")
    assert result.best and result.best.id == "healthcare"
    assert heading(searcher, result, "telefon alarmowy") == "Emergency"


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        # the content editor's report: nothing at all once the 26th topic was added
        (
            "хочу чтобы мне перезвонили, вопрос сложный, лучше по телефону объясню. "
            "как это сделать?",
            "ru",
        ),
        ("хочу чтобы мне перезвонили, сама в чате не могу нормально объяснить", "ru"),
        ("хочу, щоб мені передзвонили, питання складне, краще поясню телефоном", "uk"),
        ("please call me back, it is hard to explain in a chat", "en"),
        ("proszę oddzwonić, to trudno wyjaśnić na czacie", "pl"),
    ],
)
def test_a_request_to_be_called_back_gets_the_callback_offer_at_once(searcher, question, lang):
    result = searcher.search(question, lang)
    assert result.confident and result.best and result.best.id == "appointment"
