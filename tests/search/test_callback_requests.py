"""A typed request to be called back or to talk to a person gets the callback offer, however
many topics the content has: «хочу чтобы мне перезвонили… по телефону» got nothing once a 26th
topic moved its score under the threshold (data.yaml: callback_requests)."""

from __future__ import annotations

import dataclasses

import pytest

from bot import search
from bot.app import load_static
from bot.content.knowledge import KnowledgeBase, Language
from tests.conftest import FIXTURE

ASKING_FOR_A_CALL = [
    (
        "хочу чтобы мне перезвонили, вопрос сложный, лучше по телефону объясню. как это сделать?",
        "ru",
    ),
    ("хочу чтобы мне перезвонили, сама в чате не могу нормально объяснить", "ru"),
    ("передзвоніть мені, будь ласка, питання складне", "uk"),
    ("can someone call me back, it is complicated to explain", "en"),
    ("chcę, żeby ktoś do mnie oddzwonił, sprawa jest skomplikowana", "pl"),
    ("I want to talk to a human", "en"),
    ("perezvonite mne pozhaluysta, slozhnyi vopros", "ru"),
]


def _with_more_topics(kb: KnowledgeBase, more: int) -> KnowledgeBase:
    """The content with `more` topics added (copies of the first ones under other ids): every
    word's rarity, and so every score, moves."""
    languages = {}
    for code, language in kb.languages.items():
        topics = dict(language.topics)
        for topic in list(language.topics.values())[:more]:
            again = f"{topic.id}_again"
            topics[again] = dataclasses.replace(topic, id=again, related=())
        categories = tuple(
            dataclasses.replace(c, topics=tuple(t for t in topics if topics[t].category == c.id))
            for c in language.categories
        )
        languages[code] = Language(code, categories, topics)
    return KnowledgeBase(languages, [])


@pytest.fixture(scope="module", params=[0, 11], ids=["15 topics", "26 topics"])
def searcher(request: pytest.FixtureRequest) -> search.Searcher:
    settings, kb = load_static(FIXTURE / "config.yaml")
    return search.build(_with_more_topics(kb, request.param), settings)


@pytest.mark.parametrize(("question", "lang"), ASKING_FOR_A_CALL)
def test_a_request_to_be_called_back_gets_the_callback_offer_at_once(searcher, question, lang):
    result = searcher.search(question, lang)
    assert result.confident and result.best is not None and result.best.id == "appointment"


@pytest.mark.parametrize(
    ("question", "lang", "topic"),
    [
        ("the office never called me back about my karta pobytu", "en", "legal_stay"),
        ("jak zadzwonić do urzędu w sprawie meldunku", "pl", "meldunek"),
    ],
)
def test_a_topic_the_message_is_about_still_comes_first(searcher, question, lang, topic):
    result = searcher.search(question, lang)
    assert result.best is not None and result.best.id == topic


def test_a_word_that_only_looks_like_one_is_no_request(searcher):
    result = searcher.search("która karta kredytowa ma najlepszy cashback", "pl")
    assert not any(m.id == "appointment" for m in result.matches)
