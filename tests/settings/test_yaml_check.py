"""`infopoint check` on how a YAML file is written: a key written twice, and syntax errors told
in plain words, each with its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import copy_content, write_config
from tests.support.services import write_services_config


def run_check(config: Path, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(["check", "--config", str(config)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def setup(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    content = copy_content(tmp_path)
    return write_config(tmp_path, content__dir=str(content)), content


def write_lines(path: Path, after: str, *added: str) -> int:
    """Insert lines after the first line starting with `after`; the 1-based line of the first."""
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(after)) + 1
    lines[at:at] = list(added)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return at + 1


def test_a_key_written_twice_in_the_config_is_refused(setup, capsys):
    config, _ = setup
    first = next(
        i + 1
        for i, line in enumerate(config.read_text(encoding="utf-8").splitlines())
        if line.startswith("  capacity: 1")
    )
    line = write_lines(config, "  capacity: 1", "  capacity: 3")
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"config.yaml:{line}: [booking.capacity] error: `capacity` appears twice in this "
        f"mapping (first on line {first}); keep one"
    ) in out


def test_a_key_written_twice_in_one_line_is_refused(setup, capsys):
    config, _ = setup
    text = config.read_text(encoding="utf-8")
    config.write_text(text + "extra: {a: 1, a: 2}\n", encoding="utf-8")
    line = len(text.splitlines()) + 1
    code, out = run_check(config, capsys)
    assert code == 2
    assert f"config.yaml:{line}: [extra.a] error: `a` appears twice in this mapping" in out


def test_a_topic_written_twice_in_a_content_file_is_refused(setup, capsys):
    config, content = setup
    path = content / "faq_en.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  pesel:\n")
    end = text.index("\n  ", text.index("\n    checked:", start) + 1) + 1
    first = text[:start].count("\n") + 1
    path.write_text(text + text[start:end], encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"[topics.pesel] error: `pesel` appears twice in this mapping (first on line {first})"
    ) in out
    assert "faq_en.yaml:" in out


def test_a_merged_block_with_a_key_replaced_is_not_a_duplicate(setup, capsys):
    config, _ = setup
    text = config.read_text(encoding="utf-8").replace("\nlocal:\n", "\nlocal: &shared\n", 1)
    config.write_text(text + "x_defaults:\n  <<: *shared\n  city_name: Other\n", encoding="utf-8")
    code, out = run_check(config, capsys)
    assert "appears twice" not in out
    assert "unknown key 'x_defaults'" in out and code == 2


@pytest.mark.parametrize(
    ("added", "hint"),
    [
        (("\tcapacity: 3",), "A tab character in the indentation: YAML needs spaces there"),
        (("   capacity: 3",), "this line is indented more than the keys above it"),
        ((" capacity: 3",), "the keys of one mapping must line up"),
        (  # (in quotes, as a text's slip is told, it is no number: that is said instead)
            ('  capacity: "3" seats',),
            "(`capacity: \"3\" seats`): expected a whole number above 0, got the text '3 seats'",
        ),
        (("  closed_dates: [2026-12-24",), "is not closed: add `]` at the end of that line"),
        (("  capacity: `3`",), "(«capacity: `3`»): expected a whole number above 0, got the text"),
    ],
)
def test_a_syntax_error_names_its_line_and_says_what_to_change(setup, capsys, added, hint):
    config, _ = setup
    line = write_lines(config, "  capacity: 1", *added)
    code, out = run_check(config, capsys)
    assert code == 2
    rows = [r for r in out.splitlines() if f"config.yaml:{line}:" in r or f".yaml:{line + 1}:" in r]
    problem = next((row for row in rows if "error:" in row and hint in row), "\n".join(rows))
    assert hint in problem, problem
    assert "error: YAML syntax" not in problem, problem  # (plain words first)


def test_one_run_lists_every_problem_a_yaml_file_can_be_read_with(setup, capsys):
    """A date that cannot be, a key written twice, an unknown language and places no one
    wrote: all in one run (only a syntax error stops the file from being read at all)."""
    config, _ = setup
    text = config.read_text(encoding="utf-8")
    duty = text.index("duty:")
    first_date = text.index("valid_from: 2026-01-01", duty)
    text = text[:first_date] + "valid_from: 2026-13-01" + text[first_date + 22 :]
    text = text.replace("  language: pl", "  language: ua", 1)
    second = text.index("place: social_services", duty)
    text = text[:second] + "place: social_service" + text[second + len("place: social_services") :]
    config.write_text(text, encoding="utf-8")
    write_lines(config, "  capacity: 1", "  capacity: 3")
    code, out = run_check(config, capsys)
    assert code == 2
    for problem in (
        "[duty[0].valid_from] error: 2026-13-01 is not a real date: there is no month 13",
        "[staff.language] error: expected one of uk, ru, en, pl; got 'ua' — did you mean "
        "'uk'? (languages are written as two-letter codes: uk, ru, en, pl)",
        "[duty[1].place] error: no place 'social_service' under 'places'",
        "[booking.capacity] error: `capacity` appears twice in this mapping",
    ):
        assert problem in out, problem
    assert "4 errors" in out


def replace_line(path: Path, starts: str, *new: str) -> int:
    """Replace the first line starting with `starts` by `new` lines; its 1-based number."""
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(starts))
    lines[at : at + 1] = list(new)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return at + 1


def test_a_key_without_its_colon_is_named_at_its_own_line(setup, capsys):
    """YAML notices it on the next line: the message names the line to fix, and the fix."""
    config, _ = setup
    line = replace_line(config, "  horizon_days:", "  horizon_days 21   # how far ahead")
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"config.yaml:{line}:15: [booking.horizon_days] error: Line {line} (`horizon_days 21`) "
        "has no colon after its key: write `horizon_days: 21`"
    ) in out, out


def test_a_quote_left_open_is_named_at_the_line_it_opened(setup, capsys):
    """The value runs on to the next quote, where YAML stops: the quote's own line is named."""
    config, _ = setup
    line = replace_line(
        config,
        "  name: Punkt",
        '  name: "Punkt Informacyjny dla Cudzoziemców',
        '  administrator: "Gmina Starachowice"',
    )
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"config.yaml:{line}:9: [organisation.name] error: A quote opened on "
        f"line {line} is not closed: YAML took the text after it, up to line {line + 1}, for one "
        f"value. Close the quote on line {line} where the value ends (the rest of the file was "
        f'checked as if line {line} ended with `"`, in this run)'
    ) in out, out
    assert "more text after a value that ended" not in out
    # read so, the rest of `organisation:` is checked in this run (was: left out)
    assert f"config.yaml:{line + 2}: [organisation.administrator] error: `administrator` " in out


