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
        f"config.yaml:{item}: [duty[1]] error: Lines {item}–{item + 4} write the keys "
        f"of the list item of line {item - 5} again (`weekday` and 4 more): a new item whose "
        f"`- ` is missing? Write `- weekday:` on line {item}, its `-` where line {item - 5}'s "
        "is; if it is the same item, keep one of each (the rest of the file was checked as if "
        f"line {item} had its `- `, in this run)"
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


def test_a_value_refused_in_quotes_too_is_said_once_by_its_own_check(setup, capsys):
    """`timezone: @Europe/Warsaw`: «put it in quotes» would not make it right, so the time
    zone's message alone is said, with the line as written (was: both)."""
    config, content = setup
    zone = slip(config, "timezone: Europe/Warsaw", "timezone: @Europe/Warsaw")
    mail = slip(
        config,
        '  email: "infopoint@example.org"   # placeholder: the office\'s own address',
        "  email: @infopoint.example.org",
    )
    # a title too long: its error names no value, so «put it in quotes» is said too
    title = slip(
        content / "faq_en.yaml",
        "    title: 🎓 Education and courses",
        "    title: *Education and courses for adults and children",
    )
    code, out = run_check(config, capsys)
    assert code == 2
    rows = [r for r in out.splitlines() if f"faq_en.yaml:{title}:" in r]
    assert len(rows) == 2, out
    assert "a value cannot start with `*`" in rows[0] and "button title too long" in rows[1], out
    rows = [r for r in out.splitlines() if f"config.yaml:{zone}" in r]
    assert len(rows) == 1, out
    assert rows[0].endswith(
        f"config.yaml:{zone}: [timezone] error: Line {zone} (`timezone: @Europe/Warsaw`): "
        "unknown time zone '@Europe/Warsaw' — did you mean 'Europe/Warsaw'?"
    ), out
    rows = [r for r in out.splitlines() if f"config.yaml:{mail}" in r]
    assert len(rows) == 1 and "quotes" not in rows[0].split(" error: ")[1], out
    assert (
        f"Line {mail} (`email: @infopoint.example.org`): '@infopoint.example.org' is not an "
        in (rows[0])
    ), out
    assert "4 errors" in out, out


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
    # a category's `- ` left out: said once, and its topics still find it (read with its `- `)
    item = slip(path, "  - id: housing", "    id: housing")
    # and the first category's: YAML stops at the second, the line above is named
    first = slip(path, "  - id: documents", "    id: documents")
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"faq_en.yaml:{first}: [categories[0]] error: Line {first} (`id: documents`) is the first "
        f"item of the list that goes on at line {first + 2}, without its `- `: write `- id: "
        f"documents` on line {first}, its `-` where line {first + 2}'s is (the rest of the file "
        f"was checked as if line {first} had its `- `, in this run)"
    ) in out, out
    assert (
        f"faq_en.yaml:{item}: [categories[3]] error: Lines {item}–{item + 1} write the keys of "
        f"the list item of line {item - 2} again (`id` and 1 more): a new item whose `- ` is "
        f"missing? Write `- id:` on line {item}, its `-` where line {item - 2}'s is; if it is "
        f"the same item, keep one of each (the rest of the file was checked as if line {item} "
        "had its `- `, in this run)"
    ) in out, out
    assert "no category" not in out and "categories differ" not in out, out
    assert "appears twice" not in out, out
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
    # and the answer's parts counted (its `**Deadlines**` heading slipped): nothing else
    assert f"{len(CONTENT) + 4} errors" in out, out


def test_a_value_cut_at_a_hash_is_warned_and_a_comment_is_not(setup, capsys):
    """`desk: Biuro #4`: YAML reads ` #4` as a comment and keeps «Biuro»; said with the line
    in quotes. What looks like a comment is not: two spaces before it, a space after the `#`, a
    word without a digit, after a number."""
    config, content = setup
    desk = slip(
        config,
        '    desk: "Biuro Obsługi Mieszkańca, stanowisko nr 4"',
        "    desk: Biuro Obsługi Mieszkańca, stanowisko #4",
    )
    title = slip(
        content / "faq_en.yaml", "    title: 🎓 Education and courses", "    title: Courses #2a"
    )
    comments = [
        slip(config, '    address: "ul. Majówka 21A, 27-200 Starachowice"', new)
        for new in ("    address: ul. Majówka 21A, 27-200 Starachowice  #2 floor",)
    ] + [
        slip(config, old, new)
        for old, new in (
            (
                "  language: pl              # language of the staff messages",
                "  language: pl #pl_PL",
            ),
            ("  visit_minutes: 15", "  visit_minutes: 15 #2"),
            (
                '    name: "Urząd Miejski w Starachowicach"',
                "    name: Urząd Miejski w Starachowicach # 4",
            ),
        )
    ]
    code, out = run_check(config, capsys)
    assert code == 0, out
    assert (
        f"config.yaml:{desk}: [places.city_hall.desk] warning: Line {desk} (`desk: Biuro Obsługi "
        "Mieszkańca, stanowisko #4`): a `#` after a space starts a comment in YAML, so `desk` is "
        "read as «Biuro Obsługi Mieszkańca, stanowisko» and `#4` is left out: if it belongs to "
        'the value, put the value in quotes: `desk: "Biuro Obsługi Mieszkańca, stanowisko #4"`'
    ) in out, out
    assert (
        f"faq_en.yaml:{title}: [categories[4].title] warning: Line {title} (`title: Courses "
        "#2a`): a `#` after a space starts a comment in YAML, so `title` is read as «Courses» "
        "and `#2a` is left out: if it belongs to the value, put the value in quotes: `title: "
        '"Courses #2a"`'
    ) in out, out
    assert out.count("starts a comment") == 2, out
    for n in comments:
        assert f"config.yaml:{n}:" not in out, (n, out)
