"""A person's own Polish town in the answers (towns.yaml): the places of the municipality one
lives in ({city_office}, where meldunek and PESEL are done, …) said as that place «in <their
town>» instead of the office's, for someone whose town has no information point; and the
town's name as each language writes it (Краків, Краков), else in Polish.

The answers are filled once per office (bot/content/assemble.py); a topic that names such a
place keeps its answer with those placeholders open too (`Topic.per_town`), filled here for
the person's town at the time of the answer (bot/features/menu/replies.py)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

from bot.content.cyrillic import cyrillic
from bot.content.i18n import Translator
from bot.core import markup, yamldata
from bot.settings.model import AreaTown

NATIVE = ("uk", "ru")  # the languages towns.yaml names the towns in


@dataclass(frozen=True)
class TownWords:
    per_town: frozenset[str]  # placeholders of the municipality one lives in
    names: dict[str, tuple[str, ...]]  # Polish name -> its names in NATIVE's languages
    districts: dict[str, str]  # a city's part GeoNames lists as a town -> the city
    common: frozenset[str]  # names that are ordinary words too
    alone_too: dict[str, tuple[str, ...]]  # other names read standing alone too («Warsaw»)
    towards: frozenset[str]  # words before a town one goes to, not one lives in
    moved: frozenset[str]  # … unless one moved there («I moved to Gniezno»)
    living: frozenset[str]  # words of where the person themself lives («mieszkam», «я живу»)
    forms: dict[str, tuple[str, ...]]  # a name in cases whose stem changes («Białymstoku»)
    polish_in: dict[str, str]  # «in <town>» in Polish, every town's («w Gnieźnie»)
    elsewhere: frozenset[str]  # GeoNames' other names that are a place abroad («Minsk»)
    county_cities: frozenset[str]  # cities with county rights: the city hall is the starostwo
    seat: dict[str, str]  # a town -> its powiat's seat, when it is not the seat itself
    seat_in: dict[str, str]  # «in <seat>» of a seat that is not among the towns
    voivodeship_seats: dict[str, str]  # a voivodeship's seat -> its office's adjective
    strict: frozenset[str]  # common names read only after `markers` («z Brzegu»), or asked
    markers: frozenset[str]  # the words of origin or place before them: z, w, в, з, from, in
    english: dict[str, str]  # Polish name -> the name English writes instead («Warsaw»)


@functools.cache
def words() -> TownWords:
    source = resources.files("bot.content") / "towns.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))
    return TownWords(
        frozenset(data["per_town"]),
        {name: tuple(map(str, its)) for name, its in data["names"].items()},
        {part: city for city, parts in data["districts"].items() for part in parts},
        frozenset(data["common"]),
        {name: tuple(map(str, its)) for name, its in data["alone_too"].items()},
        frozenset(data["towards"]),
        frozenset(data["moved"]),
        frozenset(data["living"]),
        {name: tuple(map(str, its)) for name, its in data["forms"].items()},
        {name: str(said) for name, said in data["polish_in"].items()},
        frozenset(data["elsewhere"]),
        frozenset(data["county"]["cities"]),
        {town: str(seat) for town, seat in data["county"]["seat"].items()},
        {seat: str(said) for seat, said in data["county"]["seat_in"].items()},
        {seat: str(its) for seat, its in data["voivodeship_seats"].items()},
        frozenset(data["strict"]),
        frozenset(data["markers"]),
        {name: str(said) for name, said in data["english"].items()},
    )


def name_in(town: str, lang: str) -> str | None:
    """The town's own name in `lang` (None: written as in Polish)."""
    if lang == "en":
        return words().english.get(town)
    its = words().names.get(town)
    return its[NATIVE.index(lang)] if its and lang in NATIVE else None


def written(town: str, lang: str) -> str:
    """The town as `lang` writes it: its name there, else the Polish one."""
    return name_in(town, lang) or town


def shown(town: str, lang: str) -> str:
    """The town as a reader of `lang` is shown it: in Ukrainian and Russian in their letters (its
    name there, else rendered by rule) with its Polish name beside, as signs and letters write it
    («Ниса (Nysa)», «Краків (Kraków)», as the gate says a town: own_town.none_there); else as
    `written`."""
    if lang not in NATIVE:
        return written(town, lang)
    said = name_in(town, lang) or cyrillic(town, lang)
    return said if said == town else f"{said} ({town})"


