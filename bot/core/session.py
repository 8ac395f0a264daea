"""The session of one person on one channel: language, flow, step and draft, kept in SQLite."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Session:
    channel: str
    user_id: str
    chat_id: str
    language: str | None = None
    language_chosen: bool = False
    flow: str | None = None
    step: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    updated_at: dt.datetime | None = None
    erase: bool = False  # set by /forget: the core deletes the row instead of saving it

    def start_flow(self, flow: str, step: str, **data: Any) -> None:
        self.flow, self.step = flow, step
        self.data = {k: v for k, v in self.data.items() if k.startswith("_")}
        self.data.update(data)

    def end_flow(self) -> None:
        self.flow = self.step = None
        self.data = {k: v for k, v in self.data.items() if k.startswith("_")}
