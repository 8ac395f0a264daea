"""Updates read straight from the Bot API's JSON: what the core is told, and which updates are
refused (skipped and logged by id, never a stop of polling for everyone)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.channels.telegram.updates import Unreadable, read, to_incoming

OLENA = {"id": 7, "is_bot": False, "first_name": "Olena", "last_name": "K", "language_code": "uk"}
CHAT = {"id": 7, "type": "private"}


def message(**fields: Any) -> dict[str, Any]:
    return {"update_id": 5, "message": {"message_id": 3, "date": 1, "chat": CHAT, **fields}}


def test_a_question_a_command_and_a_tap_reach_the_core_as_the_person_sent_them():
    asked = to_incoming(read(message(**{"from": OLENA, "text": "де зробити песель"})))
    assert asked is not None
    assert (asked.text, asked.user_id, asked.chat_id) == ("де зробити песель", "7", "7")
    assert (asked.sender_name, asked.language_hint, asked.update_key) == (
        "Olena K",
        "uk",
        "telegram:5",
    )
    command = to_incoming(read(message(**{"from": OLENA, "text": "/start@infopoint_bot opole"})))
    assert command is not None and (command.command, command.args) == ("start", "opole")
    tap = {
        "update_id": 6,
        "callback_query": {
            "id": "q1",
            "from": OLENA,
            "chat_instance": "1",
            "data": "topic:pesel",
            "message": {"message_id": 9, "date": 1, "chat": CHAT, "text": "menu"},
        },
    }
    update = read(tap)
    assert update.query_id == "q1"
    tapped = to_incoming(update)
    assert tapped is not None and (tapped.payload, tapped.message_id) == ("topic:pesel", "9")


def test_a_shared_contact_is_the_persons_own_only_when_telegram_says_so():
    own = to_incoming(
        read(message(**{"from": OLENA, "contact": {"phone_number": "+48600", "user_id": 7}}))
    )
    other = to_incoming(read(message(**{"from": OLENA, "contact": {"phone_number": "+48601"}})))
    assert own is not None and own.contact_is_own and own.contact_phone == "+48600"
    assert other is not None and not other.contact_is_own


def test_a_staff_reply_in_a_forum_topic_names_its_topic_and_the_message_it_answers():
    group = {"id": -100, "type": "supergroup"}
    update = {
        "update_id": 8,
        "message": {
            "message_id": 40,
            "date": 1,
            "chat": group,
            "from": OLENA,
            "is_topic_message": True,
            "message_thread_id": 12,
            "reply_to_message": {"message_id": 30, "date": 1, "chat": group},
            "text": "done",
        },
    }
    incoming = to_incoming(read(update))
    assert incoming is not None
    assert (incoming.topic_id, incoming.reply_to, incoming.chat_id) == ("12", "30", "-100")


def test_a_sticker_is_named_and_another_bots_message_is_left_alone():
    sticker = to_incoming(read(message(**{"from": OLENA, "sticker": {"file_id": "x"}})))
    assert sticker is not None and sticker.unsupported == "sticker"
    robot = to_incoming(read(message(**{"from": {**OLENA, "is_bot": True}, "text": "hi"})))
    assert robot is None


@pytest.mark.parametrize(
    "update",
    [
        {"message": {"message_id": 1, "date": 0, "chat": CHAT}},  # no update id
        {"update_id": "5", "message": {"message_id": 1, "date": 0, "chat": CHAT}},
        {"update_id": 5, "message": {"message_id": 1, "date": 0, "chat": "Olena's chat"}},
        {"update_id": 5, "message": {"message_id": 1, "date": 0, "chat": {"id": "7"}}},
        {"update_id": 5, "message": {"message_id": "1", "date": 0, "chat": CHAT}},
        message(**{"from": {"first_name": "Olena"}}),  # a sender without an id
        message(**{"from": OLENA, "text": 42}),
        message(**{"from": OLENA, "contact": {"phone_number": None}}),
        message(**{"from": OLENA, "location": {"latitude": "north"}}),
        {"update_id": 5, "callback_query": {"id": "q", "data": "x"}},  # a tap by nobody
        {"update_id": 5, "callback_query": {"id": 1, "from": OLENA}},
        message(**{"from": {**OLENA, "last_name": 7}, "text": "hi"}),  # joined into a name
        message(**{"from": {**OLENA, "language_code": 5}, "text": "hi"}),
        message(**{"from": {**OLENA, "username": ["o"]}, "text": "hi"}),
        message(**{"from": {**OLENA, "is_bot": "no"}, "text": "hi"}),
        {"update_id": 5, "callback_query": {"id": "q", "from": {**OLENA, "last_name": 7}}},
    ],
)
def test_an_update_not_as_the_bot_api_sends_them_is_refused(update: dict[str, Any]):
    with pytest.raises(Unreadable):
        read(update)


def test_a_kind_of_update_the_bot_did_not_ask_for_belongs_to_no_chat():
    update = read({"update_id": 9, "poll": {"id": "p"}})
    assert update.chat_id is None and to_incoming(update) is None


def test_a_command_to_another_bot_in_a_group_is_left_alone():
    to = {"from": OLENA, "text": "/start@other_bot"}
    assert to_incoming(read(message(**to)), "infopoint_bot") is None
    ours = to_incoming(
        read(message(**{"from": OLENA, "text": "/requests@InfoPoint_bot 5"})), "infopoint_bot"
    )
    assert ours is not None and ours.command == "requests" and ours.args == "5"
