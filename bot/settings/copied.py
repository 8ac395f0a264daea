"""An office's block copied from another office and not all made its own (tester 40, F9: a new
`kielce:` written from `sopot:` kept «Sopot (adres na mopssopot.pl)» and https://mopssopot.pl,
and Kielce's people were shown Sopot's address). Only what an office writes in its own block is
looked at (what it takes from the top level is inherited.py's); each is a warning at its line:

- its own place's address, or its website's or e-mail's domain, names another office's town and
  not its own («Sopot (adres na …)» under `kielce:`; `mopssopot.pl`), unless that town is one of
  its own `towns:`;
- it has the same coordinates (`location:`), or a place at the same address, as another office,
  or two of the same website, phone and e-mail (one alone may well be a shared helpline or site).

An office's town is read from its `name:` and its own `local: city_name` (the capitalised words
of four letters or more: «Starachowice — powiat» is Starachowice's).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from bot.settings.model import Office
from bot.settings.schema import Checker
from bot.settings.yamldoc import Path_

_WORD = re.compile(r"[^\W\d_]+")
CONTACTS = ("website", "phone", "email")


def _fold(text: str) -> str:
    """Lower case without accents: «Łódź» -> «lodz»."""
    text = text.replace("ł", "l").replace("Ł", "L")
    plain = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()


def towns(office: Office) -> set[str]:
    """The office's town, folded: the capitalised words of four letters or more of its name and
    its `city_name`."""
    names = [office.name]
    city = office.local.get("city_name")
    if city is not None:
        names.append(city.name)
    words = [word for name in names for word in _WORD.findall(name)]
    return {_fold(word) for word in words if word[:1].isupper() and len(word) >= 4}


def _domain(value: str) -> str:
    """The domain of a website or an e-mail address, folded: «mopssopot.pl»."""
    value = value.rsplit("@", 1)[-1]
    value = re.sub(r"^[a-z]+://", "", value.strip().casefold())
    return _fold(value.split("/", 1)[0])


def check(checker: Checker, network: dict[str, Any], offices: dict[str, Office]) -> None:
    own = {oid: (network.get(oid) or {}) for oid in offices}
    names = {oid: towns(o) for oid, o in offices.items()}
    for office in offices.values():
        raw, mine = own[office.id], names[office.id]
        area = {_fold(town.name) for town in office.towns} | mine
        others = {t: oid for oid, ts in names.items() if oid != office.id for t in ts}
        others = {t: oid for t, oid in others.items() if t not in area}
        if not others or not mine:
            continue
        for place_id in raw.get("places") or {}:
            place = office.places.get(place_id)
            if place is not None:
                text = " ".join([place.address, *place.addresses.values()])
                words = set(_WORD.findall(_fold(text)))
                where = ("places", place_id, "address")
                _named(checker, office, where, words, mine, others)
        organisation = raw.get("organisation") or {}
        for key in ("website", "email"):
            value = getattr(office.organisation, key)
            if key in organisation and value:
                domain = _domain(value)
                found = {t for t in [*others, *mine] if t in domain}
                _named(checker, office, ("organisation", key), found, mine, others, value)
    _same(checker, own, offices)


def _named(
    checker: Checker,
    office: Office,
    at: Path_,
    words: set[str],
    mine: set[str],
    others: dict[str, str],
    value: str = "",
) -> None:
    """A warning when `words` name another office's town and not the office's own."""
    hit = sorted((t for t in words if t in others), key=lambda t: (-len(t), t))  # the longest
    if not hit or words & mine:
        return
    other, town = others[hit[0]], hit[0].capitalize()
    what = f"`{at[-1]}: {value}`" if value else f"the address of place {at[1]!r}"
    checker.warn(
        ("offices", office.id, *at),
        f"{what} of office {office.id!r} ({office.name}) names {town}, the town of office "
        f"{other!r} (line {checker.doc.line(('offices', other))}), not {office.name}: copied "
        f"from the block of office {other!r}? Write {office.name}'s own here, or its people "
        f"are sent to {town}",
    )


def _same(checker: Checker, own: dict[str, dict[str, Any]], offices: dict[str, Office]) -> None:
    """The same coordinates, a place's address, or two contacts written in two offices' own
    blocks: one warning, at the later office."""
    seen: list[tuple[Office, dict[str, str]]] = []
    for office in offices.values():
        values = _written(own[office.id], office)
        for earlier, theirs in seen:
            same = [
                k for k, v in values.items() if not k.startswith("place ") and theirs.get(k) == v
            ]
            same += _same_address(values, theirs)
            contacts = [key for key in same if key in CONTACTS]
            if len(same) == len(contacts) < 2:
                continue
            line = checker.doc.line(("offices", earlier.id))
            checker.warn(
                ("offices", office.id),
                f"office {office.id!r} has the same {_listed([_said(k) for k in same])} as office "
                f"{earlier.id!r} "
                f"(line {line}): copied from its block? Write {office.name}'s own, or its "
                f"people are given {earlier.name}'s",
            )
            break
        seen.append((office, values))


def _listed(items: list[str]) -> str:
    return " and ".join([", ".join(items[:-1]), items[-1]]) if len(items) > 1 else items[0]


def _said(key: str) -> str:
    return "coordinates (`location:`)" if key == "location" else key


def _same_address(values: dict[str, str], theirs: dict[str, str]) -> list[str]:
    """«the address of place 'x'» for each of the office's places written as one of theirs."""
    addresses = {v for k, v in theirs.items() if k.startswith("place ")}
    return [
        f"the address of place {k.split(' ', 1)[1]!r}"
        for k, v in values.items()
        if k.startswith("place ") and v in addresses
    ]


def _written(raw: dict[str, Any], office: Office) -> dict[str, str]:
    """What the office writes in its own block, folded for comparing: its contacts, its
    coordinates, each of its own places' address (by place id: «place <id>»)."""
    values: dict[str, str] = {}
    organisation = raw.get("organisation") or {}
    for key in CONTACTS:
        value = getattr(office.organisation, key)
        if key in organisation and value:
            values[key] = _fold(re.sub(r"[\s/]+", "", value))
    if "location" in raw and office.location is not None:
        values["location"] = "{:.4f},{:.4f}".format(*office.location)
    for place_id in raw.get("places") or {}:
        place = office.places.get(place_id)
        if place is not None and place.address:
            values[f"place {place_id}"] = " ".join(re.findall(r"\w+", _fold(place.address)))
    return values
