"""`infopoint check` on the YAML slips of one who edits config.yaml and the content by hand
(docs/deploy.md, «The twenty-ninth session»): each is said at its line in plain words first,
with the line as it should be written, and read so, so that every slip of a file is named in
the same run (the parser's own words only where the advice is a guess)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FIXTURE, copy_content
from tests.support.check import run_check


@pytest.fixture
def setup(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """The fixture's config.yaml as written by hand (its comments and quotes), its content."""
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    content = copy_content(tmp_path)
    config = tmp_path / "config.yaml"
    text = (FIXTURE / "config.yaml").read_text(encoding="utf-8")
    config.write_text(text + f"\ncontent:\n  dir: {content}\n", encoding="utf-8")
    return config, content


def slip(path: Path, old: str, new: str) -> int:
    """The first line that is `old` written as `new`; its number (1-based)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    at = lines.index(old)
    lines[at] = new
    path.write_text("\n".join(lines), encoding="utf-8")
    return at + 1


# (the line as written, as slipped, what check says at it)
CONFIG = [
    (
        "timezone: Europe/Warsaw",
        "timezone:Europe/Warsaw",
        "Line {n} (`timezone:Europe/Warsaw`): `timezone:` needs a space after its colon: write "
        "`timezone: Europe/Warsaw`",
    ),
    (
        '  administrator: "Gmina Starachowice, ul. Radomska 45, 27-200 Starachowice"',
        "  administrator: Gmina Starachowice: ul. Radomska 45",
        "Line {n} (`administrator: Gmina Starachowice: ul. Radomska 45`): the value of "
        "`administrator` has `: ` in it, which YAML reads as the start of another key: put the "
        'whole value in quotes: `administrator: "Gmina Starachowice: ul. Radomska 45"`',
    ),
    (
        '    name: "Urząd Miejski w Starachowicach"',
        "    name: [Urząd] Miejski w Starachowicach",
        "Line {n} (`name: [Urząd] Miejski w Starachowicach`): the value of `name` starts with "
        "`[`, so YAML reads it as a list: a text that starts with `[` needs quotes: `name: "
        '"[Urząd] Miejski w Starachowicach"`',
    ),
    (
        '    name: "Centrum Usług Społecznych w Starachowicach"',
        "    name: 'St. Mary's Centre'",
        "Line {n} (`name: 'St. Mary's Centre'`): the `'` in `Mary's` ends the text in single "
        'quotes begun before it: put the text in double quotes: `name: "St. Mary\'s Centre"`',
    ),
    (
        '  phone: "+48 41 000 00 00"        # placeholder: the office\'s own number',
        '  phone: "+48 41 000 00 00" wew. 12',
        'Line {n} (`phone: "+48 41 000 00 00" wew. 12`): the value of `phone` ends at its '
        "closing quote and `wew. 12` follows it: put it all inside the quotes: `phone: "
        '"+48 41 000 00 00 wew. 12"`',
    ),
    (
        '    desk: "Biuro Obsługi Mieszkańca, stanowisko nr 4"',
        "    desk: *4 Biuro Obsługi Mieszkańca",
        "Line {n} (`desk: *4 Biuro Obsługi Mieszkańca`): a value cannot start with `*` (YAML "
        "reads it as a reference to an `&anchor`): put the whole value in quotes: `desk: "
        '"*4 Biuro Obsługi Mieszkańca"`',
    ),
    (  # (YAML reads a tag, then cannot build it: said eleven times, at the wrong key)
        '      en: "City Hall (Urząd Miejski)"',
        "      en: !City Hall",
        "Line {n} (`en: !City Hall`): a value cannot start with `!` (YAML reads it as a tag): "
        'put the whole value in quotes: `en: "!City Hall"`',
    ),
    (
        "default_language: en",
        "%default_language: en",
        "Line {n} (`%default_language: en`): a line that starts with `%` is read as a YAML "
        "directive: remove the `%` (`default_language: en`)",
    ),
    ("", "`", "Line {n}: a stray «`» alone on its line: remove it"),
]


def test_each_slip_in_config_yaml_is_said_in_plain_words_with_its_fix(setup, capsys):
    config, _ = setup
    at = [slip(config, old, new) for old, new, _ in CONFIG]
    # a duty rule's `- ` left out: its keys read as the rule above's again, said once
    item = slip(config, "  - weekday: thursday", "    weekday: thursday")
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"config.yaml:{item}: [duty[0].weekday] error: Lines {item}–{item + 4} write the keys "
        f"of the list item of line {item - 5} again (`weekday` and 4 more): a new item whose "
        f"`- ` is missing? Write `- weekday:` on line {item}, its `-` where line {item - 5}'s "
        "is; if it is the same item, keep one of each"
    ) in out, out
    assert "appears twice" not in out, out
    for n, (_, _, said) in zip(at, CONFIG, strict=True):
        row = next((r for r in out.splitlines() if f"config.yaml:{n}:" in r), "")
        assert said.format(n=n) in row, (n, out)
        assert " error: Line " in row and "YAML's own words" not in row, row
        assert f"(the rest of the file was checked as if line {n} " in row, row
    # read as fixed: nothing left out, the content checked, no other error than the slips
    assert "left out" not in out and "were not checked" not in out, out
    assert f"{len(CONFIG) + 1} errors" in out, out


CONTENT = [
    (
        "    title: 💼 Work and money",
        "    title: [💼 Work and money",  # (tester 41: a text meant, «add `]`» was said first)
        "Line {n} (`title: [💼 Work and money`): the value of `title` starts with `[`, so YAML "
        'reads it as a list: a text that starts with `[` needs quotes: `title: "[💼 Work and '
        'money"` (if it is meant as a list, end it with `]`)',
    ),
    (
        "    title: 🏥 Health",
        "    title: {🏥 Health",
        "Line {n} (`title: {{🏥 Health`): the value of `title` starts with `{{`, so YAML reads it "
        'as a mapping: a text that starts with `{{` needs quotes: `title: "{{🏥 Health"`',
    ),
    (
        "    title: PESEL number (incl. PESEL UKR)",
        "    title: PESEL: the number",
        "Line {n} (`title: PESEL: the number`): the value of `title` has `: ` in it, which YAML "
        'reads as the start of another key: put the whole value in quotes: `title: "PESEL: the '
        'number"`',
    ),
    (
        "      - title: gov.pl — Get a PESEL number (foreigners)",
        "      -title: gov.pl — Get a PESEL number (foreigners)",
        "Line {n} (`-title: gov.pl — Get a PESEL number (foreigners)`): a list item's `-` needs "
        "a space after it: write `- title: gov.pl — Get a PESEL number (foreigners)`",
    ),
    (
        "    title: Meldunek (address registration)",
        "    title:Meldunek (address registration)",
        "Line {n} (`title:Meldunek (address registration)`): `title:` needs a space after its "
        "colon: write `title: Meldunek (address registration)`",
    ),
]


def test_each_slip_in_a_content_file_is_said_in_plain_words_with_its_fix(setup, capsys):
    config, content = setup
    path = content / "faq_en.yaml"
    at = [slip(path, old, new) for old, new, _ in CONTENT]
    # an answer's line moved left, with `: ` twice in it: its indentation, not «quotes»
    left = slip(path, "      **Deadlines**", "    Deadlines: 4 days: non-EU")
    code, out = run_check(config, capsys)
    assert code == 2
    row = next((r for r in out.splitlines() if f"faq_en.yaml:{left}:" in r), "")
    assert (
        f"Line {left} (`Deadlines: 4 days: non-EU`) is indented less than the text of `answer:` "
        f"above it: its lines have 6 spaces before them (from line {left - 2}), this one 4"
    ) in row, out
    assert "quotes" not in row, row
    for n, (_, _, said) in zip(at, CONTENT, strict=True):
        row = next((r for r in out.splitlines() if f"faq_en.yaml:{n}:" in r), "")
        assert said.format(n=n) in row, (n, out)
        assert f"(the rest of the file was checked as if line {n} " in row, row
    assert "left out" not in out, out
