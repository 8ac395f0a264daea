"""`infopoint check` on a file with a YAML syntax error: the error is named at its line and
column with what to fix, and the file's other problems in the same run (they were named only
once the syntax was fixed): the entry the error is in (a content file's topic, a key of
config.yaml or of a network's office) is left out and the rest read again."""

from __future__ import annotations

import re

import pytest

from tests.settings.test_check_content import checked_of, edit, run_check
from tests.settings.test_check_content import setup as setup  # noqa: F401 - the fixture
from tests.support.network import write_network_config

LEFT_OUT = "were left out to check the rest of the file: the problems inside them are named"

SYNTAX = re.compile(r"\.yaml:\d+:\d+: \[")  # a syntax error's row: its line and column


# four topics of one file, each with a syntax error of its own: (topic, old, new, column,
# said, key, how): each read as fixed (`how`), the topic checked too: the slips whose fix is
# certain, and an unclosed quote, closed at the end of its line (YAML then reads on)
SLIPS = [
    (  # a tab for indentation
        "meldunek",
        "    category: documents\n    title: Meldunek",
        "\tcategory: documents\n    title: Meldunek",
        1,
        "A tab character in the indentation: YAML needs spaces there; replace the tab with spaces",
        "meldunek.category",
        "had 4 spaces",
    ),
    (  # an unclosed quote
        "legal_stay",
        "    title: Legal stay, visas, karta pobytu",
        '    title: "Legal stay, visas, karta pobytu',
        12,
        "A quote opened on line {line} is not closed",
        "legal_stay.title",
        'ended with `"`',
    ),
    (  # a missing colon
        "health_insurance",
        "    title: Health insurance (NFZ)",
        "    title Health insurance (NFZ)",
        10,
        "has no colon after its key: write `title: Health insurance (NFZ)`",
        "health_insurance.title",
        "had its colon",
    ),
    (  # one list item indented a space less
        "healthcare",
        "      - psychological_help",
        "     - psychological_help",
        6,
        "Line {line} (`- psychological_help`) has 5 spaces before its `- `, the items of its "
        "list above it 6 (line {above}): give it 6, like them",
        "healthcare.related[1]",
        "had 6 spaces",
    ),
]


def test_syntax_errors_in_topics_hide_none_of_the_files_other_problems(setup, capsys):
    config, content = setup
    path = content / "faq_en.yaml"
    lines = {}
    for topic, old, new, *_ in SLIPS:
        lines[topic] = edit(path, old, new, f"\n  {topic}:\n")
    placeholder = edit(path, "{city_office}", "{citty_office}", "\n  pesel:\n")
    # inside a topic read as fixed: named in the same run (was: after the fix)
    healthcare = checked_of(path, "healthcare")
    inside = edit(path, healthcare, "    checked: 2026-02-30", "\n  healthcare:\n")
    # a typo of an id left out, elsewhere: still named (it only looks like the id)
    related = edit(path, "      - legal_stay", "      - legal_stey", "\n  legal_help:\n")
    code, out = run_check(config, capsys)
    assert code == 2
    for topic, _, _, column, said, key, how in SLIPS:
        line = lines[topic]
        syntax = next((row for row in out.splitlines() if f"[topics.{key}] " in row), "")
        assert f"faq_en.yaml:{line}:{column}: [topics.{key}] error: " in syntax, out
        assert said.format(line=line, above=line - 1) in syntax, syntax
        if how:  # (read as fixed: its topic's other problems are named in this run too)
            assert f"(the rest of the file was checked as if line {line} {how}, in " in syntax
        else:
            assert f"the topic `{topic}`, {LEFT_OUT} once this is fixed" in syntax
    # the file's other topics are checked in the same run
    assert (
        f"faq_en.yaml:{placeholder}: [topics.pesel.answer] error: placeholder {{citty_office}} is "
        "not defined in config.yaml — did you mean {city_office}?"
    ) in out, out
    assert f"faq_en.yaml:{related}: [topics.legal_help.related[" in out, out
    assert "error: no topic 'legal_stey'" in out
    # the topics left out are not said to be missing from this language, nor the topics
    # naming them (pesel's related) to name no topic
    assert f"faq_en.yaml:{inside}: [topics.healthcare.checked] error: 2026-02-30 is not" in out
    assert "no topic 'meldunek'" not in out and "missing here" not in out, out
    assert "7 errors" in out, out


