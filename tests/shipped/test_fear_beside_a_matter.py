"""Tester report 24 (2026-12-06): a threat of deportation, an employer who took the passport «and
I am scared», the police, a sick child, a pregnancy, an expired residence card,
school papers. Through the real search on the shipped content, and in the chat: the danger
screen's 112 first, and the matter itself answered or offered under it (bot/features/urgent/
kinds.py `matter_beside`), never beside thoughts of suicide."""

from __future__ import annotations

import datetime as dt

import pytest

from bot import search
from bot.app import build
from tests.conftest import ROOT, Clock
from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content

MONDAY = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
REFUSED = "Refused a permit? Appeal within 14 days"  # ends with free legal aid


def first(searcher: search.Searcher, question: str, lang: str) -> str | None:
    result = searcher.search(question, lang)
    return result.best.id if result.best else None


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("chcą mnie deportować", "pl"),
        ("мене хочуть депортувати", "uk"),
        ("меня хотят депортировать", "ru"),
        ("they want to deport me", "en"),
    ],
)
def test_deportation_leads_to_legal_stay_at_the_appeal_and_free_legal_aid(searcher, question, lang):
    # («chcą mnie deportować» was «no answer»: no topic knew «deportować»)
    result = searcher.search(question, lang)
    assert result.best and result.best.id == "legal_stay", result
    part = searcher.part_of(question, "legal_stay") if not result.confident else result.part
    assert part is not None
    assert searcher.parts.kb.topic("en", "legal_stay").parts[part].heading == REFUSED


def test_a_return_decision_opens_at_its_own_part(searcher):
    # (the appeal's part before legal stay had one on a return decision: branch fix-search)
    question = "dostałem decyzję o zobowiązaniu do powrotu"
    result = searcher.search(question, "pl")
    assert result.confident and result.best and result.best.id == "legal_stay"
    assert result.part is not None
    heading = searcher.parts.kb.topic("en", "legal_stay").parts[result.part].heading
    assert heading == "Return decision (zobowiązanie do powrotu)"


def test_a_battered_wife_afraid_of_deportation_is_still_domestic_violence(searcher):
    question = "чоловік б'є мене, а я боюсь йти в поліцію бо думаю що мене депортують"
    assert first(searcher, question, "uk") == "domestic_violence"


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("policja mnie zatrzymała", "pl"),
        ("мене затримала поліція", "uk"),
        ("меня задержала полиция", "ru"),
        ("the police detained me", "en"),
    ],
)
def test_detained_by_the_police_is_free_legal_aid_not_driving(searcher, question, lang):
    assert first(searcher, question, lang) == "legal_help"


def test_stopped_while_driving_on_a_foreign_licence_is_still_driving(searcher):
    question = "policja zatrzymała mnie na drodze, czy mogę jeździć na ukraińskim prawie jazdy"
    assert first(searcher, question, "pl") == "driving_licence"


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("dytyna zakhvorila shcho robyty", "uk"),  # (was ZUS's «Народження дитини» at once)
        ("дитина захворіла що робити", "uk"),
        ("rebenok zabolel chto delat", "ru"),
        ("dziecko zachorowało co robić", "pl"),
        ("я вагітна, що мені треба", "uk"),  # (was ZUS maternity first)
        ("я беременна, что делать", "ru"),
        ("I am pregnant, what should I do", "en"),
        ("jestem w ciąży, co robić", "pl"),
    ],
)
def test_a_sick_child_or_a_pregnancy_is_the_doctor_first(searcher, question, lang):
    assert first(searcher, question, lang) == "healthcare"


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("я вагітна, працюю на umowie zlecenie, чи буде мені декретні від ZUS", "uk"),
        ("беременна, работаю по umowa o pracę, сколько платят декретные", "ru"),
    ],
)
def test_maternity_pay_is_still_zus(searcher, question, lang):
    assert first(searcher, question, lang) == "social_insurance"


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("шо робить якщо карта побиту закінчилась", "uk"),  # (was the bank account first)
        ("что делать если закончилась карта побыту", "ru"),
        ("my karta pobytu expired what do i do", "en"),
        ("skończyła mi się karta pobytu, co robić", "pl"),
    ],
)
def test_an_expired_residence_card_is_legal_stay_not_the_bank(searcher, question, lang):
    assert first(searcher, question, lang) == "legal_stay"


def test_a_bank_account_blocked_after_the_card_expired_is_still_the_bank(searcher):
    question = "банк заблокував рахунок, бо закінчилась карта побиту"
    assert first(searcher, question, "uk") == "bank_account"


