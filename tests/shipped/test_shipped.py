"""The deployment shipped in the repository (config.yaml and content/) as a new office gets it:
it passes `infopoint check`, and its content answers what people ask. Code tests use the
fixture deployment (tests/fixture) instead, so editing the shipped content breaks only these."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from bot import search
from bot.cli import main
from tests.conftest import ROOT, Clock

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1, subprocesses or the whole content


def best(searcher: search.Searcher, question: str, lang: str = "en") -> str | None:
    result = searcher.search(question, lang)
    return result.best.id if result.best else None


def test_shipped_config_and_content_pass_infopoint_check(capsys, monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    code = main(["check", "--config", str(ROOT / "config.yaml")])
    captured = capsys.readouterr()
    out = captured.out + captured.err
    assert code == 0, out
    assert "31 topics" in out
    assert "off-topic messages" in out
    warnings = [line for line in out.split("OK:")[0].splitlines() if "warning" in line]
    # Only facts whose valid_until is less than a month away (or passed): a reminder, not a fault.
    assert all("valid_until] warning: facts valid until" in line for line in warnings), warnings


def test_the_example_network_passes_infopoint_check_with_the_shipped_content(capsys, monkeypatch):
    """The README's `infopoint chat --config examples/network.yaml`: every office's answers,
    their {placeholders} filled from that office (a part's heading names its city too)."""
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    code = main(["check", "--config", str(ROOT / "examples" / "network.yaml")])
    out = "".join(capsys.readouterr())
    assert code == 0, out
    assert "4 offices" in out
    # every office writes its own places, phone, local offices and staff chat (tester 39)
    assert "takes from the top level" not in out and "no staff chat of its own" not in out, out


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("нострифікація атестату", "diploma_recognition"),
        ("obmen voditelskih prav", "driving_licence"),
        ("where to buy bus tickets in warsaw", "public_transport"),
    ],
)
def test_people_find_the_topics_only_the_shipped_content_has(searcher, question, expected):
    assert best(searcher, question) == expected


def test_a_cinema_ticket_is_not_public_transport(searcher):
    assert searcher.search("where to buy cheap cinema tickets in warsaw", "en").matches == ()


@pytest.mark.parametrize(
    ("question", "topic", "heading"),
    [
        (
            "how much will the translation of my marriage certificate be",
            "sworn_translators",
            "Cost",
        ),
        ("who may use the free lawyer", "legal_help", "Who can use it"),
    ],
)
def test_how_much_or_who_tells_which_part_of_the_answer(searcher, question, topic, heading):
    # «how much», «who» are stop words for the topics, but words of the parts (part_words):
    # without them, both get the whole answer
    result = searcher.search(question, "en")
    assert result.confident and result.best and result.best.id == topic
    assert result.part is not None
    assert searcher.parts.kb.topic("en", topic).parts[result.part].heading == heading


def test_a_vague_closing_question_does_not_outweigh_the_message(searcher):
    # «do I have to pass an exam?» alone fits Polish courses and the driving test as well
    message = (
        "Добрий день. Я з Одеси, лікар-педіатр, маю диплом і 20 років стажу. Як отримати "
        "право працювати лікарем у Польщі? Чи треба складати іспит?"
    )
    assert best(searcher, message, "uk") == "professional_qualifications"


async def test_the_terminal_chat_signs_up_for_the_example_course(tmp_path):
    """`infopoint chat` on the shipped config: the catalogue's example course, start to end."""
    from bot.app import Channels, build
    from bot.channels.console import chat

    out = io.StringIO()
    clock = Clock(dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC))
    app = await build(
        ROOT / "config.yaml",
        storage_path=tmp_path / "console.sqlite3",
        clock=clock,
        channels=Channels(console=out),
        search="off",
    )
    # /courses → the course → Sign up → I agree → name → phone → Yes, sign me up
    typed = ["/courses", "1", "1", "1", "Olena", "601 234 567", "1", "/mybookings", "/quit"]
    try:
        await chat(app.core, app.worker, "en", io.StringIO("\n".join(typed) + "\n"), out)
    finally:
        await app.close()
    text = out.getvalue()
    assert "[1] Polish for beginners (A1)" in text
    assert "Free places: 15 of 15." in text
    assert "• Wed, 13 Jan 2027, 16:30–18:00" in text
    assert "You are signed up for Polish for beginners (A1)!" in text
    assert "Polish for beginners (A1) — ✅ you are signed up" in text  # /mybookings


async def test_a_long_course_name_on_a_button_is_cut_at_a_word(tmp_path):
    """/mybookings in Russian: the information meeting's name is too long for a button."""
    from bot.app import Channels, build
    from bot.channels.console import chat

    out = io.StringIO()
    clock = Clock(dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC))
    config, storage = ROOT / "config.yaml", tmp_path / "console.sqlite3"
    app = await build(config, storage_path=storage, clock=clock, channels=Channels(console=out))
    # /courses → the information meeting → Sign up → I agree → name → phone → 1 person → Yes
    typed = ["/courses", "2", "1", "1", "Олег", "601 234 567", "1", "1", "/mybookings"]
    try:
        await chat(app.core, app.worker, "ru", io.StringIO("\n".join(typed) + "\n"), out)
    finally:
        await app.close()
    assert "✖ Отменить моё место: Информационная встреча: пребывание и…" in out.getvalue()


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("мне больше не хочется жить", "ru"),
        ("вже зовсім не хочеться жити", "uk"),
        ("już mi się nie chce żyć, nie daję rady", "pl"),
        ("i do not want to live any more", "en"),
        ("my brother says he will end his life", "en"),
        ("хочу себя убить", "ru"),
        ("думаю вбити себе", "uk"),
        ("kolega pisze, że chce się zabić", "pl"),
        ("my friend keeps saying she will kill herself", "en"),
    ],
)
def test_a_wish_not_to_live_finds_psychological_help_first(searcher, message, lang):
    # «не», «хочу», «nie», «want» are stop words: «жить» alone went to benefits or housing
    # (data.yaml: sayings); the urgent screen answers first in the chat, the search agrees
    assert best(searcher, message, lang) == "psychological_help"


@pytest.mark.parametrize(
    ("message", "lang", "expected"),
    [("не хочу жить в общежитии, где снять квартиру", "ru", "housing")],
)
def test_not_wanting_to_live_somewhere_is_not_a_crisis(searcher, message, lang, expected):
    assert best(searcher, message, lang) == expected


def test_a_threat_to_kill_someone_else_stays_domestic_violence(searcher):
    # the sixteenth round's sayings of killing oneself must not take a partner's threat
    assert best(searcher, "муж грозит меня убить", "ru") == "domestic_violence"
    assert best(searcher, "mąż grozi, że mnie zabije", "pl") == "domestic_violence"


def test_ending_a_life_insurance_is_not_a_crisis(searcher):
    assert best(searcher, "how do i end my life insurance policy early") != "psychological_help"


def test_the_shipped_accompaniment_knows_the_city_halls_hours():
    """«Going to an office together» offers the city hall (`city_hall`, a place with `hours`):
    a Saturday there is refused (tests/features/assist/test_place_hours.py)."""
    from bot.settings.config import load

    office = load(ROOT / "config.yaml").office("main")
    hall = office.places["city_hall"]
    assert sorted({r.weekday for r in hall.hours}) == [0, 1, 2, 3, 4]
    fields = office.catalogue.services["accompany_office"].fields
    assert any(f.type == "choice" and "city_hall" in dict(f.options) for f in fields)
