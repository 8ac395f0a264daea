"""`infopoint check` on `part_sources` (the sources of one part of an answer): each mistake named
by file and line, like the others; the fixture's PESEL names sources for two of its parts."""

from __future__ import annotations

import pytest

from tests.conftest import copy_content, write_config
from tests.settings.test_check import edit, run_check

UKR_EN = '      "Ukrainians: PESEL with UKR status": [2, 3, 4]\n'


@pytest.fixture
def setup(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    content = copy_content(tmp_path)
    return write_config(tmp_path, content__dir=str(content)), content


def test_the_fixture_names_sources_for_parts_and_passes(setup, capsys):
    config, _ = setup
    code, out = run_check(config, capsys)
    assert code == 0, out
    assert "0 warning(s)" in out


@pytest.mark.parametrize(
    ("new", "message"),
    [
        (
            '      "Ukrainians": [2]\n',
            "no part of the answer has the heading «Ukrainians» (its headings: «What it is»",
        ),
        (UKR_EN.replace("4]", "7]"), "source 7: the topic has 4 source(s) under `sources`"),
        (
            UKR_EN.replace("[2, 3, 4]", "[https://www.gov.pl/web/gov/pesel-elsewhere]"),
            "https://www.gov.pl/web/gov/pesel-elsewhere is not one of the topic's sources",
        ),
        (UKR_EN.replace("[2, 3, 4]", "[second]"), "expected the number of one of the topic's"),
        (UKR_EN.replace("[2, 3, 4]", "[0]"), "expected the number of one of the topic's"),
        (UKR_EN.replace("[2, 3, 4]", "[]"), "name at least one source, or leave the part out"),
    ],
)
def test_a_part_source_the_topic_has_not_is_named_by_file_and_line(setup, capsys, new, message):
    config, content = setup
    line = edit(content / "faq_en.yaml", UKR_EN, new)
    code, out = run_check(config, capsys)
    assert code == 2, out
    error = next(row for row in out.splitlines() if message in row)
    assert f"faq_en.yaml:{line}:" in error and "[topics.pesel.part_sources" in error


def test_a_part_with_other_sources_in_one_language_is_a_warning_naming_that_file(setup, capsys):
    config, content = setup
    line = edit(
        content / "faq_pl.yaml", '"Pozostali cudzoziemcy": [1]', '"Pozostali cudzoziemcy": [2]'
    )
    code, out = run_check(config, capsys)
    assert code == 0, out  # a warning: the bot still starts
    warning = next(row for row in out.splitlines() if "shows other sources" in row)
    assert f"faq_pl.yaml:{line - 2}:" in warning  # its `part_sources:`
    assert "part 3 («Pozostali cudzoziemcy») shows other sources than in uk" in warning
    assert "give a part the same sources in every language" in warning
