"""The index cache makes a restart faster and never changes an answer."""

from __future__ import annotations

import asyncio
import multiprocessing.spawn
import os
from dataclasses import replace
from types import SimpleNamespace

import pytest
import yaml

from bot import search
from bot.search import indexcache, parts
from bot.search.result import Result
from bot.search.service import SearchService
from tests.conftest import FIXTURE, write_config

pytestmark = pytest.mark.slow  # a content indexed and loaded again, child processes started

# The fixture content cut to the topics the questions below ask for and a few beside them (the
# index, the parts and every child's build cost a third of the whole fixture content's): what
# is checked is that a read or a child's index answers as one built here, whatever the content.
TOPICS = (
    "pesel",
    "meldunek",
    "health_insurance",
    "healthcare",
    "employment",
    "benefits",
    "housing",
)


@pytest.fixture(scope="module")
def content_dir(tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("content")
    for source in sorted((FIXTURE / "content").glob("faq_*.yaml")):
        data = yaml.load(source.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        data["topics"] = {k: v for k, v in data["topics"].items() if k in TOPICS}
        for topic in data["topics"].values():
            if "related" in topic:
                topic["related"] = [r for r in topic["related"] if r in TOPICS]
        text = yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False)
        (folder / source.name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def config_path(tmp_path, content_dir):  # type: ignore[no-untyped-def]
    return write_config(tmp_path, content__dir=str(content_dir))


QUESTIONS = [
    ("як зробити песель для дитини", "uk"),
    ("kak zameldovatsya", "ru"),
    ("where do I get NFZ insurance", "en"),
    ("gdzie zlozyc wniosek o 800 plus", "pl"),
]


class Same:
    """A search's result, equal to another whose scores differ by at most a millionth: an index
    loaded from its file, or built in another process, may sum a score's floats in another
    order (the 8th decimal differs when another test's work ran in the process first); what is
    answered is the same. (Rounding both to 6 decimals was not enough: a lead of 0.5310305
    rounds either way.)"""

    TOLERANCE = 1e-6

    def __init__(self, result: Result) -> None:
        self.result = result

    def _floats(self) -> list[float]:
        return [m.score for m in self.result.matches] + [self.result.lead]

    def _rest(self) -> Result:
        matches = tuple(replace(m, score=0.0) for m in self.result.matches)
        return replace(self.result, matches=matches, lead=0.0)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Same) or self._rest() != other._rest():
            return False
        pairs = zip(self._floats(), other._floats(), strict=True)
        return all(abs(a - b) <= self.TOLERANCE for a, b in pairs)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self.result)


def same(result: Result) -> Same:
    return Same(result)


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
        assert same(loaded.search(question, lang)) == same(built.search(question, lang))
        long = f"{question}. " * 40
        assert same(loaded.search(long, lang)) == same(built.search(long, lang))

    stamp = indexcache.version()
    assert indexcache.load(cached, built.analyzer, kb, "another version") is None
    cached.write_bytes(b"not a pickle")
    assert indexcache.load(cached, built.analyzer, kb, stamp) is None
    (tmp_path / f"{indexcache.PREFIX}old.pickle").write_bytes(b"")  # an earlier content's
    cut_short = tmp_path / f"{indexcache.PREFIX}x.123.tmp"  # a write a crash cut short
    cut_short.write_bytes(b"half")
    os.utime(cut_short, (0, 0))
    being_written = tmp_path / f"{indexcache.PARTS_PREFIX}x.456.tmp"  # by another process now
    being_written.write_bytes(b"half")
    monkeypatch.setattr(search._shared, "searchers", {})
    search.build_all({"": kb}, settings)
    assert [p.name for p in tmp_path.glob(f"{indexcache.PREFIX}*")] == [cached.name]
    assert being_written.exists()
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
    await SearchService(first, files=search.CacheFiles(settings)).warm()
    assert all(first[""].parts.prepared(topic) for topic in kb.topic_ids)
    (parts,) = tmp_path.glob(f"{indexcache.PARTS_PREFIX}*.pickle")
    written = parts.stat().st_mtime_ns

    monkeypatch.setattr(search._shared, "searchers", {})
    restarted = search.build_all({"": kb}, settings)
    assert restarted[""] is not first[""]
    assert not any(restarted[""].parts.prepared(topic) for topic in kb.topic_ids)
    await SearchService(restarted, files=search.CacheFiles(settings)).warm()
    assert all(restarted[""].parts.prepared(topic) for topic in kb.topic_ids)
    assert parts.stat().st_mtime_ns == written  # read, nothing built to write again
    for topic in kb.topic_ids:  # a part index keeps no recall ranking nor names (change 58):
        held = restarted[""].parts.get(topic)  # only the topics' index reads them
        if held is not None:  # (its answer has every heading's words: the names would match)
            answer = held.index.content_tokens(kb.topic("en", topic).answer)
            assert not held.index.naming(answer) and not held.index.recall(answer)[0].any()
    for question, lang in [*QUESTIONS, ("how much is voluntary NFZ insurance", "en")]:
        assert same(restarted[""].search(question, lang)) == same(first[""].search(question, lang))

    parts.write_bytes(b"half a file")  # a crash while writing: built again, written anew
    monkeypatch.setattr(search._shared, "searchers", {})
    again = search.build_all({"": kb}, settings)
    await SearchService(again, files=search.CacheFiles(settings)).warm()
    assert all(again[""].parts.prepared(topic) for topic in kb.topic_ids)
    assert indexcache.load_parts(parts, again[""], indexcache.version())


