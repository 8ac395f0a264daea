"""Under a record's card shown in a network's coordinators' chat: «👀 only to look at here»,
and the office whose chat acts on it. Kept when the card is edited (`Turn.edit_card`). A
record of an office the config no longer has names it so (gone.py: «an information point no
longer in the settings»), never by its id, whatever feature's card it is under."""

from __future__ import annotations

from dataclasses import replace

from bot.core import gone, markup
from bot.core.messages import Reply
from bot.core.services import Services
from bot.settings.model import Office


def note(services: Services, office: Office | str, lang: str | None = None) -> str:
    """The line, in `lang` (else the office's staff language, the card's own; an office gone
    from the config: the default office's), for the office or a record's office id."""
    if isinstance(office, str):  # a record's office: perhaps one the config no longer has
        its = services.settings.office(office)
        lang = lang or its.staff_language
        label = gone.office_label(services, office, lang)
    else:
        lang = lang or office.staff_language
        label = office.label(lang)
    return services.t(lang, "staff_look_only_note", office=markup.literal(label))


def only(services: Services, office: Office | str, card: Reply) -> Reply:
    """The card as the coordinators' chat shows it: without buttons, the line under it."""
    return replace(card, text=f"{card.text}\n\n{note(services, office)}", buttons=[])
