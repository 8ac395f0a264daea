"""An office's block copied from another office and not all made its own (tester 40, F9: a new
`kielce:` written from `sopot:` kept «Sopot (adres na mopssopot.pl)» and https://mopssopot.pl,
and Kielce's people were shown Sopot's address). Only what an office writes in its own block is
looked at (what it takes from the top level is inherited.py's); each is a warning at its line:

- its own place's address, its website's or e-mail's domain, or one of its own `local:` entries
  (a name or a label: «Urząd Skarbowy w Sopocie», «Сопот») names another office's town and
  not its own («Sopot (adres na …)» under `kielce:`; `mopssopot.pl`), unless that town is one of
  its own `towns:`;
- it has the same coordinates (`location:`), or a place at the same address, as another office,
  or two of the same website, phone and e-mail (one alone may well be a shared helpline or site).

An office's town is read from its `name:` and its own `local: city_name` (the capitalised words
of four letters or more: «Starachowice — powiat» is Starachowice's), with the town's Ukrainian
and Russian names and the forms whose stem changes (bot/content/towns.yaml: «Краків»,
«Білостоці»); an address names it in any case, as a person does (bot/search/name_cases.py:
«w Sopocie», «в Сопоті», «Skarżysku-Kamiennej»), except as the word after a street's «ul.»
(«ul. Gdańska» in Sopot is a street, though «Gdańska» is Gdańsk's genitive too).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from typing import Any

from bot.settings.model import Office
from bot.settings.schema import Checker
from bot.settings.yamldoc import Path_

_WORD = re.compile(r"[^\W\d_]+")
CONTACTS = ("website", "phone", "email")
# a street's name follows these (in the address's tokens), not a town's
_STREET = frozenset("ul ulica al aleja aleje pl plac os osiedle вул вулиця ул улица пр".split())


def _fold(text: str) -> str:
    """Lower case without accents: «Łódź» -> «lodz»."""
    text = text.replace("ł", "l").replace("Ł", "L")
    plain = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()


def towns(office: Office) -> dict[str, str]:
    """The office's town: the capitalised words of four letters or more of its `city_name` and
    its name, as typed words (tokens) -> the town as the office writes it: its `city_name`
    whole, else the word («skarżysko» -> «Skarżysko-Kamienna», «sopot» of «MOPS Sopot» ->
    «Sopot»)."""
    from bot.search.text import tokens  # (pure functions of spelling)

    names = _names(office)
    city = names[1] if len(names) > 1 else None
    kept: dict[str, str] = {}
    for name in reversed(names):
        for word in _WORD.findall(name):
            if word[:1].isupper() and len(word) >= 4:
                kept.setdefault(tokens(word)[0], name if name == city else word)
    return kept


def _forms(office: Office) -> dict[str, str]:
    """`towns`, and the town's other names and the forms whose stem changes (towns.yaml:
    «краків» -> «Kraków», «білостоці» -> «Białystok»)."""
    from bot.content import towns as known  # (the towns' names, read once)
    from bot.search.text import tokens

    kept, table = towns(office), known.words()
    for name in _names(office):
        for other in [*table.names.get(name, ()), *table.forms.get(name, ())]:
            for word in tokens(other):
                kept.setdefault(word, name)
    return kept


def _names(office: Office) -> list[str]:
    """Its name, and its `city_name` if it has one."""
    city = office.local.get("city_name")
    return [office.name.strip(), *([city.name.strip()] if city is not None else [])]


def _towns_in(text: str, forms: dict[str, str]) -> set[str]:
    """The towns of `forms` (as `_forms` gives them) that `text` names, each word in any case,
    but not a street's name after «ul.», «al.», «вул.» («ul. Gdańska»)."""
    from bot.search.name_cases import same  # (pure functions of spelling)
    from bot.search.text import tokens

    words = tokens(text)
    return {
        shown
        for at, word in enumerate(words)
        if at == 0 or words[at - 1] not in _STREET
        for form, shown in forms.items()
        if same(word, form)
    }


