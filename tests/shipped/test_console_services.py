"""`infopoint chat` with the shipped config.yaml: a newcomer can try the shipped services."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from tests.conftest import ROOT, Clock

pytestmark = pytest.mark.slow  # the shipped content


def next_monday_morning() -> dt.datetime:
    """The shipped content was checked up to today: its clock may not go back before that."""
    today = dt.datetime.now(dt.UTC).date()
    monday = today + dt.timedelta(days=7 - today.weekday())
    return dt.datetime.combine(monday, dt.time(8, 0), dt.UTC)


async def chat(tmp_path, lines: list[str]) -> str:  # type: ignore[no-untyped-def]
    from bot.app import Channels, build
    from bot.channels.console import chat

    out = io.StringIO()
    app = await build(
        ROOT / "config.yaml",
        storage_path=tmp_path / "console.sqlite3",
        clock=Clock(next_monday_morning()),
        search="off",  # nothing here is a question for the knowledge base
        channels=Channels(console=out),
    )
    try:
        await chat(app.core, app.worker, "en", io.StringIO("\n".join(lines) + "\n"), out)
    finally:
        await app.close()
    return out.getvalue()


async def test_career_advice_is_booked_and_a_lawyer_request_sent_in_the_terminal(tmp_path):
    out = await chat(
        tmp_path,
        # /services -> Career advice -> Book -> the first day -> the first time -> consent,
        # name, phone -> Confirm; then Advice from a lawyer -> Book -> the need -> the saved
        # name and phone -> Send.
        ["/services", "3", "1", "1", "1", "1", "Olena", "601 234 567", "1"]
        + ["/services", "1", "1", "My residence card was refused", "1", "1", "/quit"],
    )
    assert "Your appointment is booked" in out
    assert "Thursday, " in out.split("Your appointment is booked")[1].splitlines()[2]
    assert "Nowa wizyta u specjalisty" in out  # what the staff chat would get
    assert "Appointment request #W1 sent (Advice from a lawyer)" in out
    assert "Prośba o wizytę nr W1" in out and "My residence card was refused" in out
