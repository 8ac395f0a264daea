"""`infopoint ask` contract: one JSON line per question, flushed one at a time."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import FIXTURE, ROOT

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1, subprocesses or the whole content


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--config", str(FIXTURE / "config.yaml"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
        encoding="utf-8",
    )


def test_stdin_lines_are_answered_one_json_line_each_as_they_come():
    command = [
        sys.executable,
        "-m",
        "bot",
        "ask",
        "--json",
        "--config",
        str(FIXTURE / "config.yaml"),
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
    for answer in seen:
        assert {"query", "lang", "matches", "confident"} <= set(answer)
        assert set(answer) <= {"query", "lang", "matches", "confident", "part"}
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


def test_one_question_as_arguments_in_plain_text():
    out = run("--lang", "pl", "where", "do", "I", "get", "NFZ", "insurance").stdout
    assert out.startswith("Ubezpieczenie zdrowotne (NFZ)")
    assert "**" not in out and "](https" not in out  # plain text, not markup
