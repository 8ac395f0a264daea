"""What a Viber user would see of a Reply: text within Viber's limits, keyboards that fit,
buttons told apart from typed text; signatures computed as Viber's own library does."""

from __future__ import annotations

import pytest
from viberbot import Api
from viberbot.api import messages as viber_messages
from viberbot.api.bot_configuration import BotConfiguration

from bot.channels.viber import adapter as vb
from bot.channels.viber import client as viber_api
from bot.channels.viber import events, render
from bot.core.messages import Attachment, Button, Reply
from bot.storage import viber as store


@pytest.fixture
async def channel(app):  # type: ignore[no-untyped-def]
    client = viber_api.ViberClient(
        "http://127.0.0.1:9/pa", "token", "A very long bot name for Viber"
    )
    yield vb.ViberChannel(app.core, client, app.worker, files_url="https://bot.example.org/files")
    await client.close()


def pressed(body: dict, label: str) -> str:  # type: ignore[type-arg]
    button = next(b for b in body["keyboard"]["Buttons"] if label in b["Text"])
    return button["ActionBody"]  # type: ignore[no-any-return]


async def test_a_long_answer_is_split_below_7000_characters_with_the_keyboard_on_the_last_part(
    channel,
):
    paragraph = "Słowo " * 150
    reply = Reply("\n\n".join(f"**{i}.** {paragraph}" for i in range(60)), [[Button("OK", "menu")]])
    bodies = await channel.bodies("u1", [reply])
    assert len(bodies) >= 2
    assert all(len(b["text"]) <= render.TEXT_LIMIT for b in bodies)
    assert all("**" not in b["text"] for b in bodies)
    assert [("keyboard" in b) for b in bodies] == [False] * (len(bodies) - 1) + [True]
    assert "".join(b["text"] for b in bodies).count("Słowo") == 150 * 60


async def test_the_keyboard_of_a_turn_is_the_last_one_with_buttons(channel):
    replies = [Reply("Choose", [[Button("A", "a")]]), Reply("Note without buttons")]
    bodies = await channel.bodies("u1", replies)
    assert bodies[-1]["text"] == "Note without buttons"
    assert pressed(bodies[-1], "A") == render.PAYLOAD_MARK + "a"


async def test_a_later_message_without_buttons_keeps_the_keyboard_the_person_has(channel):
    await channel.bodies("u1", [Reply("Pick a time", [[Button("13:30", "booking:time:1")]])])
    staff_reply = await channel.bodies("u1", [Reply("A message from staff")], keep=True)
    assert pressed(staff_reply[-1], "13:30") == render.PAYLOAD_MARK + "booking:time:1"
    asked = await channel.bodies("u1", [Reply("Type your name")])
    assert "keyboard" not in asked[-1], "typing is expected: the native keyboard"


async def test_links_are_spelled_out_and_url_buttons_open_the_link(channel):
    reply = Reply(
        "See [the office](https://example.org/office) & ask",
        [[Button("Map", url="https://maps.example.org/x"), Button("Back & forth", "menu")]],
    )
    body = (await channel.bodies("u1", [reply]))[-1]
    assert body["text"] == "See the office (https://example.org/office) & ask"
    url, back = body["keyboard"]["Buttons"]
    assert url["ActionType"] == "open-url" and url["ActionBody"] == "https://maps.example.org/x"
    assert back["Text"] == "Back &amp; forth", "button Text is HTML on Viber"
    assert url["Columns"] + back["Columns"] == render.COLUMNS
    parsed = viber_messages.get_message(dict(body, sender={"name": "x"}))
    assert parsed.validate() and parsed.keyboard == body["keyboard"]


