"""The index cache makes a restart faster and never changes an answer."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot import search
from bot.search import indexcache
from bot.search.service import SearchService

pytestmark = pytest.mark.slow  # the whole content, indexed and loaded again

QUESTIONS = [
    ("як зробити песель для дитини", "uk"),
    ("kak zameldovatsya", "ru"),
    ("where do I get NFZ insurance", "en"),
    ("gdzie zlozyc wniosek o 800 plus", "pl"),
]


def test_a_cached_index_gives_the_same_answers_and_a_stale_one_is_rebuilt(
    tmp_path, app, monkeypatch
):
    kb = app.services.kb
    settings = SimpleNamespace(storage_path=tmp_path / "bot.sqlite3")
    monkeypatch.setattr(search._shared, "searchers", {})
    built = search.build_all({"": kb}, settings)[""]
    (cached,) = tmp_path.glob(f"{indexcache.PREFIX}*.pickle")

    monkeypatch.setattr(search._shared, "searchers", {})
    loaded = search.build_all({"": kb}, settings)[""]
    assert loaded is not built
    assert loaded.analyzer is built.analyzer and loaded.parts.kb is kb
    for question, lang in QUESTIONS:
        assert loaded.search(question, lang) == built.search(question, lang)
        long = f"{question}. " * 40
        assert loaded.search(long, lang) == built.search(long, lang)

    stamp = indexcache.version()
    assert indexcache.load(cached, built.analyzer, kb, "another version") is None
    cached.write_bytes(b"not a pickle")
    assert indexcache.load(cached, built.analyzer, kb, stamp) is None
    (tmp_path / f"{indexcache.PREFIX}old.pickle").write_bytes(b"")  # an earlier content's
    monkeypatch.setattr(search._shared, "searchers", {})
    search.build_all({"": kb}, settings)
    assert [p.name for p in tmp_path.glob(f"{indexcache.PREFIX}*")] == [cached.name]
    assert indexcache.load(cached, built.analyzer, kb, stamp) is not None


async def test_the_parts_built_after_start_are_read_after_a_restart(tmp_path, app, monkeypatch):
    """`infopoint run` builds every topic's parts once it answers (SearchService.warm) and
    writes them beside the index: the next start reads them instead of building them again,
    after it answers (the index file does not hold them, so they do not delay the start)."""
    kb = app.services.kb
    settings = SimpleNamespace(storage_path=tmp_path / "bot.sqlite3")
    monkeypatch.setattr(search._shared, "searchers", {})
    first = search.build_all({"": kb}, settings)
    assert not any(first[""].parts.prepared(topic) for topic in kb.topic_ids)
    await SearchService(first, files=search.PartsFiles(settings)).warm()
    assert all(first[""].parts.prepared(topic) for topic in kb.topic_ids)
    (parts,) = tmp_path.glob(f"{indexcache.PARTS_PREFIX}*.pickle")
    written = parts.stat().st_mtime_ns

    monkeypatch.setattr(search._shared, "searchers", {})
    restarted = search.build_all({"": kb}, settings)
    assert restarted[""] is not first[""]
    assert not any(restarted[""].parts.prepared(topic) for topic in kb.topic_ids)
    await SearchService(restarted, files=search.PartsFiles(settings)).warm()
    assert all(restarted[""].parts.prepared(topic) for topic in kb.topic_ids)
    assert parts.stat().st_mtime_ns == written  # read, nothing built to write again
    for question, lang in [*QUESTIONS, ("how much is voluntary NFZ insurance", "en")]:
        assert restarted[""].search(question, lang) == first[""].search(question, lang)

    parts.write_bytes(b"half a file")  # a crash while writing: built again, written anew
    monkeypatch.setattr(search._shared, "searchers", {})
    again = search.build_all({"": kb}, settings)
    await SearchService(again, files=search.PartsFiles(settings)).warm()
    assert all(again[""].parts.prepared(topic) for topic in kb.topic_ids)
    assert indexcache.load_parts(parts, again[""], indexcache.version())


async def test_no_word_of_a_question_is_written_to_the_cache_files(tmp_path, app, monkeypatch):
    """The files beside the database hold the public content's index only: what people typed
    (a name, a phone number in a question) never lands there, also when a topic's parts were
    first built for a question and are written afterwards."""
    kb = app.services.kb
    settings = SimpleNamespace(storage_path=tmp_path / "bot.sqlite3")
    monkeypatch.setattr(search._shared, "searchers", {})
    searchers = search.build_all({"": kb}, settings)
    for question, lang in [
        ("pesel dla dziecka Wierzbołowiczówna 604777888", "pl"),
        ("how much is voluntary NFZ insurance for Szczepankiewicz", "en"),
    ]:
        searchers[""].search(question, lang)
    await SearchService(searchers, files=search.PartsFiles(settings)).warm()
    files = sorted(tmp_path.glob("search-*.pickle"))
    assert any(f.name.startswith(indexcache.PARTS_PREFIX) for f in files)
    for written in files:
        data = written.read_bytes()
        for word in ("wierzbołowiczówna", "wierzbolowiczowna", "szczepankiewicz", "604777888"):
            assert word.encode() not in data, (written.name, word)
