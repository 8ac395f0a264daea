"""`infopoint check` on a network: what a network's config can get wrong is named by file, line
and office, before the bot runs."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.settings.config import load
from tests.conftest import copy_content
from tests.support.network import write_network_config
from tests.support.yamlfiles import read_yaml


def run_check(config: Path, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(["check", "--config", str(config)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def content(tmp_path, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    return copy_content(tmp_path)


def _network(tmp_path: Path, content: Path) -> Path:
    return write_network_config(tmp_path, content__dir=str(content))


def _edit_config(config: Path, change) -> None:  # type: ignore[no-untyped-def]
    data = read_yaml(config)
    change(data)
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_the_fixture_network_passes_and_names_its_offices(tmp_path, content, capsys):
    code, out = run_check(_network(tmp_path, content), capsys)
    assert code == 0, out
    assert "3 offices" in out and "south: 2" in out


def test_an_office_without_a_staff_chat(tmp_path, content, capsys):
    config = _network(tmp_path, content)
    _edit_config(config, lambda d: d["offices"]["east"].pop("staff"))
    _edit_config(config, lambda d: d["staff"].pop("chat_id"))
    code, out = run_check(config, capsys)
    assert code == 2
    assert "office 'east' has no staff chat" in out


def _errors(out: str) -> list[str]:
    return [line for line in out.splitlines() if "] error: " in line]


def test_two_offices_in_one_chat_and_topic(tmp_path, content, capsys):
    config = _network(tmp_path, content)
    _edit_config(config, lambda d: d["offices"]["east"]["staff"].update(topic_id=11))
    code, out = run_check(config, capsys)
    assert code == 2
    (error,) = _errors(out)  # one mistake, one error
    assert "[offices.east.staff] error: offices 'south' (line " in error
    assert "'east' (line " in error and "share the staff chat -1001000000002" in error
    assert "without one or with the same topic: 'south', 'east'" in error


def test_an_office_added_in_a_shared_chat_without_a_topic_is_one_error_there(
    tmp_path, content, capsys
):
    """Gdynia added with South's chat and no topic: one error, at Gdynia, naming both; South,
    not edited, is not blamed (it was named three times)."""
    config = _network(tmp_path, content)

    def add(d):  # type: ignore[no-untyped-def]
        d["offices"]["gdynia"] = dict(d["offices"]["east"], staff={"chat_id": -1001000000002})

    _edit_config(config, add)
    code, out = run_check(config, capsys)
    assert code == 2
    (error,) = _errors(out)
    lines = config.read_text("utf-8").splitlines()
    start = line_of(config, "  gdynia:")
    line = next(i for i, t in enumerate(lines) if "staff:" in t and i >= start) + 1
    assert f"config.yaml:{line}: [offices.gdynia.staff] error: offices " in error, out
    assert "'south' (line" in error and "'gdynia' (line" in error
    assert error.endswith("without one or with the same topic: 'gdynia'")


def test_an_office_id_written_twice_is_named_once(tmp_path, content, capsys):
    """«default_office: north» stays true though the second `north:` (YAML keeps the last)
    lacks what an office needs: no false «no office 'north'»."""
    config = _network(tmp_path, content)
    first = line_of(config, "  north:")
    text = config.read_text("utf-8").replace("\n  south:\n", "\n  north:\n    name: N2\n  south:\n")
    config.write_text(text, "utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"[offices.north] error: office id `north` is written twice (first on line {first}): "
        "only this office would be read, the first one lost; give each office its own id"
    ) in out, out
    assert "default_office" not in out, out


def line_of(config: Path, text: str) -> int:
    return config.read_text(encoding="utf-8").splitlines().index(text) + 1


def local_of(config: Path, office: str) -> int:
    """The line of an office's own `local:`."""
    lines = config.read_text(encoding="utf-8").splitlines()
    start = lines.index(f"  {office}:")
    return next(i for i, t in enumerate(lines) if t == "    local:" and i > start) + 1


def test_a_placeholder_that_some_office_cannot_fill(tmp_path, content, capsys):
    config = _network(tmp_path, content)
    _edit_config(config, lambda d: d["offices"]["south"]["local"].update(bikes="City bikes"))
    answer = content / "faq_en.yaml"
    text = answer.read_text(encoding="utf-8")
    answer.write_text(text.replace("Ask {info_point}.", "Ask {info_point} or {bikes}.", 1))
    code, out = run_check(config, capsys)
    assert code == 2
    south = local_of(config, "south")
    for office in ("north", "east"):
        assert (
            f"config.yaml:{local_of(config, office)}: [offices.{office}.local] error: office "
            f"{office!r} has no values for bikes used in the answers: add them under "
            f"offices.{office}.local (office 'south' has them all: its local: on line {south}; "
            "config.yaml's local: explains each key); the answers of 1 topic use them"
        ) in out, out
    assert "faq_en.yaml:" not in out and "2 errors" in out


