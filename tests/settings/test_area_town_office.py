"""`towns:` of an office: a town's own gmina office (`city_office`, as a `local:` entry is
written) is checked by `infopoint check`, each mistake named at its file and line."""

from __future__ import annotations

from tests.settings.test_network_check import (  # noqa: F401
    _edit_config,
    _errors,
    _network,
    content,
    run_check,
)


def test_a_towns_own_office_is_checked_at_its_line(tmp_path, content, capsys):  # noqa: F811
    config = _network(tmp_path, content)
    towns = [
        {"name": "Wąchock", "city_office": {"name": "Urząd Miasta i Gminy w Wąchocku"}},
        {"name": "Mirzec", "city_office": {"label": {"uk": "Urząd Gminy Mirzec"}}},
        {"name": "Pawłów", "city_office": {"name": "Urząd Gminy Pawłów", "label": {"de": "x"}}},
        {"name": "Brody", "city_ofice": "Urząd Gminy Brody"},
    ]
    _edit_config(config, lambda d: d["offices"]["east"].update(towns=towns))
    code, out = run_check(config, capsys)
    assert code == 2, out
    lines = config.read_text(encoding="utf-8").splitlines()
    mirzec = next(i for i, line in enumerate(lines) if "name: Mirzec" in line)
    at = next(i for i in range(mirzec, len(lines)) if "city_office:" in lines[i]) + 1
    errors = _errors(out)
    assert any(
        f"config.yaml:{at}: [offices.east.towns[1].city_office.name] error: missing required key"
        in e
        for e in errors
    ), out
    assert any(
        "[offices.east.towns[2].city_office.label.de] error: unknown language" in e for e in errors
    )
    assert any("unknown key 'city_ofice' — did you mean 'city_office'?" in e for e in errors), out
    assert len(errors) == 3, out


def test_a_towns_own_office_passes(tmp_path, content, capsys):  # noqa: F811
    config = _network(tmp_path, content)
    town = {"name": "Wąchock", "city_office": {"name": "Urząd Miasta i Gminy w Wąchocku"}}
    _edit_config(config, lambda d: d["offices"]["east"].update(towns=[town]))
    code, out = run_check(config, capsys)
    assert code == 0, out
