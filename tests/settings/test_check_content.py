"""`infopoint check` on the content files: one run names every problem of every file (a date
that cannot be, a key written twice, a bad answer, an unknown key), each with its file, line
and topic, and `infopoint run` refuses to start with the same list."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import ROOT, copy_content, write_config


def run_check(config: Path, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(["check", "--config", str(config)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def setup(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    content = copy_content(tmp_path)
    return write_config(tmp_path, content__dir=str(content)), content


def edit(path: Path, old: str, new: str, after: str = "") -> int:
    """Replace the first `old` after the first `after`; the 1-based line of the replacement."""
    text = path.read_text(encoding="utf-8")
    at = text.index(old, text.index(after))
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return text[:at].count("\n") + 1


def checked_of(path: Path, topic: str) -> str:
    text = path.read_text(encoding="utf-8")
    at = text.index("    checked: ", text.index(f"\n  {topic}:\n"))
    return text[at : text.index("\n", at)]


def break_several_files(content: Path) -> list[str]:
    """Problems in every language file; the lines `infopoint check` must print."""
    en, pl, ru, uk = (content / f"faq_{code}.yaml" for code in ("en", "pl", "ru", "uk"))
    pesel = edit(en, checked_of(en, "pesel"), "    checked: 2026-02-30", "\n  pesel:\n")
    meldunek = edit(en, checked_of(en, "meldunek"), "    checked: 31.04.2026", "\n  meldunek:\n")
    twice = edit(pl, "    category:", "    title: PESEL\n    category:", "\n  pesel:\n")
    answer = edit(
        ru,
        "    answer: |\n",
        "    answer: |\n      Первая.\n\n      {nowhere}\n",
        "\n  legal_stay:\n",
    )
    unknown = edit(uk, "    title:", "    titel:", "\n  healthcare:\n")
    return [
        f"faq_en.yaml:{pesel}: [topics.pesel.checked] error: 2026-02-30 is not a real date: "
        "February 2026 has 28 days",
        f"faq_en.yaml:{meldunek}: [topics.meldunek.checked] error: 31.04.2026 is not a real "
        "date: April has 30 days; and write dates as YYYY-MM-DD",
        f"faq_pl.yaml:{twice + 2}: [topics.pesel.title] error: `title` appears twice in this "
        f"mapping (first on line {twice}); keep one",
        # at the placeholder's own line, not at `answer: |`
        f"faq_ru.yaml:{answer + 3}: [topics.legal_stay.answer] error: placeholder {{nowhere}} is "
        "not defined in config.yaml",
        f"faq_uk.yaml:{unknown}: [topics.healthcare.titel] error: unknown key 'titel' — did you "
        "mean 'title'?",
    ]


def test_one_run_names_every_problem_of_every_content_file(setup, capsys):
    config, content = setup
    expected = break_several_files(content)
    code, out = run_check(config, capsys)
    assert code == 2
    for problem in expected:
        assert problem in out, problem
    # the first answer line of legal_stay is no heading now: named too, in the same run
    assert "[topics.legal_stay.answer] error: the answer must start with a bold heading" in out
    # the misspelt key is the missing one: said once, at the misspelt key
    assert "missing required key 'title'" not in out
    rows = [row for row in out.splitlines() if " error: " in row]
    assert [row.split(":")[0].rsplit("/", 1)[1] for row in rows] == [
        "faq_uk.yaml",
        *(["faq_en.yaml"] * 2),
        "faq_pl.yaml",
        *(["faq_ru.yaml"] * 3),
    ], "file by file"
    # a topic refused in one file is not also called missing from the others
    assert "is missing here" not in out
    assert "7 errors found: fix them and run `infopoint check` again." in out


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("2028-02-30", "2028-02-30 is not a real date: February 2028 has 29 days"),
        ("2026-04-31", "2026-04-31 is not a real date: April has 30 days"),
        (
            "2026-13-01",
            "2026-13-01 is not a real date: there is no month 13 (dates are written "
            "YYYY-MM-DD: 2026-01-13?)",
        ),
        (
            "2026-31-12",
            "2026-31-12 is not a real date: there is no month 31 (dates are written "
            "YYYY-MM-DD: 2026-12-31?)",
        ),
        ("2026-32-12", "2026-32-12 is not a real date: there is no month 32"),
        ("31.03.2026", "'31.03.2026': write it as YYYY-MM-DD (2026-03-31)"),
        ("last week", "'last week' is not a date: write it as YYYY-MM-DD (e.g. 2026-03-31)"),
    ],
)
def test_a_checked_date_that_is_not_one_says_why(setup, capsys, written, message):
    config, content = setup
    path = content / "faq_en.yaml"
    line = edit(path, checked_of(path, "pesel"), f"    checked: {written}", "\n  pesel:\n")
    code, out = run_check(config, capsys)
    assert code == 2
    assert f"faq_en.yaml:{line}: [topics.pesel.checked] error: {message}\n" in out
    assert "1 error" in out


def test_good_content_has_no_errors(setup, capsys):
    config, _ = setup
    code, out = run_check(config, capsys)
    assert code == 0, out
    assert " error: " not in out and " found: fix them" not in out
    assert "OK: " in out and "4 content files" in out


@pytest.mark.slow  # a subprocess
def test_the_bot_does_not_start_with_bad_content_and_prints_the_same_list(setup, capsys):
    config, content = setup
    expected = break_several_files(content)
    _, checked = run_check(config, capsys)
    env = dict(os.environ, TELEGRAM_BOT_TOKEN="123456:not-a-real-token")
    env.pop("INFOPOINT_CONFIG", None)
    started = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--config", str(config)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert started.returncode == 2
    for problem in expected:
        assert problem in started.stderr, problem
    printed = [row for row in started.stderr.splitlines() if ": [topics." in row]
    assert printed == [row for row in checked.splitlines() if ": [topics." in row]


def test_a_wrong_date_or_link_does_not_hide_the_topics_other_problems(setup, capsys):
    # tester 36, F17: a new topic with an http link and 32 December was checked no further, so
    # its misspelt category and related topic came only in a second run
    config, content = setup
    path = content / "faq_en.yaml"
    text = path.read_text(encoding="utf-8")
    pesel = text[text.index("\n  pesel:\n") + 1 :]
    pesel = pesel[: pesel.index("\n  meldunek:\n") + 1]
    copy = pesel.replace("  pesel:\n", "  library_card:\n", 1)
    copy = copy.replace("    category: documents", "    category: documentz", 1)
    at = copy.index("    checked: ")
    copy = copy[:at] + "    checked: 2026-12-32" + copy[copy.index("\n", at) :]
    assert "    related:\n      - meldunek" in copy
    copy = copy.replace("      - meldunek", "      - pesle", 1)
    assert "url: https://" in copy
    copy = copy.replace("url: https://", "url: http://", 1)
    path.write_text(text.replace(pesel, pesel + copy, 1), encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    assert "[topics.library_card.checked] error: 2026-12-32 is not a real date" in out
    assert "[topics.library_card.sources[0].url] error: expected an https:// link" in out
    # in the same run: the topic's other keys, and the languages it is missing from
    assert "[topics.library_card.category] error: no category 'documentz'" in out
    assert "[topics.library_card.related[0]] error: no topic 'pesle' — did you mean 'pesel'?" in out
    assert "faq_uk.yaml" in out and "topic 'library_card' is missing here" in out
    assert "so add it here, translated from faq_en.yaml line" in out


def test_an_unknown_key_does_not_hide_the_topics_other_problems(setup, capsys):
    # a topic with `anwser:` and `sorces:` was left out, so its misspelt placeholder, category
    # and related topic, its http link and an example read as a mapping came in a second run
    config, content = setup
    path = content / "faq_en.yaml"
    text = path.read_text(encoding="utf-8")
    pesel = text[text.index("\n  pesel:\n") + 1 :]
    pesel = pesel[: pesel.index("\n  meldunek:\n") + 1]
    copy = pesel.replace("  pesel:\n", "  library_card:\n", 1)
    for old, new in [
        ("    answer: |", "    anwser: |"),
        ("Where: {city_office}", "Where: {city_ofice}"),
        ("    sources:", "    sorces:"),
        ("url: https://www.gov.pl/web/gov/uzyskaj", "url: http://www.gov.pl/web/gov/uzyskaj"),
        ("    category: documents", "    category: documentz"),
        ("      - pesel for my husband", "      - PESEL: for my husband"),
        ("      - meldunek", "      - pesle"),
    ]:
        assert old in copy, old
        copy = copy.replace(old, new, 1)
    path.write_text(text.replace(pesel, pesel + copy, 1), encoding="utf-8")
    start = text.count("\n", 0, text.index(pesel)) + pesel.count("\n") + 1
    lines = copy.splitlines()

    def line(written: str) -> int:
        return start + next(i for i, row in enumerate(lines) if written in row)

    code, out = run_check(config, capsys)
    assert code == 2
    for where, message in [
        (
            line("anwser:"),
            "[topics.library_card.anwser] error: unknown key 'anwser' — did you mean 'answer'?",
        ),
        # the misspelt key is read as the key it is most like: its own problems in this run
        (
            line("{city_ofice}"),
            "[topics.library_card.answer] error: placeholder {city_ofice} is "
            "not defined in config.yaml",
        ),
        (line("sorces:"), "[topics.library_card.sorces] error: unknown key 'sorces'"),
        (
            line("url: http://"),
            "[topics.library_card.sorces[0].url] error: expected an https:// link",
        ),
        (line("PESEL: for my"), "[topics.library_card.examples[1]] error: expected text"),
        (line("documentz"), "[topics.library_card.category] error: no category 'documentz'"),
        (
            line("- pesle"),
            "[topics.library_card.related[0]] error: no topic 'pesle' — did you mean 'pesel'?",
        ),
    ]:
        assert f"faq_en.yaml:{where}: {message}" in out, message
    assert "missing required key" not in out
    # the part that names the http link by its https:// link still finds it
    assert "is not one of the topic's sources" not in out
    assert "faq_uk.yaml" in out and "topic 'library_card' is missing here" in out


def test_a_wrong_language_or_a_category_without_its_title_hides_no_topics_problem(setup, capsys):
    # either left the whole file unbuilt: its topics' related topics and placeholders were
    # checked only in a second run
    config, content = setup
    path = content / "faq_uk.yaml"
    language = edit(path, "language: uk", "language: ua")
    title = edit(path, "    title: 🏥 Здоров'я\n", "")
    related = edit(path, "      - meldunek", "      - meldunekk", "\n    related:\n")
    code, out = run_check(config, capsys)
    assert code == 2
    said = "[language] error: file says language 'ua', expected 'uk'"
    assert f"faq_uk.yaml:{language}: {said}" in out
    assert f"faq_uk.yaml:{title - 1}: [categories[1].title] error: missing required key" in out
    assert (
        f"faq_uk.yaml:{related}: [topics.pesel.related[0]] error: no topic 'meldunekk' — did you "
        "mean 'meldunek'?"
    ) in out
    assert "3 errors" in out


def test_errors_of_config_yaml_do_not_hide_the_contents_problems(setup, capsys):
    # a deployer who edited both (a duty rule, a local name, a topic) got the config's errors
    # alone, the content's only in a second run
    config, content = setup
    text = config.read_text(encoding="utf-8")
    text = text.replace("- weekday: tuesday", "- weekday: wtorek", 1)
    text = text.replace("local:\n", 'local:\n  library:\n    name: "Biblioteka"\n'
                        '    label: {ua: "Бібліотека", en: "Library"}\n', 1)  # fmt: skip
    config.write_text(text, encoding="utf-8")
    path = content / "faq_en.yaml"
    line = edit(path, "{city_office}", "{libary}", "\n  pesel:\n")
    code, out = run_check(config, capsys)
    assert code == 2
    assert "[duty[0].weekday] error: expected one of monday" in out, out
    assert "did you mean 'tuesday'? (weekdays are written in English)" in out
    assert "[local.library.label.ua] error: unknown language 'ua' — did you mean 'uk'?" in out
    assert (
        f"faq_en.yaml:{line}: [topics.pesel.answer] error: placeholder {{libary}} is not "
        "defined in config.yaml — did you mean {library}?"
    ) in out
    assert "3 errors" in out and "were not checked" not in out


def test_an_error_in_what_the_content_needs_says_the_content_was_not_checked(setup, capsys):
    config, content = setup
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("local:\n", "local:\n  library:\n", 1), encoding="utf-8")
    edit(content / "faq_en.yaml", "{city_office}", "{libary}", "\n  pesel:\n")
    code, out = run_check(config, capsys)
    assert code == 2
    assert "[local.library] error: expected text, got nothing" in out, out
    assert "warning: the content files were not checked: they need what the error(s)" in out
    assert "{libary}" not in out and "1 error" in out