@pytest.mark.parametrize(
    ("old", "new", "after", "key", "column", "said"),
    [
        (
            "    address:",
            "\taddress:",
            "\n  social_services:\n",
            "places.social_services.address",
            1,
            "A tab character in the indentation: YAML needs spaces there; replace the tab with "
            "spaces",
        ),
        (  # a duty rule's `- ` a space further in than the rule above it
            "- weekday: thursday",
            " - weekday: thursday",
            "\nduty:\n",
            "duty[1]",
            2,
            "has 1 space before its `- `, the items of its list above it 0 (line {above}): give "
            "it 0, like them",
        ),
    ],
)
def test_a_syntax_error_in_config_yaml_hides_neither_its_other_keys_nor_the_content(
    setup, capsys, old, new, after, key, column, said
):
    config, content = setup
    line = edit(config, old, new, after)
    above = config.read_text(encoding="utf-8").splitlines().index("- weekday: tuesday") + 1
    language = edit(config, "default_language: en", "default_language: ua")
    placeholder = edit(content / "faq_en.yaml", "{city_office}", "{citty_office}")
    code, out = run_check(config, capsys)
    assert code == 2
    syntax = next(row for row in out.splitlines() if SYNTAX.search(row))
    assert f"config.yaml:{line}:{column}: [{key}] error: " in syntax, out
    assert said.format(above=above) in syntax
    # (read as fixed: the spaces its neighbours have)
    assert f"(the rest of the file was checked as if line {line} had " in syntax
    assert f"config.yaml:{language}: [default_language] error: expected one of" in out
    assert f"faq_en.yaml:{placeholder}: [topics.pesel.answer] error: placeholder" in out
    # the places (or duty rules) are read: not said to be unknown (or unused)
    assert "no place" not in out and "content files were not checked" not in out, out
    assert "3 errors" in out, out


