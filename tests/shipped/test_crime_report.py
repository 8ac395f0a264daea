"""Reporting a crime to the police (`crime_report`, 2026-12-05): robbed, beaten, cheated, a phone
or documents stolen, forced labour, a hate crime. Asked in everyday words through the real search
on the shipped content, these reach the topic; the neighbours keep what is theirs (a stolen
passport, a stolen residence card, a violent husband, unpaid wages); and in the chat the danger
screen still puts 112 first, with the topic's answer under it. A bare «obdukcja» opens the part on
the medical certificate of injuries; after a husband's beating it stays domestic violence's."""

from __future__ import annotations

import datetime as dt

import pytest

from bot import search
from tests.conftest import ROOT, Clock
from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content

TOPIC = "crime_report"


def heading(searcher: search.Searcher, result: search.Result, question: str) -> str | None:
    """The English heading of the part shown first (None: the whole answer)."""
    assert result.best is not None
    part = result.part if result.confident else searcher.part_of(question, result.best.id)
    return (
        None if part is None else searcher.parts.kb.topic("en", result.best.id).parts[part].heading
    )


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("мене пограбували на вулиці, що робити", "uk"),
        ("меня обманули по телефону, куда заявить", "ru"),
        ("someone stole my wallet how do I report it", "en"),
        ("okradli mnie, gdzie zgłosić", "pl"),
        ("мене обікрали", "uk"),
        ("шахраї зняли гроші з картки", "uk"),
        ("меня избили на улице", "ru"),
        ("на меня напали и отобрали телефон", "ru"),
        ("i was robbed", "en"),
        ("i got scammed online", "en"),
        ("i was beaten up on the street", "en"),
        ("hate crime", "en"),
        ("pobili mnie", "pl"),
    ],
)
def test_a_crime_told_in_everyday_words_is_answered_at_once_with_the_topic(
    searcher, question, lang
):
    result = searcher.search(question, lang)
    assert result.confident and result.best and result.best.id == TOPIC


@pytest.mark.parametrize(
    ("question", "lang", "part"),
    [
        (
            "мене пограбували на вулиці, що робити",
            "uk",
            "Reporting a crime to the police (zawiadomienie)",
        ),
        ("okradli mnie, gdzie zgłosić", "pl", "Reporting a crime to the police (zawiadomienie)"),
        ("меня обманули по телефону, куда заявить", "ru", "Scammed online or by phone"),
        ("i got scammed online", "en", "Scammed online or by phone"),
        ("hate crime", "en", "Hate crime"),
    ],
)
def test_it_opens_at_the_part_asked_about(searcher, question, lang, part):
    result = searcher.search(question, lang)
    assert result.best and result.best.id == TOPIC
    assert heading(searcher, result, question) == part


@pytest.mark.parametrize(
    ("question", "lang", "topic"),
    [
        # the passport's own topic: the consulate, the bank (it points to this one for the rest)
        ("у мене вкрали паспорт", "uk", "lost_passport"),
        ("my passport was stolen", "en", "lost_passport"),
        # a residence card stolen with a wallet is legal stay's part, at once
        ("в маршрутці вкрали гаманець, а в ньому карта побиту", "uk", "legal_stay"),
        ("my residence card was stolen together with my wallet", "en", "legal_stay"),
        # violence at home: the Niebieska Karta procedure, shelters
        ("чоловік б'є мене, боюсь йти в поліцію", "uk", "domestic_violence"),
        ("my husband beats me", "en", "domestic_violence"),
        # renting safely is housing's, not a crime
        ("шукаю квартиру, як не натрапити на шахраїв", "uk", "housing"),
        ("как не нарваться на мошенников при аренде квартиры", "ru", "housing"),
    ],
)
def test_the_neighbouring_topics_keep_their_questions(searcher, question, lang, topic):
    result = searcher.search(question, lang)
    assert result.confident and result.best and result.best.id == topic


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("меня обманул работодатель, не заплатил", "ru"),
        ("pracodawca mnie oszukał, nie zapłacił", "pl"),
    ],
)
def test_unpaid_wages_are_work_first_not_a_crime(searcher, question, lang):
    result = searcher.search(question, lang)
    assert result.best and result.best.id == "employment"


async def test_robbed_gets_112_first_and_the_topic_under_it(tmp_path):
    """The danger screen (bot/features/urgent) answers «пограбували» first: 112 and the way to
    the police; the search's answer, this topic, follows."""
    from bot.app import build

    app = await build(
        ROOT / "config.yaml",
        storage_path=tmp_path / "shipped.sqlite3",
        clock=Clock(dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)),
    )
    try:
        dialogue = Dialogue(app.core, language_hint="uk")
        replies = await dialogue.send("мене пограбували на вулиці, що робити")
    finally:
        await app.close()
    first, answer = replies[0].text, replies[1].text
    assert "112" in first and "Повідомте поліцію" in first
    assert "Заява в поліцію про злочин" in answer and "zawiadomienie o przestępstwie" in answer


INJURIES = "Injuries after an attack: medical certificate (obdukcja)"


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("obdukcja", "pl"),
        ("obdukcja", "en"),
        ("обдукція", "uk"),
        ("обдукция", "ru"),
        ("ile kosztuje obdukcja", "pl"),
        ("сколько стоит обдукция", "ru"),
    ],
)
def test_obdukcja_alone_opens_the_part_on_the_medical_certificate(searcher, question, lang):
    # (it was domestic violence's «Protection and shelter» at once: «obdukcja» was a keyword of
    # domestic violence only; the part here covers any attack and points there for violence at
    # home)
    result = searcher.search(question, lang)
    assert result.confident and result.best and result.best.id == TOPIC, result
    assert heading(searcher, result, question) == INJURIES


@pytest.mark.parametrize(
    ("question", "lang", "at_once"),
    [
        ("mąż mnie pobił, jak zrobić obdukcję", "pl", True),
        ("чоловік побив, як зробити обдукцію", "uk", True),
        ("муж избил, как сделать обдукцию", "ru", True),
        # «he» names nobody: domestic violence first, with this topic beside it
        ("how to get obdukcja after he beat me", "en", False),
    ],
)
def test_obdukcja_after_a_husband_beat_her_stays_domestic_violence(
    searcher, question, lang, at_once
):
    result = searcher.search(question, lang)
    assert result.best and result.best.id == "domestic_violence", result
    assert result.confident == at_once, result


async def test_a_passport_kept_for_a_debt_gets_the_lines_and_its_rights_a_tap_away(tmp_path):
    """Debt bondage («агенція тримає мій паспорт поки не відпрацюю», a content example of
    employment's «Passport taken away»): the forced-labour lines first, this topic's part under
    them, and employment's «Passport taken away» one tap away (the lines came instead of it)."""
    from bot.app import build

    app = await build(
        ROOT / "config.yaml",
        storage_path=tmp_path / "shipped.sqlite3",
        clock=Clock(dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)),
    )
    try:
        dialogue = Dialogue(app.core, language_hint="uk")
        replies = await dialogue.send("агенція тримає мій паспорт поки не відпрацюю")
        first = replies[0].text
        [rights] = [b for b in dialogue.buttons if b.payload.startswith("topic:employment:")]
        await dialogue.payload(rights.payload)
        opened = dialogue.replies[-1].text
    finally:
        await app.close()
    assert first.startswith(app.services.t("uk", "urgent_exploitation"))
    assert "KCIK" in first
    assert "Забрали паспорт" in rights.label
    assert opened.split("\n")[2] == "**Забрали паспорт**" and "PIP" in opened