def test_an_office_added_without_local_is_named_once_at_its_own_line(tmp_path, content, capsys):
    """Not one error per placeholder, topic and language: one, naming every key it lacks."""
    config = _network(tmp_path, content)

    def change(d):  # type: ignore[no-untyped-def]
        shared = d.pop("local")  # as in examples/network.yaml: each office names its own
        for office in ("north", "south"):
            d["offices"][office]["local"] = {**shared, **d["offices"][office]["local"]}
        d["offices"]["east"].pop("local")

    _edit_config(config, change)
    code, out = run_check(config, capsys)
    assert code == 2
    errors = [line for line in out.splitlines() if " error: " in line]
    assert len(errors) == 1 and "1 error" in out, out
    (error,) = errors
    assert error.startswith(
        f"{config}:{line_of(config, '  east:')}: [offices.east] error: office 'east' has no "
        "values for city_name, city_office, education_office, info_point, labour_office, "
        "legal_aid, nfz_branch, social_services, voivodeship_office, zus_office used in the "
        "answers: add them under offices.east.local (office 'north' has them all: its local: "
        f"on line {local_of(config, 'north')}; config.yaml's local: explains each key); the "
        "answers of 14 topics use them"
    ), error


def test_a_placeholder_no_office_has_is_named_at_each_answer(tmp_path, content, capsys):
    """A typo in the content: no office's config can fill it, so it is named where it is
    (South answers this topic its own way)."""
    config = _network(tmp_path, content)
    answer = content / "faq_en.yaml"
    text = answer.read_text(encoding="utf-8")
    line = text[: text.index("Ask {info_point}.")].count("\n") + 1  # the placeholder's own line
    edit_line(answer, "Ask {info_point}.", "Ask {info_pont}.")
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"faq_en.yaml:{line}:" in out
        and "placeholder {info_pont} has no value in offices 'north', 'east'" in out
    ), out
    # not at an office's `local:` (the config's warnings are shown with the content's errors)
    assert not [row for row in out.splitlines() if "[offices." in row and " error: " in row], out


def edit_line(path: Path, old: str, new: str) -> int:
    """Replace the first `old`; the 1-based line of the answer (its `answer:` key) it is in."""
    text = path.read_text(encoding="utf-8")
    at = text.index(old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.rindex("    answer:", 0, at)].count("\n") + 1


def test_a_link_to_an_office_that_does_not_exist(tmp_path, content, capsys):
    config = _network(tmp_path, content)
    answer = content / "faq_en.yaml"
    text = answer.read_text(encoding="utf-8")
    link = "[the West office](https://t.me/infopoint_bot?start=west)"
    answer.write_text(text.replace("Ask {info_point}.", f"Ask {link}.", 1))
    code, out = run_check(config, capsys)
    assert code == 2
    assert "a link names office 'west': no such office (east, north, south)" in out


def test_an_offices_topic_missing_in_one_language(tmp_path, content, capsys):
    config = _network(tmp_path, content)
    (content / "offices" / "south" / "faq_ru.yaml").unlink()
    code, out = run_check(config, capsys)
    assert code == 2
    assert "offices/south/faq_ru.yaml" in out and "every language needs them" in out


def test_an_offices_topic_id_misspelt_in_one_language_is_named_in_its_file(
    tmp_path, content, capsys
):
    config = _network(tmp_path, content)
    own = content / "offices" / "south" / "faq_en.yaml"
    text = own.read_text(encoding="utf-8")
    line = text[: text.index("  city_bikes:\n")].count("\n") + 1
    own.write_text(text.replace("  city_bikes:\n", "  city_bikse:\n"))
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"offices/south/faq_en.yaml:{line}: [topics.city_bikse] error: topic id 'city_bikse' looks "
        "misspelt: no other language has it, and uk, ru, pl have 'city_bikes' instead"
    ) in out
    assert "is missing here" not in out and "1 error" in out


def test_an_offices_own_topic_without_its_title_hides_none_of_its_problems(
    tmp_path, content, capsys
):
    # it was left out: named as missing from its file besides, its other problems unchecked
    config = _network(tmp_path, content)
    own = content / "offices" / "south" / "faq_en.yaml"
    text = own.read_text(encoding="utf-8")
    line = text[: text.index("  city_bikes:\n")].count("\n") + 1
    text = text.replace("    title: City bikes\n", "", 1)
    own.write_text(text.replace("{city_name}.", "{city_nam}.", 1), encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"offices/south/faq_en.yaml:{line}: [topics.city_bikes] error: no shared topic has the id "
        "'city_bikes': a topic of the office's own needs `title:` too"
    ) in out, out
    assert (
        f"offices/south/faq_en.yaml:{line + 3}: [topics.city_bikes.answer] error: placeholder "
        "{city_nam} has no value in office 'south' — did you mean {city_name}?"
    ) in out, out
    assert "is missing here" not in out and "2 errors" in out


