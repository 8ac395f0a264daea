"""`infopoint ask` contract: one JSON line per question, flushed one at a time; in plain text
what the chat says first (the danger screen's replies too); quiet when its reader leaves."""

from __future__ import annotations

import io
import json
import signal
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot import ask
from bot.app import load_static
from bot.cli import _parser
from bot.content.i18n import Translator
from bot.core import markup
from tests.conftest import FIXTURE, ROOT, Clock, write_config

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1, subprocesses or the whole content


def run(*args: str, clock: Clock | None = None) -> SimpleNamespace:
    """`infopoint ask …` in this process (its arguments read by the CLI's own parser): what it
    prints (`clock`: now, as the chat's in the test). The process itself (stdin read line by
    line, a reader that leaves) is tried below with a real subprocess."""
    parsed = _parser().parse_args(["ask", "--config", str(FIXTURE / "config.yaml"), *args])
    out = io.StringIO()
    assert ask.main(parsed, io.StringIO(""), out, *(() if clock is None else (clock,))) == 0
    return SimpleNamespace(stdout=out.getvalue())


def fixture_config(tmp_path: Path, search_files: Path) -> str:
    """The fixture's config, its data folder (the search's files) the run's, not the tree's."""
    return str(write_config(tmp_path, storage__path=str(search_files / "infopoint.sqlite3")))


def test_stdin_lines_are_answered_one_json_line_each_as_they_come(tmp_path, search_files):
    command = [
        sys.executable,
        "-m",
        "bot",
        "ask",
        "--json",
        "--config",
        fixture_config(tmp_path, search_files),
    ]
    with subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        encoding="utf-8",
    ) as process:
        assert process.stdin and process.stdout
        seen = []
        process.stdin.write("\n   \n")  # blank lines are no questions
        for question in (
            "як зробити песель для дитини",
            "kak zameldovatsya",
            "where do I get NFZ insurance",
            "яка завтра погода",
        ):
            process.stdin.write(question + "\n")
            process.stdin.flush()
            line = process.stdout.readline()  # answered before the next question is written
            seen.append(json.loads(line))
        process.stdin.close()
        assert process.stdout.read() == ""
        assert process.wait(timeout=30) == 0
    assert [s["query"] for s in seen][0] == "як зробити песель для дитини"
    assert seen[0]["lang"] == "uk" and seen[0]["matches"][0]["id"] == "pesel"
    assert seen[1]["lang"] == "ru" and seen[1]["matches"][0]["id"] == "meldunek"
    assert seen[2]["lang"] == "en" and seen[2]["matches"][0]["id"] == "health_insurance"
    assert seen[3]["matches"] == []
    assert seen[0]["confident"] is True and seen[3]["confident"] is False
    assert seen[0]["part"] == "Громадяни України: PESEL зі статусом UKR"  # the child part
    assert seen[0]["checked"] == "2026-11-23" and len(seen[0]["sources"]) == 3  # the part's own
    assert "sources" not in seen[3] and "checked" not in seen[3]  # no answer, no sources
    for answer in seen:
        assert {"query", "lang", "matches", "confident"} <= set(answer)
        assert set(answer) <= {
            "query",
            "lang",
            "matches",
            "confident",
            "part",
            "sources",
            "checked",
        }
        assert len(answer["matches"]) <= 4  # three, and a topic the question names
        scores = [m["score"] for m in answer["matches"][:3]]
        assert scores == sorted(scores, reverse=True) and all(0 <= s <= 1 for s in scores)


def test_json_says_whether_the_bot_answers_at_once_and_which_part_first():
    out = run("--json", "--lang", "en", "how much is voluntary NFZ insurance").stdout
    answer = json.loads(out)
    assert answer["confident"] is True
    assert answer["part"] == "How you become insured"
    plain = run("--lang", "en", "how much is voluntary NFZ insurance").stdout
    assert plain.startswith("Health insurance (NFZ)\n\nHow you become insured")
    assert "What it is" in plain  # then the rest of the answer


async def test_ask_names_the_sources_and_the_checked_date_the_chat_shows(dialogue):
    question = "як зробити песель для дитини"
    await dialogue.payload("language:uk")
    await dialogue.send(question)
    chat = markup.to_plain(dialogue.replies[0].text)
    said = json.loads(run("--json", "--lang", "uk", question).stdout)
    assert said["part"] == "Громадяни України: PESEL зі статусом UKR"
    # the sources under the part the chat shows, as the content gives them, in its order
    listed = [line for line in chat.splitlines() if line.startswith("• ") and "(https://" in line]
    assert [f"• {s['title']} ({s['url']})" for s in said["sources"]] == listed[-3:]
    assert said["checked"] == "2026-11-23"
    assert "\n🗓 Інформацію перевірено: 23.11.2026\n" in chat
    # in plain text the whole answer: every source of the topic, then the date
    plain = run("--lang", "uk", question).stdout.rstrip()
    _, kb = load_static(FIXTURE / "config.yaml")
    topic = kb.topic("uk", "pesel")
    assert len(topic.sources) > len(said["sources"])
    tail = "\n".join(f"• {s.title} ({s.url})" for s in topic.sources)
    assert plain.endswith(f"📚 Офіційні джерела:\n{tail}\n🗓 Інформацію перевірено: 23.11.2026")


