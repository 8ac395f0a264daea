"""`infopoint check` on indentation slips in the shipped network example: a key moved one level
left or right is named as such, at its own line, not as an unknown key, a new office or a
syntax error a hundred lines below."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import copy_content, write_config
from tests.support.check import run_check

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "network.yaml"
CONTENT = EXAMPLE.parents[1] / "content"


@pytest.fixture
def lines(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    text = EXAMPLE.read_text(encoding="utf-8").replace("dir: ../content", f"dir: {CONTENT}")
    return text.splitlines()


def _at(lines: list[str], start: str, written: str, after: int = 0) -> int:
    """The 0-based index of the first line `written` after the line starting with `start`."""
    begin = next(i for i, line in enumerate(lines) if line.startswith(start) and i >= after)
    return next(i for i in range(begin, len(lines)) if lines[i].startswith(written))


def _save(tmp_path: Path, lines: list[str]) -> Path:
    config = tmp_path / "network.yaml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config


def test_a_block_moved_left_is_named_at_its_own_line_not_where_yaml_stops(tmp_path, lines, capsys):
    local = _at(lines, "  opole:", "    local:")
    lines[local] = lines[local][2:]
    code, out = run_check(_save(tmp_path, lines), capsys)
    assert code == 2
    assert f"network.yaml:{local + 1}:3: [offices.opole.local] error: " in out, out
    assert f"Line {local + 1} (`local:`) is probably indented too little" in out
    assert "give line" in out and "4 spaces" in out


def test_an_indentation_slip_yaml_cannot_place_says_to_look_above(tmp_path, capsys):
    config = tmp_path / "config.yaml"
    config.write_text("staff:\n  chat_id: -1001\n  language: pl\n topic_id: 3\n", "utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    # plain words first, YAML's own after them (tester 41, F12)
    assert (
        "config.yaml:4:2: [staff.topic_id] error: line 4 or a line above it is not indented as "
        "its neighbours: check the indentation: the keys of one mapping must line up"
    ) in out, out
    assert "(YAML's own words: " in out and "error: YAML syntax" not in out, out
    # the rest read with the line as far in as the one above it: said so
    assert "(the rest of the file was checked as if line 4 had 2 spaces, in this run)" in out


def test_a_chat_id_left_of_its_staff_block_is_said_to_belong_under_staff(tmp_path, lines, capsys):
    chat = _at(lines, "  opole:", "      chat_id:")
    lines[chat] = lines[chat][2:]
    code, out = run_check(_save(tmp_path, lines), capsys)
    assert code == 2
    assert (
        f"network.yaml:{chat + 1}: [offices.opole.chat_id] error: unknown key 'chat_id' here — "
        "indented wrongly? `chat_id` belongs under `staff:`"
    ) in out, out
    assert "has no staff chat" not in out  # the one mistake said once


def test_a_services_block_moved_left_is_not_taken_for_an_office(tmp_path, lines, capsys):
    services = _at(lines, "  sopot:", "    services:")
    lines[services:] = [line[2:] if line.startswith("  ") else line for line in lines[services:]]
    code, out = run_check(_save(tmp_path, lines), capsys)
    assert code == 2
    assert (
        f"network.yaml:{services + 1}: [offices.services] error: `services` is not an office: "
        "it is a key that goes inside one — indented too little?"
    ) in out, out
    assert "inside the office above it (`sopot:`)" in out
    assert "organisation" not in out and "accompaniment" not in out


def test_a_specialists_schedule_moved_left_is_not_taken_for_a_specialist(tmp_path, lines, capsys):
    schedule = _at(lines, "      lawyer:", "        schedule:")
    for i in range(schedule, schedule + 3):
        lines[i] = lines[i][2:]
    code, out = run_check(_save(tmp_path, lines), capsys)
    assert code == 2
    assert (
        f"network.yaml:{schedule + 1}: [offices.opole.specialists.schedule] error: `schedule` "
        "is not a specialist: it is a key that goes inside one"
    ) in out, out
    assert "the specialist above it (`lawyer:`)" in out
    assert "missing required key" not in out and "1 error" in out


def test_a_block_moved_right_under_the_key_above_is_said_to_belong_one_level_up(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    config = write_config(tmp_path)
    lines = config.read_text(encoding="utf-8").splitlines()
    start = lines.index("booking:")
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("  "))
    block = [f"  {line}" for line in lines[start:end]]  # (booking: and its keys, 2 more spaces)
    del lines[start:end]
    at = lines.index("staff:") + 2  # after staff's chat_id: and language:
    lines[at:at] = block
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"config.yaml:{at + 1}: [staff.booking] error: unknown key 'booking' under `staff:` — "
        "indented wrongly? `booking` is not a key of `staff:`; it belongs one level up"
    ) in out, out
    assert "visit_minutes" not in out and "1 error" in out


def test_a_block_half_moved_under_the_key_above_is_one_message_naming_its_keys_left_behind(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    config = write_config(tmp_path)
    lines = config.read_text(encoding="utf-8").splitlines()
    start = lines.index("booking:")
    lines[start : start + 2] = [f"  {line}" for line in lines[start : start + 2]]
    del lines[start - 1]  # (the blank line: `booking:` and its first key now under staff's)
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    at = start  # (1-based: the line of `booking:`, one up with the blank line gone)
    assert (
        f"config.yaml:{at}: [staff.booking] error: unknown key 'booking' under `staff:` — "
        "indented wrongly? `booking` is not a key of `staff:`; it belongs one level up, lined "
        f"up with `staff:`; `capacity` (line {at + 2}), `horizon_days` (line {at + 3})"
    ) in out, out
    assert "below it are its keys too: keep them under it, lined up" in out
    assert "[staff.capacity]" not in out and "known keys here" not in out, out
    assert "1 error" in out, out


def test_keys_of_one_block_written_under_another_are_one_message_saying_where(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    config = write_config(tmp_path)
    lines = config.read_text(encoding="utf-8").splitlines()
    staff = lines.index("staff:")
    moved = [line for line in lines[staff + 1 : staff + 3]]  # chat_id: and language:
    assert moved[0].lstrip().startswith("chat_id") and moved[1].lstrip().startswith("language")
    del lines[staff + 1 : staff + 3]
    at = lines.index("booking:") + 1
    lines[at:at] = moved
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = run_check(config, capsys)
    assert code == 2
    assert (
        f"config.yaml:{at + 1}: [booking.chat_id] error: unknown key 'chat_id' under "
        "`booking:` — written under the wrong key? `chat_id` is a key of `staff:`, not of "
        f"`booking:`: move it under `staff:`; so is `language` (line {at + 2})"
    ) in out, out
    assert "known keys here" not in out and "1 error" in out, out


def test_two_keys_left_of_an_offices_staff_block_are_one_message(tmp_path, lines, capsys):
    chat = _at(lines, "  sopot:", "      chat_id:")
    lines[chat] = lines[chat][2:]
    lines[chat + 1] = lines[chat + 1][2:]  # retention_days: too
    code, out = run_check(_save(tmp_path, lines), capsys)
    assert code == 2
    assert (
        f"network.yaml:{chat + 1}: [offices.sopot.chat_id] error: unknown key 'chat_id' here — "
        "indented wrongly? `chat_id` belongs under `staff:`"
    ) in out, out
    assert f"; so do `retention_days` (line {chat + 2})" in out, out
    assert "[offices.sopot.retention_days]" not in out and "1 error" in out, out


def test_an_offices_chat_id_under_another_block_is_one_message_not_also_no_staff_chat(
    tmp_path, lines, capsys
):
    chat = _at(lines, "  opole:", "      chat_id:")
    organisation = _at(lines, "  opole:", "    organisation:")
    lines.insert(organisation + 1, lines.pop(chat))  # (under `organisation:`, its indentation)
    code, out = run_check(_save(tmp_path, lines), capsys)
    assert code == 2
    assert (
        f"network.yaml:{organisation + 2}: [offices.opole.organisation.chat_id] error: unknown "
        "key 'chat_id' under `organisation:` — written under the wrong key? `chat_id` is a key "
        "of `staff:`, not of `organisation:`: move it under `staff:`"
    ) in out, out
    assert "has no staff chat" not in out and "1 error" in out, out


def test_a_list_items_key_as_far_left_as_its_dash_is_named_at_its_own_line(tmp_path, capsys):
    """Tester 35, item 4: `place:` of the shipped config's second `duty:` item given the `- `'s
    2 spaces: named at its own line with the 4 spaces its item's keys have, not blamed on the
    top-level `duty:` with advice that breaks the file further."""
    shipped = EXAMPLE.parents[1] / "config.yaml"
    text = shipped.read_text(encoding="utf-8").replace("dir: content", f"dir: {CONTENT}")
    lines = text.splitlines()
    duty = next(i for i, line in enumerate(lines) if line == "duty:")
    second = [i for i in range(duty, len(lines)) if lines[i].startswith("  - ")][1]
    place = next(i for i in range(second, len(lines)) if lines[i].startswith("    place:"))
    lines[place] = lines[place][2:]
    code, out = run_check(_save(tmp_path, lines), capsys)
    assert code == 2
    assert f"network.yaml:{place + 1}:3: [duty[1].place] error: " in out, out
    assert f"Line {place + 1} (`{lines[place].strip()}`) is probably indented too little" in out
    assert f"give line {place + 1} 4 spaces, like line {place}" in out
    assert "`duty:`" not in out


@pytest.mark.parametrize(
    "written",
    [
        "    **Ukrainians: PESEL with UKR status**",  # (YAML: an alias, «*» needs quotes)
        "    Ukrainians: PESEL with UKR status",  # (a `: ` needs quotes, three lines below)
        "    Ukrainians with PESEL UKR status",  # (no colon after a key, three lines below)
        "     • PESEL UKR confirms your legal stay",  # (one space short: «expected key»)
    ],
)
def test_an_answers_line_indented_less_than_its_text_is_named_with_the_spaces(
    tmp_path, capsys, monkeypatch, written
):
    """A content editor's slip: a line of `answer: |` given fewer spaces than the lines above
    it ends the text there; YAML's words (an alias, a colon, a key expected) named the line or
    one three lines below with advice that did not fit."""
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    content = copy_content(tmp_path)
    path = content / "faq_en.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if "**Ukrainians: PESEL with UKR status**" in line)
    lines[at] = written
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = run_check(write_config(tmp_path, content__dir=str(content)), capsys)
    assert code == 2
    column = len(written) - len(written.lstrip()) + 1
    said = f"faq_en.yaml:{at + 1}:{column}: [topics.pesel.answer] error: "
    assert said in out, out
    spaces = len(written) - len(written.lstrip())
    assert (
        f"Line {at + 1} (`{written.strip()[:40]}`) is indented less than the text of `answer:` "
        f"above it: its lines have 6 spaces before them (from line {at - 1}), this one "
        f"{spaces}, so the text ended there and YAML read the line as a key. Give line "
        f"{at + 1} 6 spaces"
    ) in out, out
    assert f"(the rest of the file was checked as if line {at + 1} had 6 spaces" in out, out
    # the topic is read with the line's 6 spaces: what follows from the text as written (its
    # heading gone: «3 parts», a part's sources naming it) is said with it, nothing else
    assert "left out" not in out and "missing" not in out, out
    assert len([r for r in out.splitlines() if "] error: " in r]) <= 3, out