async def test_a_first_start_writes_its_files_after_the_first_question_and_none_of_its_words(
    tmp_path, app, monkeypatch
):
    """`infopoint run` on a first start answers before it writes the index and the analysed
    words for the next start (SearchService.warm, once the first question was taken). The
    files hold the public content only: what people typed (a name, a phone number in a
    question) never lands there, also when a topic's parts were first built for a question."""
    kb = app.services.kb
    folder = tmp_path / "first"  # (the app fixture's own files are in tmp_path)
    settings = SimpleNamespace(storage_path=folder / "bot.sqlite3")
    monkeypatch.setattr(search._shared, "searchers", {})
    monkeypatch.setattr(search.shared_analyzer(), "words", {})  # nothing analysed yet
    files = search.CacheFiles(settings)
    searchers = search.build_all({"": kb}, settings, files)
    assert files.pending
    assert not list(folder.glob(f"{indexcache.PREFIX}*"))  # not before the first answer
    service = SearchService(searchers, files=files)
    warming = asyncio.create_task(service.warm())
    for question, lang in [
        ("pesel dla dziecka Wierzbołowiczówna 604777888", "pl"),
        ("how much is voluntary NFZ insurance for Szczepankiewicz", "en"),
    ]:
        await service.search(searchers[""], question, lang)
    await warming
    assert not files.pending
    names = {f.name for f in folder.glob("search-*.pickle")}
    assert any(n.startswith(indexcache.PREFIX) for n in names)
    assert any(n.startswith(indexcache.PARTS_PREFIX) for n in names)
    assert "search-words.pickle" in names
    for written in folder.glob("search-*.pickle"):
        data = written.read_bytes()
        for word in ("wierzbołowiczówna", "wierzbolowiczowna", "szczepankiewicz", "604777888"):
            assert word.encode() not in data, (written.name, word)

    monkeypatch.setattr(search._shared, "searchers", {})
    restarted = search.build_all({"": kb}, settings, search.CacheFiles(settings))
    assert restarted[""] is not searchers[""]  # read from the file, nothing to write
    for question, lang in QUESTIONS:
        assert same(restarted[""].search(question, lang)) == same(
            searchers[""].search(question, lang)
        )


async def test_a_first_start_builds_in_a_process_of_its_own_and_answers_the_same(
    tmp_path, app, monkeypatch
):
    """`infopoint run` on a first start has a child process build the index and every topic's
    parts and write them; the bot reads them as a restart does (the memory of building leaves
    with the child: docs/performance.md, change 28) and answers exactly as if it had built
    them itself."""
    kb = app.services.kb
    here = search.build_all({"": kb})[""]  # built in this process
    settings = SimpleNamespace(storage_path=tmp_path / "apart" / "bot.sqlite3")
    monkeypatch.setattr(search._shared, "searchers", {})
    monkeypatch.setattr(search.shared_analyzer(), "words", {})
    files = search.CacheFiles(settings, build_apart=True)
    searchers = search.build_all({"": kb}, settings, files)
    assert not search.shared_analyzer().words  # this process analysed none of the content
    assert not files.pending  # the child wrote the index: nothing left to write
    assert files.apart is not None  # the child goes on with the parts
    await SearchService(searchers, files=files).warm()
    assert all(searchers[""].parts.prepared(topic) for topic in kb.topic_ids)
    assert list((tmp_path / "apart").glob(f"{indexcache.PARTS_PREFIX}*.pickle"))
    for question, lang in [*QUESTIONS, ("how much is voluntary NFZ insurance", "en")]:
        assert same(searchers[""].search(question, lang)) == same(here.search(question, lang))


