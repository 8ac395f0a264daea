"""The config's texts in the languages offered: a text of a service a person reads (a form
field's label, a choice's option, a course's level, a specialist's role) without an offered
language is refused, as a service's title is, by file, line and key; a place's `label` without
one is a warning, as a `local:` label's is (its name is shown instead)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.cli import main
from bot.settings import yamldoc
from tests.conftest import write_config
from tests.support.services import catalogue, write_services_config
from tests.support.yamlfiles import read_yaml


def run_check(config: Path, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(["check", "--config", str(config)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture(autouse=True)
def no_token(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)


def line(config: Path, *path: str | int) -> int | None:
    return yamldoc.load(config).line(path)


def without(texts: dict[str, Any], lang: str) -> dict[str, Any]:
    return {k: v for k, v in texts.items() if k != lang}


def test_a_form_field_label_without_an_offered_language_is_refused(tmp_path, capsys):
    services = catalogue()["services"]
    field = services["transport"]["fields"][0]
    field["label"] = without(field["label"], "pl")
    config = write_config(tmp_path, **{**catalogue(), "services": services})
    code, out = run_check(config, capsys)
    assert code == 2
    at = line(config, "services", "transport", "fields", 0, "label")
    assert (
        f"config.yaml:{at}: [services.transport.fields[0].label] error: no label in pl: every "
        "offered language needs one (people reading that language would see 'Якого дня?')"
    ) in out


@pytest.mark.parametrize(
    ("section", "item", "path", "what", "shown"),
    [
        ("services", "translation", ("fields", 0, "options", "birth"),
         "text for the option 'birth'", "Akt urodzenia"),
        ("services", "polish_a1", ("level",), "level", "A1, dorośli"),
        ("specialists", "lawyer", ("role",), "role", "Prawniczka"),
    ],
)  # fmt: skip
def test_every_text_of_a_service_people_read_needs_every_offered_language(
    tmp_path, capsys, section, item, path, what, shown
):
    data = catalogue()
    parent = data[section][item]
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = without(parent[path[-1]], "ru")
    config = write_config(tmp_path, **data)
    code, out = run_check(config, capsys)
    assert code == 2
    key = yamldoc.key_name((section, item, *path))
    assert (
        f"config.yaml:{line(config, section, item, *path)}: [{key}] error: no {what} in ru: "
        f"every offered language needs one (people reading that language would see {shown!r})"
    ) in out


def test_a_staff_label_without_the_staff_language_is_refused(tmp_path, capsys):
    services = catalogue()["services"]
    field = services["translation"]["fields"][2]
    field["staff_label"] = {"en": "Language of the document"}
    config = write_config(tmp_path, **{**catalogue(), "services": services})
    code, out = run_check(config, capsys)
    assert code == 2
    at = line(config, "services", "translation", "fields", 2, "staff_label")
    assert (
        f"config.yaml:{at}: [services.translation.fields[2].staff_label] error: no staff_label "
        "in pl: the staff's language (`staff: language`): the staff card would show "
        "'Language of the document'"
    ) in out


def test_a_place_label_without_an_offered_language_is_a_warning(tmp_path, capsys):
    config = write_services_config(tmp_path)
    data = read_yaml(config)
    place = next(iter(data["places"]))
    data["places"][place]["label"] = without(data["places"][place]["label"], "ru")
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 0
    name = data["places"][place]["name"]
    assert (
        f"config.yaml:{line(config, 'places', place, 'label')}: [places.{place}.label] warning: "
        f"no label in ru: people reading that language see the name {name!r}"
    ) in out
