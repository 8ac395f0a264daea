"""A network's offices: each person is served by their own (chosen from a list, by the nearest
to a shared location, or by a link: t.me/<bot>?start=<office>, Viber's context=<office>).

Until a person of a network has an office, what they send is held back and the list shown (in
the language they write: first_words.py; their city typed, in any case, chooses: names.py); the
choice then answers it. Changing office inside a form is handled like a language change: the
form's current question is asked again, nothing typed so far is lost. Once chosen, another
office's name typed alone («Sopot») is offered as a switch (switch.py).
"""

from __future__ import annotations

from bot.core.flows import Feature, PrivacySection
from bot.features.office.cities import prepare, without_names  # (first: questions imports)
from bot.features.office.moved import unmoved
from bot.features.office.names import supported

# isort: split
from bot.features.office import handlers, switch
from bot.features.office.handlers import ASKED_OFFICE

FEATURE = Feature(
    "office",
    commands={"office": handlers.choose},
    keeps_form=frozenset({"office"}),  # a change of office in a form: as a language change
    buttons={"office": handlers.on_office},
    gate=handlers.gate,
    text=switch.offer,
    location=handlers.on_location,
    privacy=PrivacySection("office", handlers.show_mine, handlers.forget_mine),
    prepare=(prepare,),  # the towns (cities.yaml): every office reads a person's own town
)

__all__ = ["ASKED_OFFICE", "FEATURE", "supported", "unmoved", "without_names"]
