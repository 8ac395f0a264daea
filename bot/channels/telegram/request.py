"""The Bot API's HTTP client: python-telegram-bot's BaseRequest over aiohttp, sending JSON bodies.

python-telegram-bot's own HTTPXRequest goes through httpx and httpcore: 0.7-1.2 ms of the
event loop's time a call (more with several calls at once), where aiohttp, already here for
the webhook server, takes 0.1-0.2 ms for the same call (docs/performance.md, change 23). Under
load that was half of the bot's time. HTTPXRequest also sends every call as an HTML form, whose
encoding goes through the text byte by byte in Python (0.37 ms for a topic answer of 3,000
Cyrillic characters); JSON is encoded in C (0.06 ms). The Bot API takes both. Calls with a file
(sendDocument) are multipart, as in HTTPXRequest. The JSON is orjson's both ways: a topic
answer's body is encoded in 0.6 µs instead of 39 (python-telegram-bot's encoding JSON-encodes
each keyboard first, then the whole with every Cyrillic letter as a six-byte escape: 14 KB
instead of 5), and Telegram's answer, which repeats the whole message, is read in half the
time (docs/performance.md, change 34).

Errors mean what they mean in HTTPXRequest: a timeout is TimedOut (waiting for a free connection
of the pool too: then nothing was sent), any other failure to talk to the server NetworkError.
aiohttp has no write timeout: the read timeout runs from the moment the body is sent, and the
whole call is bounded by connect + write + read.
"""

from __future__ import annotations

from typing import Any

import aiohttp
import orjson
from telegram.error import NetworkError, TelegramError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.channels import tls

JSON = {"Content-Type": "application/json"}
_DEFAULT = type(BaseRequest.DEFAULT_NONE)  # "not given": the client's own timeout applies


class JsonRequest(BaseRequest):
    def __init__(
        self,
        *,
        connection_pool_size: int = 16,
        read_timeout: float = 5.0,
        write_timeout: float = 5.0,
        connect_timeout: float = 5.0,
        pool_timeout: float = 1.0,
        media_write_timeout: float = 20.0,
    ):
        self._read = read_timeout
        self._write = write_timeout
        self._connect = connect_timeout
        self._pool = pool_timeout
        self._media_write = media_write_timeout
        self._session = tls.Session(limit=connection_pool_size)

    @property
    def read_timeout(self) -> float | None:
        return self._read

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, Any]:
        """Telegram's answer (as BaseRequest's, with orjson; its content is never logged: it
        may hold a person's message)."""
        try:
            found = orjson.loads(payload)
        except orjson.JSONDecodeError:
            try:  # (bytes that are not UTF-8: read as BaseRequest reads them)
                found = orjson.loads(payload.decode("utf-8", "replace"))
            except orjson.JSONDecodeError as exc:
                raise TelegramError("Invalid server response") from exc
        if not isinstance(found, dict):
            raise TelegramError("Invalid server response")
        return found

    async def initialize(self) -> None:
        """Nothing to do: the session is opened at the first call (a request object that is
        never used, like the getUpdates one the poller makes unnecessary, opens nothing)."""

    async def shutdown(self) -> None:
        await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        session = self._session.get()
        files = (
            request_data.multipart_data if request_data and request_data.contains_files else None
        )
        read = _given(read_timeout, self._read)
        write = _given(write_timeout, self._write if not files else self._media_write)
        connect = _given(connect_timeout, self._connect)
        pool = _given(pool_timeout, self._pool)
        timeout = aiohttp.ClientTimeout(
            total=_sum(connect, pool, write, read),
            connect=_sum(pool, connect),  # aiohttp's `connect` includes waiting for the pool
            sock_connect=connect,
            sock_read=read,
        )
        headers = {"User-Agent": self.USER_AGENT}
        body: Any = None
        if request_data is not None and files:
            body = aiohttp.FormData(request_data.json_parameters)
            for name, (filename, content, mimetype) in files.items():
                body.add_field(name, content, filename=filename, content_type=mimetype)
        elif request_data is not None:
            body = orjson.dumps(request_data.parameters)  # (objects nested, not JSON in JSON)
            headers.update(JSON)
        try:
            async with session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as err:
            raise TimedOut from err
        except aiohttp.ClientError as err:
            raise NetworkError(f"aiohttp.{err.__class__.__name__}: {err}") from err


def _given(value: Any, default: float | None) -> float | None:
    return default if isinstance(value, _DEFAULT) else value


def _sum(*timeouts: float | None) -> float | None:
    """The sum of the timeouts, or none when one of them is none (no limit)."""
    return None if any(t is None for t in timeouts) else sum(t for t in timeouts if t is not None)
