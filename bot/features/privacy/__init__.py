"""/mydata and /forget: what the bot keeps about a person, from every feature's PrivacySection;
and the channel account a person has with the bot (Viber's subscription record)."""

from __future__ import annotations

from bot.core.flows import Feature, Job, PrivacySection
from bot.features.privacy import erase, handlers, viber

FEATURE = Feature(
    "privacy",
    commands={"mydata": handlers.mydata, "forget": handlers.ask},
    keeps_form=frozenset({"mydata", "forget"}),  # (/forget asks itself, then erases the form too)
    buttons={"privacy": {"ask": handlers.ask, "forget": handlers.forget}},
    privacy=PrivacySection("viber", viber.show, viber.forget),
    jobs=(Job("retention: messages, questions, sessions", 3600, erase.upkeep, erases=True),),
)

__all__ = ["FEATURE"]
