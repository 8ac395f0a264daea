"""`infopoint chat`: the terminal channel a content editor or newcomer tries first."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.core.messages import Button, Reply
from tests.conftest import ROOT, write_config
from tests.support.yamlfiles import read_yaml


@pytest.mark.slow  # a subprocess
def test_terminal_chat_numbers_buttons_and_follows_them(tmp_path):
    config = write_config(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--lang", "pl", "--config", str(config)],
        input="1\n/contact\njak zrobić pesel\n/quit\n",
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    out = result.stdout
    assert result.returncode == 0, result.stderr
    welcome = out.split("Numer PESEL")[0]
    assert "Dzień dobry!" in welcome and "Polski" not in welcome  # --lang: the welcome, in Polish
    assert "[1] 📄 Dokumenty" in out  # with the menu, not the choice of languages
    assert "— wybierz temat:" in out  # category 1 opened
    assert "Wtorek 13:00–15:30" in out
    # the index is built while the menu is shown: a question typed at once waits for it
    assert "Wniosek o nadanie numeru PESEL" in out
    assert "Traceback" not in result.stderr
    stored = read_yaml(config)["storage"]["path"]
    stem = Path(stored).stem
    assert (tmp_path / f"{stem}-console.sqlite3").exists(), "the terminal keeps its own database"


async def run_chat(tmp_path, lines: list[str], lang: str = "en", config=None, clock=None) -> str:  # type: ignore[no-untyped-def]
    """The terminal chat in this process, typing `lines`; everything it printed."""
    from bot.app import Channels, build
    from bot.channels.console import chat
    from tests.conftest import Clock

    out = io.StringIO()
    config = config or write_config(tmp_path)
    app = await build(config, clock=clock or Clock(), channels=Channels(console=out))
    try:
        await chat(app.core, app.worker, lang, io.StringIO("\n".join(lines) + "\n"), out)
    finally:
        await app.close()
    return out.getvalue()


async def test_buttons_are_numbered_across_every_reply_of_a_turn(tmp_path):
    # Danger words: the help lines (with a callback button), then the answer with its buttons.
    out = await run_chat(tmp_path, ["my husband beats me, what to do", "5", "/quit"])
    turn = out.split("> ")[1]
    assert "[1] 📞 Request an urgent call" in turn
    assert "[3] 👍 Yes" in turn and "[1] 👍 Yes" not in turn  # after [2] "The whole answer"
    [legal] = re.findall(r"\[(\d+)\] Free legal advice", turn)
    assert legal == "5"
    after = out.split("> ")[2]
    assert "Free legal advice" in after.splitlines()[1]  # button 5 opened the topic shown as [5]


async def test_q_asks_before_leaving_and_stays_on_no(tmp_path):
    out = await run_chat(tmp_path, ["q", "n", "/contact", "q", "y", "/help"], lang="pl")
    assert out.count("Wyjść z czatu?") == 2
    assert "Wtorek 13:00–15:30" in out  # still chatting after "n"
    assert "Jak korzystać z bota" not in out  # left after "y"


def test_a_staff_chats_buttons_are_numbered_apart_from_the_persons():
    from bot.channels.console import render

    text, _ = render(Reply("📞 Prośba nr 1", [[Button("🙋 Biorę", "request:take:1")]]), mark="s")
    assert text.endswith("[s1] 🙋 Biorę")


async def test_a_returning_person_goes_on_where_they_left_off(tmp_path):
    first = await run_chat(tmp_path, ["3", "/callback", "1"])  # English; consent; then away
    assert first.rstrip().endswith(">") and "What is your name" in first.split("> ")[-2]
    again = await run_chat(tmp_path, ["Olena"])
    assert "Choose your language" not in again  # not greeted as a stranger
    assert "What is your name" in again.split("> ")[0]  # the question is asked again
    assert "Your phone number" in again.split("> ")[1]  # and the form goes on


async def test_a_returning_person_started_with_lang_goes_on_without_it(tmp_path):
    await run_chat(tmp_path, ["/callback", "1"], lang="en")  # consent; then away
    again = await run_chat(tmp_path, ["Olena"], lang=None)  # type: ignore[arg-type]
    assert "Choose your language" not in again
    assert "Your phone number" in again.split("> ")[1]  # the form goes on


async def test_a_returning_person_who_never_chose_a_language_goes_on_with_the_form(tmp_path):
    # no language chosen (a form opened from the welcome): a later run must not send /start,
    # whose «leave the form?» a typed «1» would answer by throwing the form away
    await run_chat(tmp_path, ["/callback", "1"], lang=None)  # type: ignore[arg-type]
    again = await run_chat(tmp_path, ["Olena"], lang=None)  # type: ignore[arg-type]
    assert "Leave the form" not in again and "Choose your language" not in again
    assert "What is your name" in again.split("> ")[0]
    assert "Your phone number" in again.split("> ")[1]


async def test_a_returning_person_answered_in_their_own_language_gets_the_menu_in_it(tmp_path):
    # a Ukrainian sentence on a terminal «set to English»: answered in Ukrainian, a guess; a
    # later run goes on in it with the menu, not the welcome and the languages again
    await run_chat(tmp_path, ["як зробити песель для дитини"], lang=None)  # type: ignore[arg-type]
    again = await run_chat(tmp_path, [], lang=None)  # type: ignore[arg-type]
    assert "Choose your language" not in again and "Оберіть мову" not in again
    assert "Головне меню" in again and "infopoint у терміналі" in again


async def test_a_command_to_this_bot_by_name_is_read_and_one_to_another_bot_left(tmp_path):
    steps = ["/contact@InfoPoint_Bot", "/start@other_bot", "/as staff", "/requests@infopoint_bot"]
    steps += ["/requests@other_bot"]
    said = re.split(r"\n(?:person|staff)> ", await run_chat(tmp_path, steps))[1:-1]
    contact, other, _, requests, other_staff = said
    assert "Tuesday 13:00" in contact
    assert "/start@other_bot is addressed to another bot" in other and "@infopoint_bot" in other
    assert "Welcome" not in other
    assert "Brak otwartych próśb" in requests
    assert "/requests@other_bot is addressed to another bot" in other_staff
    assert "Brak otwartych" not in other_staff and "No answer" not in other_staff


async def test_lang_switches_a_returning_persons_language(tmp_path):
    await run_chat(tmp_path, ["/contact"], lang="pl")
    again = await run_chat(tmp_path, ["/contact"], lang="uk")
    assert "Мова: українська" in again and "Wtorek" not in again


async def test_a_notifications_buttons_are_numbered_after_the_turns_and_can_be_pressed(tmp_path):
    from bot.app import Channels, build
    from bot.channels.console import ConsoleSender

    out = io.StringIO()
    app = await build(write_config(tmp_path), channels=Channels(console=out))
    try:
        sender = ConsoleSender(out, app.services)
        sender.buttons.append(Button("🏠 Main menu", "menu"))  # the turn's own, [1]
        offer = Reply("A place is free", [[Button("Take it", "course:take:1")]])
        await sender.send("console-user", offer)
        card = Reply("Staff card", [[Button("Take", "request:take:1")]])
        await sender.send("-1001234567890", card)  # the fixture's staff chat
    finally:
        await app.close()
    assert "[2] Take it" in out.getvalue() and "[s1] Take" in out.getvalue()
    assert [b.payload for b in sender.buttons] == ["menu", "course:take:1"]
    assert [s.button.payload for s in sender.staff] == ["request:take:1"]
    assert "staff chat · message no. 2" in out.getvalue()


async def test_a_typed_number_is_the_answer_where_a_question_waits_for_one(tmp_path):
    from tests.support.services import write_services_config

    # /services -> Transport -> Ask for this help -> consent, name, phone -> [2] tomorrow;
    # the time «10»; where to: «1», an answer, not button [1] (Back); [#1] Back is not
    # pressed; «1» at the summary presses Send again.
    steps = ["/services", "7", "1", "1", "Olena", "601 234 567", "2", "10", "1", "1"]
    out = await run_chat(tmp_path, steps, config=write_services_config(tmp_path))
    turns = out.split("> ")
    where = next(t for t in turns if "Where to?" in t and "[#1] « Back   [#2] ✖ Cancel" in t)
    assert "type # and its number, e.g. #1" in where  # the terminal says how to press one
    assert "Where to? — 1" in out and "Cancelled" not in out
    assert "Request #P1 for “Transport to a meeting” has been sent" in out
    assert "[1] Today, Mon 23 Nov" in out  # no number awaited: buttons pressed by number


async def test_hash_and_a_number_presses_the_button_where_a_number_is_the_answer(tmp_path):
    from tests.support.services import write_services_config

    steps = ["/services", "7", "1", "1", "Olena", "601 234 567", "2", "#2"]
    out = await run_chat(tmp_path, steps, config=write_services_config(tmp_path))
    assert "Cancelled. Nothing was sent" in out.split("> ")[-2]  # the answer to «#2» (Cancel)
    assert "[#1]: then type # and the number to press one" in out.split("\n")[0]  # help line
