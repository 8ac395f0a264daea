"""What questions bring is kept bounded: a bot answering months of questions, typos and all,
does not grow without end, and forgetting a word never changes an answer."""

from __future__ import annotations

import random

import pytest

from bot import search
from bot.app import load_static
from bot.search.recent import QUESTION_WORDS, Recent
from tests.conftest import FIXTURE


def test_recent_keeps_what_is_used_and_drops_what_is_not():
    cache: Recent[str, int] = Recent(size=3)
    for n, word in enumerate(["a", "b", "c", "d", "e", "f"]):
        cache[word] = n
        assert cache.get("a") == 0  # used all along: kept
    assert len(cache) <= 2 * 3
    assert cache.get("b") is None  # used once, long ago: gone
    assert cache.get("f") == 5


@pytest.fixture(scope="module")
def searcher() -> search.Searcher:
    settings, kb = load_static(FIXTURE / "config.yaml")
    return search.build(kb, settings)


def test_words_nobody_wrote_before_leave_no_lasting_trace(searcher: search.Searcher):
    questions = [
        ("як зробити песель для дитини", "uk"),
        ("where do I get NFZ insurance", "en"),
        ("gdzie zlozyc wniosek o 800 plus", "pl"),
    ]
    before = [searcher.search(q, lang) for q, lang in questions]
    content = dict(searcher.analyzer.words)  # the content's own words, analysed at the build
    rng = random.Random(3)
    letters = "абвгдежзиклмнопрстуфхцчшщыьэюяіїє"
    for _ in range(3 * QUESTION_WORDS // 4):
        typed = " ".join("".join(rng.choices(letters, k=rng.randint(4, 9))) for _ in range(4))
        searcher.search(f"песель {typed}", "uk")
    index = searcher.index
    for cache in (searcher.analyzer.asked, index._feature_cache, index.stop_cache):
        assert isinstance(cache, Recent) and len(cache) <= 2 * QUESTION_WORDS
    assert searcher.analyzer.words == content  # the content's words stay, all of them
    assert [searcher.search(q, lang) for q, lang in questions] == before
