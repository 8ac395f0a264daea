"""Under a record's card shown in a network's coordinators' chat: «👀 only to look at here»,
and the office whose chat acts on it. Kept when the card is edited (`Turn.edit_card`)."""

from __future__ import annotations

from dataclasses import replace

from bot.core import markup
from bot.core.messages import Reply
from bot.core.services import Services
from bot.settings.model import Office


def note(services: Services, office: Office, lang: str | None = None) -> str:
    """The line, in `lang` (else the office's staff language, the card's own)."""
    lang = lang or office.staff_language
    return services.t(lang, "staff_look_only_note", office=markup.literal(office.label(lang)))


def only(services: Services, office: Office, card: Reply) -> Reply:
    """The card as the coordinators' chat shows it: without buttons, the line under it."""
    return replace(card, text=f"{card.text}\n\n{note(services, office)}", buttons=[])
