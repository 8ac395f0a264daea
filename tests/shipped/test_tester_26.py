"""Tester report 26 (2026-12-06), items 1, 2, 5, 7 and 8: a boss («szef», «начальник») who took
the passport, school enrolment asked in a few words, a message of several questions, complaints
about a doctor, PESEL for a child in Polish. Through the real search on the shipped content,
and in the chat."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import build
from tests.conftest import ROOT, Clock
from tests.shipped.conftest import at_once
from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content

MONDAY = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("szef zabrał mi paszport", "pl"),  # (lost passport first before)
        ("начальник забрал паспорт", "ru"),
        ("начальник забрав паспорт", "uk"),
        ("my boss took my passport", "en"),
    ],
)
def test_a_boss_who_took_the_passport_is_the_passport_taken_part(searcher, question, lang):
    # answered at once, or work first in «did you mean», opening at the part when tapped
    result = searcher.search(question, lang)
    assert result.best and result.best.id == "employment", result
    part = result.part if result.confident else searcher.part_of(question, "employment")
    assert part is not None
    assert searcher.parts.kb.topic("en", "employment").parts[part].heading == "Passport taken away"


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("how do i enroll my daughter in school", "en"),  # (support in Polish before)
        ("how to put my son in school", "en"),
        ("дитину в школу", "uk"),
        ("ребенок в школу", "ru"),
        ("syna do szkoły jak zapisać", "pl"),
    ],
)
def test_school_enrolment_opens_at_the_steps(searcher, question, lang):
    assert at_once(searcher, question, lang) == (
        "children_school",
        "Steps: enrolling your child in school",
    )


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("my daughter does not speak polish, what help does the school give", "en"),
        ("дитина не знає польської, чи допоможе школа", "uk"),
    ],
)
def test_a_child_without_polish_still_gets_the_school_support(searcher, question, lang):
    topic, part = at_once(searcher, question, lang)
    assert (topic, part) == ("children_school", "Support for children who don't speak Polish")


def test_pesel_for_a_child_in_polish_opens_at_the_child_part(searcher):
    question = "gdzie złożyć wniosek o pesel dla dziecka"  # (the whole answer before)
    assert at_once(searcher, question, "pl") == ("pesel", "PESEL for a child")


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("nfz complaint where", "en"),  # (health insurance's whole answer before)
        ("где подать жалобу на врача", "ru"),  # (free legal advice first before)
        ("skarga na lekarza nfz", "pl"),
    ],
)
def test_a_complaint_about_a_doctor_opens_where_the_complaints_are(searcher, question, lang):
    assert at_once(searcher, question, lang) == ("healthcare", "Pitfalls and common mistakes")


async def replies_to(tmp_path, lang: str, text: str):  # type: ignore[no-untyped-def]
    app = await build(
        ROOT / "config.yaml", storage_path=tmp_path / "shipped.sqlite3", clock=Clock(MONDAY)
    )
    try:
        return await Dialogue(app.core, language_hint=lang).send(text)
    finally:
        await app.close()


def labels(replies) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.label for r in replies for row in r.buttons for b in row]


async def test_a_message_of_several_questions_offers_the_other_matters(tmp_path):
    # (the registration answer alone before: «Was this helpful?», PESEL not offered)
    text = (
        "Добрий день, ми приїхали з Харкова три тижні тому. Як зробити мельдунек, власниця "
        "квартири не хоче підписувати? І чи треба нам песель?"
    )
    replies = await replies_to(tmp_path, "uk", text)
    shown = labels(replies)
    assert "Мельдунек" in replies[0].text
    assert "Не про це питали?" in replies[-1].text
    payloads = [b.payload for r in replies for row in r.buttons for b in row]
    # (its second question named as one: search/two.py; a tap opens PESEL at what was asked)
    assert "Ви також питали про «Номер PESEL" in replies[-1].text
    assert any(p.startswith("answer:topic:pesel:") for p in payloads), shown


async def test_a_single_clear_question_still_asks_whether_it_helped(tmp_path):
    replies = await replies_to(tmp_path, "uk", "як зробити песель для дитини")
    assert "Це допомогло?" in replies[-1].text


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("віза закінчилась вчора, що робити", "uk"),  # (the permit's part before: too late)
        ("виза закончилась вчера что делать", "ru"),
        ("my visa expired yesterday what do i do", "en"),
        ("wiza skończyła mi się wczoraj co robić", "pl"),
    ],
)
def test_an_overstay_opens_at_short_stays_with_free_legal_aid(searcher, question, lang):
    # the whole answer starts with «Short stays», which now sends them to free legal aid at once
    result = searcher.search(question, lang)
    assert result.best and result.best.id == "legal_stay", result
    part = result.part if result.confident else searcher.part_of(question, "legal_stay")
    assert part in (None, 0)
    short = searcher.parts.kb.topic(lang, "legal_stay").parts[0].text
    assert "Starostw" in short, short  # (the county's free legal aid points: book there)
