"""The office's catalogue of services (config `services:`): /services and the menu's "Services"
list them by kind; each opens its kind's flow. Typed questions that name a service ("I need a
lawyer", "kurs polskiego dla dziecka") get the service offered under the answer.

The kinds are features of their own, reached by button words (KIND_FLOWS): appointments with a
specialist (bot.features.appointments), courses and events (bot.features.courses), help requests
staff handle (bot.features.assist). A kind whose feature does not run is not listed.
"""

from __future__ import annotations

from bot.core.flows import Feature
from bot.features.services import listing, offer
from bot.features.services.listing import matching

FEATURE = Feature(
    "services",
    commands={"services": listing.show_all},
    buttons={"services": listing.show_all, "service": listing.show_one},
    text=offer.offer_under_answer,
)

__all__ = ["FEATURE", "matching"]