@pytest.mark.parametrize(("opened", "closing"), [("{", "}"), ("[", "]")])
def test_a_bracket_left_open_is_named_at_the_line_it_opened(setup, capsys, opened, closing):  # type: ignore[no-untyped-def]
    """Tester 36, F18: YAML notices an unclosed `{` on the next line, which is fine itself."""
    config, _ = setup
    value = '{uk: "Пункт", pl: "Punkt"' if opened == "{" else '[Punkt, "Centrum"'
    line = replace_line(config, "  name: Punkt", f"  name: {value}")
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"config.yaml:{line}:9: [organisation.name] error: The `{opened}` opened on line {line} "
        f"is not closed: add `{closing}` at the end of that line"
    ) in out, out
    assert f"(noticed on line {line + 1})" in out, out
    # read with it closed: what it then is named in the same run (no name per language here)
    assert f"checked as if line {line} ended with `{closing}`, in this run)" in out, out
    what = "a mapping" if opened == "{" else "a list"
    assert f"config.yaml:{line}: [organisation.name] error: expected text, got {what}" in out


def test_a_quote_left_open_to_the_end_of_a_content_file(setup, capsys):
    config, content = setup
    path = content / "faq_en.yaml"
    line = len(path.read_text(encoding="utf-8").splitlines()) + 1
    path.write_text(path.read_text(encoding="utf-8") + '    note: "never closed\n')
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"faq_en.yaml:{line}:11: [topics.vocational_courses.note] error: A quote opened "
        f"on line {line} is not closed: YAML took the text after it, up to the end of the file"
    ) in out, out
    # closed at the end of its line, the key it is the value of is checked too
    assert f"faq_en.yaml:{line}: [topics.vocational_courses.note] error: unknown key 'note'" in out


def test_a_value_that_goes_on_after_its_closing_quote_is_not_a_quote_left_open(setup, capsys):
    """A quoted text over two lines, closed, with more after it: the hint as before."""
    config, _ = setup
    line = replace_line(config, "  name: Punkt", '  name: "Punkt Informacyjny', '    dla" CIC')
    code, out = run_check(config, capsys)
    assert code == 2
    problem = next(row for row in out.splitlines() if f"config.yaml:{line + 1}:" in row)
    assert "More text after a value that ended" in problem, problem


