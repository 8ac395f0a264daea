"""An office or a course renamed in the config while the database still holds its records
(the fresh-eyes tester's finding 1; `infopoint run` refuses to start on open ones, and closed
ones stay): staff are told plainly that a record is from an office no longer in the settings,
never shown it as another office's nor its config id; a course no longer in the config is
named so, not by its id."""

from __future__ import annotations

from typing import Any

import yaml

from bot.app import build
from tests.conftest import FIXTURE, write_config
from tests.support.assist import send_translation
from tests.support.callbacks import STAFF_CHAT, request_callback
from tests.support.courses import enrol
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.network import COORDINATORS_CHAT, NORTH_CHAT
from tests.support.services import catalogue
from tests.support.yamlfiles import read_yaml


def edit(config: Any, change: Any) -> None:
    data = read_yaml(config)
    change(data)
    config.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def rename_north(data: dict[str, Any]) -> None:
    data["offices"] = {("northern" if k == "north" else k): v for k, v in data["offices"].items()}
    data["default_office"] = "northern"


async def test_a_request_of_an_office_renamed_is_said_to_be_from_an_office_gone(tmp_path, clock):
    offices = read_yaml(FIXTURE / "network.yaml")
    config = write_config(tmp_path, **offices, **catalogue())
    app = await build(config, clock=clock, search="off")
    try:
        nina = Dialogue(app.core, user_id="2001")
        await nina.send("/start north")
        await request_callback(nina, name="Nina")
    finally:
        await app.close()
    edit(config, rename_north)
    app = await build(config, clock=clock, search="off")
    try:
        # the same chat, now the renamed office's: not taken as its own, no buttons to act
        northern = StaffMember(app.core, chat_id=str(NORTH_CHAT))
        await northern.command("/request T1")
        assert northern.buttons == [], northern.text
        assert northern.text == (
            "Prośba o telefon nr T1 pochodzi z punktu informacyjnego, którego nie ma już w "
            "ustawieniach bota (zmieniono mu nazwę albo go usunięto), więc nic się z tym tu "
            "nie zrobi. Powiedz osobie, która uruchamia bota: `infopoint check` podpowie, co "
            "zrobić."
        )
        south = StaffMember(app.core, chat_id="-1001000000002", topic_id="11")  # English
        await south.command("/request T1")
        assert "is from an information point that is no longer in the bot's settings" in (
            south.text
        )
        assert "North" not in south.text and "north" not in south.text
        coordinators = StaffMember(app.core, chat_id=str(COORDINATORS_CHAT))
        await coordinators.command("/requests")
        line = next(x for x in coordinators.text.splitlines() if "nr T1" in x)
        assert "· punkt, którego nie ma już w ustawieniach ·" in line, line
        assert "Północ" not in line
        await coordinators.command("/request T1")
        assert "nie ma już w ustawieniach bota" in coordinators.text
        assert "Nina" not in coordinators.text  # not shown as North's card
    finally:
        await app.close()


async def test_a_course_renamed_is_named_so_in_mydata_not_by_its_id(tmp_path, clock):
    config = write_config(tmp_path, **catalogue())
    app = await build(config, clock=clock, search="off")
    try:
        await enrol(Dialogue(app.core, user_id="3001"), name="Olena")
    finally:
        await app.close()
    edit(config, lambda d: d.update(services={
        ("polish_basics" if k == "polish_a1" else k): v for k, v in d["services"].items()
    }))  # fmt: skip
    app = await build(config, clock=clock, search="off")
    try:
        olena = Dialogue(app.core, user_id="3001")
        await olena.send("/mydata")
        assert "a course no longer in the settings" in olena.text, olena.text
        assert "polish_a1" not in olena.text
    finally:
        await app.close()


async def test_a_help_requests_field_or_service_renamed_is_named_so_on_its_card(tmp_path, clock):
    """The card of a help request whose form field (or whose service) the config renamed
    since: the answer stays, under «a question no longer in the form», and the service is
    «a service no longer in the settings»: no config id reaches the staff."""
    config = write_config(tmp_path, **catalogue())
    app = await build(config, clock=clock, search="off")
    try:
        await send_translation(Dialogue(app.core, user_id="4001"), note="Two pages")
    finally:
        await app.close()

    def rename_field(data: dict[str, Any]) -> None:
        for field in data["services"]["translation"]["fields"]:
            if field["id"] == "note":
                field["id"] = "remarks"

    edit(config, rename_field)
    app = await build(config, clock=clock, search="off")
    try:
        staff = StaffMember(app.core, chat_id=STAFF_CHAT)
        await staff.command("/request P1")
        assert "▫️ pytanie, którego nie ma już w formularzu — Two pages" in staff.text
        assert "note" not in staff.text
    finally:
        await app.close()
    edit(config, lambda d: d.update(services={
        ("translations" if k == "translation" else k): v for k, v in d["services"].items()
    }))  # fmt: skip
    app = await build(config, clock=clock, search="off")
    try:
        staff = StaffMember(app.core, chat_id=STAFF_CHAT)
        await staff.command("/request P1")
        assert "Prośba o pomoc nr P1: usługa, której nie ma już w ustawieniach" in staff.text
        assert "translation" not in staff.text
    finally:
        await app.close()
