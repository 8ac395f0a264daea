"""Flows, one module each. `build_router` wires them; order matters only for fallbacks."""

from __future__ import annotations

from bot.core.dispatch import Router
from bot.handlers import (
    booking,
    callback,
    callback_staff,
    callback_thread,
    hours,
    menu,
    personal,
    privacy,
    questions,
)


def build_router() -> Router:
    router = Router()
    menu.register(router)
    hours.register(router)
    questions.register(router)
    personal.register(router)
    callback.register(router)
    callback_staff.register(router)
    privacy.register(router)
    booking.register(router)
    # After every router.text is set: a person's written thread with staff, and danger words,
    # come before the free-text answer.
    callback_thread.wrap_text(router)
    return router
