"""/mydata and /forget: what the bot keeps about a person, from every feature's PrivacySection;
and the channel account a person has with the bot (Viber's subscription record)."""

from __future__ import annotations

from bot.core.flows import Feature, PrivacySection
from bot.features.privacy import handlers, viber

FEATURE = Feature(
    "privacy",
    commands={"mydata": handlers.mydata, "forget": handlers.ask},
    buttons={"privacy": {"ask": handlers.ask, "forget": handlers.forget}},
    privacy=PrivacySection("viber", viber.show, viber.forget),
)

__all__ = ["FEATURE"]