def test_a_first_start_that_cannot_start_a_process_builds_in_its_own(
    tmp_path, app, monkeypatch, caplog
):
    """No Python to start a child with (a stripped container, a broken install): the bot
    builds the index itself, says so in its log, and answers all the same."""
    kb = app.services.kb
    here = search.build_all({"": kb})[""]
    settings = SimpleNamespace(storage_path=tmp_path / "alone" / "bot.sqlite3")
    monkeypatch.setattr(multiprocessing.spawn, "_python_exe", str(tmp_path / "no-python"))
    monkeypatch.setattr(search._shared, "searchers", {})
    files = search.CacheFiles(settings, build_apart=True)
    searchers = search.build_all({"": kb}, settings, files)
    assert "built in the bot's own process" in caplog.text
    assert files.pending and files.apart is None  # built here, written after the first answer
    for question, lang in QUESTIONS:
        assert same(searchers[""].search(question, lang)) == same(here.search(question, lang))


async def test_a_big_content_reads_each_topics_parts_from_the_childs_file_when_asked(
    tmp_path, app, monkeypatch
):
    """A network of more topics than the bot keeps parts of (parts.KEEP; here 5 of the 7):
    the child of a first start writes every topic's parts, the bot reads a topic's from the
    file when a question needs them, keeps only the last few, and answers as if it had built
    them all. A restart that finds the index but not the parts file (the bot stopped before
    the child was done) has the child write it again."""
    monkeypatch.setattr(parts, "KEEP", 5)
    kb = app.services.kb
    here = search.build_all({"": kb})[""]
    asked = [*QUESTIONS, ("how much is voluntary NFZ insurance", "en"), ("pesel for my kid", "en")]
    asked += [(kb.topic("en", t).title, "en") for t in kb.topic_ids]  # every topic once
    expected = [here.search(q, lang) for q, lang in asked]
    folder = tmp_path / "network"
    settings = SimpleNamespace(storage_path=folder / "bot.sqlite3")
    for start in ("first", "without the parts file"):
        monkeypatch.setattr(search._shared, "searchers", {})
        files = search.CacheFiles(settings, build_apart=True)
        searchers = search.build_all({"": kb}, settings, files)
        assert files.apart is not None, start
        await SearchService(searchers, files=files).warm()
        searcher = searchers[""]
        assert searcher.parts.kept == 0, start  # none read ahead
        assert all(searcher.parts.prepared(topic) for topic in kb.topic_ids)
        assert [same(searcher.search(q, lang)) for q, lang in asked] == [
            same(r) for r in expected
        ], start
        assert searcher.parts.kept == 5, start
        (written,) = folder.glob(f"{indexcache.PARTS_PREFIX}*.pickle")
        written.unlink()


async def test_a_parts_file_damaged_while_the_bot_runs_costs_no_answer(
    tmp_path, app, monkeypatch, caplog
):
    """The parts file cut short under the running bot (a disk filled up, someone's cleanup):
    the topic's parts are built instead, the log says so once, and the answer is the same."""
    monkeypatch.setattr(parts, "KEEP", 5)
    kb = app.services.kb
    here = search.build_all({"": kb})[""]
    settings = SimpleNamespace(storage_path=tmp_path / "damaged" / "bot.sqlite3")
    monkeypatch.setattr(search._shared, "searchers", {})
    files = search.CacheFiles(settings, build_apart=True)
    searchers = search.build_all({"": kb}, settings, files)
    await SearchService(searchers, files=files).warm()
    (written,) = (tmp_path / "damaged").glob(f"{indexcache.PARTS_PREFIX}*.pickle")
    with written.open("r+b") as file:
        file.truncate(200)
    for question, lang in [("how much is voluntary NFZ insurance", "en"), *QUESTIONS]:
        assert same(searchers[""].search(question, lang)) == same(here.search(question, lang))
    assert caplog.text.count("parts file cannot be read") == 1