@pytest.mark.parametrize(
    ("key", "spaces", "where"),
    [
        # the first key of its block: read with the spaces of the keys after it
        ("name: Centrum Usług Społecznych w Starachowicach", 3, "places.social_services.name"),
        # as far in as the block's name: read as moved back, the key named
        ("address: ul. Majówka 21A, 27-200 Starachowice", 2, "places.social_services.address"),
    ],
)
def test_a_key_indented_less_than_the_keys_around_it_is_named_at_its_own_line(
    setup, capsys, key, spaces, where
):
    """YAML takes the next key, rightly indented, for more of its value and notices there:
    the line to fix is the one indented less."""
    config, _ = setup
    line = replace_line(config, "    " + key, " " * spaces + key)
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"config.yaml:{line}:{spaces + 1}: [{where}] error: Line {line} (`{key}`) is indented "
        f"less than the keys after it ({spaces} spaces before it, 4 before lines {line + 1} and "
        f"{line + 2}), so YAML took line {line + 1} for more of its value: give line {line} the "
        "same indentation as the keys around it"
    ) in out, out


def test_what_is_said_of_a_key_written_twice_is_said_at_the_copy_kept(
    tmp_path, capsys, monkeypatch
):
    """YAML keeps the last copy: a problem in it is named at its lines, not the first's."""
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    config = write_services_config(tmp_path)
    text = config.read_text(encoding="utf-8")
    second = (
        "  lawyer:\n    name: Radca prawny 2\n    role: {uk: Юрист, ru: Юрист, en: Lawyer, "
        "pl: Prawnik}\n    place: city_hall\n    schedule:\n    - sunday 10:00-12:00\n"
    )
    at = text.index("  psychologist:\n")
    config.write_text(text[:at] + second + text[at:], encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    lines = config.read_text(encoding="utf-8").splitlines()
    first, again = (i + 1 for i, row in enumerate(lines) if row == "  lawyer:")
    sunday = next(i + 1 for i, row in enumerate(lines) if "- sunday" in row)
    assert (
        f"config.yaml:{again}: [specialists.lawyer] error: `lawyer` appears twice in this "
        f"mapping (first on line {first}); keep one"
    ) in out, out
    assert (
        f"config.yaml:{sunday}: [specialists.lawyer.schedule[0]] error: expected a mapping of "
        "keys, got the text 'sunday 10:00-12:00'"
    ) in out, out


@pytest.mark.parametrize(
    ("written", "meant"),
    [("ukr", "uk"), ("rus", "ru"), ("eng", "en"), ("pol", "pl"), ("Ukrainain", "uk")],
)
def test_a_language_written_another_way_gets_its_code_suggested(setup, capsys, written, meant):  # type: ignore[no-untyped-def]
    """`staff.language: ua` (a country's code, as people write it), a three-letter code, a
    misspelt name: the two-letter code it means is suggested (the fresh-eyes tester's
    finding 9); a value like no language gets none."""
    config, _ = setup
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  language: pl", f"  language: {written}", 1), "utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"[staff.language] error: expected one of uk, ru, en, pl; got {written!r} — did you "
        f"mean {meant!r}? (languages are written as two-letter codes"
    ) in out, out


def test_a_value_like_no_language_gets_no_suggestion(setup, capsys):  # type: ignore[no-untyped-def]
    config, _ = setup
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  language: pl", "  language: xyz", 1), "utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    assert "[staff.language] error: expected one of uk, ru, en, pl; got 'xyz'\n" in out, out


def test_problems_are_listed_in_the_order_of_their_lines(setup, capsys):  # type: ignore[no-untyped-def]
    """Checks across keys run after the values are read, so they find their problems out of
    order (the fresh-eyes tester's finding 11): printed by file, then by line."""
    config, _ = setup
    text = config.read_text(encoding="utf-8")
    text = text.replace("  language: pl", "  language: ua", 1)
    duty = text.index("duty:")
    second = text.index("place: social_services", duty)
    text = text[:second] + "place: social_service" + text[second + len("place: social_services") :]
    config.write_text(text, encoding="utf-8")
    write_lines(config, "  capacity: 1", "  capacity: 3")
    code, out = run_check(config, capsys)
    assert code == 2
    lines = [int(row.split(":")[1]) for row in out.splitlines() if row.startswith(str(config))]
    assert len(lines) == 3, out
    assert lines == sorted(lines), out
