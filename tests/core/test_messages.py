"""A reply kept in the outbox comes back whole: what a restart or a retry sends is what the turn
meant to send."""

from __future__ import annotations

import dataclasses
import json

from bot.core.messages import Attachment, Button, Command, Mark, Reply, read_command


def test_a_reply_with_every_field_set_comes_back_from_the_outbox_unchanged():
    reply = Reply(
        "**Request #7** for <staff>",
        [[Button("Take", "request:take:7"), Button("Map", url="https://example.org/map")]],
        request_contact="Share my phone",
        request_location="Send my location",
        attachment=Attachment("visit.ics", b"BEGIN:VCALENDAR", "text/calendar"),
        replace=True,
        close_keyboard=True,
        reply_to_ref=("request", 7),
        reply_to_message_id="41",
        edit_message_id="42",
        topic_id=5,
        shows=("telegram:1", "viber:abc"),
        typed_answer=True,
        record=("request_look", 7),
        names="Wizyta nr D7",
        marks=(Mark("telegram:1", (2, 3), ("visit:cancel:7",)), Mark("viber:abc", (5,))),
    )
    unset = [
        f.name
        for f in dataclasses.fields(Reply)
        if getattr(reply, f.name) == getattr(Reply(""), f.name)
    ]
    assert unset == []  # a field added to Reply gets a value here, and must survive below
    stored = json.loads(json.dumps(reply.to_json()))
    assert Reply.from_json(stored) == reply


def test_a_command_is_read_with_the_bot_it_is_addressed_to():
    assert read_command("hello /start") is None
    assert read_command("/Start") == Command("start", "")
    command = read_command("/requests@InfoPoint_bot  5 ")
    assert command == Command("requests", "5", "InfoPoint_bot")
    assert command.for_bot("infopoint_bot") and command.for_bot(None)
    assert not command.for_bot("other_bot")
    assert Command("start", "").for_bot("other_bot")  # no bot named: ours
