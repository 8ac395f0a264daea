"""`infopoint check` on what an office of a network takes from the top level without writing
it (tester 39): another town's places, phone and local offices not marked `shared:` (F1; an
error), a misspelt key of its own `local:` (F1), the top level's staff chat (F10); and an hours
rule without `place:` named alone, with no false errors about the places it inherits (F4). Each
on the fixture network, whose top level is a town's config (tests/fixture/config.yaml) and
whose `shared:` line says its offices take that town's on purpose."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.app import build
from bot.cli import main
from bot.settings import yamldoc
from bot.settings.yamldoc import InvalidFile
from tests.conftest import FIXTURE, write_config
from tests.support.network import write_network_config
from tests.support.yamlfiles import read_yaml


def run_check(config: Path, capsys) -> tuple[int, list[str]]:  # type: ignore[no-untyped-def]
    code = main(["check", "--config", str(config)])
    captured = capsys.readouterr()
    out = captured.out + captured.err
    return code, [r for r in out.splitlines() if "] error: " in r or "] warning: " in r]


@pytest.fixture(autouse=True)
def _no_token(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)


def _row(rows: list[str], doc: yamldoc.Document, at: yamldoc.Path_) -> list[str]:
    return [r for r in rows if f"config.yaml:{doc.line(at)}: [{yamldoc.key_name(at)}] " in r]


def test_an_office_taking_the_top_levels_town_unmarked_is_refused_at_its_line(tmp_path, capsys):
    """The fixture network without its `shared:` line: a town's config.yaml with offices under
    it, which would send East's people to the top level's town."""
    config = write_network_config(tmp_path, shared=[])
    code, rows = run_check(config, capsys)
    doc = yamldoc.load(config)
    line = doc.line
    east = " ".join(_row(rows, doc, ("offices", "east")))
    assert code == 2, rows
    assert (
        f"error: office 'east' takes from the top level `organisation:` (line "
        f"{line(('organisation',))}); `duty:` (line {line(('duty',))}); `opening_hours:` (line "
        f"{line(('opening_hours',))}); `places:` city_hall, social_services, info_point (line "
        f"{line(('places',))}); `local:` info_point, city_office, county_office, "
        f"voivodeship_office and 8 more (line {line(('local',))}), not marked shared: its people "
        "would be given another town's places, phone, local offices"
    ) in east, rows
    assert "write the office's own under `offices.east:`" in east
    # no `shared:` line offered: North is in another town, and these keys hold a town's details
    # (tester 41, F1: the line suggested, pasted, sent another town's people to this one)
    assert (
        "none of it can be every office's here (`shared:`): office 'north' writes its own "
        "`local.city_name` 'Northtown', and `organisation`, `duty`, `opening_hours`, `places` "
        "and `local` hold one town's details"
    ) in east, rows
    assert "to the top level's `shared:`" not in east, rows
    # North writes its own organisation and South its own places, hours and duty: not named
    north = " ".join(_row(rows, doc, ("offices", "north")))
    south = " ".join(_row(rows, doc, ("offices", "south")))
    assert "takes from the top level" in north and "`organisation:`" not in north, rows
    assert "`places:` city_hall" in south and "`duty:`" not in south, rows
    assert "`opening_hours:`" not in south and "`organisation:`" not in south, rows
    assert "`places` and `local` hold one town's details" in south, rows


async def test_a_bot_whose_office_would_give_another_towns_address_does_not_start(tmp_path):
    """What `infopoint run` and `infopoint chat` build: refused, with the line to fix."""
    with pytest.raises(InvalidFile) as refused:
        await build(write_network_config(tmp_path, shared=[]))
    said = [str(p) for p in refused.value.problems if not p.warning]
    assert any("[offices.east] error: office 'east' takes from the top level" in s for s in said)


def test_what_the_top_level_shares_on_purpose_is_taken_without_an_error(tmp_path, capsys):
    """A network whose offices share the NGO's organisation, hours and places, and one local
    office (the voivodeship's): only the local offices not marked are refused, by id."""
    marked = ["organisation", "duty", "opening_hours", "places", "local.voivodeship_office"]
    config = write_network_config(tmp_path, shared=marked)
    code, rows = run_check(config, capsys)
    doc = yamldoc.load(config)
    east = " ".join(_row(rows, doc, ("offices", "east")))
    assert code == 2, rows
    assert (
        "error: office 'east' takes from the top level `local:` info_point, city_office, "
        f"county_office, labour_office and 7 more (line {doc.line(('local',))}), not marked "
        "shared"
    ) in east, rows
    assert "voivodeship_office" not in east and "`places:`" not in east, rows
    # a top level with no town of its own left unmarked: no error, no warning about it
    config = write_network_config(tmp_path, shared=[*marked, "local"])
    code, rows = run_check(config, capsys)
    assert code == 0, rows
    assert not [r for r in rows if "top level" in r or "shared" in r], rows


def test_a_shared_entry_that_names_nothing_is_named_at_its_line(tmp_path, capsys):
    marked = ["organisation", "duty", "opening_hours", "places", "local"]
    wrong = ["place", "local.city_ofice", "organisation.phone", "booking"]
    config = write_network_config(tmp_path, shared=[*marked, *wrong])
    code, rows = run_check(config, capsys)
    doc = yamldoc.load(config)
    said = [" ".join(_row(rows, doc, ("shared", len(marked) + i))) for i in range(len(wrong))]
    assert code == 2, rows
    assert (
        "[shared[5]] error: `shared:` names 'place', which is none of organisation, duty, "
        "opening_hours, places, local, services, specialists — did you mean 'places'?"
    ) in said[0], rows
    assert (
        "error: `shared:` names 'local.city_ofice', but the top level's `local:` (line "
        f"{doc.line(('local',))}) has no 'city_ofice' — did you mean 'city_office'?"
    ) in said[1], rows
    assert (
        "error: `organisation` is taken whole (an office writes all of its own or takes the "
        "top level's): write `organisation`, not 'organisation.phone'"
    ) in said[2], rows
    assert "warning: `booking` is every office's already" in said[3], rows
    assert "remove `booking` here" in said[3]
    # a config of one office: `shared:` means nothing there, said once
    code, rows = run_check(write_config(tmp_path, shared=["places"]), capsys)
    assert code == 0
    assert [r for r in rows if "[shared] warning: a config without `offices:`" in r], rows


def test_a_key_of_its_own_refused_is_not_also_said_taken_from_the_top_level(tmp_path, capsys):
    config = write_network_config(tmp_path, shared=[], offices__north__places="North Desk")
    code, rows = run_check(config, capsys)
    doc = yamldoc.load(config)
    assert code == 2
    assert _row(rows, doc, ("offices", "north", "places")), rows
    north = " ".join(_row(rows, doc, ("offices", "north")))
    assert "`duty:`" in north and "`places:`" not in north, rows


def test_a_misspelt_key_of_an_offices_local_gets_did_you_mean(tmp_path, capsys):
    config = write_network_config(tmp_path, offices__east__local={"city_nme": "Eastbury"})
    code, rows = run_check(config, capsys)
    doc = yamldoc.load(config)
    at = ("offices", "east", "local", "city_nme")
    assert code == 2
    assert (
        "error: unknown key 'city_nme' under `offices.east.local` (no other office nor the top "
        "level has it) — did you mean 'city_name'?: its answers now say the top level's "
        f"city_name (line {doc.line(('local', 'city_name'))})"
    ) in " ".join(_row(rows, doc, at)), rows
    # a key of its own that is not a misspelling is no mistake
    config = write_network_config(tmp_path, offices__east__local={"city_name": "E", "museum": "M"})
    code, rows = run_check(config, capsys)
    assert code == 0 and not [r for r in rows if "unknown key" in r], rows


HOURS = [{"weekday": "monday", "from": "08:00", "to": "16:00"}]


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("opening_hours", ["[offices.east.opening_hours[0].place] error: missing required key"]),
        (
            "opening_hour",
            [
                "[offices.east.opening_hour] error: unknown key 'opening_hour' — did you mean "
                "'opening_hours'?",
                "[offices.east.opening_hour[0].place] error: missing required key 'place'",
            ],
        ),
    ],
)
def test_an_hours_rule_without_its_place_is_the_one_error_said(tmp_path, capsys, key, said):
    """The places East and North take from the top level (city_hall with hours of its own)
    are not «also a different place of office 'north'», nor is East «without opening_hours»."""
    rule = {"weekday": "monday", "from": "9:00", "to": "15:00"}
    config = write_network_config(
        tmp_path, places__city_hall__hours=HOURS, **{f"offices__east__{key}": [rule]}
    )
    code, rows = run_check(config, capsys)
    assert code == 2
    wrong = [r for r in rows if "] error: " in r or "no opening_hours" in r]
    assert len(wrong) == len(said), rows
    for row, text in zip(wrong, said, strict=True):
        assert text in row, rows