def _lawyer(place: str, weekday: str = "tuesday") -> dict[str, object]:
    return {
        "name": "Anna Prawnik",
        "role": {"uk": "Юрист", "ru": "Юрист", "en": "Lawyer", "pl": "Prawniczka"},
        "place": place,
        "schedule": [{"weekday": weekday, "from": "10:00", "to": "12:00"}],
    }


def test_one_specialist_id_defined_differently_in_two_offices(tmp_path, content, capsys):
    config = _network(tmp_path, content)

    def change(d):  # type: ignore[no-untyped-def]
        d["offices"]["north"]["specialists"] = {"lawyer": _lawyer("city_hall")}
        d["offices"]["south"]["specialists"] = {"lawyer": _lawyer("south_desk", "friday")}

    _edit_config(config, change)
    code, out = run_check(config, capsys)
    assert code == 2
    line = next(
        i + 1
        for i, text in enumerate(config.read_text(encoding="utf-8").splitlines())
        if text.strip() == "lawyer:"
    )
    assert (
        f"[offices.south.specialists.lawyer] error: specialist 'lawyer' is defined differently "
        f"in office 'north' (line {line}) and office 'south' (place, schedule differ)"
    ) in out
    assert "give different people different ids" in out


def test_one_specialist_defined_alike_in_two_offices_passes(tmp_path, content, capsys):
    config = _network(tmp_path, content)

    def change(d):  # type: ignore[no-untyped-def]
        d["offices"]["north"]["specialists"] = {"lawyer": _lawyer("city_hall")}
        d["offices"]["east"]["specialists"] = {"lawyer": _lawyer("city_hall")}

    _edit_config(config, change)
    code, out = run_check(config, capsys)
    assert code == 0, out


@pytest.mark.parametrize(
    ("value", "message"),
    [(0, "expected a whole number above 0"), ("a month", "expected a whole number above 0")],
)
def test_an_offices_retention_days_is_checked_naming_its_line(
    tmp_path, content, capsys, value, message
):
    config = _network(tmp_path, content)
    _edit_config(config, lambda d: d["offices"]["south"]["staff"].update(retention_days=value))
    lines = config.read_text(encoding="utf-8").splitlines()
    south = next(n for n, text in enumerate(lines, 1) if text.strip() == "south:")
    line = next(n for n, text in enumerate(lines, 1) if n > south and "retention_days" in text)
    code, out = run_check(config, capsys)
    assert code == 2, out
    assert f"config.yaml:{line}:" in out and "offices.south.staff.retention_days" in out
    assert message in out


def test_an_office_keeps_its_own_retention_days_and_the_others_the_deployments(tmp_path, content):
    config = _network(tmp_path, content)
    _edit_config(config, lambda d: d["offices"]["south"]["staff"].update(retention_days=7))
    _edit_config(config, lambda d: d["staff"].update(retention_days=60))
    settings = load(config)
    days = {office.id: office.retention_days for office in settings.offices.values()}
    assert days == {"north": 60, "south": 7, "east": 60}


def test_an_office_whose_staff_chat_is_the_coordinators_chat(tmp_path, content, capsys):
    """A chat id copied from `coordinators:` to an office (tester report 16, item 14): one chat
    would be both, so check names the office's line and the coordinators' line."""
    config = _network(tmp_path, content)
    _edit_config(
        config,
        lambda d: d["offices"]["east"]["staff"].update(chat_id=d["coordinators"]["chat_id"]),
    )
    code, out = run_check(config, capsys)
    assert code == 2
    lines = config.read_text(encoding="utf-8").splitlines()
    coordinators = next(n for n, line in enumerate(lines, 1) if line.startswith("coordinators:"))
    assert "the staff chat of 'east' is the coordinators' chat" in out
    assert f"line {coordinators + 1})" in out


def test_a_town_of_an_offices_area_with_forms_is_checked(tmp_path, content, capsys):
    """`towns:` of an office: a name, or {name, forms, abroad}; a form of another number of
    words than its name, a key misspelt, a form the name already is are named at their line."""
    config = _network(tmp_path, content)
    towns = [
        "Pawłów",
        {"name": "Mirzec", "forms": ["Mircu", "Mirzec"]},
        {"name": "Brody", "abroad": True, "forms": ["Brodach Wielkich"]},
        {"name": "Wąchock", "froms": ["Вонхоцьк"]},
    ]
    _edit_config(config, lambda d: d["offices"]["east"].update(towns=towns))
    code, out = run_check(config, capsys)
    assert code == 2, out
    lines = config.read_text(encoding="utf-8").splitlines()
    brodach = next(i for i, line in enumerate(lines) if "Brodach Wielkich" in line) + 1
    errors = _errors(out)
    assert any(
        f"config.yaml:{brodach}: [offices.east.towns[2].forms[0]] error: 'Brodach Wielkich' is "
        "not a form of 'Brody': a form has as many words as the name" in line
        for line in errors
    ), out
    assert any("unknown key 'froms' — did you mean 'forms'?" in line for line in errors), out
    assert len(errors) == 2, out
    assert "[offices.east.towns[1].forms[1]] warning: 'Mirzec' is already read: leave it out" in out
