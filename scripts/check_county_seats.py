"""Checks bot/content/towns.yaml's `county` (the cities with county rights, each town's powiat
seat) against TERYT's TERC register: every town of bot/features/office/cities.yaml found as a
town (gmina miejska, miasto) or a city with county rights, in which powiat, and whether our seat
is that powiat's by its name («Swarzędz: powiat poznański, seat Poznań»). A powiat named
otherwise than its seat («tatrzański»: Zakopane, «rycki»: Ryki) is listed for reading by hand.
TERC from https://eteryt.stat.gov.pl (Pobieranie, TERC, the official CSV, ';'-separated):

    .venv/bin/python scripts/check_county_seats.py TERC_Urzedowy_2026-01-01.csv
"""

from __future__ import annotations

import csv
import json
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.content import towns  # noqa: E402

TOWN = {"gmina miejska", "miasto", "gmina miejska, miasto stołeczne"}


def fold(name: str) -> str:
    name = unicodedata.normalize("NFD", name.lower().replace("ł", "l").replace("-", " "))
    return "".join(c for c in name if not unicodedata.combining(c))


def rows(path: Path) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix == ".json":  # (the same fields as a JSON list)
        return [{k: str(v) for k, v in row.items()} for row in json.loads(text)]
    return list(csv.DictReader(text.splitlines(), delimiter=";"))


def main(path: Path) -> None:
    known = towns.words()
    terc = rows(path)
    powiats = {(r["WOJ"], r["POW"]): r for r in terc if r["POW"] and not r["GMI"]}
    where: dict[str, set[tuple[str, str]]] = {}
    for r in terc:
        city = r["POW"] and not r["GMI"] and "na prawach powiatu" in r["NAZWA_DOD"]
        if city or (r["GMI"] and r["NAZWA_DOD"] in TOWN):
            where.setdefault(fold(r["NAZWA"]), set()).add((r["WOJ"], r["POW"]))
    data = yaml.safe_load((ROOT / "bot/features/office/cities.yaml").read_text(encoding="utf-8"))
    wrong, read, right = [], [], 0
    for name in (n for n in data if n not in known.districts):
        found = [powiats[at] for at in where.get(fold(name), ())]
        if len(found) != 1:  # (none: a village or a part; several: two towns so named)
            read.append(f"{name}: {[(p['NAZWA'], p['NAZWA_DOD']) for p in found] or 'no town'}")
            continue
        powiat = found[0]
        city = "na prawach powiatu" in powiat["NAZWA_DOD"]
        seat = known.seat.get(name, name)
        if city != (name in known.county_cities):
            wrong.append(f"{name}: TERC «{powiat['NAZWA_DOD']}», towns.yaml says otherwise")
        elif city or fold(seat)[:4] == fold(powiat["NAZWA"])[:4]:
            right += 1
        else:
            read.append(f"{name}: powiat {powiat['NAZWA']}, seat {seat}")
    cities = {fold(p["NAZWA"]) for p in powiats.values() if "na prawach" in p["NAZWA_DOD"]}
    wrong += [
        f"{c}: not a city with county rights" for c in known.county_cities if fold(c) not in cities
    ]
    print(f"as TERC: {right}\nto read by hand:", *read, sep="\n  ")
    print("wrong:", *wrong, sep="\n  ")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
