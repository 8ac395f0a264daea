"""Viber webhook events with fields of types Viber never sends are refused (400), not read."""

from __future__ import annotations

from typing import Any

import pytest

from bot.channels.viber.events import readable

SENDER = {"id": "v1", "name": "Olena", "language": "uk", "api_version": 8}


def message(body: dict[str, Any], **sender: Any) -> dict[str, Any]:
    return {"event": "message", "message_token": 5, "sender": SENDER | sender, "message": body}


def test_the_events_viber_sends_are_read():
    for event in (
        message({"type": "text", "text": "hi"}),
        message({"type": "contact", "contact": {"name": "Ola", "phone_number": "48601"}}),
        message({"type": "location", "location": {"lat": 52.2, "lon": 21.0}}),
        {"event": "subscribed", "user": SENDER},
        {"event": "conversation_started", "user": SENDER, "context": "east", "subscribed": False},
        {"event": "unsubscribed", "user_id": "v1"},
        {"event": "delivered", "message_token": "5", "user_id": "v1"},
    ):
        assert readable(event), event


@pytest.mark.parametrize(
    "event",
    [
        message({"type": "contact", "contact": "x"}),
        message({"type": "contact", "contact": {"phone_number": 48601}}),
        message({"type": "location", "location": 5}),
        message({"type": "text", "text": 5}),
        message({"type": 1}),
        message({"type": "text", "text": "hi"}, language=5),
        message({"type": "text", "text": "hi"}, id=7),
        {"event": "message", "message_token": [], "sender": SENDER, "message": {}},
        {"event": "subscribed", "user": SENDER | {"api_version": "x"}},
        {"event": "conversation_started", "user": SENDER, "context": 7},
        {"event": "conversation_started", "user": SENDER, "subscribed": "yes"},
        {"event": "unsubscribed", "user_id": 7},
    ],
)
def test_fields_of_other_types_than_viber_sends_are_refused(event: dict[str, Any]):
    assert not readable(event)
