"""Tester 22, item 16: after «Something else» and a description too short, the first button is
«◀ Back to the topics», not «✖ Cancel»: a «1» typed as on every other step does not throw the
request away."""

from __future__ import annotations

from tests.channels.test_console import run_chat


async def test_a_1_typed_after_a_too_short_description_goes_back_to_the_topics(tmp_path):
    steps = ["/callback", "1", "Olena", "600123456", "7", "x", "1", "/quit"]
    out = await run_chat(tmp_path, steps)
    too_short = out.split("Please write a bit more")[1]
    assert "[1] ◀ Back to the topics" in too_short and "[2] ✖ Cancel" in too_short
    assert "Nothing was sent" not in out
    assert out.count("📌 What is it about?") == 2  # the topics again, the form kept
