"""The shipped examples' help forms ask the person «Skąd Cię odebrać?»; staff read the answers on
the request's card under labels written for them («Odbiór z»), not the person's questions."""

from __future__ import annotations

import re

import pytest

from bot.settings.config import load
from tests.conftest import ROOT
from tests.support.assist import send_payload, up_to_the_form
from tests.support.dialogue import Dialogue, StaffMember

# a Polish question that speaks to the person: «Cię», «Ci», «Twój», «wiesz», «potrzebujesz»...
SAYS_YOU = re.compile(r"\b(ci|cię|twój|twoja|twoje|wiesz|potrzebujesz|opisz)\b", re.I)


@pytest.mark.parametrize("config", ["config.yaml", "examples/network.yaml"])
def test_every_field_asking_the_person_as_you_has_a_label_for_staff(config):
    settings = load(ROOT / config)
    missing = [
        f"{office.id}/{service.id}/{field.id}: {field.label.get('pl')}"
        for office in settings.offices.values()
        for service in office.catalogue.services.values()
        for field in service.fields
        if SAYS_YOU.search(field.label.get("pl")) and field.staff_label is None
    ]
    assert missing == []


async def test_a_transport_requests_card_reads_naturally_in_polish(example):
    petro = Dialogue(example.core, user_id="2501", language_hint="uk")
    await petro.send("/start starachowice_county")
    await up_to_the_form(petro, "transport", name="Petro", phone="+380671112233")
    for answer in ("9.12", "8:00", "дім", "лікарня", "2"):
        await petro.send(answer)
    assert "▫️ Звідки вас забрати? — дім" in petro.text  # the person reads their own questions
    await petro.payload(send_payload(petro))
    staff = StaffMember(example.core, chat_id="-1001000000002", topic_id="3")
    await staff.command("/request 1")
    assert "▫️ Godzina na miejscu — 08:00" in staff.text
    assert "▫️ Odbiór z — дім" in staff.text
    assert "Cię" not in staff.text and "Na którą trzeba" not in staff.text
