"""Shared steps for the appointment tests, on the fixture catalogue (tests/fixture/services.yaml).

The tests' clock is Monday 23 November 2026, 09:00 in Warsaw. The lawyer sees people on
Tuesdays 10:00-12:15 (45 minutes: 10:00, 10:45, 11:30) at the City Hall, the psychologist calls
on Wednesdays 12:00-16:10 (50 minutes), the career counsellor has two seats every half hour on
Thursdays 09:00-11:00 at the Social Services Centre. Slot keys in payloads are UTC (CET = +1).
"""

from __future__ import annotations

from bot.core.messages import Button, Reply
from tests.support.dialogue import Dialogue

STAFF_CHAT = "-1001234567890"
CAREER_THU_0900 = "appt:time:career:202611260800"
CAREER_THU_0930 = "appt:time:career:202611260830"
LAWYER_TUE_1000 = "lawyer:202611240900"
LAWYER_TUE_1045 = "lawyer:202611240945"


async def give_details(dialogue: Dialogue, name: str, phone: str) -> list[Reply]:
    """Consent, name and phone (or the ones saved last time), wherever the flow asks."""
    if any(b.payload == "person:agree" for b in dialogue.buttons):
        await dialogue.payload("person:agree")
    if any(b.payload == "person:saved" for b in dialogue.buttons):
        return await dialogue.payload("person:saved")
    await dialogue.send(name)
    return await dialogue.send(phone)


async def book_career(
    dialogue: Dialogue,
    time: str = CAREER_THU_0900,
    *,
    name: str = "Olena Kovalenko",
    phone: str = "601 234 567",
) -> list[Reply]:
    """The career counsellor, straight to a time; stop at the summary."""
    await dialogue.payload("appt:open:career")
    await dialogue.payload(time)
    return await give_details(dialogue, name, phone)


def confirm_button(dialogue: Dialogue) -> Button:
    return next(b for b in dialogue.buttons if b.payload.startswith("appt:confirm:"))


async def book_and_confirm_career(
    dialogue: Dialogue, time: str = CAREER_THU_0900, **kw
) -> list[Reply]:  # type: ignore[no-untyped-def]
    await book_career(dialogue, time, **kw)
    return await dialogue.payload(confirm_button(dialogue).payload)


async def send_request(
    dialogue: Dialogue,
    service: str = "legal_advice",
    *,
    need: str = "My residence card was refused, I have a letter from the voivode",
    urgent: bool = False,
    name: str = "Olena Kovalenko",
    phone: str = "601 234 567",
) -> list[Reply]:
    """A qualification request from the service's Book button to "Send the request": the
    consent first (unless given), the need (or, if confidential, only whether it is urgent),
    name and phone, the summary."""
    await dialogue.payload(f"appt:open:{service}")
    if any(b.payload == "person:agree" for b in dialogue.buttons):
        await dialogue.payload("person:agree")
    if any(b.payload.startswith("appt:urgent:") for b in dialogue.buttons):
        await dialogue.payload(f"appt:urgent:{'yes' if urgent else 'no'}")
    else:
        await dialogue.send(need)
    await give_details(dialogue, name, phone)
    send = next(b for b in dialogue.buttons if b.payload.startswith("appt:send:"))
    return await dialogue.payload(send.payload)
