"""Three libraries other libraries import for what the bot never uses, imported only if used.

* httpx: python-telegram-bot imports it for its default request class (HTTPXRequest); the
  bot sends its Bot API calls through aiohttp (bot/channels/telegram/request.py). httpx and
  what it imports (httpcore, h11, anyio, certifi …) are ~1.2 MB of a running bot.
* tqdm: pystempel's table reader shows a progress bar; the bot reads the table itself
  (bot/search/stempel.py). tqdm and its modules are ~1 MB.
* importlib.metadata: aiolimiter reads its own version with it; with the email parser, the zip
  and CSV readers it imports, ~0.7 MB that nothing else in a running bot needs (change 82).
  `installed` reads a version as it does.

While the importing library is imported, `sys.modules` holds a stand-in for the library
(docs/performance.md, change 51). Its few names read at import (annotations) are
empty classes (httpx) or functions that import the library when called (tqdm), gone from the
stand-in once the import is done; any other name, read then or later, imports the real library
and is read from it. So HTTPXRequest and pystempel's own reader still work when used, and a
later `import httpx` anywhere gets the real httpx.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import re
import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any


class _StandIn(types.ModuleType):
    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - whatever the library has
        if name.startswith("__"):
            raise AttributeError(name)
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), name)


def _called_later(module: str, attr: str) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 - the library's own
        return getattr(importlib.import_module(module), attr)(*args, **kwargs)

    return call


@contextlib.contextmanager
def deferred(
    name: str,
    types_: tuple[str, ...] = (),
    callables: tuple[str, ...] = (),
    own: dict[str, Callable[..., Any]] | None = None,
) -> Iterator[None]:
    """Within the block, `import name` gives a stand-in (unless it is imported already):
    `types_` are empty classes (for annotations), `callables` import the library when called,
    `own` are our functions doing what the library's would."""
    if name in sys.modules:
        yield
        return
    stand_in = _StandIn(name)
    for attr in types_:
        setattr(stand_in, attr, type(attr, (), {"__module__": name}))
    for attr in callables:
        setattr(stand_in, attr, _called_later(name, attr))
    for attr, function in (own or {}).items():
        setattr(stand_in, attr, function)
    placeholders = types_ + callables + tuple(own or ())
    sys.modules[name] = stand_in
    try:
        yield
    finally:
        for attr in placeholders:
            delattr(stand_in, attr)
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]


def telegram_without_httpx() -> contextlib.AbstractContextManager[None]:
    """python-telegram-bot's import without httpx's: its annotations read three names."""
    return deferred("httpx", ("Proxy", "URL", "AsyncClient"))


def pystempel_without_tqdm() -> contextlib.AbstractContextManager[None]:
    """pystempel's import without tqdm's (`from tqdm import tqdm`: read when called)."""
    return deferred("tqdm", callables=("tqdm",))


def aiolimiter_without_metadata() -> contextlib.AbstractContextManager[None]:
    """aiolimiter's import without importlib.metadata's (its `version("aiolimiter")` at import
    read by `installed`; where that finds none, by importlib.metadata after all)."""
    return deferred("importlib.metadata", own={"version": _version})


def _version(package: str) -> str:
    found = installed(package)
    if found is None:
        found = importlib.import_module("importlib.metadata").version(package)
    return str(found)


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def installed(package: str) -> str | None:
    """The installed version of `package` as `importlib.metadata.version` reads it (without
    importing it): the `Version` of the first `*.dist-info` or `*.egg-info` of that name along
    `sys.path`, in each folder's listed order; None: not installed."""
    wanted = _normal(package)
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for name in names:
            low = name.lower()
            if low.endswith((".dist-info", ".egg-info")):
                if _normal(low.rpartition(".")[0].partition("-")[0]) == wanted:
                    return _version_in(Path(folder or ".", name))
    return None


def _version_in(info: Path) -> str | None:
    for file in ("METADATA", "PKG-INFO"):
        try:
            with (info / file).open(encoding="utf-8") as lines:
                for line in lines:
                    if not line.strip():
                        break  # the headers end here
                    key, _, value = line.partition(":")
                    if key.strip().lower() == "version":
                        return value.strip()
                return None
        except OSError:
            continue
    return None
