"""The real python-telegram-bot Application against a fake Bot API server on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.e2e import STAFF_CHAT, running_bot
from tests.support.fake_telegram import FakeTelegram

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1, subprocesses or the whole content


@pytest.fixture
async def tg():
    async with FakeTelegram() as server:
        server.group(STAFF_CHAT, "Staff")
        yield server
        assert not [
            r for r in server.refused if "retry after" not in r[1] and "Bad Gateway" not in r[1]
        ], f"the server refused: {server.refused}"


async def test_start_choose_language_browse_and_change_language(tmp_path, tg):
    olena = tg.user("Olena", language_code="uk")
    async with running_bot(tmp_path, tg):
        await olena.send("/start")
        greeting = await olena.wait_message()
        assert "Вітаємо" in greeting["text"]
        await olena.press("Polski")
        menu = await olena.wait_message()
        assert "Menu główne" in menu["text"] or "polski" in menu["text"]
        await olena.press("Dokumenty")
        topics = await olena.wait_message()
        assert topics["message_id"] == menu["message_id"], "menus are edited in place"
        await olena.press("PESEL")
        answer = await olena.wait_message()
        assert "PESEL" in answer["text"]
        assert '<a href="https://' in answer["html"]
        await olena.press("Menu główne")
        await olena.wait_message()
        await olena.send("/language")
        assert "Wybierz język" in (await olena.wait_message())["text"]
        await olena.press("English")
        assert "English" in (await olena.wait_message())["text"]


async def test_commands_are_registered_per_language(tmp_path, tg):
    async with running_bot(tmp_path, tg):
        await tg.wait_until(lambda: len(tg.commands) >= 6)
    by_language = {lang: cmds for (scope, lang), cmds in tg.commands.items() if "default" in scope}
    assert set(by_language) >= {"uk", "ru", "en", "pl", ""}
    names = {c["command"] for c in by_language["uk"]}
    assert {"start", "help", "language", "topics", "contact", "cancel"} <= names
    help_uk = next(c for c in by_language["uk"] if c["command"] == "help")["description"]
    help_pl = next(c for c in by_language["pl"] if c["command"] == "help")["description"]
    assert help_uk != help_pl
    # no catalogue here: no /services or /courses for people (tests/features/courses has them)
    for lang, commands in by_language.items():
        assert not {"services", "courses"} & {c["command"] for c in commands}, lang
    in_staff_chat = {
        c["command"]: c["description"]
        for (scope, _), cmds in tg.commands.items()
        if json.loads(scope) == {"type": "chat", "chat_id": STAFF_CHAT}
        for c in cmds
    }
    assert (
        in_staff_chat["requests"] == "Otwarte prośby: o telefon, o pomoc, o wizytę"
    )  # staff language
    assert in_staff_chat["courses"] == "Kursy i wydarzenia: listy, obecność"  # staff's own


async def test_language_and_menu_position_survive_a_restart(tmp_path, tg):
    ivan = tg.user("Ivan", language_code="ru")
    async with running_bot(tmp_path, tg):
        await ivan.send("/start")
        await ivan.wait_message()
        await ivan.press("Українська")
        await ivan.wait_message()
        await ivan.press("Здоров")
        category = await ivan.wait_message()
    # restarted: same database, new process state
    async with running_bot(tmp_path, tg):
        await ivan.press("NFZ", message=category)
        answer = await ivan.wait_message()
        assert "NFZ" in answer["text"]
        assert "Назад" in str(answer["reply_markup"]), "still Ukrainian after the restart"
        await ivan.press("Назад", message=answer)
        back = await ivan.wait_message()
        assert "Здоров" in back["text"]


async def test_long_answers_are_split_below_the_limit_without_breaking_html(tmp_path, tg):
    user = tg.user("Long", language_code="en")
    async with running_bot(tmp_path, tg) as bot:
        from bot.channels.telegram.render import send_reply
        from bot.core.messages import Reply

        text = "\n\n".join(f"**Part {i}.** " + "word & <tag> " * 60 for i in range(30))
        await send_reply(bot.telegram.application.bot, user.id, Reply(text))
    sent = tg.calls_to("sendMessage")
    assert len(sent) >= 3
    assert all(len(c.params["_result"]["text"]) <= 4096 for c in sent)
    assert all(
        c.params["_result"]["html"].count("<b>") == c.params["_result"]["html"].count("</b>")
        for c in sent
    )


async def test_bad_input_gets_polite_answers_and_no_errors(tmp_path, tg, caplog):
    user = tg.user("Bad", language_code="en")
    async with running_bot(tmp_path, tg):
        await user.send("/nonsense")
        assert "don't know this command" in (await user.wait_message())["text"]
        await user.send_sticker()
        assert "only read text" in (await user.wait_message())["text"]
        await user.send("x" * 4000)
        await user.wait_message()
        await user.send("/start")
        start = await user.wait_message()
        await user.press_data("topic:../../etc", start)
        assert "no longer active" in (await user.wait_message())["text"]
        await user.press_data("language:xx", start)
        assert "no longer active" in (await user.wait_message())["text"]
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]


async def test_first_get_updates_starts_polling(tmp_path, tg):
    async with running_bot(tmp_path, tg):
        await tg.wait_until(lambda: bool(tg.get_updates_at))
    assert tg.calls_to("getMe")


async def test_a_question_typed_right_after_start_up_is_answered(tmp_path, tg):
    user = tg.user("Early", language_code="ru")
    async with running_bot(tmp_path, tg):
        await user.send("kak zameldovatsya")
        answer = await user.wait_message(timeout=20)
    assert "meldunek" in answer["text"].lower() or "мельдун" in answer["text"].lower()


async def test_a_wrong_token_is_explained_in_one_line(tmp_path, tg):
    import asyncio
    import os
    import sys

    from tests.conftest import ROOT, write_config

    config = write_config(tmp_path, telegram__base_url=tg.base_url)
    search_files_as_a_former_start_left_them(config)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        "--config",
        str(config),
        env={**os.environ, "TELEGRAM_BOT_TOKEN": "999:not-the-token"},
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await asyncio.wait_for(process.communicate(), 60)
    text = err.decode()
    assert process.returncode == 2
    assert "Telegram refused the bot token" in text
    assert "not-the-token" not in text and "Traceback" not in text


def search_files_as_a_former_start_left_them(config: Path) -> None:
    """The search's files beside the database (the index, the analysed words, every topic's
    parts), as a former start wrote them: `run` reads them, and no child process of a first
    start builds them while the bot refuses to go on (what this test is not about, and what the
    bot waits for before it exits: ~10 s of a loaded machine)."""
    from bot import search
    from bot.app import load_offices
    from bot.search import indexcache, wordcache

    settings, kbs = load_offices(config)
    folder = settings.storage_path.parent
    searchers = search.build_all(kbs)  # this process's (the content's, built once)
    analyzer = search.shared_analyzer()
    for kb, searcher in ((kbs[key], searcher) for key, searcher in searchers.items()):
        path = folder / indexcache.filename(search.fingerprint(kb))
        indexcache.save(path, searcher, analyzer, searcher.parts.kb, indexcache.version())
        for topic in kb.topic_ids:
            searcher.parts.prepare(topic)
        search.CacheFiles(folder=folder).save(searcher)
    wordcache.save(folder / wordcache.FILENAME, analyzer.words)
