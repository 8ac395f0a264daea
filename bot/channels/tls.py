"""One TLS context for every HTTP client of the process (Telegram's Bot API, the poller, Viber),
and the one way those clients open their aiohttp sessions.

Loading the certificates (certifi's, through httpx, which python-telegram-bot brings) takes ~50 ms
each time: once for the process, not once a client before the first update is fetched
(docs/performance.md)."""

from __future__ import annotations

import functools
import ssl

import aiohttp
import httpx
from aiohttp.client import DEFAULT_TIMEOUT


@functools.cache
def context() -> ssl.SSLContext:
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
