"""A form's field asked only after one option of an earlier choice (`only_if`): childcare asks
the children's ages for a child, not for an adult who needs care; changing the choice from the
summary asks them, or leaves them out of the summary and the staff card."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import write_config
from tests.support.assist import send_payload, up_to_the_form
from tests.support.callbacks import STAFF_CHAT
from tests.support.services import catalogue


def _labels(en: str, pl: str) -> dict[str, str]:
    return {"uk": en, "ru": en, "en": en, "pl": pl}


CHILDCARE: dict[str, Any] = {
    "kind": "help",
    "title": _labels("Childcare", "Opieka nad dzieckiem"),
    "description": _labels("We look after your child.", "Zajmiemy się dzieckiem."),
    "fields": [
        {
            "id": "who",
            "type": "choice",
            "label": _labels("Who needs care?", "Kim się zająć?"),
            "options": {
                "child": _labels("A child", "Dziecko"),
                "dependent": _labels("An adult who needs care", "Osoba dorosła niesamodzielna"),
            },
        },
        {"id": "people", "type": "number", "label": _labels("How many people?", "Ile osób?")},
        {
            "id": "ages",
            "type": "text",
            "required": False,
            "only_if": {"who": "child"},
            "label": _labels("Age of the child(ren)", "Wiek dziecka (dzieci)"),
        },
        {"id": "day", "type": "date", "label": _labels("Which day?", "Którego dnia?")},
    ],
}


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    data = catalogue()
    data["services"]["childcare"] = CHILDCARE
    return write_config(tmp_path, **data)


async def test_an_adult_who_needs_care_is_not_asked_the_childrens_ages(
    dialogue, delivery, platform
):
    await up_to_the_form(dialogue, "childcare")
    assert "1/4 Who needs care?" in dialogue.text
    await dialogue.press("An adult who needs care")
    assert "2/3 How many people?" in dialogue.text
    await dialogue.send("1")
    assert "3/3 Which day?" in dialogue.text  # not the ages
    await dialogue.send("25.11")
    assert "Who needs care? — An adult who needs care" in dialogue.text
    assert "Age of the child" not in dialogue.text
    await dialogue.press("Change something")
    assert "Age of the child" not in " ".join(b.label for b in dialogue.buttons)
    await dialogue.payload("assist:fix:back")
    await dialogue.payload(send_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Osoba dorosła niesamodzielna" in card.text and "Wiek dziecka" not in card.text


async def test_a_child_is_asked_the_ages_and_back_goes_through_them(dialogue):
    await up_to_the_form(dialogue, "childcare")
    await dialogue.press("A child")
    await dialogue.send("2")
    assert "3/4 Age of the child(ren)" in dialogue.text
    await dialogue.send("3 and 5")
    assert "4/4 Which day?" in dialogue.text
    await dialogue.press("« Back")
    assert "3/4 Age of the child(ren)" in dialogue.text


async def test_changing_the_choice_from_the_summary_asks_the_ages_or_leaves_them_out(
    dialogue, delivery, platform
):
    await up_to_the_form(dialogue, "childcare")
    await dialogue.press("An adult who needs care")
    await dialogue.send("1")
    await dialogue.send("25.11")
    await dialogue.press("Change something")
    await dialogue.press("Who needs care?")
    await dialogue.press("A child")
    assert "Age of the child(ren)" in dialogue.text  # now asked, then the summary
    await dialogue.send("4")
    assert "Age of the child(ren) — 4" in dialogue.text and "Who needs care? — A child" in (
        dialogue.text
    )
    await dialogue.press("Change something")
    await dialogue.press("Who needs care?")
    await dialogue.press("An adult who needs care")
    assert "Age of the child" not in dialogue.text  # the summary again, without the ages
    await dialogue.payload(send_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Wiek dziecka" not in card.text
