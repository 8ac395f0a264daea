"""examples/network.yaml with Sopot's duty rules ended: Sopot's people see no «Book a visit» and
are told at /book that visits cannot be booked now; Opole's still book. `infopoint check`
warns at Sopot's `duty:`."""

from __future__ import annotations

from pathlib import Path

from bot.app import build
from tests.conftest import ROOT, Clock
from tests.shipped.conftest import MONDAY
from tests.support.check import run_check
from tests.support.dialogue import Dialogue

SOPOT_DUTY = (
    '      - {weekday: tuesday, from: "09:00", to: "13:00", place: sopot_mops}\n'
    '      - {weekday: thursday, from: "11:00", to: "15:00", place: sopot_mops}\n'
)
ENDED = SOPOT_DUTY.replace("place: sopot_mops}", "place: sopot_mops, valid_until: 2026-11-30}")


def _ended_copy(tmp_path: Path) -> Path:
    text = (ROOT / "examples" / "network.yaml").read_text("utf-8")
    assert text.count(SOPOT_DUTY) == 1
    text = text.replace(SOPOT_DUTY, ENDED).replace("dir: ../content", f"dir: {ROOT / 'content'}")
    config = tmp_path / "network.yaml"
    config.write_text(text, "utf-8")
    return config


async def test_sopot_without_duty_hours_hides_visits_and_opole_still_books(tmp_path):
    app = await build(
        _ended_copy(tmp_path),
        storage_path=tmp_path / "example.sqlite3",
        clock=Clock(MONDAY),
        search="off",
    )
    try:
        sopot = Dialogue(app.core, user_id="4001", language_hint="uk")
        await sopot.send("/start sopot")
        await sopot.press("Українська")
        await sopot.send("/menu")
        assert "📅 Записатися на візит" not in [b.label for b in sopot.buttons]
        await sopot.send("/book")
        assert "Записатися на візит зараз не можна" in sopot.text, sopot.text
        assert "📞 Замовити дзвінок" in [b.label for b in sopot.buttons]

        opole = Dialogue(app.core, user_id="4002", language_hint="pl")
        await opole.send("/start opole")
        await opole.press("Polski")
        await opole.send("/menu")
        assert "📅 Umów wizytę" in [b.label for b in opole.buttons]
        await opole.send("/book")
        assert "Obecnie nie można umówić wizyty" not in opole.text
    finally:
        await app.close()


def test_check_warns_at_sopots_duty(tmp_path, capsys, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    code, out = run_check(_ended_copy(tmp_path), capsys)
    assert code == 0, out
    assert (
        "[offices.sopot.duty] warning: every duty rule of office 'sopot' has ended (the last on "
        "2026-11-30): nothing can be booked"
    ) in out, out
    assert out.count("every duty rule") == 1, out


async def test_a_typed_booking_request_at_sopot_without_duty_hours_gets_the_call(tmp_path):
    """«запишіть мене на прийом в четвер» (booking.asked) at an office with no duty hours to come:
    told plainly that visits cannot be booked now, the callback offered, no «Book a visit»."""
    app = await build(
        _ended_copy(tmp_path), storage_path=tmp_path / "example.sqlite3", clock=Clock(MONDAY)
    )
    try:
        sopot = Dialogue(app.core, user_id="4003", language_hint="uk")
        await sopot.send("/start sopot")
        await sopot.press("Українська")
        await sopot.send("запишіть мене на прийом в четвер")
        assert "Записатися на візит зараз не можна" in sopot.text, sopot.text
        labels = [b.label for b in sopot.buttons]
        assert "📞 Замовити дзвінок" in labels and "📅 Записатися на візит" not in labels
    finally:
        await app.close()
