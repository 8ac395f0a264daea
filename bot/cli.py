"""Command line: infopoint run | chat | check | ask (also `python -m bot`)."""

from __future__ import annotations

import sys

from bot import docstrings

if sys.argv[1:2] == ["run"]:  # `infopoint run`: the finder before the imports below (asyncio,
    docstrings.drop()  # and through bot.settings phonenumbers, YAML …: ~0.5 MB; change 79)

# ruff: noqa: E402 - the imports after the finder
import argparse
import asyncio
import gc
import logging
import os
from pathlib import Path

import yaml

from bot.settings import config, startup, stored, strays
from bot.settings.counted import counted
from bot.settings.model import LANGUAGES, Settings
from bot.settings.yamldoc import InvalidFile, Problem

EXIT_INVALID = 2


CHAT_EPILOG = """\
in the chat:
  1, 2 …              press the button [1], [2] … (where a number is the answer: #1)
  /command, text      a command, or a message to the bot
  /as staff [office]  write in the staff chat (a network: your office's, or another's by id)
  /as coordinator     write in a network's coordinators' chat
  s1, s2 …            as staff: press a staff message's button [s1], [s2] …
  /reply N text       as staff: reply to staff chat message no. N (to a request's card:
                      the text reaches the person)
  /as person          write as the person again
  /quit               end the chat
example: ask for a callback, then /as staff, s1 (take it), /reply 1 Hello, /as person
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="infopoint", description="Chatbot information point for foreigners in Poland."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    default_config = os.environ.get("INFOPOINT_CONFIG", "config.yaml")

    def with_config(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--config", default=default_config, type=Path, help="path to config.yaml")
        return p

    with_config(sub.add_parser("run", help="run the bot (Telegram long polling, or webhooks)"))
    chat = with_config(
        sub.add_parser(
            "chat",
            help="talk to the bot in this terminal, offline",
            description="Talk to the bot in this terminal, offline: you are the person.",
            epilog=CHAT_EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
    )
    chat.add_argument("--lang", choices=LANGUAGES, help="language to start in")
    with_config(sub.add_parser("check", help="validate config.yaml and the content files"))
    ask = with_config(sub.add_parser("ask", help="answer questions from the knowledge base"))
    ask.add_argument("--lang", choices=LANGUAGES, help="language of the answer")
    ask.add_argument(
        "--office",
        metavar="ID",
        help="answer as this office of a network (default: default_office)",
    )
    ask.add_argument("--json", action="store_true", help="one JSON line per question")
    ask.add_argument("question", nargs="*", help="the question; none: read lines from stdin")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "check":
            return _check(args.config)
        if args.command == "chat":
            logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
            if sys.stderr.isatty():  # a person at a terminal: something at once, not a blank wait
                print("infopoint: starting the terminal chat…", file=sys.stderr, flush=True)
            return asyncio.run(_chat(args.config, args.lang))
        if args.command == "ask":
            from bot import ask

            return ask.main(args)
        if args.command == "run":
            logging.basicConfig(
                level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
            )
            # httpx logs every request URL, and Telegram's URLs contain the bot token.
            logging.getLogger("httpx").setLevel(logging.WARNING)
            # no garbage collections while the bot starts: the imports and what a start reads
            # make few cycles, and the collector's passes over them were a fifth of the start's
            # CPU; on again once the search is loaded (runner._collector_on)
            gc.disable()
            from bot.lazy_imports import telegram_without_httpx

            docstrings.drop()  # the bot's and PTB's, never read (~2 MB; done already for `run`)
            with telegram_without_httpx():  # PTB's default request class, which it never uses
                from bot import runner

            return runner.main(args.config)
    except InvalidFile as exc:
        _print_problems(exc.problems)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130
    return 0  # pragma: no cover


def _print_problems(problems: list[Problem]) -> None:
    """By file (in the order first named), then by line: a file read top to bottom."""
    files = {p.file: i for i, p in reversed(list(enumerate(problems)))}
    problems = sorted(problems, key=lambda p: (files[p.file], p.line or 0))
    errors = [p for p in problems if not p.warning]
    for problem in problems:
        print(problem, file=sys.stderr)
    if errors:
        print(
            f"{counted(len(errors), 'error')} found: fix them and run `infopoint check` again.",
            file=sys.stderr,
        )


def _check(config_path: Path) -> int:
    from bot.app import load_offices

    settings, kbs = load_offices(config_path, holidays=True)
    kb = kbs[settings.default_office]
    unique: dict[tuple[object, ...], Problem] = {}
    for found in [*settings.warnings, *(w for k in kbs.values() for w in k.warnings)]:
        unique.setdefault((found.file, found.line, found.key, found.message), found)
    warnings = [*unique.values(), *strays.found(settings)]
    held = stored.problems(settings, config_path)  # the database's records the config lost
    held += [p for p in [startup.no_staff_chat(settings)] if p is not None]
    _print_problems([*warnings, *held])
    if any(not problem.warning for problem in held):
        return EXIT_INVALID
    warnings += held
    topics = len(kb.topic_ids)
    print(
        f"OK: {config_path} and {len(kb.languages)} content files "
        f"({topics} topics in {', '.join(kb.languages)}); {counted(len(warnings), 'warning')}."
    )
    if settings.network:
        own = ", ".join(f"{o}: {len(k.own)}" for o, k in kbs.items())
        print(f"OK: {len(kbs)} offices; topics of their own or answered their own way: {own}.")
        print("Links that choose an office: t.me/<bot>?start=<office>, Viber context=<office>.")
    from bot import search
    from bot.core import roughly

    try:
        data = search.load_data()
        roughly.prepare()  # the bot's own word lists: a time typed roughly (when_words.yaml)
    except (ValueError, yaml.YAMLError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    off_topic = sum(len(messages) for messages in data["off_topic"].values())
    print(f"OK: search data (bot/search/data.yaml, {off_topic} off-topic messages).")
    if _environment(settings):
        return EXIT_INVALID  # the staff chat is tried with a token set right
    token = config.telegram_token()
    if not token:
        if not settings.telegram_enabled:  # else named with what `run` needs
            print(f"note: {UNCHECKED}: TELEGRAM_BOT_TOKEN is not set ({AGAIN}).")
    elif not settings.telegram_enabled:
        print(f"note: {UNCHECKED}: Telegram is off (telegram: enabled: false).")
    else:
        from bot.channels.telegram.staff import check_staff_chats

        refused = asyncio.run(check_staff_chats(settings, token))
        for problem in refused:
            print(f"error: {problem}", file=sys.stderr)
        if refused:
            return EXIT_INVALID
        print("OK: the bot can post in the staff chat.")
    return 0


UNCHECKED = "the staff chat was not checked"
AGAIN = "set it and run `infopoint check` again to check that the bot can post there"


def _environment(settings: Settings) -> bool:
    """What `infopoint run` needs from the environment, from the list it refuses to start
    with: a variable not set is a note (check often runs without the service's environment
    file), one set wrongly an error. True: an error."""
    needed = startup.needed(settings)
    for problem in needed:
        if not problem.unset:
            print(f"error: {problem.message}.", file=sys.stderr)
        elif problem.variable == "TELEGRAM_BOT_TOKEN":
            print(f"note: {problem.message}; {UNCHECKED} ({AGAIN}).")
        else:
            print(f"note: {problem.message}.")
    return any(not problem.unset for problem in needed)


async def _chat(config_path: Path, lang: str | None) -> int:
    from bot.app import Channels, build
    from bot.channels.console import chat

    settings = config.load(config_path)
    # its own, beside the bot's, one per config (a network's people and bookings are not the
    # single office's): data/infopoint.sqlite3 -> data/infopoint-console.sqlite3
    stored = settings.storage_path
    console_db = stored.with_name(f"{stored.stem}-console.sqlite3")
    # the index built in a thread: the intro and the menu at once, a question typed before it
    # is ready waits for it (a first start's index takes ~10 s on a small machine)
    app = await build(
        config_path,
        storage_path=console_db,
        channels=Channels(console=sys.stdout),
        search="background",
    )
    try:
        return await chat(app.core, app.worker, lang)
    finally:
        await app.close()


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
