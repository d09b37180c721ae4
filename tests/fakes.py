"""Test doubles for the application core: the core over a fresh SQLite file with a fake clock, and a
delivery that records what the ticker sends."""

from __future__ import annotations

from pathlib import Path

from bot.config import Settings
from bot.core.app import BackCare
from bot.core.build import build_core
from bot.core.clock import FakeClock
from bot.core.outcome import Send
from bot.core.ticker import DeliveryFailed
from bot.dialogue import Dialogue


class Recorder:
    """A Delivery that keeps every scheduled message; ``refuse`` makes the next sends fail."""

    def __init__(self) -> None:
        self.sent: list[tuple[int, Send]] = []
        self.refuse = 0
        self.permanent = False

    async def deliver(self, chat_id: int, message: Send) -> None:
        """Record ``message``, or fail while ``refuse`` lasts."""
        if self.refuse:
            self.refuse -= 1
            raise DeliveryFailed("refused by the test", permanent=self.permanent)
        self.sent.append((chat_id, message))

    @property
    def texts(self) -> list[str]:
        """Return the text of every message sent, in order."""
        return [m.text for _, m in self.sent]


async def make_core(tmp_path: Path, dialogue: Dialogue, clock: FakeClock, *, name: str = "core.db",
                    time_scale: float = 1.0, terminal: bool = False,
                    admin_ids: frozenset[int] = frozenset()) -> BackCare:
    """Return the core over the SQLite file ``tmp_path / name`` (opening it again continues where it was)."""
    settings = Settings(db_path=tmp_path / name, time_scale=time_scale, admin_ids=admin_ids)
    return await build_core(settings, dialogue, clock=clock, terminal=terminal)