async def test_share_phone_needs_api_level_3_and_older_apps_type_the_number(channel, app):
    ask = Reply("Your phone number", request_contact="📱 Share my phone number")
    async with app.services.db.transaction() as tx:
        await store.seen(tx, "new", app.services.clock(), api_version=8, subscribed=True)
        await store.seen(tx, "old", app.services.clock(), api_version=2, subscribed=True)
    new = (await channel.bodies("new", [ask]))[-1]
    assert new["min_api_version"] == 3
    assert new["keyboard"]["Buttons"][0]["ActionType"] == "share-phone"
    old = (await channel.bodies("old", [ask]))[-1]
    assert old["min_api_version"] == 1 and "keyboard" not in old


async def test_an_attachment_becomes_a_file_message_fetched_from_the_bot(channel):
    ics = Attachment("visit-2026-11-24-1330.ics", b"BEGIN:VCALENDAR\r\n", "text/calendar")
    bodies = await channel.bodies("u1", [Reply("Booked", attachment=ics)])
    file = bodies[-1]
    assert file["type"] == "file" and file["file_name"] == "visit-2026-11-24-1330.ics"
    assert file["media"].startswith("https://bot.example.org/files/")
    assert file["media"].endswith("/visit-2026-11-24-1330.ics") and file["size"] == 17


@pytest.mark.parametrize("count", [1, 2, 3, 4, 5, 6, 7, 9])
def test_every_row_fills_the_six_columns_so_rows_stay_rows(count):
    reply = Reply("x", [[Button(str(i), f"p{i}") for i in range(count)], [Button("Menu", "menu")]])
    keys = render.keys_of(reply, 1)
    widths = [k.columns for k in keys[:-1]]
    rows, current = [], 0
    for width in widths:
        current += width
        if current == render.COLUMNS:
            rows.append(current)
            current = 0
    assert current == 0 and all(1 <= w <= 6 for w in widths)


def test_pages_show_every_button_once_with_the_menu_on_each_page():
    rows = [[Button(f"Topic {i}", f"topic:{i}")] for i in range(70)]
    keys = render.keys_of(Reply("x", [*rows, [Button("Menu", "menu")]]), 1)
    seen: list[str] = []
    page, pages = 0, 0
    while True:
        shown, page = render.page_of(keys, page, "More", "Back")
        pages += 1
        assert len(shown) <= render.MAX_BUTTONS
        assert shown[-1].label == "Menu"
        seen += [k.label for k in shown if k.label.startswith("Topic")]
        more = [k for k in shown if k.label == "More"]
        if not more:
            break
        page += 1
    assert seen == [f"Topic {i}" for i in range(70)]
    assert pages == 4


@pytest.mark.parametrize(
    "text, kind, value",
    [
        (render.PAYLOAD_MARK + "category:documents", "payload", "category:documents"),
        ("category:documents", "text", "category:documents"),
        ("menu", "text", "menu"),
        ("/start", "command", "/start"),
        (render.PAGE_MARK + "2", "page", "2"),
    ],
)
def test_a_tap_is_told_from_what_a_person_types(text, kind, value):
    assert render.parse_body(text) == (kind, value)


def test_a_forged_overlong_payload_is_handled_as_an_expired_button():
    incoming = events.to_incoming(
        "u1", "en", {"type": "text", "text": render.PAYLOAD_MARK + "x" * 65}
    )
    assert incoming is not None and incoming.payload is not None
    assert incoming.payload != "x" * 65


def test_the_signature_is_the_one_viber_computes():
    api = Api(BotConfiguration("4453b6ac-token", "bot", None))
    body = '{"event":"message","text":"Привіт"}'.encode()
    ours = viber_api.signature(body, "4453b6ac-token")
    assert api.verify_signature(body, ours)
    assert viber_api.signature_ok(body, ours, "4453b6ac-token")
    assert not viber_api.signature_ok(body, ours, "another-token")
    assert not viber_api.signature_ok(body + b" ", ours, "4453b6ac-token")
    assert not viber_api.signature_ok(body, None, "4453b6ac-token")


async def test_the_sender_name_is_cut_to_viber_s_28_characters(channel):
    assert len(channel.client.sender["name"]) == viber_api.SENDER_NAME_LIMIT
