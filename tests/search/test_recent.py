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
    index = searcher.index
    caches = (searcher.analyzer.asked, index._feature_cache, index.stop_cache)
    assert all(isinstance(c, Recent) and c.size == QUESTION_WORDS for c in caches)
    # the same bound, smaller (the caches are this process's shared search's, given back their
    # size after): 3/4 of it in questions of four new words each fill every cache past it, with
    # 48 searches instead of 1,536 (~4 s)
    small = 64
    for cache in caches:
        cache.size = small
    try:
        rng = random.Random(3)
        letters = "абвгдежзиклмнопрстуфхцчшщыьэюяіїє"
        for _ in range(3 * small // 4):
            typed = " ".join("".join(rng.choices(letters, k=rng.randint(4, 9))) for _ in range(4))
            searcher.search(f"песель {typed}", "uk")
        for cache in caches:
            assert small < len(cache) <= 2 * small  # filled past one generation, and bounded
        assert searcher.analyzer.words == content  # the content's words stay, all of them
        assert [searcher.search(q, lang) for q, lang in questions] == before
    finally:
        for cache in caches:
            cache.size = QUESTION_WORDS
