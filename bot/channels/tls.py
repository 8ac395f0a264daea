"""One TLS context for every HTTP client of the process (Telegram's Bot API, the poller, Viber).

httpx loads the system's certificates again for each client it makes: ~50 ms a client at
start-up, three or four clients, before the first update is fetched (docs/performance.md)."""

from __future__ import annotations

import functools
import ssl

import httpx


@functools.cache
def context() -> ssl.SSLContext:
    return httpx.create_ssl_context()
