"""`infopoint check` on the mistakes a deployer of a network makes (docs/deploy.md, «The
twenty-sixth session»), each made on the fixture network with its offices' services: each is
named at its own line, in words that say what to change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.cli import main
from bot.settings import yamldoc
from tests.support.network import write_network_config, write_network_with_services
from tests.support.yamlfiles import read_yaml

Data = dict[str, Any]


def run_check(config: Path, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(["check", "--config", str(config)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def network(tmp_path, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    return write_network_with_services(tmp_path)


def _change(config: Path, change: Callable[[Data], object]) -> None:
    data = read_yaml(config)
    change(data)
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _schedule_swapped(d: Data) -> None:
    rule = d["offices"]["east"]["specialists"]["lawyer"]["schedule"][0]
    rule.update(valid_from=dt.date(2027, 3, 1), valid_until=dt.date(2027, 1, 31))


def _no_hours(d: Data) -> None:  # (the top level's moved to one office: north has none)
    d["offices"]["east"]["opening_hours"] = d.pop("opening_hours")


def _town_twice(d: Data) -> None:
    d["offices"]["north"]["towns"] = [{"name": "Wąchock"}]
    d["offices"]["east"]["towns"] = [{"name": "Mirzec"}, {"name": "Wąchock"}]


def _copied_from_south(d: Data) -> None:
    """East's block written from South's and not all made its own (tester 40, F9)."""
    south, east = d["offices"]["south"], d["offices"]["east"]
    south["organisation"]["website"] = "https://www.southville.example.org/"
    east["organisation"] = dict(south["organisation"], name="East Information Point")
    east["places"] = {"east_desk": dict(south["places"]["south_desk"], name="East Desk")}


def _topic(
    value: object, office: str = "east", chat: int = -1001000000002
) -> Callable[[Data], object]:
    return lambda d: d["offices"][office]["staff"].update(chat_id=chat, topic_id=value)


# made all at once (each named once, at its line, nothing else said besides)
MISTAKES = [
    pytest.param(  # the chat id as text with spaces
        lambda d: d["offices"]["north"]["staff"].update(chat_id="-100 1000 000 001"),
        ("offices", "north", "staff", "chat_id"),
        "expected a whole number, got the text '-100 1000 000 001': a chat id is a negative "
        "number without quotes or spaces",
        id="chat id with spaces",
    ),
    pytest.param(
        _topic(5, chat=-4012345678),
        ("offices", "east", "staff", "topic_id"),
        "topic_id 5 of office 'east': its staff chat -4012345678 is a basic group, which has no "
        "forum topics (a supergroup's id starts with -100): turn «Topics» on",
        id="a topic in a basic group",
    ),
    pytest.param(
        _schedule_swapped,
        ("offices", "east", "specialists", "lawyer", "schedule", 0, "valid_until"),
        "valid_until is before valid_from (2027-01-31 before 2027-03-01: the two swapped?)",
        id="a specialist's schedule ending before it starts",
    ),
    pytest.param(
        lambda d: d["offices"]["east"]["services"]["polish_a1"].update(seats=0),
        ("offices", "east", "services", "polish_a1", "seats"),
        "expected a whole number above 0, got 0",
        id="a course with seats 0",
    ),
    pytest.param(
        lambda d: d["offices"]["east"]["location"].update(lat=22.57, lon=51.25),
        ("offices", "east", "location"),
        "lat 22.57, lon 51.25 is outside Poland (about lat 49–55, lon 14–24): lat and lon look "
        "swapped",
        id="lat and lon swapped",
    ),
    pytest.param(
        _town_twice,
        ("offices", "east", "towns", 1),
        "town 'Wąchock' is in the towns of office 'north' too (line {north}): a person who "
        "names it is always given 'north'; keep it under one office",
        id="a town in two offices' towns",
    ),
    pytest.param(
        _copied_from_south,
        ("offices", "east"),
        "office 'east' has the same website, phone, email and the address of place 'east_desk' as "
        "office 'south' (line {south}): copied from its block? Write East's own, or its people "
        "are given South's",
        id="an office's contacts and address copied from another office",
    ),
    pytest.param(
        _copied_from_south,
        ("offices", "east", "places", "east_desk", "address"),
        "the address of place 'east_desk' of office 'east' (East) names Southville, the town of "
        "office 'south' (line {south}), not East: copied from the block of office 'south'? "
        "Write East's own here, or its people are sent to Southville",
        id="an office's address naming another office's town",
    ),
    pytest.param(
        _copied_from_south,
        ("offices", "east", "organisation", "website"),
        "`website: https://www.southville.example.org/` of office 'east' (East) names "
        "Southville, the town of office 'south' (line {south}), not East",
        id="an office's website naming another office's town",
    ),
    pytest.param(  # (the content is checked too: it was not, the default office unknown)
        lambda d: d.update(default_office="nort"),
        ("default_office",),
        "no office 'nort' under 'offices' — did you mean 'north'?",
        id="the default office misspelt",
    ),
    pytest.param(
        _no_hours,
        ("offices", "north"),
        "office 'north' has no opening_hours (its own, or the top level's): its hours page "
        "shows none and callbacks are offered as if it were open every day and hour; add its "
        "weekly hours under `offices.north.opening_hours`",
        id="an office without opening hours",
    ),
]


# the staff chat that South and East share, each its topic written wrong
TOPICS = [
    pytest.param(
        _topic("https://t.me/c/1000000002/12/345"),
        ("offices", "east", "staff", "topic_id"),
        "write the topic's number, 12, not its link",
        id="a topic's link for its id",
    ),
    pytest.param(
        _topic(0, office="south"),
        ("offices", "south", "staff", "topic_id"),
        "a forum topic's id is a number above 0, got 0",
        id="topic id 0",
    ),
]


@pytest.mark.parametrize("mistakes", [MISTAKES, TOPICS], ids=["network", "topics"])
def test_network_mistakes_are_each_named_at_their_line(network, capsys, mistakes):
    for mistake in mistakes:
        _change(network, mistake.values[0])
    code, out = run_check(network, capsys)
    assert code == 2
    doc = yamldoc.load(network)
    north = doc.line(("offices", "north", "towns", 0))
    south = doc.line(("offices", "south"))
    rows = [row for row in out.splitlines() if "] error: " in row or "] warning: " in row]
    for mistake in mistakes:
        _, at, said = mistake.values
        row = next(
            (r for r in rows if f"config.yaml:{doc.line(at)}: [{yamldoc.key_name(at)}] " in r), ""
        )
        assert said.format(north=north, south=south) in row, (mistake.id, out)
    # one message for each mistake (no «each office needs its own topic» beside a topic
    # refused, no «specialist 'lawyer' is defined differently» beside its rule refused)
    # (the fixture's own warnings: labels, a series outside the hours of the shared places, a
    # course begun: polish_a1 from 2026-12-01)
    said_before = ("no label in en", "outside the hours of place", "sign-up is closed")
    assert len([r for r in rows if not any(s in r for s in said_before)]) == len(mistakes), out
    assert "were not checked" not in out


def test_an_office_id_a_start_link_cannot_carry_is_named(network, capsys):
    text = network.read_text(encoding="utf-8")
    line = text[: text.index("\n  east:\n")].count("\n") + 2
    network.write_text(text.replace("\n  east:\n", "\n  east-łódź:\n"), encoding="utf-8")
    code, out = run_check(network, capsys)
    assert code == 2
    assert (
        f"config.yaml:{line}: [offices.east-łódź] error: office id 'east-łódź': use lower-case "
        "letters, digits and _, at most 24 characters (it goes into links such as "
        "t.me/<bot>?start=<id>)"
    ) in out, out


# An office's block copied from another's, the other's town declined in the address, as a
# deployer writes it (Polish, and Ukrainian or Russian per language): four offices a run, each
# with two places of its own; a place naming its own town, or a street named after another town
# («ul. Gdańska»), is not said.
DECLINED = [
    pytest.param(
        {"north": "Sopot", "south": "Gdańsk", "east": "Łódź", "west": "Opole"},
        {
            "north": ["ul. Długa 1, 80-831 w Gdańsku", {"pl": "Piotrkowska 1", "uk": "у Лодзі"}],
            "south": ["ul. Ozimska 1, 45-000 w Opolu", "ul. Sopocka 2, 80-000 Gdańsk"],
            "east": ["ul. Morska 5, 81-000 w Sopocie", "ul. Gdańska 3, 90-000 w Łodzi"],
            "west": ["ul. Kościuszki 1, 90-000 w Łodzi", {"pl": "Długa 1", "ru": "в Сопоте"}],
        },
        {
            "north": ["Gdańsk", "Łódź"],
            "south": ["Opole"],
            "east": ["Sopot"],
            "west": ["Łódź", "Sopot"],
        },
        id="Sopocie, Gdańsku, Łodzi, Opolu, у Лодзі, в Сопоте",
    ),
    pytest.param(
        {"north": "Kraków", "south": "Starachowice", "east": "Skarżysko-Kamienna", "west": "Opole"},
        {
            "north": ["ul. Radomska 1, 27-200 w Starachowicach", "Rynek 1, Kraków"],
            "south": ["ul. Sportowa 1, 26-110 w Skarżysku-Kamiennej", "ul. Krakowska 2"],
            "east": ["ul. Floriańska 1, 31-000 w Krakowie", {"pl": "Rynek 2", "uk": "м. Краків"}],
            "west": ["ul. Krakowska 1, 45-000 Opole", "pl. Wolności 1, 45-000 Opole"],
        },
        {
            "north": ["Starachowice"],
            "south": ["Skarżysko-Kamienna"],
            "east": ["Kraków", "Kraków"],
            "west": [],
        },
        id="Starachowicach, Skarżysku-Kamiennej, Krakowie, м. Краків",
    ),
]


@pytest.mark.parametrize(("named", "addresses", "said"), DECLINED)
def test_another_offices_town_declined_in_an_address_is_named(
    tmp_path, monkeypatch, capsys, named, addresses, said
):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    network = write_network_config(tmp_path)  # (no services: a lighter check)

    def write(d: Data) -> None:
        d["offices"]["west"] = {  # (a fourth office, in South's and East's supergroup)
            "location": {"lat": 52.0, "lon": 17.0},
            "staff": {"chat_id": -1001000000002, "topic_id": 13},
            "local": {},
        }
        for office, town in named.items():
            d["offices"][office].update(name=town, local={"city_name": town})
            d["offices"][office].setdefault("places", {}).update(
                {
                    f"{office}_{n}": {"name": f"Desk {n}", "address": address}
                    for n, address in enumerate(addresses[office])
                }
            )

    _change(network, write)
    code, out = run_check(network, capsys)
    assert code == 0, out
    doc = yamldoc.load(network)
    ids = {town: office for office, town in named.items()}
    expected = sorted(
        f"config.yaml:{doc.line(('offices', office, 'places', f'{office}_{n}', 'address'))}: "
        f"[offices.{office}.places.{office}_{n}.address] warning: the address of place "
        f"'{office}_{n}' of office '{office}' ({named[office]}) names {town}, the town of office "
        f"'{ids[town]}' (line {doc.line(('offices', ids[town]))}), not {named[office]}: copied "
        f"from the block of office '{ids[town]}'? Write {named[office]}'s own here, or its "
        f"people are sent to {town}"
        for office, towns in said.items()
        for n, town in enumerate(towns)
    )
    rows = sorted(r.split("/")[-1] for r in out.splitlines() if "copied from the block" in r)
    assert rows == expected, out


SOPOT_LOCAL = {
    "city_name": {"name": "Sopot", "label": {"uk": "Сопот", "ru": "Сопот", "en": "Sopot"}},
    "city_office": "Urząd Miasta Sopotu, ul. Kościuszki 25/27",
    "tax_office": {"name": "Urząd Skarbowy w Sopocie", "label": {"en": "Sopot Tax Office"}},
    "labour_office": "Powiatowy Urząd Pracy w Gdyni (obsługuje też Sopot)",
    "nfz_branch": "Pomorski Oddział Wojewódzki NFZ w Gdańsku",
}


@pytest.mark.parametrize(
    ("city", "said"),
    [
        ({"name": "Gdynia", "label": {"uk": "Сопот"}}, "«Сопот»"),
        ("Sopot", "«Sopot»"),  # (the whole entry copied: Sopot is not taken for Gdynia's town)
    ],
    ids=["label left", "city_name left"],
)
def test_another_offices_town_in_a_copied_local_entry_is_named(
    tmp_path, monkeypatch, capsys, city, said
):
    """Gdynia's block written from Sopot's (tester 43, F2): each `local:` entry left naming
    Sopot is named at its line (the answers send Gdynia's people to Sopot's city hall); one
    naming Gdynia too, or neither town, is not."""
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    network = write_network_config(tmp_path)

    def write(d: Data) -> None:
        d["offices"]["north"].update(name="Sopot", local=SOPOT_LOCAL)
        d["offices"]["east"].update(name="Gdynia", local=dict(SOPOT_LOCAL, city_name=city))

    _change(network, write)
    code, out = run_check(network, capsys)
    assert code == 0, out
    doc = yamldoc.load(network)
    rows = sorted(
        r[r.index("config.yaml:") :] for r in out.splitlines() if "copied from the block" in r
    )
    named = {
        "city_name": said,
        "city_office": "«Urząd Miasta Sopotu, ul. Kościuszki 25/27»",
        "tax_office": "«Urząd Skarbowy w Sopocie»",
    }
    assert rows == sorted(
        f"config.yaml:{doc.line(('offices', 'east', 'local', key))}: "
        f"[offices.east.local.{key}] warning: `local: {key}` ({text}) of office 'east' (Gdynia) "
        f"names Sopot, the town of office 'north' (line {doc.line(('offices', 'north'))}), not "
        "Gdynia: copied from the block of office 'north'? Write Gdynia's own here, or its "
        "people are sent to Sopot"
        for key, text in named.items()
    ), out
