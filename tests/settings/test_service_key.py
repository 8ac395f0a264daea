"""A help's `key` (the same help in other offices, bot/features/assist/carry.py) is checked by
`infopoint check`: only a help request has one, written as an id is."""

from __future__ import annotations

from tests.settings.test_network_check import (  # noqa: F401
    _edit_config,
    _errors,
    _network,
    content,
    run_check,
)
from tests.support.services import catalogue


def test_a_key_is_a_help_requests_and_an_id(tmp_path, content, capsys):  # noqa: F811
    config = _network(tmp_path, content)
    services = catalogue()["services"]
    services["transport"]["key"] = "Ride to meetings"  # not an id
    services["polish_a1"]["key"] = "ride"  # a course
    services["translation"]["key"] = "documents"  # right
    _edit_config(config, lambda d: d["offices"]["east"].update(services=services))
    code, out = run_check(config, capsys)
    assert code == 2, out
    errors = _errors(out)
    assert any("[offices.east.services.transport.key] error: `key` is a help" in e for e in errors)
    assert any("[offices.east.services.polish_a1.key] error: `key` is a help" in e for e in errors)
    assert not any("translation" in e for e in errors), out
