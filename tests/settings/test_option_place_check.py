"""`infopoint check` on a help form's option that names the place it goes to (`place:` beside
its texts, tester 22, item 4): an unknown place is an error at its file and line, naming the
place id most like it; a known one passes; `place` is not read as a language."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.settings.test_catalogue_check import _lines_of, no_token, run_check  # noqa: F401
from tests.support.services import write_services_config
from tests.support.yamlfiles import read_yaml

OFFICE = {
    "id": "office",
    "type": "choice",
    "label": {"uk": "Куди?", "ru": "Куда?", "en": "Which office?", "pl": "Dokąd?"},
    "options": {
        "zus": {"uk": "ZUS", "ru": "ZUS", "en": "ZUS", "pl": "ZUS", "place": "zus_ofice"},
        "other": {"uk": "Інша", "ru": "Другое", "en": "Other", "pl": "Inny"},
    },
}
ZUS = {"name": "ZUS", "address": "Starachowice"}


def _config(tmp_path: Path, place: object) -> Path:
    config = write_services_config(tmp_path)
    data = read_yaml(config)
    office = dict(OFFICE, options=dict(OFFICE["options"]))
    office["options"]["zus"] = dict(OFFICE["options"]["zus"], place=place)
    data["services"]["transport"]["fields"].insert(0, office)
    data["places"]["zus_office"] = ZUS
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return config


def test_an_unknown_place_of_an_option_is_refused_at_its_line(tmp_path, capsys):
    config = _config(tmp_path, "zus_ofice")
    code, out = run_check(config, capsys)
    assert code == 2
    (line,) = _lines_of(config, "place: zus_ofice")
    assert (
        f"config.yaml:{line}: [services.transport.fields[0].options.zus.place] error: "
        "no place 'zus_ofice' under 'places' — did you mean 'zus_office'?"
    ) in out, out
    assert "unknown language" not in out


def test_a_place_that_is_no_id_is_refused(tmp_path, capsys):
    code, out = run_check(_config(tmp_path, ["zus_office"]), capsys)
    assert code == 2
    assert "[services.transport.fields[0].options.zus.place] error:" in out, out


def test_a_known_place_passes(tmp_path, capsys):
    code, out = run_check(_config(tmp_path, "zus_office"), capsys)
    assert code == 0, out
    assert "options.zus" not in out
