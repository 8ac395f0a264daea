"""Every feature's commands, buttons, flows and staff side in lookup tables, checked once at start.

Built by the composition root (bot.app) from bot.features.registry; the dispatcher reads it.
Two features claiming the same command or button word is a programming error caught here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from bot.core.flows import (
    Buttons,
    Fallbacks,
    Feature,
    Flow,
    Gate,
    Handler,
    Job,
    PrivacySection,
    TextStep,
)
from bot.core.listings import AgendaSection, MineSection
from bot.core.threads import ThreadKind

V = TypeVar("V")


class RegistryError(Exception):
    pass


@dataclass
class Registry:
    features: tuple[Feature, ...]
    commands: dict[str, Handler | Flow] = field(default_factory=dict)
    buttons: dict[str, Buttons | Flow] = field(default_factory=dict)
    flows: dict[str, Flow] = field(default_factory=dict)
    text: tuple[TextStep, ...] = ()
    staff_commands: dict[str, Handler] = field(default_factory=dict)
    coordinator_commands: frozenset[str] = frozenset()  # Feature.coordinator_commands
    keeps_form: frozenset[str] = frozenset()  # Feature.keeps_form
    staff_buttons: dict[str, Mapping[str, Handler]] = field(default_factory=dict)
    staff_replies: tuple[Handler, ...] = ()
    gates: tuple[Gate, ...] = ()
    claims: tuple[Callable[[str], bool], ...] = ()  # Feature.claims
    mine: tuple[MineSection, ...] = ()  # in feature order
    agenda: tuple[AgendaSection, ...] = ()  # in feature order
    location: Handler | None = None
    searched: Callable[[str], str] | None = None  # Feature.searched: the early search's query
    privacy: tuple[PrivacySection, ...] = ()
    jobs: tuple[Job, ...] = ()
    prepare: tuple[Callable[[], object], ...] = ()  # every feature's (Feature.prepare)
    fallbacks: Fallbacks | None = None
    threads: tuple[ThreadKind, ...] = ()  # in feature order

    @classmethod
    def build(cls, features: Sequence[Feature], text_order: Sequence[str]) -> Registry:
        """`text_order`: the features whose `text` step sees typed text, first to last."""
        registry = cls(tuple(features))
        by_name = {f.name: f for f in features}
        for feature in features:
            registry._add(feature)
        steps = []
        for name in text_order:
            step = by_name[name].text if name in by_name else None
            if step is None:
                raise RegistryError(f"text_order names {name!r}, which has no text step")
            steps.append(step)
        missing = [f.name for f in features if f.text is not None and f.name not in text_order]
        if missing:
            raise RegistryError(f"features with a text step missing from text_order: {missing}")
        registry.text = tuple(steps)
        if registry.fallbacks is None:
            raise RegistryError("no feature provides the fallbacks")
        return registry

    def _add(self, feature: Feature) -> None:
        for name, target in feature.commands.items():
            self._claim(self.commands, name, target, f"command /{name}")
        for flow in feature.flows:
            self._claim(self.flows, flow.name, flow, f"flow {flow.name}")
            self._claim(self.buttons, flow.name, flow, f"button word {flow.name!r}")
            for step_name in flow.steps:
                if ":" in step_name:
                    raise RegistryError(f"flow {flow.name}: step {step_name!r} has a ':'")
        for name, buttons in feature.buttons.items():
            self._claim(self.buttons, name, buttons, f"button word {name!r}")
        for name, handler in feature.staff_commands.items():
            self._claim(self.staff_commands, name, handler, f"staff command /{name}")
        self.coordinator_commands |= feature.coordinator_commands
        self.keeps_form |= feature.keeps_form
        for name, actions in feature.staff_buttons.items():
            self._claim(self.staff_buttons, name, actions, f"staff button word {name!r}")
        if feature.staff_reply is not None:
            self.staff_replies += (feature.staff_reply,)
        if feature.gate is not None:
            self.gates += (feature.gate,)
        if feature.claims is not None:
            self.claims += (feature.claims,)
        if feature.mine is not None:
            self.mine += (feature.mine,)
        if feature.agenda is not None:
            self.agenda += (feature.agenda,)
        if feature.location is not None:
            if self.location is not None:
                raise RegistryError(f"{feature.name}: a second feature handles locations")
            self.location = feature.location
        if feature.searched is not None:
            if self.searched is not None:
                raise RegistryError(f"{feature.name}: a second feature says what is searched")
            self.searched = feature.searched
        if feature.privacy is not None:
            self.privacy += (feature.privacy,)
        self.jobs += feature.jobs
        self.prepare += feature.prepare
        for kind in feature.threads:
            if any(k.name == kind.name for k in self.threads):
                raise RegistryError(f"thread kind {kind.name!r} is registered twice")
            self.threads += (kind,)
        if feature.fallbacks is not None:
            if self.fallbacks is not None:
                raise RegistryError(f"{feature.name}: a second feature provides fallbacks")
            self.fallbacks = feature.fallbacks

    @staticmethod
    def _claim(table: dict[str, V], key: str, value: V, what: str) -> None:
        if key in table:
            raise RegistryError(f"{what} is registered twice")
        table[key] = value
