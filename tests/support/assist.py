"""Shared steps for the help-request tests: the fixture catalogue's translation and transport
forms filled in by a Dialogue (payloads, so in any UI language)."""

from __future__ import annotations

from tests.support.dialogue import Dialogue


async def up_to_the_form(
    dialogue: Dialogue, service: str, *, name: str = "Olena", phone: str = "601 234 567"
) -> None:
    """Open the service's form, consent, name and phone: the first question is asked."""
    await dialogue.payload(f"assist:open:{service}")
    if any(b.payload == "person:agree" for b in dialogue.buttons):
        await dialogue.payload("person:agree")
    await dialogue.send(name)
    await dialogue.send(phone)


async def fill_translation(
    dialogue: Dialogue,
    *,
    document: str = "assist:pick:0:1",  # Diploma
    needed_by: str = "1.12",
    language: str = "assist:pick:2:uk",
    note: str | None = None,
    **person: str,
) -> None:
    """Up to the summary of a translation request."""
    await up_to_the_form(dialogue, "translation", **person)
    await dialogue.payload(document)
    await dialogue.send(needed_by)
    await dialogue.payload(language)
    if note is None:
        await dialogue.payload("assist:skip:3")
    else:
        await dialogue.send(note)


async def send_translation(dialogue: Dialogue, **answers: str | None) -> str:
    """A whole translation request, sent; the confirmation text."""
    await fill_translation(dialogue, **answers)  # type: ignore[arg-type]
    await dialogue.payload(send_payload(dialogue))
    return dialogue.text


def send_payload(dialogue: Dialogue) -> str:
    return next(b.payload for b in dialogue.buttons if b.payload.startswith("assist:send:"))


async def closed_and_forgotten(app, clock, staff, request_id: int = 1):  # type: ignore[no-untyped-def]
    """Staff close help request `request_id`, the retention period (30 days) passes and the
    requests' retention job runs; the request's stored answers and name are returned."""
    await staff.payload(f"request:done_yes:{request_id}")
    clock.advance(days=31)
    for job in app.core.registry.jobs:
        if job.name.startswith("callback requests"):
            await job.run(app.services)
    async with app.services.db.transaction() as tx:
        return await tx.fetchone(
            "SELECT details, name FROM callback_requests WHERE id = ?", (request_id,)
        )
