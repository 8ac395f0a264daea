"""`infopoint check` on a catalogue of services: what an office can get wrong in `services:` and
`specialists:` is named by file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.cli import main
from tests.support.services import write_services_config
from tests.support.yamlfiles import read_yaml


def run_check(config: Path, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(["check", "--config", str(config)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture(autouse=True)
def no_token(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)


def _changed(tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    config = write_services_config(tmp_path)
    data = read_yaml(config)
    change(data)
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return config


def test_the_fixture_catalogue_passes(tmp_path, capsys):
    code, out = run_check(write_services_config(tmp_path), capsys)
    assert code == 0, out


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["services"]["legal_advice"].update(specialists=["notary"]),
            "[services.legal_advice.specialists[0]] error: no specialist 'notary'",
        ),
        (
            lambda d: d["specialists"]["lawyer"].update(place="tower"),
            "[specialists.lawyer.place] error: no place 'tower' under 'places'",
        ),
        (
            lambda d: d["services"]["polish_a1"].update(place="tower"),
            "[services.polish_a1.place] error: no place 'tower'",
        ),
        (
            lambda d: d["specialists"]["lawyer"]["schedule"].append(
                {"weekday": "tuesday", "from": "12:00", "to": "13:00"}
            ),
            "Anna Prawnik: two schedule rules overlap on tuesday (10:00–12:15 and 12:00–13:00)",
        ),
        (
            lambda d: d["services"]["translation"]["fields"][0].update(type="signature"),
            "expected one of text, date, time, phone, language, choice, number; got 'signature'",
        ),
        (
            lambda d: d["services"]["transport"]["fields"][2].update(office_hours=False),
            "[services.transport.fields[2].office_hours] error: only a `date` or a `time` has "
            "`office_hours`",
        ),
        (
            lambda d: d["services"]["transport"]["fields"][2].update(min=1),
            "[services.transport.fields[2]] error: only a `number` has `min` and `max`",
        ),
        (
            lambda d: d["services"]["transport"]["fields"].append(
                {"id": "people", "type": "number", "label": {"en": "How many?"}, "max": 0}
            ),
            "[services.transport.fields[4].max] error: `max` (0) is below `min` (1)",
        ),
        (
            lambda d: d["services"]["translation"]["fields"][3].update(
                only_if={"document": "passport"}
            ),
            "[services.translation.fields[3].only_if.document] error: 'passport' is no option of "
            "'document' (options: birth, diploma, other)",
        ),
        (
            lambda d: d["services"]["translation"]["fields"][3].update(only_if={"needed_by": "x"}),
            "'needed_by' is a `date`: `only_if` names a `choice`",
        ),
        (
            lambda d: d["services"]["translation"]["fields"][0].update(only_if={"note": "x"}),
            "[services.translation.fields[0].only_if.note] error: no `choice` 'note' before this "
            "field (the choices before it: none)",
        ),
        (
            lambda d: d["services"]["translation"]["fields"][3].update(only_if="birth"),
            "error: expected one earlier choice and its option, e.g. `only_if: {who: child}`",
        ),
        (
            lambda d: d["services"]["career"]["description"].pop("ru"),
            "[services.career.description] error: no description in ru",
        ),
        (
            lambda d: d["services"]["polish_a1"].pop("seats"),
            "a course or event needs `seats:`",
        ),
    ],
)
def test_catalogue_mistakes_are_named(tmp_path, capsys, change, message):
    code, out = run_check(_changed(tmp_path, change), capsys)
    assert code == 2
    assert message in out
    assert "config.yaml:" in out


# the old hours end on Thursday 31 December: the new ones start after it, or on the day before
# (the two meet on a Wednesday and a Thursday, never on one Tuesday)
@pytest.mark.parametrize("start", ["2027-01-01", "2026-12-30"])
def test_a_schedule_change_announced_ahead_is_not_an_overlap(tmp_path, capsys, start):
    def change(d):  # type: ignore[no-untyped-def]
        rules = d["specialists"]["lawyer"]["schedule"]
        rules[0]["valid_until"] = "2026-12-31"
        rules.append({"weekday": "tuesday", "from": "11:00", "to": "13:00", "valid_from": start})

    code, out = run_check(_changed(tmp_path, change), capsys)
    assert code == 0, out


def test_a_weekday_typo_in_a_series_is_named_once(tmp_path, capsys):
    def change(d):  # type: ignore[no-untyped-def]
        d["services"]["polish_a1"]["series"]["weekday"] = "tuesdya"

    code, out = run_check(_changed(tmp_path, change), capsys)
    assert code == 2
    assert (
        "[services.polish_a1.series.weekday] error: expected one of monday, tuesday, wednesday, "
        "thursday, friday, saturday, sunday; got 'tuesdya'"
    ) in out
    assert "needs `meetings:`" not in out and "1 error" in out


def test_a_field_type_refused_brings_no_follow_on_errors(tmp_path, capsys):
    """`type: hour` with `office_hours:` (and `min:`): the type is refused at its line, and
    nothing is said of `office_hours` or `min` belonging to a date, a time or a number (the
    fresh-eyes tester's finding 10): the type may well be a misspelt `time`."""

    def change(d):  # type: ignore[no-untyped-def]
        d["services"]["transport"]["fields"][2].update(type="hour", office_hours=False, min=1)

    code, out = run_check(_changed(tmp_path, change), capsys)
    assert code == 2
    assert "[services.transport.fields[2].type] error: expected one of" in out, out
    assert "got 'hour'" in out
    assert "only a `date` or a `time` has" not in out, out
    assert "only a `number` has" not in out, out
    assert "1 error" in out, out


def test_a_course_whose_meetings_are_all_past_is_a_warning_naming_it(tmp_path, capsys):
    def change(d):  # type: ignore[no-untyped-def]
        d["services"]["polish_a1"]["series"]["start"] = "2020-01-07"

    code, out = run_check(_changed(tmp_path, change), capsys)
    assert code == 0, out
    assert (
        "[services.polish_a1] warning: every meeting of 'polish_a1' is in the past (the last on "
        "2020-02-25): people no longer see it; give it new dates or remove it"
    ) in out


def test_a_course_with_a_meeting_still_ahead_is_not_warned_about(tmp_path, capsys):
    def change(d):  # type: ignore[no-untyped-def]
        d["services"]["polish_a1"].pop("series")
        d["services"]["polish_a1"]["meetings"] = [
            {"date": "2020-01-07", "from": "17:00", "to": "18:30"},
            {"date": "2099-01-06", "from": "17:00", "to": "18:30"},
        ]

    code, out = run_check(_changed(tmp_path, change), capsys)
    assert code == 0, out
    assert "'polish_a1' is in the past" not in out


def _lines_of(config: Path, text: str) -> list[int]:
    return [i + 1 for i, line in enumerate(config.read_text("utf-8").splitlines()) if text in line]


def test_a_form_field_id_written_twice_is_named_at_the_second(tmp_path, capsys):
    def change(d):  # type: ignore[no-untyped-def]
        fields = d["services"]["translation"]["fields"]
        fields.append(dict(fields[0], label={"en": "Again?"}))

    config = _changed(tmp_path, change)
    code, out = run_check(config, capsys)
    assert code == 2
    first_id = config.read_text("utf-8").split("translation:")[1].split("- id: ")[1].split()[0]
    first, second = _lines_of(config, f"- id: {first_id}")[-2:]
    assert (
        f"config.yaml:{second}: [services.translation.fields[4].id] error: two fields with the "
        f"id '{first_id}' (first on line {first}): give each field its own id"
    ) in out, out


def test_a_placeholder_in_a_services_texts_is_refused_at_its_line(tmp_path, capsys):
    """Service texts fill no {placeholders}: people would read «{city_offfice}» as written."""

    def change(d):  # type: ignore[no-untyped-def]
        d["services"]["legal_advice"]["description"]["en"] = "Free advice at {city_offfice}."
        d["services"]["translation"]["fields"][0]["label"]["pl"] = "Dokument dla {org_name}?"

    config = _changed(tmp_path, change)
    code, out = run_check(config, capsys)
    assert code == 2
    (line,) = _lines_of(config, "Free advice at {city_offfice}.")
    assert (
        f"config.yaml:{line}: [services.legal_advice.description.en] error: {{city_offfice}} "
        "would be shown to people as written: a service's texts fill no placeholders (only the "
        "answers in the content do); write the name or address itself"
    ) in out, out
    (line,) = _lines_of(config, "Dokument dla {org_name}?")
    label = "[services.translation.fields[0].label.pl] error: {org_name}"
    assert f"config.yaml:{line}: {label}" in out


def _notary(d, *others):  # type: ignore[no-untyped-def]
    """Tester 40's bad3.yaml: a notary with `schedule: []`, a service booked with them."""
    role = {"uk": "Нотаріус", "ru": "Нотариус", "en": "Notary", "pl": "Notariusz"}
    d["specialists"]["notary"] = {
        "name": "Jan Notariusz",
        "role": role,
        "place": "city_hall",
        "schedule": [],
    }
    d["services"]["legal_advice"]["specialists"] = ["notary", *others]


def test_a_bookable_service_whose_only_specialist_has_no_times_is_refused(tmp_path, capsys):
    config = _changed(tmp_path, _notary)
    code, out = run_check(config, capsys)
    assert code == 2
    (schedule,) = _lines_of(config, "schedule: []")
    (service,) = _lines_of(config, "  legal_advice:")
    assert (
        f"config.yaml:{schedule}: [specialists.notary.schedule] error: specialist 'notary' (Jan "
        "Notariusz) has no times: `schedule:` is empty, and service 'legal_advice' (line "
        f"{service}) has no other specialist, so people would see it but could never book a "
        "visit; add the days and hours they see people under `schedule:`, e.g. "
        '`- {weekday: tuesday, from: "10:00", to: "12:00"}`, or remove \'legal_advice\' from '
        "`services:` until there are times"
    ) in out, out


def test_a_specialist_without_times_beside_one_with_times_is_a_warning(tmp_path, capsys):
    config = _changed(tmp_path, lambda d: _notary(d, "lawyer"))
    code, out = run_check(config, capsys)
    assert code == 0, out
    (schedule,) = _lines_of(config, "schedule: []")
    assert (
        f"config.yaml:{schedule}: [specialists.notary.schedule] warning: specialist 'notary' (Jan "
        "Notariusz) has no times: `schedule:` is empty: service 'legal_advice' (line "
    ) in out, out
    assert "is booked with 'lawyer' only; add the days and hours they see people" in out, out
    assert "or take 'notary' out of the service's `specialists:`" in out, out


@pytest.mark.parametrize(
    ("key", "written", "meant"),
    [
        ("type", "integer", "number"),  # tester 40's bad1.yaml
        ("type", "string", "text"),
        ("type", "select", "choice"),
        ("type", "hour", "time"),
    ],
)
def test_another_word_for_a_field_type_is_named_with_the_configs(
    tmp_path, capsys, key, written, meant
):
    def change(d):  # type: ignore[no-untyped-def]
        d["services"]["translation"]["fields"][0][key] = written

    config = _changed(tmp_path, change)
    code, out = run_check(config, capsys)
    assert code == 2
    (line,) = _lines_of(config, f"type: {written}")
    assert (
        f"config.yaml:{line}: [services.translation.fields[0].type] error: expected one of text, "
        f"date, time, phone, language, choice, number; got {written!r} — did you mean {meant!r}? "
        "(the config's word for it)"
    ) in out, out


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            lambda d: d["services"]["polish_a1"].update(kind="event"),
            "got 'event' — did you mean 'course'? (values are written in English)",
        ),
        (
            lambda d: d["services"]["legal_advice"].update(kind="visit"),
            "got 'visit' — did you mean 'appointment'? (the config's word for it)",
        ),
        (
            lambda d: d["specialists"]["psychologist"].update(remote="video"),
            "got 'video' — did you mean 'online'? (the config's word for it)",
        ),
        (
            lambda d: d["specialists"]["lawyer"]["schedule"][0].update(weekday="Tue"),
            "got 'Tue' — did you mean 'tuesday'? (weekdays are written in English)",
        ),
    ],
)
def test_other_enumerated_values_are_named_with_the_configs_word(tmp_path, capsys, change, said):
    code, out = run_check(_changed(tmp_path, change), capsys)
    assert code == 2
    assert said in out, out
