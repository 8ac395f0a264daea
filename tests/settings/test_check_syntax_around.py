"""`infopoint check` on a file with a YAML syntax error: the error is named at its line and
column with what to fix, and the file's other problems in the same run (they were named only
once the syntax was fixed): the entry the error is in (a content file's topic, a key of
config.yaml or of a network's office) is left out and the rest read again."""

from __future__ import annotations

import pytest

from tests.settings.test_check_content import edit, run_check
from tests.settings.test_check_content import setup as setup  # noqa: F401 - the fixture
from tests.support.network import write_network_config

LEFT_OUT = "were left out to check the rest of the file: the problems inside them are named"


# four topics of one file, each with a syntax error of its own: (topic, old, new, column, said)
SLIPS = [
    (  # a tab for indentation
        "meldunek",
        "    category: documents\n    title: Meldunek",
        "\tcategory: documents\n    title: Meldunek",
        1,
        "a tab character: YAML needs spaces for indentation (replace the tab with spaces)",
    ),
    (  # an unclosed quote
        "legal_stay",
        "    title: Legal stay, visas, karta pobytu",
        '    title: "Legal stay, visas, karta pobytu',
        12,
        "a quote opened on line {line} is not closed",
    ),
    (  # a missing colon
        "health_insurance",
        "    title: Health insurance (NFZ)",
        "    title Health insurance (NFZ)",
        10,
        "has no colon after its key: write `title: Health insurance (NFZ)`",
    ),
    (  # one list item indented a space less
        "healthcare",
        "      - psychological_help",
        "     - psychological_help",
        6,
        "Line {line} (`- psychological_help`) has 5 spaces before its `- `, the items of its "
        "list above it 6 (line {above}): give it 6, like them",
    ),
]


def test_syntax_errors_in_topics_hide_none_of_the_files_other_problems(setup, capsys):
    config, content = setup
    path = content / "faq_en.yaml"
    lines = {}
    for topic, old, new, _, _ in SLIPS:
        lines[topic] = edit(path, old, new, f"\n  {topic}:\n")
    placeholder = edit(path, "{city_office}", "{citty_office}", "\n  pesel:\n")
    # a typo of an id left out, elsewhere: still named (it only looks like the id)
    related = edit(path, "      - legal_stay", "      - legal_stey", "\n  legal_help:\n")
    code, out = run_check(config, capsys)
    assert code == 2
    for topic, _, _, column, said in SLIPS:
        line = lines[topic]
        syntax = next((row for row in out.splitlines() if f"[topics.{topic}] " in row), "")
        assert f"faq_en.yaml:{line}:{column}: [topics.{topic}] error: YAML syntax: " in syntax, out
        assert said.format(line=line, above=line - 1) in syntax, syntax
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
    assert "no topic 'meldunek'" not in out and "missing here" not in out, out
    assert "6 error(s)" in out, out


@pytest.mark.parametrize(
    ("old", "new", "after", "key", "column", "said"),
    [
        (
            "    address:",
            "\taddress:",
            "\n  social_services:\n",
            "places",
            1,
            "a tab character: YAML needs spaces for indentation (replace the tab with spaces)",
        ),
        (  # a duty rule's `- ` a space further in than the rule above it
            "- weekday: thursday",
            " - weekday: thursday",
            "\nduty:\n",
            "duty",
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
    syntax = next(row for row in out.splitlines() if "YAML syntax" in row)
    assert f"config.yaml:{line}:{column}: [{key}] error: YAML syntax: " in syntax, out
    assert said.format(above=above) in syntax
    assert f"the key `{key}`, {LEFT_OUT}" in syntax
    assert f"config.yaml:{language}: [default_language] error: expected one of" in out
    assert f"faq_en.yaml:{placeholder}: [topics.pesel.answer] error: placeholder" in out
    # the places (or duty rules) are in the key left out: not said to be unknown (or unused)
    assert "no place" not in out and "content files were not checked" not in out, out
    assert "3 error(s)" in out, out


def test_a_syntax_error_in_a_networks_office_leaves_out_that_key_of_that_office(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    config = write_network_config(tmp_path)
    lines = config.read_text(encoding="utf-8").splitlines()
    south = lines.index("  south:")
    duty = next(i for i in range(south, len(lines)) if lines[i] == "    duty:")
    lines[duty + 1] = lines[duty + 1].replace("weekday:", "weekday", 1)
    east = lines.index("  east:")
    name = next(i for i in range(east, len(lines)) if lines[i].startswith("    name:"))
    lines[name] = "    nam: East"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    syntax = next(row for row in out.splitlines() if "YAML syntax" in row)
    assert f"config.yaml:{duty + 2}:" in syntax and "[offices.south.duty] error:" in syntax, out
    assert f"the key `duty` of office `south`, {LEFT_OUT}" in syntax
    assert f"config.yaml:{name + 1}: [offices.east.nam] error: unknown key 'nam'" in out, out
