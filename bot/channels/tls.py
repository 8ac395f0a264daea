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


def session(
    *, limit: int = 100, timeout: aiohttp.ClientTimeout = DEFAULT_TIMEOUT
) -> aiohttp.ClientSession:
    """A session for the bot's own calls: this TLS context, at most `limit` connections, no
    cookies (the APIs set none, and keeping them costs time on every call). Made in the running
    event loop, as aiohttp wants."""
    return aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=limit, ssl=context()),
        cookie_jar=aiohttp.DummyCookieJar(),
        timeout=timeout,
    )
