"""Polish public holidays, from the `holidays` package, without every other country's.

`holidays.country_holidays("PL")` first imports `holidays.countries`, whose package imports all
~250 countries: 8 MB of resident memory kept for good by the first callback request or booking
(docs/performance.md, change 36). Here the package's own Poland module is read alone, under a
name of its own (0.5 MB); the dates are the library's (tests/core/test_slots.py compares them
with `country_holidays`). Should a release of `holidays` move that module, country_holidays is
used as before.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import holidays

log = logging.getLogger(__name__)

_MODULE = "bot.core._holidays_poland"  # the library's holidays/countries/poland.py, read alone


@functools.cache
def _poland() -> Any:  # noqa: ANN401 - the library's HolidayBase subclass
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


@functools.lru_cache(maxsize=16)
def _of(years: tuple[int, ...]) -> frozenset[dt.date]:
    return frozenset(_poland()(years=list(years)))


def public_holidays(years: Iterable[int]) -> frozenset[dt.date]:
    """Polish public holidays (days off work nationwide) in `years`."""
    return _of(tuple(sorted(set(years))))
