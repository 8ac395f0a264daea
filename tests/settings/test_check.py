"""`infopoint check`: broken config and content are named by file, line and key, exit code 2."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import FIXTURE, copy_content, write_config


def run_check(config: Path, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(["check", "--config", str(config)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def setup(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    content = copy_content(tmp_path)
    config = write_config(tmp_path, content__dir=str(content))
    return config, content


def edit(path: Path, old: str, new: str, count: int = 1) -> int:
    """Replace text in a file; return the 1-based line of the first replacement."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return line


def test_yaml_syntax_error_names_file_and_line(setup, capsys):
    config, content = setup
    line = edit(content / "faq_en.yaml", "  pesel:\n", "  pesel: [unclosed\n")
    code, out = run_check(config, capsys)
    assert code == 2
    assert re.search(rf"faq_en\.yaml:{line + 1}\b|faq_en\.yaml:{line}\b", out), out


def test_topic_missing_from_one_language(setup, capsys):
    config, content = setup
    edit(content / "faq_pl.yaml", "  meldunek:\n", "  registration:\n")
    code, out = run_check(config, capsys)
    assert code == 2
    assert "faq_pl.yaml" in out and "'meldunek' is missing here" in out
    assert (
        "topic 'registration' is missing here (present in: pl): every language's file has the "
        "same topics, so add it here, translated"
    ) in out
    assert "misspelt" not in out


def test_a_topic_id_misspelt_in_one_language_is_named_there_once(setup, capsys):
    config, content = setup
    line = edit(content / "faq_en.yaml", "  meldunek:\n", "  meldunke:\n")
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"faq_en.yaml:{line}: [topics.meldunke] error: topic id 'meldunke' looks misspelt: no "
        "other language has it, and uk, ru, pl have 'meldunek' instead — rename it here to "
        "'meldunek'"
    ) in out
    # not «add 'meldunke' to the other three», nor the en topics that link 'meldunek'
    assert "is missing here" not in out and "no topic 'meldunek'" not in out
    assert "1 error" in out


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("    title:", "    titel:", "unknown key 'titel'"),
        ("    checked: 2026-11-23", "    checked: 2026-13-45", "2026-13-45 is not a real date"),
        ("      - title:", "      - titl:", "unknown key 'titl'"),
        ("        url: https://", "        url: http://", "expected an https:// link"),
    ],
)
def test_topic_fields_are_checked(setup, capsys, old, new, message):
    config, content = setup
    line = edit(content / "faq_en.yaml", old, new)
    code, out = run_check(config, capsys)
    assert code == 2
    assert message in out
    assert f"faq_en.yaml:{line}:" in out