def _city_named(offices: dict[str, Office]) -> dict[str, Office]:
    """The offices as their towns are read: one whose `city_name` is another's, the town that
    other office's name names and its own name does not («Gdynia» with `city_name: Sopot`,
    copied from Sopot's block), without it: Sopot is not taken for Gdynia's own town, and the
    copied entry is named with the others (tester 43, F2)."""
    read = dict(offices)
    for office in offices.values():
        city = office.local.get("city_name")
        if city is None:
            continue
        for other in offices.values():
            theirs = other.local.get("city_name")
            if (
                other.id != office.id
                and theirs is not None
                and _fold(theirs.name) == _fold(city.name)
                and _fold(city.name) in _fold(other.name)
                and _fold(city.name) not in _fold(office.name)
            ):
                local = {k: v for k, v in office.local.items() if k != "city_name"}
                read[office.id] = dataclasses.replace(office, local=local)
    return read


def _domain(value: str) -> str:
    """The domain of a website or an e-mail address, folded: «mopssopot.pl»."""
    value = value.rsplit("@", 1)[-1]
    value = re.sub(r"^[a-z]+://", "", value.strip().casefold())
    return _fold(value.split("/", 1)[0])


def check(checker: Checker, network: dict[str, Any], offices: dict[str, Office]) -> None:
    own = {oid: (network.get(oid) or {}) for oid in offices}
    read = _city_named(offices)
    names = {oid: towns(o) for oid, o in read.items()}
    forms = {oid: _forms(o) for oid, o in read.items()}
    for office in read.values():
        raw, mine = own[office.id], names[office.id]
        its = [*(town.name for town in office.towns), *mine.values(), *_names(office)]
        area = {_fold(name) for name in its}
        others = {  # another office's town, not one of this office's own
            form: (oid, shown)
            for oid, its in forms.items()
            if oid != office.id
            for form, shown in its.items()
            if _fold(shown) not in area
        }
        if not others or not mine:
            continue
        theirs = {form: shown for form, (_, shown) in others.items()}
        whose = {shown: oid for oid, shown in others.values()}
        for place_id in raw.get("places") or {}:
            place = office.places.get(place_id)
            if place is not None:
                text = " ".join([place.address, *place.addresses.values()])
                found = _towns_in(text, theirs)
                where = ("places", place_id, "address")
                _named(checker, office, where, found, _towns_in(text, forms[office.id]), whose)
        organisation = raw.get("organisation") or {}
        for key in ("website", "email"):
            value = getattr(office.organisation, key)
            if key in organisation and value:
                domain = _domain(value)
                found = {
                    shown
                    for oid, its in names.items()
                    if oid != office.id
                    for word, shown in its.items()
                    if shown in whose and _fold(word) in domain
                }
                here = {shown for word, shown in mine.items() if _fold(word) in domain}
                _named(checker, office, ("organisation", key), found, here, whose, value)
        _local(checker, offices[office.id], raw, theirs, forms[office.id], whose)
    _same(checker, own, offices)


def _local(
    checker: Checker,
    office: Office,
    raw: dict[str, Any],
    theirs: dict[str, str],
    mine: dict[str, str],
    whose: dict[str, str],
) -> None:
    """Each `local:` entry written in the office's own block whose name or a label names
    another office's town and not its own (tester 43, F2: Gdynia's `city_office: Urząd Miasta
    Sopotu`, `tax_office: Urząd Skarbowy w Sopocie`, `city_name` labelled «Сопот»): the answers
    send its people there."""
    for key in raw.get("local") or {}:
        entry = office.local.get(key)
        if entry is None:
            continue
        for text in [entry.name, *entry.labels.values()]:
            found = _towns_in(text, theirs)
            if found and not _towns_in(text, mine):
                _named(checker, office, ("local", key), found, set(), whose, text)
                break


def _named(
    checker: Checker,
    office: Office,
    at: Path_,
    found: set[str],
    own_town: set[str],
    whose: dict[str, str],
    value: str = "",
) -> None:
    """A warning when another office's town is `found` and not the office's own."""
    if not found or own_town:
        return
    town = sorted(found, key=lambda t: (-len(t), t))[0]  # (the longest)
    other = whose[town]
    what = f"`{at[-1]}: {value}`" if value else f"the address of place {at[1]!r}"
    if at[0] == "local":
        what = f"`local: {at[-1]}` («{value}»)"
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
