"""One TLS context for every HTTP client of the process (Telegram's Bot API, the poller, Viber),
and the one way those clients open their aiohttp sessions.

The context is the one aiohttp makes when it is imported, with the system's certificates; only
on a system without a certificate bundle is one made with certifi's (which httpx, brought by
python-telegram-bot, installs). Loading certificates takes ~50 ms and ~0.7 MB each time: once
for the process, not once a client (docs/performance.md)."""

from __future__ import annotations

import functools
import ssl
from pathlib import Path

import aiohttp
from aiohttp.client import DEFAULT_TIMEOUT


@functools.cache
def context() -> ssl.SSLContext | bool:
    """True: aiohttp's own context, verified with the system's certificates."""
    paths = ssl.get_default_verify_paths()
    if paths.cafile or (paths.capath and any(Path(paths.capath).glob("*.0"))):
        return True
    import httpx  # only here: a bot does not import it otherwise (bot/lazy_imports.py)

    return httpx.create_ssl_context()


class Session:
    """The aiohttp session of one of the bot's own HTTP clients, opened at its first call (in the
    running event loop, as aiohttp wants; a client never used opens nothing) and again after it
    was closed: this TLS context, at most `limit` connections, no cookies (the APIs set none,
    and keeping them costs time on every call)."""

    def __init__(self, *, limit: int = 100, timeout: aiohttp.ClientTimeout = DEFAULT_TIMEOUT):
        self.limit = limit
        self.timeout = timeout
        self._open: aiohttp.ClientSession | None = None

    def get(self) -> aiohttp.ClientSession:
        if self._open is None or self._open.closed:
            self._open = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self.limit, ssl=context()),
                cookie_jar=aiohttp.DummyCookieJar(),
                timeout=self.timeout,
            )
        return self._open

    async def close(self) -> None:
        if self._open is not None and not self._open.closed:
            await self._open.close()