def test_an_office_without_a_staff_chat_of_its_own_is_told_where_its_requests_go(tmp_path, capsys):
    top = -1001234567890  # the fixture's top-level staff chat
    config = write_network_config(tmp_path, offices__north__staff={"language": "pl"})
    code, rows = run_check(config, capsys)
    doc = yamldoc.load(config)
    said = (
        "warning: office 'north' has no staff chat of its own (staff: chat_id): its requests, "
        f"visits and questions go to the top level's staff chat {top} (line "
        f"{doc.line(('staff', 'chat_id'))})"
    )
    assert code == 0
    north = " ".join(_row(rows, doc, ("offices", "north")))
    assert f"{said} (and to the coordinators' chat -1001000000009); give it its own" in north
    network = read_yaml(FIXTURE / "network.yaml")
    del network["coordinators"]
    config = write_config(tmp_path, **network, offices__north__staff={"language": "pl"})
    code, rows = run_check(config, capsys)
    north = " ".join(_row(rows, yamldoc.load(config), ("offices", "north")))
    assert f"{said} (there is no coordinators' chat to see them either)" in north, rows
    # the offices with their own chat: no such warning
    assert not [r for r in rows if "staff chat of its own" in r and "north" not in r], rows


def test_the_suggested_shared_line_pasted_never_sends_a_town_to_another(tmp_path, capsys):
    """Tester 41, F1: the line the hint suggested, pasted as given, made `check` OK while an
    office in another town still sent its people to the top level's town. Whatever is pasted
    from the hints now, an office in another town that takes a town's details stays an error."""
    shared: list[str] = []
    for _ in range(3):
        config = write_network_config(tmp_path, shared=shared)
        code, rows = run_check(config, capsys)
        said = " ".join(rows)
        offered = re.findall(r"`shared: \[([^\]]*)\]`|add ([\w., ]+) to the top level", said)
        entries = {e.strip() for found in offered for e in ",".join(found).split(",") if e.strip()}
        assert not entries & {"organisation", "duty", "opening_hours", "places", "local"}, said
        shared = sorted(set(shared) | entries)
    assert code == 2, rows
    assert "hold one town's details" in said


def test_in_one_town_the_hint_says_which_keys_hold_the_towns_details(tmp_path, capsys):
    """Offices in one town (no city_name, places or location of their own): the line offered
    lists the town's keys, and says they hold that town's details."""
    network = read_yaml(FIXTURE / "network.yaml")
    for own in network["offices"].values():
        own.pop("location", None)
        own.pop("places", None)
        (own.get("local") or {}).pop("city_name", None)
    config = write_network_config(tmp_path, shared=[], offices=network["offices"])
    code, rows = run_check(config, capsys)
    doc = yamldoc.load(config)
    east = " ".join(_row(rows, doc, ("offices", "east")))
    assert code == 2, rows
    assert "add organisation, duty, opening_hours, places, local to the top level's" in east
    assert (
        "(`organisation`, `duty`, `opening_hours`, `places` and `local` hold one town's details: "
        "share them only if every office is in that town)"
    ) in east, rows
