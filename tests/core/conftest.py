"""The application core on a real SQLite file with a fake clock: no network, no sleeps."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.core.actor import Actor
from bot.core.app import BackCare
from bot.core.clock import FakeClock
from bot.core.deps import CoreSettings, Deps
from bot.core.outcome import Button, Outcome, Send
from bot.core.ticker import Ticker
from bot.dialogue import Dialogue
from bot.storage.sqlite import SqliteStore

ALICE = Actor(101, 101)
BOB = Actor(202, 202)
GROUP_ALICE = Actor(101, -900, private=False)
GROUP_BOB = Actor(202, -900, private=False)


@dataclass
class RecordingDelivery:
    """Records scheduled messages; ``fail`` makes the next sends raise the given exception."""

    sent: list[tuple[int, Send]] = field(default_factory=list)
    fail: list[Exception] = field(default_factory=list)
    after_send: list[Exception] = field(default_factory=list)

    async def deliver(self, chat_id: int, message: Send) -> None:
        if self.fail:
            raise self.fail.pop(0)
        self.sent.append((chat_id, message))
        if self.after_send:
            raise self.after_send.pop(0)

    def texts(self, chat_id: int | None = None) -> list[str]:
        return [m.text for c, m in self.sent if chat_id is None or c == chat_id]


@dataclass
class World:
    """A core, its ticker, the clock and what was delivered."""

    core: BackCare
    ticker: Ticker
    clock: FakeClock
    delivery: RecordingDelivery
    store: SqliteStore

    async def run_for(self, seconds: float, step: float = 1.0) -> None:
        """Move the clock forward in steps, ticking at each."""
        end = self.clock.now + seconds
        while self.clock.now < end:
            self.clock.advance(min(step, end - self.clock.now))
            await self.ticker.tick()


def button(outcome: Outcome | Send, label_part: str) -> Button:
    """Return the first button whose label contains ``label_part``."""
    effects = [outcome] if isinstance(outcome, Send) else outcome.effects
    for effect in reversed(effects):
        for row in getattr(effect, "buttons", None) or ():
            for b in row:
                if label_part in b.label:
                    return b
    raise AssertionError(f"no button {label_part!r} in {effects}")


async def tap(world: World, actor: Actor, b: Button) -> Outcome:
    return await world.core.press(actor, b.action, b.args, owner=b.owner)


@pytest.fixture
async def world(tmp_path: Path, dialogue: Dialogue, new_sqlite: Callable[[Path], Path]) -> AsyncIterator[World]:
    store = SqliteStore(new_sqlite(tmp_path / "core.db"))
    clock = FakeClock()
    deps = Deps(store, dialogue, clock, CoreSettings(time_scale=1.0, admin_ids=frozenset({999})))
    delivery = RecordingDelivery()
    core = BackCare(deps)
    ticker = Ticker(deps, delivery, worker="test")
    try:
        yield World(core, ticker, clock, delivery, store)
    finally:
        await store.close()