def test_topic_without_sources_or_answer_fails(setup, capsys):
    config, content = setup
    path = content / "faq_uk.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("    sources:")
    end = text.index("    checked:", start)
    path.write_text(text[:start] + "    sources: []\n" + text[end:], encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2 and "at least one official source" in out


@pytest.mark.parametrize(
    ("insert", "message"),
    [
        ("see [the page](http://example.org) ", "not https"),
        ("ask at {nowhere_office} ", "placeholder {nowhere_office} is not defined"),
        ("**unclosed bold ", "unpaired **"),
        ("<b>html</b> ", "HTML tags are not allowed"),
    ],
)
def test_answers_that_cannot_be_sent_fail(setup, capsys, insert, message):
    config, content = setup
    path = content / "faq_ru.yaml"
    text = path.read_text(encoding="utf-8")
    anchor = text.index("    answer: |\n") + len("    answer: |\n")
    first_line_end = text.index("\n", anchor)
    indent = "      "
    new = (
        text[:anchor]
        + indent
        + insert
        + text[anchor + len(indent) : first_line_end]
        + text[first_line_end:]
    )
    path.write_text(new, encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2, out
    assert message in out
    assert "faq_ru.yaml:" in out and ".answer]" in out


def test_button_title_too_long(setup, capsys):
    config, content = setup
    path = content / "faq_pl.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("    title:")
    end = text.index("\n", start)
    path.write_text(text[:start] + '    title: "' + "x" * 40 + '"' + text[end:], encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2 and "button title too long (40 > 32" in out


def test_facts_checked_long_ago_only_warn(setup, capsys):
    config, content = setup
    edit(content / "faq_en.yaml", "    checked: 2026-11-23", "    checked: 2024-06-01")
    code, out = run_check(config, capsys)
    assert code == 0
    assert "warning: facts last checked on 2024-06-01" in out


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("default_language: en", "default_language: en\ncolour: red", "unknown key 'colour'"),
        ('from: "13:00"', 'from: "25:00"', "impossible time '25:00'"),
        ("capacity: 1", "capacity: many", "expected a whole number above 0"),
        ("timezone: Europe/Warsaw", "timezone: Europe/Nowhere", "unknown time zone"),
        ("place: city_hall", "place: town_hall", "no place 'town_hall'"),
        ("visit_minutes: 15", "visit_minutes: 15\n  colour: red", "booking.colour"),
    ],
)
def test_config_errors_name_file_line_and_key(tmp_path, capsys, monkeypatch, old, new, message):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    config = tmp_path / "config.yaml"
    config.write_text((FIXTURE / "config.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    edit(config, "path: data/infopoint.sqlite3", f"path: {tmp_path}/db.sqlite3")
    with config.open("a", encoding="utf-8") as file:
        file.write(f"\ncontent:\n  dir: {FIXTURE / 'content'}\n")
    line = edit(config, old, new)
    code, out = run_check(config, capsys)
    assert code == 2, out
    assert message in out
    assert re.search(rf"config\.yaml:({line}|{line + 1}):", out), out


def test_missing_language_file(setup, capsys):
    config, content = setup
    (content / "faq_ru.yaml").unlink()
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        "faq_ru.yaml: error: file not found: `languages:` in the config lists ru, and each "
        "language needs its file: translate faq_en.yaml into faq_ru.yaml here, or take ru out "
        "of `languages:`"
    ) in out, out


def test_a_language_left_out_of_languages_while_its_file_is_there_is_said(setup, capsys):
    """The bot would simply not offer it: said at `languages:`, with the file it leaves out."""
    config, content = setup
    edit(config, "- ru\n", "")
    line = config.read_text(encoding="utf-8").splitlines().index("languages:") + 1
    code, out = run_check(config, capsys)
    assert code == 0, out
    assert (
        f"config.yaml:{line}: [languages] warning: {content / 'faq_ru.yaml'} is there, but "
        "`languages:` (uk, en, pl) does not list 'ru': the bot does not offer ru and this file "
        "is not checked; add ru to `languages:` to offer it, or move the file away"
    ) in out, out


def test_a_content_file_for_a_language_the_bot_has_not_is_said(setup, capsys):
    """Said beside the content's errors too (not only once the check has none)."""
    config, content = setup
    (content / "faq_ua.yaml").write_text("language: ua\n", encoding="utf-8")
    edit(content / "faq_en.yaml", "{city_office}", "{citty_office}")
    code, out = run_check(config, capsys)
    assert code == 2, out
    assert "placeholder {citty_office} is not defined" in out
    assert (
        f"{content / 'faq_ua.yaml'}: warning: a content file for 'ua', a language the bot does "
        "not have — did you mean 'uk'?"
    ) in out, out
    assert "`languages:` in config.yaml line " in out


def test_a_folder_given_for_the_config_is_one_plain_line_naming_the_file(setup, capsys):
    """`--config /opt/infopoint` (the folder): no traceback (the fifteenth tester)."""
    config, _ = setup
    code, out = run_check(config.parent, capsys)
    assert code == 2, out
    assert "is a folder: give the file, e.g." in out and "config.yaml" in out
    assert "Traceback" not in out


def test_run_without_token_explains_and_exits_2(capsys, monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    code = main(["run", "--config", str(FIXTURE / "config.yaml")])
    err = capsys.readouterr().err
    assert code == 2
    assert "TELEGRAM_BOT_TOKEN" in err and "infopoint chat" in err
    assert len(err.strip().splitlines()) == 1


def test_a_place_id_too_long_for_a_button_is_named(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    long_id = "the_social_services_centre_of_the_town"
    config = write_config(tmp_path)
    edit(config, "social_services:", f"{long_id}:")
    edit(config, "place: social_services", f"place: {long_id}")
    code, out = run_check(config, capsys)
    assert code == 2, out
    assert f"place id '{long_id}'" in out and "64 bytes" in out


async def test_answers_name_local_offices_in_the_readers_language(tmp_path, clock):
    from bot.app import build
    from tests.support.dialogue import Dialogue

    app = await build(write_config(tmp_path), clock=clock, search="off")
    try:
        english = Dialogue(app.core)
        await english.payload("topic:legal_help")
        assert "Book a slot: Starachowice county free legal aid points" in english.text
        assert "punkty nieodpłatnej pomocy prawnej" not in english.text
        polish = Dialogue(app.core, user_id="pl", language_hint="pl")
        await polish.payload("topic:legal_help")
        assert "punkty nieodpłatnej pomocy prawnej powiatu starachowickiego" in polish.text
        ukrainian = Dialogue(app.core, user_id="uk", language_hint="uk")
        await ukrainian.payload("topic:pesel")
        assert "Urząd Miejski w Starachowicach (міська управа)" in ukrainian.text
        await english.payload("topic:polish_courses")  # a plain string: the same everywhere
        assert "groups starting now in Starachowice" in english.text
    finally:
        await app.close()


def test_a_local_office_label_in_an_unknown_language_is_named(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    office = {"name": "Urząd Miejski", "label": {"en": "City Hall", "de": "Rathaus"}}
    config = write_config(tmp_path, local__city_office=office)
    code, out = run_check(config, capsys)
    assert code == 2, out
    assert re.search(
        r"config\.yaml:\d+: \[local\.city_office\.label\.de\] error: unknown language", out
    )


def test_a_local_office_without_a_label_in_one_language_only_warns(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    office = {"name": "Urząd Miejski", "label": {"uk": "Urząd Miejski (міська управа)"}}
    config = write_config(tmp_path, local__city_office=office)
    code, out = run_check(config, capsys)
    assert code == 0, out
    assert "[local.city_office.label] warning: no label in ru, en: answers in those" in out
    assert "show the name 'Urząd Miejski'" in out and "1 warning" in out


def add_valid_until(content: Path, topic: str, value: str, langs=("uk", "ru", "en", "pl")) -> None:  # type: ignore[no-untyped-def]
    for lang in langs:
        path = content / f"faq_{lang}.yaml"
        text = path.read_text(encoding="utf-8")
        at = text.index("\n    checked:", text.index(f"\n  {topic}:\n"))
        at = text.index("\n", at + 1)
        path.write_text(text[:at] + f"\n    valid_until: {value}" + text[at:], encoding="utf-8")


def test_facts_that_expire_within_a_month_warn_and_later_ones_do_not(setup, capsys):
    config, content = setup
    soon, later = dt.date.today() + dt.timedelta(days=20), dt.date.today() + dt.timedelta(days=45)
    add_valid_until(content, "employment", soon.isoformat())
    add_valid_until(content, "pesel", f'[{{date: {later}, what: "temporary protection"}}]')
    code, out = run_check(config, capsys)
    assert code == 0, out
    assert f"warning: facts valid until {soon} expire in 20 days" in out
    assert "faq_pl.yaml" in out  # one warning, at the staff language's file
    assert out.count("facts valid until") == 1 and str(later) not in out


def test_facts_that_expired_warn_until_the_topic_is_updated(setup, capsys):
    config, content = setup
    add_valid_until(content, "employment", '[{date: 2026-01-01, what: "2025 minimum wage"}]')
    code, out = run_check(config, capsys)
    assert code == 0, out
    assert "facts valid until 2026-01-01 (2025 minimum wage) expired" in out


def test_valid_until_that_is_not_a_date_or_differs_between_languages_is_named(setup, capsys):
    config, content = setup
    add_valid_until(content, "pesel", "2027-03-04", langs=("uk", "ru", "en"))
    add_valid_until(content, "pesel", "2027-13-04", langs=("pl",))
    code, out = run_check(config, capsys)
    assert code == 2 and "topics.pesel.valid_until] error: 2027-13-04 is not a real date" in out
    add_valid_until(content, "employment", "2027-01-01", langs=("uk", "en"))
    edit(content / "faq_pl.yaml", "valid_until: 2027-13-04", "valid_until: 2027-03-04")
    code, out = run_check(config, capsys)
    assert code == 0, out
    assert "faq_ru.yaml" in out and "valid_until dates differ from faq_uk.yaml (2027-01-01)" in out


def test_check_with_a_token_and_no_network_says_so_in_one_line_and_exits_2(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:ABC-secret")
    config = write_config(tmp_path, telegram__base_url="http://127.0.0.1:9/bot")  # nothing there
    code, out = run_check(config, capsys)
    assert code == 2, out
    assert "Traceback" not in out and "ABC-secret" not in out
    [error] = [line for line in out.splitlines() if line.startswith("error")]
    assert error.startswith("error: cannot reach Telegram at http://127.0.0.1:9/bot (")
    assert error.endswith("check the network and telegram.base_url in config.yaml")


def test_an_answer_must_start_with_a_heading_so_that_each_part_stands_alone(setup, capsys):
    config, content = setup
    edit(content / "faq_en.yaml", "**What it is.** PESEL", "PESEL")
    code, out = run_check(config, capsys)
    assert code == 2
    assert "faq_en.yaml:" in out and "must start with a bold heading" in out


def test_every_language_has_the_same_parts(setup, capsys):
    config, content = setup
    edit(content / "faq_pl.yaml", "**Pozostali cudzoziemcy**", "Pozostali cudzoziemcy:")
    code, out = run_check(config, capsys)
    assert code == 2
    assert "faq_pl.yaml:" in out and "topics.pesel.answer" in out
    assert "3 parts" in out and "4 in uk" in out


def test_a_heading_with_nothing_under_it_is_no_part(setup, capsys):
    config, content = setup
    path = content / "faq_en.yaml"
    text = path.read_text(encoding="utf-8")
    anchor = text.index("    answer: |\n") + len("    answer: |\n")
    path.write_text(text[:anchor] + "      **Empty**\n" + text[anchor:], encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    assert "(«Empty») has nothing under its heading" in out


def test_part_examples_must_name_a_part_of_the_answer(setup, capsys):
    config, content = setup
    line = edit(content / "faq_en.yaml", "      other foreigners:", "      Other countries:")
    code, out = run_check(config, capsys)
    assert code == 2
    assert f"faq_en.yaml:{line}:" in out
    assert "no part of the answer has the heading «Other countries»" in out
    assert "«Other foreigners»" in out  # the headings it has


def test_part_examples_are_read_in_the_order_of_the_parts():
    from bot.app import load_static

    _, kb = load_static(FIXTURE / "config.yaml")
    pesel = kb.topic("en", "pesel")
    assert pesel is not None and len(pesel.part_examples) == len(pesel.parts)
    assert pesel.part_examples[0] == () and len(pesel.part_examples[2]) == 2
    uk = kb.topic("uk", "pesel")
    assert uk is not None and uk.part_examples == ()  # none written in Ukrainian


def test_check_without_a_token_says_the_staff_chat_was_not_checked(setup, capsys):
    config, _ = setup
    code, out = run_check(config, capsys)
    assert code == 0, out
    assert "note: TELEGRAM_BOT_TOKEN is not set, and `infopoint run` needs it" in out
    assert "the staff chat was not checked (set it and run `infopoint check` again" in out


def test_check_with_telegram_off_says_the_staff_chat_was_not_checked(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:ABC-secret")
    monkeypatch.setenv("VIBER_AUTH_TOKEN", "viber-secret")
    config = write_config(
        tmp_path,
        telegram__enabled=False,
        viber__enabled=True,
        webhook__public_url="https://bot.example.org",
    )
    code, out = run_check(config, capsys)
    assert code == 0, out
    assert "note: the staff chat was not checked: Telegram is off" in out