def test_one_question_as_arguments_in_plain_text():
    out = run("--lang", "pl", "where", "do", "I", "get", "NFZ", "insurance").stdout
    assert out.startswith("Ubezpieczenie zdrowotne (NFZ)")
    assert "**" not in out and "](https" not in out  # plain text, not markup


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("ru", "помогите"),
        ("en", "SOS"),
        ("uk", "мені дуже погано"),
        ("en", "I want to kill myself"),
        ("uk", "я не розумію що робити, все складно, допоможіть"),
        ("pl", "nie wiem co robić, pomóżcie"),
    ],
)
async def test_ask_says_first_what_the_chat_says_first(dialogue, lang, message):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(message)
    chat = markup.to_plain(dialogue.replies[0].text)
    out = run("--lang", lang, message).stdout
    # (a topic's answer is laid out for a terminal: its title, then its text)
    topic = not any(b.payload == "callback" for b in dialogue.replies[0].buttons[0])
    if topic:
        assert out.splitlines()[0] == chat.splitlines()[0], (out[:300], chat[:300])
    else:
        assert out.startswith(chat), (out[:300], chat[:300])
    assert "Traceback" not in out
    no_answer = Translator()(lang, "q_no_match")
    assert markup.to_plain(no_answer) not in out


@pytest.mark.parametrize(
    ("lang", "message", "wants"),
    [
        ("uk", "меню", "menu"),
        ("en", "menu", "menu"),
        ("ru", "оператор", "person"),  # not the forklift operator's course
        ("uk", "живий оператор", "person"),
        ("en", "a real person", "person"),
        ("en", "back", "menu"),  # not «call back»: the menu, as in the chat
        ("uk", "назад", "menu"),
        ("uk", "алло", "greeting"),  # (tester report 30: «no answer» before)
        ("pl", "głupi bot", "upset"),  # the apology 😡 gets
    ],
)
async def test_ask_answers_the_typed_menu_and_person_words_as_the_chat(
    dialogue, lang, message, wants
):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(message)
    chat = markup.to_plain(dialogue.replies[0].text)
    out = run("--lang", lang, message).stdout
    assert out.strip() == chat.strip(), (out[:300], chat[:300])
    line = json.loads(run("--json", "--lang", lang, message).stdout)
    assert line["typed"] == wants
    if wants == "person":  # the way to a person at once, as the appointment action
        assert line["matches"] == [{"id": "appointment", "score": 1.0}] and line["confident"]
    else:
        assert line["matches"] == [] and not line["confident"]


@pytest.mark.parametrize(
    ("lang", "question", "first"),
    [
        ("en", "what are your opening hours", "🧑‍💼"),  # the duty hours, then the opening hours
        ("uk", "коли ви працюєте?", "🧑‍💼"),
        ("ru", "во сколько вы закрываетесь в субботу", "🗓"),  # that day's hours first
        ("pl", "w jakich godzinach jesteście otwarci", "🧑‍💼"),
        ("en", "are you open now?", "🟢"),  # today's answer first: open (Monday, 9:00)
    ],
)
async def test_ask_prints_the_hours_the_chat_shows_not_the_button_s_label(
    dialogue, clock, lang, question, first
):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(question)
    chat = markup.to_plain(dialogue.replies[0].text)
    out = run("--lang", lang, question, clock=clock).stdout
    assert out.strip() == chat.strip(), (out[:300], chat[:300])
    assert out.startswith(first), out[:300]
    label = markup.to_plain(Translator()(lang, "btn_hours"))
    assert label not in out  # (all it printed before: the button's label)
    assert "08:00–16:00" in out and "✉️" in out  # the week's hours, then the contacts


def test_ask_without_a_language_answers_a_cry_in_the_cry_s_own():
    out = run("помогите пожалуйста").stdout
    assert out.startswith(markup.to_plain(Translator()("ru", "urgent_cry")))
    line = json.loads(run("--json", "I want to kill myself").stdout)
    assert line["urgent"] == "danger"  # the chat shows the help lines first
    assert line["danger"] == ["suicide"]  # ... the crisis lines


def test_ask_prints_the_lines_of_the_danger_as_the_chat_does():
    t = Translator()
    out = run("--lang", "uk", "зникла дитина").stdout
    assert out.strip() == markup.to_plain(t("uk", "urgent_missing"))  # the whole answer
    out = run("--lang", "en", "I want to kill myself").stdout
    assert out.startswith(markup.to_plain(t("en", "urgent_suicide")))
    out = run("--lang", "en", "хочу умереть").stdout  # in the language it is said in
    assert out.startswith(markup.to_plain(t("ru", "urgent_suicide")))
    assert json.loads(run("--json", "pożar").stdout)["danger"] == ["fire"]
    assert "urgent" not in json.loads(run("--json", "help with PESEL").stdout)


def test_ask_piped_into_a_reader_that_stops_early_ends_quietly(tmp_path, search_files):
    config = fixture_config(tmp_path, search_files)
    command = [sys.executable, "-m", "bot", "ask", "--config", config]
    with subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        encoding="utf-8",
    ) as process:
        assert process.stdin and process.stdout and process.stderr
        process.stdin.write("what is PESEL\n" * 200)  # more than a pipe holds, answered
        process.stdin.close()
        assert process.stdout.readline()  # (`| head -1`: one line read, then gone)
        process.stdout.close()
        errors = process.stderr.read()
        code = process.wait(timeout=60)
    assert "Traceback" not in errors and "BrokenPipeError" not in errors, errors
    assert code == 128 + signal.SIGPIPE  # as a Unix tool whose reader left