def test_a_syntax_error_in_a_networks_office_leaves_out_that_key_of_that_office(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    config = write_network_config(tmp_path)
    lines = config.read_text(encoding="utf-8").splitlines()
    south = lines.index("  south:")
    duty = next(i for i in range(south, len(lines)) if lines[i] == "    duty:")
    lines[duty + 1] = lines[duty + 1].replace("weekday: ", 'weekday: "', 1)  # (not closed)
    east = lines.index("  east:")
    name = next(i for i in range(east, len(lines)) if lines[i].startswith("    name:"))
    lines[name] = "    nam: East"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    syntax = next(row for row in out.splitlines() if SYNTAX.search(row))
    # (the quote closed at the end of its line: the rest of the office read in this run)
    assert f"config.yaml:{duty + 2}:" in syntax and "[offices.south.duty[0]] error:" in syntax
    assert f'checked as if line {duty + 2} ended with `"`, in this run)' in syntax, out
    assert f"config.yaml:{name + 1}: [offices.east.nam] error: unknown key 'nam'" in out, out


# a content file's header with a syntax error: (old, new, after, key, said, how)
HEADER_SLIPS = [
    (  # an unclosed quote in a category's title: closed at the end of its line
        "    title: 🏥 Health",
        '    title: "🏥 Health',
        "categories:",
        "categories[1].title",
        "A quote opened on line {line} is not closed",
        'ended with `"`',
    ),
    (  # a `[` not closed in a category's title, nothing after it a list has: read as a text
        "    title: 💼 Work and money",
        "    title: [💼 Work and money",
        "categories:",
        "categories[2].title",
        "",
        "had its value in quotes (a text that starts with `[` needs them)",
    ),
    (  # `categories:` without its colon: what its items are under is not certain
        "categories:",
        "categories",
        "",
        "categories",
        "Line {line} (`categories`) has no colon after its key",
        None,
    ),
]


@pytest.mark.parametrize(("old", "new", "after", "key", "said", "how"), HEADER_SLIPS)
def test_a_syntax_error_in_a_content_files_header_hides_none_of_its_topics(
    setup, capsys, old, new, after, key, said, how
):
    """The header is left out; the topics are checked against the other languages' categories
    (the same ids), so the file's other problems are named in the same run."""
    config, content = setup
    path = content / "faq_en.yaml"
    line = edit(path, old, new, after)
    placeholder = edit(path, "{city_office}", "{citty_office}", "\n  pesel:\n")
    date = edit(
        path, "    checked: 2026-", "    checked: 2026-02-30\n    old: ", "\n  legal_help:\n"
    )
    code, out = run_check(config, capsys)
    assert code == 2
    syntax = next((row for row in out.splitlines() if SYNTAX.search(row)), "")
    assert f"faq_en.yaml:{line}:" in syntax and f"[{key}] error: " in syntax, out
    assert said.format(line=line) in syntax, syntax
    if how:  # read as fixed: the header checked as it is then
        assert f"(the rest of the file was checked as if line {line} {how}, in " in syntax
    else:
        assert f"the key `{key}`, {LEFT_OUT} once this is fixed" in syntax
    assert (
        f"faq_en.yaml:{placeholder}: [topics.pesel.answer] error: placeholder {{citty_office}} is "
        "not defined in config.yaml — did you mean {city_office}?"
    ) in out, out
    assert (
        f"faq_en.yaml:{date}: [topics.legal_help.checked] error: 2026-02-30 is not a real date"
    ) in out, out
    assert f"faq_en.yaml:{date + 1}: [topics.legal_help.old] error: unknown key 'old'" in out
    # nothing that only follows from the header left out: its topics are all there, their
    # categories known, the file's language the expected one
    for wrong in ("missing", "has no topics", "no category", "file says language", "differ"):
        assert wrong not in out, (wrong, out)
    assert "4 errors" in out, out


# a key moved left in a content file: (old, new, after, spaces, wants)
MOVED = [
    ("\n    title: Meldunek", "\ntitle: Meldunek", "\n  meldunek:\n", 0, 4),  # a topic's key
    ("\n    title: Meldunek", "\n  title: Meldunek", "\n  meldunek:\n", 2, 4),  # a level left
    ("\n    answer: |", "\n  answer: |", "\n  meldunek:\n", 2, 4),  # with its text under it
]


@pytest.mark.parametrize(("old", "new", "after", "spaces", "wants"), MOVED)
def test_a_key_moved_left_is_named_and_its_topic_checked_in_the_same_run(
    setup, capsys, old, new, after, spaces, wants
):
    """The line is named with the spaces to give it, and the file read as if it had them: the
    problems inside the topic it belongs to (an unknown placeholder in meldunek's answer) and
    in the rest of the file are named in the same run, with no «missing» for what it moved."""
    config, content = setup
    path = content / "faq_en.yaml"
    line = edit(path, old, new, after) + 1
    inside = edit(path, "{city_office}", "{city_ofice}", "\n  meldunek:\n")
    placeholder = edit(path, "{city_office}", "{citty_office}", "\n  pesel:\n")
    code, out = run_check(config, capsys)
    assert code == 2
    moved = path.read_text(encoding="utf-8").splitlines()[line - 1].strip()
    assert (
        f"faq_en.yaml:{line}:{spaces + 1}: [topics.meldunek.{moved.split(':')[0]}] error: "
        f"Line {line} (`{moved}`) is indented too little: it has {spaces} space(s) "
        f"before it, the keys of its block {wants} (line {line - 1}), so YAML took it for a key "
        f"of the level above; give it {wants} spaces (the rest of the file was checked as if "
        f"line {line} had {wants} spaces, in this run)"
    ) in out, out
    assert (
        f"faq_en.yaml:{inside}: [topics.meldunek.answer] error: placeholder {{city_ofice}}" in out
    )
    assert f"faq_en.yaml:{placeholder}: [topics.pesel.answer] error: placeholder" in out, out
    assert "missing" not in out and "left out" not in out, out
    assert "3 errors" in out, out


def test_a_topic_moved_to_the_top_level_is_named_and_checked_in_the_same_run(setup, capsys):
    """`meldunek:` at the file's top level: YAML notices it at the next topic, 130 lines below;
    the line is named, and the topics after it are not «missing here»."""
    config, content = setup
    path = content / "faq_en.yaml"
    line = edit(path, "\n  meldunek:", "\nmeldunek:", "topics:") + 1
    inside = edit(path, "{city_office}", "{city_ofice}", "\nmeldunek:\n")
    code, out = run_check(config, capsys)
    assert code == 2
    syntax = next((row for row in out.splitlines() if SYNTAX.search(row)), "")
    assert f"faq_en.yaml:{line}:1: [topics.meldunek] error: " in syntax, out
    assert f"Line {line} (`meldunek:`) is probably indented too little" in syntax
    assert f"give line {line} 2 spaces" in syntax
    assert (
        f"(the rest of the file was checked as if line {line} had 2 spaces, in this run)" in syntax
    )
    assert (
        f"faq_en.yaml:{inside}: [topics.meldunek.answer] error: placeholder {{city_ofice}}" in out
    )
    assert "missing" not in out and "has no topics" not in out, out
    assert "2 errors" in out, out


def _places(config):  # type: ignore[no-untyped-def]
    """social_services's `label:` (its line) and its map_url given http:// (its line)."""
    link = edit(
        config,
        "map_url: https://www.openstreetmap.org/search?query=Maj",
        "map_url: http://www.openstreetmap.org/search?query=Maj",
    )
    return config.read_text(encoding="utf-8").splitlines().index("    label:", link) + 1, link


def test_a_whole_block_moved_left_is_read_where_it_belongs_and_its_place_checked(setup, capsys):
    """A place's `label:` and its three languages each given one space where the place's keys
    have four: YAML stops at the label; read with the four lines moved back together, the
    place's own mistake (an http:// link) and the block's (a misspelt language) are named in the
    same run (was: a wrong guess, one line moved, and more errors after it)."""
    config, _ = setup
    line, link = _places(config)
    lines = config.read_text(encoding="utf-8").splitlines()
    for at in range(line - 1, line + 3):
        lines[at] = lines[at][3:]
    lines[line + 2] = lines[line + 2].replace("en:", "eng:")
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"config.yaml:{line}:2: [places.social_services.label] error: Lines "
        f"{line}–{line + 3} (`label:` and the lines under it) are indented too little, all "
        f"together: `label:` has 1 space(s) before it, the keys of its block 4 (line {link}), so "
        "YAML took them for keys of the level above; give each of these lines 3 more space(s) "
        f"(the rest of the file was checked as if lines {line}–{line + 3} had 3 more space(s) "
        "each, in this run)"
    ) in out, out
    assert (
        f"config.yaml:{link}: [places.social_services.map_url] error: expected an https://" in out
    )
    assert f"config.yaml:{line + 3}: [places.social_services.label.eng] error: " in out, out
    assert "no place" not in out and "3 errors" in out, out


def test_an_unclosed_quote_in_a_place_leaves_no_place_unchecked(setup, capsys):
    """Tester 40's «still»: an unclosed quote left the whole `places:` out, its other mistakes
    (and every «no place» after it) for the next run."""
    config, _ = setup
    line, link = _places(config)
    line = edit(config, "address: ul. Majówka", 'address: "ul. Majówka')
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"config.yaml:{line}:14: [places.social_services.address] error: A quote opened "
        f"on line {line} is not closed"
    ) in out, out
    assert f'checked as if line {line} ended with `"`, in this run)' in out
    assert (
        f"config.yaml:{link}: [places.social_services.map_url] error: expected an https://" in out
    )
    assert "were left out" not in out and "2 errors" in out, out
