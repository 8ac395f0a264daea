"""What the person wrote to staff about their callback or help request, kept with it (README
«Known gaps», the twenty-ninth session: relayed and not kept, /mydata did not show it).

Each text passed on under the request's card (thread.relay: typed while its thread is open,
«✉️ Send this to your request too», a confidential service's text they chose to pass on; a
complaint after it was closed, feedback.py) is kept on the request as a detail (`WROTE`), in
order: /mydata shows them («✉️ You wrote to staff: …»), /forget erases them with the request's
other personal columns, and so does the retention job once the request has been closed for
`retention_days`, as everything else of it. A text taken back («↩️ Undo: it was not for the
staff») goes from the request too. Nothing of them is logged.
"""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.features.callback.details import WROTE, written_texts
from bot.storage import request_details
from bot.storage import requests as store
from bot.storage.requests import Detail, Request


async def keep(turn: Turn, request_id: int, text: str, kept: bool = True) -> None:
    """`text` kept with the request (`kept`); or, taken back, its latest copy dropped."""
    if kept:
        if text.strip():
            await request_details.add_detail(turn.tx, request_id, Detail(WROTE, "text", text))
        return
    request = await store.get(turn.tx, request_id)
    if request is None or request.forgotten:
        return
    details = list(request.details)
    at = next((i for i in reversed(range(len(details))) if _is(details[i], text)), None)
    if at is not None:
        del details[at]
        await request_details.set_details(turn.tx, request_id, tuple(details))


def _is(detail: Detail, text: str) -> bool:
    return detail.id == WROTE and detail.value == text


def lines(turn: Turn, request: Request) -> list[str]:
    """/mydata's lines of what they wrote to staff about the request, in order."""
    return [
        turn.t("privacy_cb_wrote", text=markup.literal(text)) for text in written_texts(request)
    ]
