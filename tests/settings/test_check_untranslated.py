"""`infopoint check` on a topic left in another language inside a language's file (tester 43,
F6: a topic copied from faq_en.yaml to faq_uk/ru/pl.yaml, «translate later»): a warning at the
title's and the answer's line; the fixture's own translations are named nowhere."""

from __future__ import annotations

import yaml

from bot.settings import yamldoc
from tests.settings.test_check_content import run_check
from tests.settings.test_check_content import setup as setup  # noqa: F401 - the fixture
from tests.support.yamlfiles import read_yaml

LOST = "readers get it as it is, and their questions do not find the topic"


def test_a_topic_left_in_english_in_other_languages_files_is_named(setup, capsys):
    config, content = setup
    code, out = run_check(config, capsys)
    assert code == 0 and "not translated?" not in out, out  # (the fixture's own: translated)
    english = read_yaml(content / "faq_en.yaml")["topics"]["pesel"]
    for lang in ("uk", "pl"):
        path = content / f"faq_{lang}.yaml"
        data = read_yaml(path)
        data["topics"]["pesel"] = english  # (the whole topic copied, as a deployer does)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    code, out = run_check(config, capsys)
    assert code == 0, out
    uk, pl = (yamldoc.load(content / f"faq_{lang}.yaml") for lang in ("uk", "pl"))
    for expected in (
        f"faq_uk.yaml:{uk.line(('topics', 'pesel', 'title'))}: [topics.pesel.title] warning: the "
        f"title is written in Latin letters, not Cyrillic: not translated? Ukrainian {LOST}",
        f"faq_uk.yaml:{uk.line(('topics', 'pesel', 'answer'))}: [topics.pesel.answer] warning: "
        "the answer is written in Latin letters, not Cyrillic (the same as in faq_en.yaml): not "
        f"translated? Ukrainian {LOST}",
        f"faq_pl.yaml:{pl.line(('topics', 'pesel', 'answer'))}: [topics.pesel.answer] warning: "
        f"the answer is the same as in faq_en.yaml: not translated? Polish {LOST}",
    ):
        assert expected in out, (expected, out)
    assert out.count("not translated?") == 3, out  # (not faq_en.yaml's, nor the Polish title)
