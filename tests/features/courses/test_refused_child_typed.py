"""A child the course does not take among others («Dima 8 lat i Sasza 13»: tester 32, item 10):
the «✅ Sign up only: Dima» button stays under the age asked again after an answer not
understood, and a typed yes («tak», «так», «ok») presses it, as the only yes offered."""

from __future__ import annotations

import pytest

from tests.features.courses.test_who_comes import KIDS, app_with
from tests.support.dialogue import Dialogue

ONLY = {"pl": "Zapisz tylko: Dima", "uk": "Записати лише: Dima", "ru": "Записать только: Dima"}
YES = {"pl": "tak", "uk": "так", "ru": "да"}


async def refused(parent: Dialogue) -> None:
    await parent.payload("course:open:polish_a1")
    await parent.payload("course:enrol:polish_a1")
    await parent.payload("person:agree")
    await parent.send("Oksana")
    await parent.send("512 345 678")
    await parent.send("2")
    await parent.send("Dima 8 lat i Sasza 13")
    assert any(b.payload == "course:only" for b in parent.buttons), parent.text


@pytest.mark.parametrize("lang", sorted(YES))
async def test_a_typed_yes_signs_up_only_the_others(tmp_path, clock, lang):
    async with app_with(tmp_path, clock, **KIDS) as app:
        parent = Dialogue(app.core, language_hint=lang)
        await refused(parent)
        assert ONLY[lang] in parent.button(ONLY[lang]).label
        await parent.send(YES[lang])
        summary = parent.text.split("📋")[-1]
        assert "Dima, 8" in summary and "Sasza" not in summary, parent.text
        assert any(b.payload.startswith("course:confirm:") for b in parent.buttons)


async def test_the_button_stays_after_an_answer_not_understood(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        parent = Dialogue(app.core, language_hint="pl")
        await refused(parent)
        await parent.send("hmm")
        assert "wiek jako liczbę lat" in parent.text
        await parent.press("Zapisz tylko: Dima")  # still there
        summary = parent.text.split("📋")[-1]
        assert "Dima, 8" in summary and "Sasza" not in summary, parent.text


async def test_another_age_in_range_still_signs_up_both(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        parent = Dialogue(app.core, language_hint="pl")
        await refused(parent)
        await parent.send("12")
        summary = parent.text.split("📋")[-1]
        assert "Dima, 8" in summary and "Sasza, 12" in summary, parent.text


async def test_a_typed_no_does_not_sign_up_only_the_others(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        parent = Dialogue(app.core, language_hint="pl")
        await refused(parent)
        await parent.send("nie")
        assert not any(b.payload.startswith("course:confirm:") for b in parent.buttons)
        assert any(b.payload == "course:only" for b in parent.buttons), parent.text