def test_help_with_papers_for_school_is_school_not_benefits(searcher):
    # («допомога» is help here, not a benefit)
    question = "Мені потрібна допомога з документами для дитини в школу"
    assert first(searcher, question, "uk") == "children_school"


async def chat(tmp_path, lang: str, text: str):  # type: ignore[no-untyped-def]
    app = await build(
        ROOT / "config.yaml", storage_path=tmp_path / "shipped.sqlite3", clock=Clock(MONDAY)
    )
    try:
        dialogue = Dialogue(app.core, language_hint=lang)
        return await dialogue.send(text)
    finally:
        await app.close()


def labels(replies) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.label for r in replies for row in r.buttons for b in row]


async def test_threatened_with_deportation_gets_112_and_the_matter(tmp_path):
    replies = await chat(tmp_path, "uk", "мені погрожують депортацією")
    assert "112" in replies[0].text
    rest = replies[1:]
    shown = " ".join(r.text for r in rest) + " ".join(labels(rest))
    assert "Перебування, візи, карта побиту" in shown  # the answer, or its button first


async def test_a_passport_taken_and_scared_gets_112_and_the_passport_part(tmp_path):
    text = "please help my employer took my passport and says I owe him money, I am scared"
    replies = await chat(tmp_path, "en", text)
    assert "112" in replies[0].text
    rest = replies[1:]
    answered = any("Passport taken away" in r.text for r in rest)
    offered = [label for label in labels(rest) if "Work: permits" in label]
    assert answered or offered, [r.text for r in rest]


async def test_thoughts_of_suicide_get_the_lines_and_no_guesses(tmp_path):
    # («не хочу більше жити» is not about 800+ or housing: no topic offered under the lines)
    replies = await chat(tmp_path, "uk", "не хочу більше жити")
    assert "116 123" in replies[0].text
    payloads = [b.payload for r in replies for row in r.buttons for b in row]
    assert not any(p.startswith("answer:topic:") for p in payloads), payloads


async def test_a_threat_beside_an_unsure_matter_offers_the_matter_first(tmp_path):
    # (the screen's lines were all: «did you mean» was dropped under them)
    app = await build(
        ROOT / "config.yaml", storage_path=tmp_path / "shipped.sqlite3", clock=Clock(MONDAY)
    )
    try:
        dialogue = Dialogue(app.core, language_hint="ru")
        replies = await dialogue.send(
            "начальник забрал паспорт и угрожает, у меня нет карты побыту"
        )
        assert "112" in replies[0].text
        offer = replies[-1]
        assert "по самому вашему делу" in offer.text
        assert offer.buttons[0][0].payload.startswith("answer:topic:employment:")
        answer = await dialogue.press("Работа: разрешения, договоры")
    finally:
        await app.close()
    assert "Работа: разрешения, договоры" in " ".join(r.text for r in answer)


async def test_a_threat_of_eviction_is_answered_by_housing_at_once_without_the_lines(tmp_path):
    # the threat's words are not searched (issue 15): «погрожують виселенням» is housing's, at
    # once (was «did you mean»: «погрожують» named domestic violence). An eviction threatened,
    # with no violence, is a matter of law, not an emergency: no 112 (safety9; docs/callbacks.md)
    replies = await chat(tmp_path, "uk", "мені погрожують виселенням з квартири")
    assert replies[0].text.startswith("**Житло: оренда і купівля**"), replies[0].text[:200]
    assert "Незаконне виселення" in replies[0].text  # (its part: the police, if done by force)
    assert not any("Якщо вам зараз загрожує небезпека" in r.text for r in replies)


async def test_a_landlord_who_will_throw_a_family_out_unless_paid_gets_no_112(tmp_path):
    # «wyrzuci nas jak nie zapłacimy»: a condition on money is a threat of eviction, not of harm
    # (Polish «nas wyrzuci» was read as a threat: the who + unless + said cues; session 28)
    text = "właściciel mówi że nas wyrzuci jak nie zapłacimy do piątku"
    replies = await chat(tmp_path, "pl", text)
    assert not any("dzwoń pod 112" in r.text for r in replies), replies[0].text[:200]
    shown = [replies[0].text, *(b.label for row in replies[0].buttons for b in row)]
    assert any("Mieszkanie: najem i zakup" in part for part in shown), shown  # (or «did you mean»)


async def test_a_landlord_threatening_violence_gets_the_lines(tmp_path):
    text = "власник квартири погрожує що його хлопці приїдуть і переламають мені ноги"
    replies = await chat(tmp_path, "uk", text)
    assert "Якщо вам зараз загрожує небезпека, телефонуйте 112" in replies[0].text
