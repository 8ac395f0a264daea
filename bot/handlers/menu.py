"""Start, language, main menu, categories and topic answers, help, cancel, and the fallbacks."""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Router, Services, Turn
from bot.core.messages import Button, Expired, Reply

LANGUAGE_NAMES = {"uk": "🇺🇦 Українська", "ru": "Русский", "en": "🇬🇧 English", "pl": "🇵🇱 Polski"}
MAX_RELATED = 4


def main_menu(turn: Turn, text: str | None = None, *, replace: bool = False) -> Reply:
    language = turn.services.kb.language(turn.lang)
    categories = [Button(c.title, f"cat:{c.id}") for c in language.categories if c.topics]
    rows = [categories[i : i + 2] for i in range(0, len(categories), 2)]
    rows += [
        [Button(turn.t("btn_ask"), "ask")],
        [Button(turn.t("btn_callback"), "cb"), Button(turn.t("btn_book"), "bk")],
        [Button(turn.t("btn_hours"), "hours"), Button(turn.t("btn_language"), "lang")],
    ]
    return Reply(text or turn.t("main_menu"), rows, replace=replace)


def nav_row(turn: Turn, back: str | None) -> list[Button]:
    row = [Button(turn.t("btn_back"), back)] if back else []
    return row + [Button(turn.t("btn_main_menu"), "menu")]


def language_choice(turn: Turn, text: str) -> Reply:
    codes = turn.settings.languages
    buttons = [Button(LANGUAGE_NAMES[c], f"lang:{c}") for c in codes]
    return Reply(text, [buttons[i : i + 2] for i in range(0, len(buttons), 2)])


async def start(turn: Turn) -> list[Reply]:
    turn.session.end_flow()
    return [
        language_choice(
            turn, turn.t("welcome", org=markup.literal(turn.settings.organisation.name))
        ),
    ]


async def choose_language(turn: Turn) -> list[Reply]:
    return [language_choice(turn, turn.t("choose_language"))]


async def on_language(turn: Turn, args: list[str]) -> list[Reply]:
    if not args:
        return await choose_language(turn)
    code = args[0]
    if code not in turn.settings.languages:
        raise Expired(code)
    turn.session.language = code
    turn.session.language_chosen = True
    return [main_menu(turn, turn.t("language_set"))]


async def on_menu(turn: Turn, args: list[str]) -> list[Reply]:
    turn.session.end_flow()
    return [main_menu(turn, replace=True)]


async def topics(turn: Turn) -> list[Reply]:
    turn.session.end_flow()
    return [main_menu(turn, turn.t("choose_category"))]


async def on_category(turn: Turn, args: list[str]) -> list[Reply]:
    language = turn.services.kb.language(turn.lang)
    category = language.category(args[0]) if args else None
    if category is None:
        raise Expired(":".join(args))
    rows = [[Button(language.topics[t].title, f"t:{t}")] for t in category.topics]
    rows.append(nav_row(turn, None))
    return [
        Reply(turn.t("choose_topic", category=markup.literal(category.title)), rows, replace=True)
    ]


def topic_reply(turn: Turn, topic_id: str, extra_rows: list[list[Button]] | None = None) -> Reply:
    topic = turn.services.kb.topic(turn.lang, topic_id)
    if topic is None:
        raise Expired(topic_id)
    sources = "\n".join(f"• [{markup.literal(s.title)}]({s.url})" for s in topic.sources)
    checked = turn.services.t.date(turn.lang, topic.checked, "long")
    text = (
        f"**{markup.literal(topic.title)}**\n\n{topic.answer}\n\n"
        f"{turn.t('sources')}\n{sources}\n{turn.t('checked_on', date=checked)}"
    )
    language = turn.services.kb.language(turn.lang)
    rows = list(extra_rows or [])
    rows += [
        [Button(language.topics[r].title, f"t:{r}")]
        for r in topic.related[:MAX_RELATED]
        if r in language.topics
    ]
    rows.append(nav_row(turn, f"cat:{topic.category}"))
    return Reply(text, rows)


async def on_topic(turn: Turn, args: list[str]) -> list[Reply]:
    if not args:
        raise Expired("t")
    turn.session.data["_last_topic"] = args[0]
    return [topic_reply(turn, args[0])]


async def help_(turn: Turn) -> list[Reply]:
    return [main_menu(turn, turn.t("help"))]


async def cancel(turn: Turn) -> list[Reply]:
    was_in_flow = turn.session.flow is not None
    turn.session.end_flow()
    return [main_menu(turn, turn.t("cancelled" if was_in_flow else "nothing_to_cancel"))]


async def ask(turn: Turn, args: list[str]) -> list[Reply]:
    turn.session.end_flow()
    return [Reply(turn.t("ask_prompt"), [nav_row(turn, None)])]


async def expired(turn: Turn) -> list[Reply]:
    return [main_menu(turn, turn.t("button_expired"))]


async def unsupported(turn: Turn) -> list[Reply]:
    return [main_menu(turn, turn.t("unsupported_message"))]


async def unknown_command(turn: Turn) -> list[Reply]:
    return [main_menu(turn, turn.t("unknown_command"))]


async def staff_only(turn: Turn) -> list[Reply]:
    return [main_menu(turn, turn.t("staff_only"))]


async def text_without_search(turn: Turn) -> list[Reply]:
    return [main_menu(turn, turn.t("no_search"))]


def error(lang: str, services: Services) -> list[Reply]:
    return [Reply(services.t(lang, "error"), [[Button(services.t(lang, "btn_main_menu"), "menu")]])]


def register(router: Router) -> None:
    router.commands.update(
        {
            "start": start,
            "help": help_,
            "language": choose_language,
            "topics": topics,
            "cancel": cancel,
            "menu": topics,
        }
    )
    router.payloads.update(
        {"lang": on_language, "menu": on_menu, "cat": on_category, "t": on_topic, "ask": ask}
    )
    router.expired = expired
    router.unsupported = unsupported
    router.unknown_command = unknown_command
    router.staff_only = staff_only
    router.text = text_without_search
    router.error = error
