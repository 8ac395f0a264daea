"""The word cache makes a restart faster and never changes an answer."""

from __future__ import annotations

import pickle

import pytest

from bot.search import Searcher, shared_analyzer, wordcache
from bot.search.morph import Analyzer

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1, subprocesses or the whole content


def test_cached_words_give_the_same_answers_as_a_fresh_analysis(tmp_path, app):
    kb = app.services.kb
    analyzer = shared_analyzer()
    path = tmp_path / wordcache.FILENAME
    cold = Searcher(kb, analyzer=analyzer)  # (the analyser now holds every word of the content)
    wordcache.save(path, analyzer.words)

    restarted = Analyzer()
    restarted.words.update(wordcache.load(path))
    assert len(restarted.words) == len(analyzer.words)
    warm = Searcher(kb, analyzer=restarted)
    for question, lang in [
        ("як зробити песель для дитини", "uk"),
        ("kak zameldovatsya", "ru"),
        ("where do I get NFZ insurance", "en"),
        ("gdzie zlozyc wniosek o 800 plus", "pl"),
    ]:
        assert warm.search(question, lang) == cold.search(question, lang)


def test_a_stale_or_broken_cache_is_ignored(tmp_path):
    path = tmp_path / wordcache.FILENAME
    path.write_bytes(b"not a pickle")
    assert wordcache.load(path) == {}
    path.write_bytes(pickle.dumps(("an older version", {("word", True): None})))
    assert wordcache.load(path) == {}
    assert wordcache.load(tmp_path / "missing.pickle") == {}


def test_the_polish_stemmer_in_arrays_stems_as_pystempel_does(app):
    import gzip
    import io
    from importlib import resources

    from pystempel import Stemmer
    from pystempel.streams import DataInputStream

    from bot.search import stempel

    table = resources.files("pystempel.data.original") / "stemmer_20000.tbl.gz"
    original = Stemmer.from_stream(DataInputStream(io.BytesIO(gzip.decompress(table.read_bytes()))))
    compact = stempel.polish()
    words = {
        t
        for value in app.services.kb.languages["pl"].topics.values()
        for t in value.answer.lower().split()
    }
    words |= {"", "a", "zameldować", "ubezpieczenia", "pesel", "ąę", "123", "ﬁrma", "x" * 40}
    assert len(words) > 1000
    for word in words:
        assert stempel.stem(compact, word) == stempel.stem(original, word), word
    assert stempel.stem(compact, "ubezpieczenia") == "ubezpieczenie"


def test_the_dictionaries_read_compactly_parse_as_pymorphy3_does(app):
    import pymorphy3

    from bot.search import morphdicts

    def parses(morph, word):  # (each analyser's units are its own objects: compared as named)
        return [(p.tag, p.normal_form, p.score, repr(p.methods_stack)) for p in morph.parse(word)]

    analyzer = shared_analyzer()  # (read with morphdicts.reading, as every start reads them)
    for lang in ("uk", "ru"):
        compact, original = getattr(analyzer, lang), pymorphy3.MorphAnalyzer(lang=lang)
        assert isinstance(compact.dictionary.paradigms, morphdicts.Paradigms)
        assert isinstance(compact.dictionary.suffixes, morphdicts.Suffixes)
        words = {
            t
            for value in app.services.kb.languages[lang].topics.values()
            for t in value.answer.lower().split()
        }
        words |= {"", "песель", "зареєструватися", "прописаться", "хрюкотливий", "щ" * 30}
        assert len(words) > 1000
        for word in words:
            assert parses(compact, word) == parses(original, word), word
        lexeme = [(p.word, p.tag) for p in compact.parse("записуйте")[0].lexeme]
        assert lexeme == [(p.word, p.tag) for p in original.parse("записуйте")[0].lexeme]


def test_the_cache_is_stamped_with_each_dictionarys_installed_version():
    # read without importlib.metadata (bot.lazy_imports.installed) as it reads them: an upgraded
    # dictionary or analyser makes a restart analyse the words again, nothing else does
    from importlib import metadata

    import aiolimiter

    from bot.lazy_imports import installed

    for package in (*wordcache._PACKAGES, "aiolimiter", "python-telegram-bot", "PyYAML"):
        assert installed(package) == metadata.version(package), package
    assert aiolimiter.__version__ == metadata.version("aiolimiter")
    assert installed("no-such-package-here") is None
