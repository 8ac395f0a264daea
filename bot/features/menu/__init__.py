"""Start, language, the main menu, categories and topic answers, help and cancel; the answers
of last resort (expired buttons, unreadable messages, errors)."""

from __future__ import annotations

from bot.core.flows import Fallbacks, Feature
from bot.features.menu import handlers
from bot.features.menu.handlers import AGAIN, HINT, topic_at
from bot.features.menu.handlers import start as welcome
from bot.features.menu.replies import (
    appointments_ahead,
    book_button,
    book_text,
    language_choice,
    main_menu,
    nav_row,
    sources_note,
    specialists_instead,
    t_book,
    topic_reply,
)

FEATURE = Feature(
    "menu",
    commands={
        "start": handlers.start,
        "help": handlers.help_,
        "language": handlers.choose_language,
        "topics": handlers.topics,
        "menu": handlers.topics,
        "cancel": handlers.cancel,
    },
    # /start asks itself; /cancel is meant to leave; /help and /language answer on top of it
    keeps_form=frozenset({"start", "help", "language", "cancel"}),
    buttons={
        "menu": handlers.on_menu,
        "start": handlers.on_start,
        "language": handlers.on_language,
        "category": handlers.on_category,
        "topic": handlers.on_topic,
        "ask": handlers.ask,
        "form": handlers.on_form_open,
    },
    # «English please» in a form: the language, the form kept; /start's question waiting: it
    gate=handlers.gate,
    fallbacks=Fallbacks(
        expired=handlers.expired,
        unsupported=handlers.unsupported,
        unknown_command=handlers.unknown_command,
        staff_only=handlers.staff_only,
        form_open=handlers.form_open,
        error=handlers.error,
    ),
)

__all__ = [
    "AGAIN",
    "FEATURE",
    "HINT",
    "appointments_ahead",
    "book_button",
    "book_text",
    "language_choice",
    "main_menu",
    "nav_row",
    "specialists_instead",
    "sources_note",
    "t_book",
    "topic_at",
    "topic_reply",
    "welcome",
]
