"""One TLS context for every HTTP client of the process (Telegram's Bot API, the poller, Viber).

Loading the certificates (certifi's, through httpx, which python-telegram-bot brings) takes ~50 ms
each time: once for the process, not once a client before the first update is fetched
(docs/performance.md)."""

from __future__ import annotations

import functools
import ssl

import httpx


@functools.cache
def context() -> ssl.SSLContext:
    return httpx.create_ssl_context()
