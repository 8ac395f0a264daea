"""`infopoint check` on an office's own details: opening hours that overlap at one place, a
phone or an e-mail every person is shown that cannot be one, an hours rule with an impossible
time (named once, with no «closed on Tuesdays» warnings after it), and an enum value written in
Polish (`kind: kurs`), named with the one meant."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from tests.conftest import write_config
from tests.support.check import line, run_check
from tests.support.services import write_services_config
from tests.support.yamlfiles import read_yaml

WEEK = [
    {"weekday": "monday", "from": "08:00", "to": "16:00", "place": "info_point"},
    {"weekday": "tuesday", "from": "08:00", "to": "16:00", "place": "info_point"},
]


@pytest.fixture(autouse=True)
def no_token(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)


def test_opening_hours_that_overlap_at_one_place_are_refused(tmp_path, capsys):
    later = {"weekday": "monday", "from": "12:00", "to": "18:00", "place": "info_point"}
    config = write_config(tmp_path, opening_hours=[*WEEK, later])
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"config.yaml:{line(config, 'opening_hours', 2)}: [opening_hours[2]] error: two "
        "opening_hours rules at 'info_point' overlap on monday (08:00–16:00 and 12:00–18:00, "
        f"the other on line {line(config, 'opening_hours', 0)}): make them one rule, or end "
        "the old one (valid_until) before the new one starts (valid_from)"
    ) in out, out


def test_opening_hours_at_different_places_or_one_after_another_pass(tmp_path, capsys):
    elsewhere = {"weekday": "monday", "from": "12:00", "to": "18:00", "place": "city_hall"}
    after = {"weekday": "monday", "from": "16:00", "to": "18:00", "place": "info_point"}
    code, out = run_check(write_config(tmp_path, opening_hours=[*WEEK, elsewhere, after]), capsys)
    assert code == 0, out


def test_a_place_whose_own_hours_overlap_is_refused(tmp_path, capsys):
    hours = [
        {"weekday": "tuesday", "from": "08:00", "to": "16:00"},
        {"weekday": "tuesday", "from": "15:00", "to": "17:00"},
    ]
    config = write_config(tmp_path, places__city_hall__hours=hours)
    code, out = run_check(config, capsys)
    assert code == 2
    at = ("places", "city_hall", "hours")
    assert (
        f"config.yaml:{line(config, *at, 1)}: [places.city_hall.hours[1]] error: two hours "
        "rules at 'city_hall' overlap on tuesday (08:00–16:00 and 15:00–17:00, the other on "
        f"line {line(config, *at, 0)})"
    ) in out, out


@pytest.mark.parametrize(
    ("phone", "why"),
    [
        ("77 000 00", "'77 000 00' is not a phone number in Poland: write its 9 digits"),
        ("112", "'112' is an emergency number, not the office's: write the office's own number"),
        (
            "tel. 77 4O0 00 OO wew. 12",
            "'tel. 77 4O0 00 OO wew. 12' has letters in it (the letter O for a zero?): write "
            "the number in digits",
        ),
    ],
)
def test_an_office_phone_that_cannot_be_called_is_refused(tmp_path, capsys, phone, why):
    config = write_config(tmp_path, organisation__phone=phone)
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"config.yaml:{line(config, 'organisation', 'phone')}: [organisation.phone] error: {why}"
    ) in out, out
    assert "e.g. +48 77 400 00 00 (an extension may follow: +48 77 400 00 00 wew. 12)" in out


@pytest.mark.parametrize("phone", ["+48 41 000 00 00 wew. 12", "41 000 00 00", "+380 50 123 4567"])
def test_an_office_phone_with_an_extension_or_from_abroad_passes(tmp_path, capsys, phone):
    code, out = run_check(write_config(tmp_path, organisation__phone=phone), capsys)
    assert code == 0, out


@pytest.mark.parametrize(
    "phone", ["tel. 41 000 00 00", "Tel: +48 41 000 00 00 wew. 12", "тел. 41 000 00 00", "19115"]
)
def test_an_office_phone_with_a_label_or_a_city_short_number_passes(tmp_path, capsys, phone):
    """A city's short service number can be called from any Polish phone; a «tel.» before the
    number is dropped (tests/features/hours/test_contact_phone.py: what people see)."""
    config = write_config(tmp_path, organisation__phone=phone)
    code, out = run_check(config, capsys)
    assert code == 0, out


@pytest.mark.parametrize("email", ["infopoint.example.org", "infopoint@example", "a@b@c.pl"])
def test_an_office_email_without_one_at_and_a_domain_is_refused(tmp_path, capsys, email):
    config = write_config(tmp_path, organisation__email=email)
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"config.yaml:{line(config, 'organisation', 'email')}: [organisation.email] error: "
        f"{email!r} is not an e-mail address: it needs one @ and a domain with a dot after it"
    ) in out, out


def _tuesday_refused(how: str) -> dict[str, Any]:
    """The city hall's Tuesday (where the Tuesday duty is) written with an impossible time."""
    tuesday = {"weekday": "tuesday", "from": "08:00", "to": "06:00"}
    if how == "8.00":
        tuesday = {"weekday": "tuesday", "from": "8.00", "to": "16:00"}
    monday = {"weekday": "monday", "from": "08:00", "to": "16:00"}
    return {"places__city_hall__hours": [monday, tuesday]}


@pytest.mark.parametrize("how", ["to before from", "8.00"])
@pytest.mark.parametrize("where", ["hours", "opening_hours"])
def test_an_hours_rule_with_an_impossible_time_brings_no_closed_day_warnings(
    tmp_path, capsys, how, where
):
    overrides = _tuesday_refused(how)
    if where == "opening_hours":
        rules = overrides.pop("places__city_hall__hours")
        overrides["opening_hours"] = [*WEEK, *({**r, "place": "city_hall"} for r in rules)]
    config = write_config(tmp_path, **overrides)
    code, out = run_check(config, capsys)
    assert code == 2
    key = "from" if how == "8.00" else "to"
    at = ("opening_hours", 3) if where == "opening_hours" else ("places", "city_hall", "hours", 1)
    assert f"config.yaml:{line(config, *at, key)}: " in out, out
    assert "is closed" not in out and "door is closed" not in out, out
    assert "1 error" in out, out


def test_a_kind_written_in_polish_is_named_with_the_one_meant(tmp_path, capsys):
    config = write_services_config(tmp_path)
    data = read_yaml(config)
    data["services"]["polish_a1"]["kind"] = "kurs"
    data["services"]["translation"]["fields"][0]["type"] = "telefon"
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"config.yaml:{line(config, 'services', 'polish_a1', 'kind')}: "
        "[services.polish_a1.kind] error: expected one of appointment, course, help; got "
        "'kurs' — did you mean 'course'? (values are written in English)"
    ) in out, out
    assert (
        "[services.translation.fields[0].type] error: expected one of text, date, time, phone, "
        "language, choice, number; got 'telefon' — did you mean 'phone'?"
    ) in out, out