def in_town(t: Translator, lang: str, town: str) -> str:
    """«у місті Краків», «in Gniezno», «w Gnieźnie» (Polish: the town's locative, towns.yaml
    `polish_in`); a town Ukrainian and Russian have no name for stands in a Polish phrase
    («urząd miasta lub gminy w Gnieźnie (міська або гмінна управа)»)."""
    native = name_in(town, lang)
    if lang == "pl" or (lang in NATIVE and native is None):
        said = words().polish_in.get(town)  # («w Krakowie», not «w mieście Kraków»)
        if said is not None:
            return said
    if native is not None or lang not in NATIVE:
        return t(lang, "own_town_in", town=native or town)
    return t(lang, "own_town_in_polish", town=town)  # (a town with no locative written)


def for_town(t: Translator, lang: str, town: str) -> str:
    """«для міста Краків», «for Kraków»; in Polish, and in Ukrainian and Russian for a town they
    have no name for, with the town's locative: «dla Twojego miejsca zamieszkania w Gnieźnie»,
    «właściwy dla miejsca zamieszkania w Gnieźnie» (the office responsible for the town)."""
    native = name_in(town, lang)
    if lang == "pl" or (lang in NATIVE and native is None):
        return t(lang, "own_town_for_locative", in_town=in_town(t, lang, town))
    return t(lang, "own_town_for", town=native or town)


def county_seat_in(town: str) -> str:
    """«w Poznaniu»: where the starostwo of the town's powiat is (Swarzędz: Poznań's)."""
    seat = words().seat.get(town, town)
    return words().polish_in.get(seat) or words().seat_in[seat]


def places(t: Translator, lang: str, town: str) -> dict[str, str]:
    """The per-town placeholders' markup for someone living in `town`. Ukrainian and Russian
    say the place's Polish name whole, the town in its Polish locative, and explain it in
    brackets, as an office's own places are said («до urząd miasta lub gminy we Wrocławiu
    (міська або гмінна управа)», not «… у місті Вроцлав (…)»): it stands after any preposition
    and is what to look for there."""
    where, whose = in_town(t, lang, town), for_town(t, lang, town)
    if lang in NATIVE:
        where = in_town(t, "pl", town)
        whose = t(lang, "own_town_for_locative", in_town=where)
    said = {
        key: t(lang, f"own_town_{key}", in_town=where, for_town=whose)
        for key in words().per_town - {"county_office", "town_name"}
    }
    said["town_name"] = written(town, lang)
    if town in words().county_cities:  # (its city hall does the starostwo's work)
        said["county_office"] = t(lang, "own_town_county_office_city", in_town=where)
    else:
        said["county_office"] = t(lang, "own_town_county_office", seat_in=county_seat_in(town))
    adjective = words().voivodeship_seats.get(town)  # («Małopolski Urząd Wojewódzki w Krakowie»)
    if adjective is not None:
        office = f"{adjective} Urząd Wojewódzki {words().polish_in[town]}"
        said["voivodeship_office"] = t(lang, "own_town_voivodeship_office_seat", office=office)
    return {key: markup.literal(text) for key, text in said.items()}


def area_places(
    t: Translator, lang: str, office_values: Mapping[str, str], town: AreaTown
) -> dict[str, str]:
    """The per-town placeholders' markup for someone living in a town of their office's own
    area (`towns:`: a county's gmina, too small for cities.yaml): its gmina office, where
    meldunek and PESEL are done ({city_office}: the town's `city_office`, else «urząd gminy
    Mirzec»), and the office's own values for the rest (the county's starostwo, labour office,
    …: they serve the whole area)."""
    said = {key: office_values[key] for key in words().per_town if key in office_values}
    own = town.city_office
    said["city_office"] = (
        own.label(lang) if own is not None else t(lang, "own_town_gmina_office", town=town.name)
    )
    return {key: markup.literal(text) for key, text in said.items()}
