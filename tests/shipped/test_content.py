"""The shipped content (content/faq_*.yaml) read as a newcomer reads it: one way of writing the
złoty per language, no help line that no longer works, expiring facts that say when they expire
(a year's amounts by the first of January after it)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.app import load_static
from bot.content.knowledge import KnowledgeBase
from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # the whole shipped content


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_static(ROOT / "config.yaml")[1]


def shown(kb: KnowledgeBase, lang: str) -> str:
    """What a reader of `lang` sees of every topic: answers and source titles."""
    return "\n".join(
        "\n".join([t.answer, *(s.title for s in t.sources)])
        for t in kb.language(lang).topics.values()
    )


def test_each_language_writes_the_zloty_one_way(kb):
    uk, ru = shown(kb, "uk"), shown(kb, "ru")
    assert re.findall(r"\bzł\b", uk) == [] and re.findall(r"\bзл\b", uk)  # «зл», like «грн»
    assert re.findall(r"\bzł\b", ru) == []
    assert re.findall(r"\bзл\b(?!\.)", ru) == []  # «зл.», a shortened word takes a dot
    assert "зл.." not in ru
    for lang in ("pl", "en"):
        assert re.findall(r"\bзл\b", shown(kb, lang)) == [] and "zł" in shown(kb, lang)


def test_the_closed_itaka_line_is_given_nowhere(kb):
    # Fundacja ITAKA's 800 70 2222 closed on 1 January 2021 (docs/content-review.md).
    places = [shown(kb, lang) for lang in kb.languages]
    places += [
        p.read_text(encoding="utf-8") for p in (ROOT / "bot/content/locales").rglob("*.yaml")
    ]
    places.append((ROOT / "docs/search.md").read_text(encoding="utf-8"))
    assert not any("800 70 2222" in text for text in places)


def test_the_adults_crisis_line_is_said_to_work_day_and_night_with_a_chat(kb):
    words = {"uk": "цілодобово", "ru": "круглосуточно", "en": "24/7", "pl": "całą dobę"}
    for lang, day_and_night in words.items():
        answer = kb.topic(lang, "psychological_help").answer
        line = next(x for x in answer.splitlines() if "116 123" in x)
        assert day_and_night in line and "116sos.pl" in line, lang


EXPIRES = {  # the earliest valid_until of each topic whose facts change on a known date
    "employment": "2027-01-01",  # the 2026 minimum wage beside the 2027 one: drop the 2026 one
    "benefits": "2027-01-01",  # 800+ work threshold (half the minimum wage)
    "business": "2027-01-01",  # 2027 ZUS contributions, unregistered-activity limit
    "health_insurance": "2027-01-01",  # voluntary NFZ fee for January–March 2027
    "pesel": "2027-03-04",  # end of temporary protection
    "first_steps": "2027-03-04",  # PESEL UKR, temporary protection until 4 March 2027
    "meldunek": "2027-03-04",
    "bank_account": "2027-03-04",
    "legal_stay": "2027-03-04",
    "lost_passport": "2027-03-04",  # what it says of PESEL UKR holders
    "family_reunification": "2027-03-04",
    "driving_licence": "2027-03-04",
    "psychological_help": "2027-03-04",
    "higher_education": "2027-03-04",
    "adult_education": "2027-03-04",
    "vocational_courses": "2027-03-04",
    "children_school": "2027-09-01",  # kindergarten fee cap
}


def test_facts_that_expire_say_when_in_every_language(kb):
    for lang in kb.languages:
        found = {
            t.id: str(t.valid_until) for t in kb.language(lang).topics.values() if t.valid_until
        }
        assert found == EXPIRES, lang
        for topic in kb.language(lang).topics.values():
            assert all(e.what for e in topic.expires), (lang, topic.id)  # staff see what to check


# An amount of a given year: «in 2026: 4,806 zł», «у 2026 році — 10 813,50 зл», «w 2026 r.
# 10 813,50 zł», «in January–March 2026 it was 830.58 zł» (the year, then the amount in the same
# sentence, within a few words; not «since September 2024» after an amount, nor «2026/27»)
_DATED_AMOUNT = re.compile(
    r"(?<![\d./-])(20\d\d)(?![\d/])(?:(?!(?<!\br)\.\s)[^;\n]){0,40}?\d[\d\s,.]*\s?(?:zł|зл)"
)
# The topics that give such amounts today; the test fails if the pattern stops finding them
YEARLY_AMOUNTS = {"employment", "benefits", "business", "health_insurance"}


def test_a_years_amounts_are_flagged_for_staff_by_the_first_of_january_after(kb):
    """The 2026 minimum wage, 800+ threshold or NFZ fee must not be shown on 1–14 January 2027
    with nobody reminded: every topic that gives an amount «in <year>» is due for review (the
    staff chat's reminder, `infopoint check`'s warning a month before) by 1 January of the next
    year."""
    for lang in kb.languages:
        dated: dict[str, int] = {}
        for topic in kb.language(lang).topics.values():
            years = [int(found.group(1)) for found in _DATED_AMOUNT.finditer(topic.answer)]
            if years:
                dated[topic.id] = min(years)
        assert dated.keys() == YEARLY_AMOUNTS, lang
        for topic_id, year in dated.items():
            due = kb.topic(lang, topic_id).valid_until
            assert due is not None and due <= dt.date(year + 1, 1, 1), (lang, topic_id, due)


def source_titles(kb: KnowledgeBase, lang: str) -> list[str]:
    return [s.title for t in kb.language(lang).topics.values() for s in t.sources]


@pytest.mark.parametrize("lang", ["uk", "ru", "pl"])
def test_source_titles_write_a_day_as_dd_mm_yyyy(kb, lang):
    """The dates a source was read or checked on, as the line under them («05.12.2026»):
    never 2026-12-05 beside 03.12.2026, never 5.03.2026 beside 05.03.2026."""
    titles = "\n".join(source_titles(kb, lang))
    assert re.findall(r"\d{4}-\d{2}", titles) == []
    assert re.findall(r"(?<![\d.])\d\.\d{2}\.\d{4}", titles) == []
    assert re.findall(r"\d{2}\.\d{2}\.\d{4}", titles)


def test_english_source_titles_write_a_day_the_british_way(kb):
    titles = "\n".join(source_titles(kb, "en"))
    assert re.findall(r"\d{4}-\d{2}|\d{1,2}[./]\d{2}[./]\d{4}", titles) == []
    assert "(read 5 December 2026)" in titles


def test_source_titles_name_the_eu_blue_card_in_the_readers_language(kb):
    names = {"uk": "Блакитна карта ЄС", "ru": "Голубая карта ЕС", "pl": "Niebieska Karta UE"}
    for lang, name in names.items():
        titles = "\n".join(source_titles(kb, lang))
        assert "Blue Card" not in titles and f"MOS — {name}: " in titles, lang
    pl = "\n".join(source_titles(kb, "pl"))
    assert "odczyt" not in pl and "(stan na 05.12.2026)" in pl
