"""Consent, name and phone: the personal details step shared by callback requests and bookings.

A parent flow calls `begin(turn, purpose)` and then, for each text or contact while the session
step starts with "person:", `await handle(turn)`. When `handle` returns done=True the person is in
`turn.session.data["person"]` and the parent flow continues.
"""

from __future__ import annotations

import phonenumbers

from bot.core import markup
from bot.core.dispatch import Router, Turn
from bot.core.messages import Button, Expired, Reply
from bot.handlers.hours import hours_reply

NAME_MAX = 80
DEFAULT_REGION = "PL"


def normalise_phone(text: str) -> str | None:
    """E.164 for a valid number: Polish by default, any international number with +/00."""
    text = text.strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits:
        return None
    if text.startswith("00"):
        text = "+" + text[2:]
    elif not text.startswith("+") and len(digits) > 9:
        # Telegram shares contacts as bare digits with the country code ("380501234567").
        text = "+" + digits
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str) -> str:
    number = phonenumbers.parse(e164, None)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def consent_reply(turn: Turn, purpose: str) -> Reply:
    settings = turn.settings
    text = turn.t(
        "consent",
        purpose=turn.t(f"consent_purpose_{purpose}"),
        administrator=markup.literal(settings.organisation.administrator),
        days=turn.services.t.plural(turn.lang, "days", settings.retention_days),
    )
    return Reply(
        text,
        [[Button(turn.t("btn_consent_yes"), "pc:y"), Button(turn.t("btn_consent_no"), "pc:n")]],
    )


def begin(turn: Turn, purpose: str) -> list[Reply]:
    """Start the details step inside the current flow (the parent has set session.flow)."""
    turn.session.data["person_purpose"] = purpose
    if turn.session.data.get("_consent"):
        turn.session.step = "person:name"
        return [_ask_name(turn)]
    turn.session.step = "person:consent"
    return [consent_reply(turn, purpose)]


def _ask_name(turn: Turn) -> Reply:
    saved = turn.session.data.get("_person")
    buttons = []
    if saved:
        buttons.append([Button(turn.t("btn_use_saved", name=saved["name"][:40]), "pc:saved")])
    return Reply(turn.t("ask_name"), buttons)


def _ask_phone(turn: Turn, key: str = "ask_phone") -> Reply:
    return Reply(turn.t(key), request_contact=turn.t("btn_share_phone"))


async def on_consent(turn: Turn, args: list[str]) -> list[Reply]:
    step = turn.session.step or ""
    if not step.startswith("person:") or not args or args[0] not in ("y", "n", "saved"):
        raise Expired("pc")
    if args[0] == "n":
        turn.session.end_flow()
        reply = hours_reply(turn)
        reply.text = f"{turn.t('consent_declined')}\n\n{reply.text}"
        return [reply]
    if args[0] == "saved":
        saved = turn.session.data.get("_person")
        if not saved or step != "person:name":
            raise Expired("pc:saved")
        turn.session.data["person"] = dict(saved)
        turn.session.step = "person:done"
        router = turn.services.router
        parent = router.flows.get(turn.session.flow or "") if router else None
        if parent is None:
            raise Expired("pc:saved")
        return await parent(turn)
    turn.session.data["_consent"] = turn.now.date().isoformat()
    turn.session.step = "person:name"
    return [_ask_name(turn)]


async def handle(turn: Turn) -> tuple[list[Reply], bool]:
    """Input for a person:* step. Returns (replies, done)."""
    step = turn.session.step
    incoming = turn.incoming
    if step == "person:done":
        return [], True
    if step == "person:consent":
        return [consent_reply(turn, turn.session.data.get("person_purpose", "callback"))], False
    if step == "person:name":
        name = (incoming.text or "").strip()
        if not (2 <= len(name) <= NAME_MAX) or not any(ch.isalpha() for ch in name):
            return [Reply(turn.t("name_invalid"))], False
        turn.session.data["person"] = {"name": " ".join(name.split())}
        turn.session.step = "person:phone"
        return [_ask_phone(turn)], False
    if step == "person:phone":
        raw = incoming.contact_phone if incoming.contact_phone is not None else incoming.text or ""
        phone = normalise_phone(raw)
        if phone is None:
            return [_ask_phone(turn, "phone_invalid")], False
        person = turn.session.data.setdefault("person", {})
        person["phone"] = phone
        turn.session.data["_person"] = dict(person)
        turn.session.step = "person:done"
        confirm = Reply(turn.t("phone_saved", phone=display_phone(phone)), close_keyboard=True)
        return [confirm], True
    return [], True


def register(router: Router) -> None:
    router.payloads["pc"] = on_consent
