"""Emoji typed alone: thanks after an answer is answered as «дякую» is, a thumbs-up as «ок»,
an angry or sad one gets a kind line and the way to a person; none is searched or kept in
/unanswered."""

from __future__ import annotations

import pytest

from tests.support.dialogue import StaffMember


async def nothing_unanswered(app) -> bool:  # type: ignore[no-untyped-def]
    anna = StaffMember(app.core)
    await anna.command("/unanswered")
    return app.services.t("pl", "q_unanswered_none") in anna.text


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("uk", "👍", "q_ack"),
        ("uk", "🙏🙏🙏", "q_thanks"),
        ("en", "👍🏽", "q_ack"),
        ("ru", "❤️", "q_thanks"),
        ("ru", "ок", "q_ack"),
        ("en", "ok 👌", "q_ack"),
        ("pl", "✅", "q_ack"),
        ("pl", "🤔", "q_emoji"),
        ("en", "???", "q_emoji"),
    ],
)
async def test_a_thumbs_up_after_an_answer_is_thanked_and_not_kept_as_unanswered(
    app, dialogue, lang, text, key
):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send("песель")  # an answer first
    await dialogue.send(text)
    assert dialogue.replies[0].text == app.services.t(lang, key)
    assert any(b.payload.startswith("category:") for b in dialogue.buttons)  # the menu
    assert app.services.t(lang, "q_no_match") not in dialogue.text
    assert await nothing_unanswered(app)


@pytest.mark.parametrize(
    ("lang", "text", "key"), [("uk", "😡😡", "q_upset"), ("ru", "😭", "q_sad")]
)
async def test_an_angry_or_sad_emoji_gets_a_kind_line_and_the_way_to_a_person(
    app, dialogue, lang, text, key
):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    assert dialogue.replies[0].text == app.services.t(lang, key)
    assert [b.payload for b in dialogue.replies[0].buttons[0]] == ["callback", "booking"]
    assert any(b.payload.startswith("category:") for b in dialogue.buttons)
    assert await nothing_unanswered(app)


@pytest.mark.parametrize(("lang", "text"), [("uk", "🆘"), ("pl", "🆘🆘🆘")])
async def test_an_sos_emoji_alone_is_a_cry_for_help_with_112_not_a_request_for_words(
    app, dialogue, lang, text
):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    assert dialogue.replies[0].text == app.services.t(lang, "urgent_cry")
    assert "112" in dialogue.replies[0].text
    assert app.services.t(lang, "q_emoji") not in dialogue.text
    assert [b.payload for b in dialogue.replies[0].buttons[0]] == ["callback", "booking"]
