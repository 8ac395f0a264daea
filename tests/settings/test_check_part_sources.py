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
    assert "0 warnings" in out


@pytest.mark.parametrize(
    ("new", "message"),
    [
        (
            '      "Ukrainians": [2]\n',
            "no part of the answer has the heading «Ukrainians» (its headings: «What it is»",
        ),
        (UKR_EN.replace("4]", "7]"), "source 7: the topic has 4 sources under `sources`"),
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


MORE_SOURCES = """      - title: gov.pl — check your data in the PESEL register
        url: https://www.gov.pl/web/gov/sprawdz-swoje-dane-w-rejestrze-pesel
""" + "".join(
    f"""      - title: gov.pl — one more page ({n})
        url: https://www.gov.pl/web/gov/one-more-page-{n}
"""
    for n in range(1, 4)
)


def test_a_topic_with_many_sources_and_a_part_naming_none_is_a_warning_by_file_and_line(
    setup, capsys
):
    """More than 6 sources, and the parts «What it is» and «Pitfalls» name none of their own:
    shown alone, each would list all 7 (the employment topic's 24 under a 6-line part)."""
    config, content = setup
    edit(
        content / "faq_en.yaml",
        "      - title: gov.pl — check your data in the PESEL register\n"
        "        url: https://www.gov.pl/web/gov/sprawdz-swoje-dane-w-rejestrze-pesel\n",
        MORE_SOURCES,
    )
    text = (content / "faq_en.yaml").read_text(encoding="utf-8")
    line = text[: text.index("    part_sources:")].count("\n") + 1  # PESEL's
    code, out = run_check(config, capsys)
    assert code == 0, out  # a warning: the bot still starts
    warning = next(row for row in out.splitlines() if "none of its own" in row)
    assert f"faq_en.yaml:{line}: [topics.pesel.part_sources] warning:" in warning
    assert "the topic has 7 sources and parts 1 («What it is»), 4 («Pitfalls») name none" in warning
    assert "all 7 follow such a part when it is shown alone" in warning
    assert not any("none of its own" in row and "faq_en" not in row for row in out.splitlines())


def test_six_sources_or_every_part_naming_its_own_is_no_warning(setup, capsys):
    config, content = setup
    six = MORE_SOURCES.split("      - title: gov.pl — one more page (3)")[0]
    edit(
        content / "faq_en.yaml",
        "      - title: gov.pl — check your data in the PESEL register\n"
        "        url: https://www.gov.pl/web/gov/sprawdz-swoje-dane-w-rejestrze-pesel\n",
        six,
    )
    code, out = run_check(config, capsys)
    assert code == 0 and "none of its own" not in out, out

    edit(content / "faq_en.yaml", six, MORE_SOURCES)
    edit(
        content / "faq_en.yaml", UKR_EN, UKR_EN + '      "What it is": [1]\n      "Pitfalls": [7]\n'
    )
    code, out = run_check(config, capsys)
    assert code == 0 and "none of its own" not in out, out


def test_a_misspelt_heading_is_told_the_one_meant_and_read_as_it(setup, capsys):
    # «Ukrainans»: the heading the deployer meant, not the list of all; and the part's sources
    # are read under it, so no warning says the part shows other sources than in pl, uk, ru
    config, content = setup
    line = edit(content / "faq_en.yaml", UKR_EN, UKR_EN.replace("Ukrainians", "Ukrainans"))
    code, out = run_check(config, capsys)
    assert code == 2, out
    assert (
        f"faq_en.yaml:{line}: [topics.pesel.part_sources.Ukrainans: PESEL with UKR status] error: "
        "no part of the answer has the heading «Ukrainans: PESEL with UKR status» — did you mean "
        "«Ukrainians: PESEL with UKR status»? (read as that part for the other checks)"
    ) in out, out
    assert "other sources than" not in out and "warning" not in out and "1 error" in out
