"""Polish public holidays, from the `holidays` package, without every other country's.

`holidays.country_holidays("PL")` first imports `holidays.countries`, whose package imports all
~250 countries: 8 MB of resident memory kept for good by the first callback request or booking
(docs/performance.md, change 36). Here the package's own Poland module is read alone, under a
name of its own; the dates are the library's (tests/features/booking/test_schedule.py compares
them with `country_holidays`). Should a release of `holidays` move that module, country_holidays
is used as before.

Even alone, the package brings its calendars (Chinese, Hebrew, Islamic, ...): ~3.5 MB. So
`infopoint run` has the years it will need computed by the library in a short-lived child
process once it has started (`from_child`, docs/performance.md change 42) and never imports
it; a year asked for that the child did not give (or a child that could not run) is computed
here, as everywhere else (`infopoint chat`, `check`, the tests).
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import json
import logging
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

_MODULE = "bot.core._holidays_poland"  # the library's holidays/countries/poland.py, read alone
# the child: the library's own way, every country's loaders too (its memory leaves with it)
_CHILD = (
    "import json, sys, holidays; years = [int(y) for y in sys.argv[1:]];"
    "print(json.dumps([d.isoformat() for d in holidays.country_holidays('PL', years=years)]))"
)
_known: dict[int, frozenset[dt.date]] = {}  # year -> its holidays (from the child or from here)


@functools.cache
def _poland() -> Any:  # noqa: ANN401 - the library's HolidayBase subclass
    import holidays

    path = Path(holidays.__file__).parent / "countries" / "poland.py"
    spec = importlib.util.spec_from_file_location(_MODULE, path)
    try:
        if spec is None or spec.loader is None:
            raise ImportError(f"no module at {path}")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.Poland
    except (ImportError, OSError, AttributeError) as exc:
        log.info("Polish holidays from holidays.country_holidays: %s", type(exc).__name__)
        return functools.partial(holidays.country_holidays, "PL")


def public_holidays(years: Iterable[int]) -> frozenset[dt.date]:
    """Polish public holidays (days off work nationwide) in `years`."""
    wanted = sorted(set(years))
    missing = [year for year in wanted if year not in _known]
    if missing:
        _keep(missing, _poland()(years=missing))
    return frozenset().union(*(_known[year] for year in wanted))


def from_child(years: Iterable[int]) -> None:
    """Have the library compute `years` in a child process (it takes ~0.3 s), so that this one
    never imports it for them; on any failure they are computed here when first needed."""
    wanted = sorted(set(years))
    try:
        done = subprocess.run(  # noqa: S603 - our interpreter, our code, numbers
            [sys.executable, "-c", _CHILD, *map(str, wanted)],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        dates = [dt.date.fromisoformat(day) for day in json.loads(done.stdout)]
    except (OSError, subprocess.SubprocessError, ValueError, TypeError) as exc:
        log.info("Polish holidays computed in this process: the child failed (%s)", exc)
        return
    _keep(wanted, dates)


def _keep(years: list[int], dates: Iterable[dt.date]) -> None:
    by_year: dict[int, set[dt.date]] = {year: set() for year in years}
    for day in dates:
        if day.year in by_year:
            by_year[day.year].add(day)
    for year, days in by_year.items():
        _known[year] = frozenset(days)
