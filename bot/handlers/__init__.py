"""Flows, one module each. `build_router` wires them; order matters only for fallbacks."""

from __future__ import annotations

from bot.dispatch import Router
from bot.handlers import hours, menu, personal, placeholders, questions


def build_router() -> Router:
    router = Router()
    menu.register(router)
    hours.register(router)
    questions.register(router)
    personal.register(router)
    placeholders.register(router)  # last: only fills what no flow registered
    return router
