"""The ticker under slow sends and other workers: no head-of-line blocking, no stale confirmations."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import pytest

import bot.core.ticker as ticker_module
from bot.core.actor import Actor
from bot.core.outcome import Send
from bot.core.ticker import RESENT, Ticker
from tests.core.conftest import ALICE, BOB, World, button, tap


@dataclass
class SlowForOne:
    """Holds every send to ``slow_chat`` until ``release`` is set; others go at once."""

    slow_chat: int
    release: asyncio.Event = field(default_factory=asyncio.Event)
    sent: list[tuple[int, str]] = field(default_factory=list)

    async def deliver(self, chat_id: int, message: Send) -> None:
        if chat_id == self.slow_chat:
            await self.release.wait()
        self.sent.append((chat_id, message.text))


@pytest.fixture
def short_wait_for_sends(monkeypatch: pytest.MonkeyPatch) -> None:
    """A tick waits 0.05 s, not a second, for its sends before it leaves a stuck one to go on in the background."""
    monkeypatch.setattr(ticker_module, "MAX_SLEEP_SECONDS", 0.05)


async def begin(world: World, actor: Actor) -> None:
    picker = await world.core.routines.menu(actor)
    check = await tap(world, actor, button(picker, "Quick"))
    await tap(world, actor, button(check, "No, none"))


@pytest.mark.usefixtures("short_wait_for_sends")
async def test_one_slow_send_does_not_hold_up_other_chats(world: World) -> None:
    slow = SlowForOne(ALICE.chat_id)
    ticker = Ticker(world.core.deps, slow, worker="w1")
    await begin(world, ALICE)
    await begin(world, BOB)
    await ticker.tick()  # Alice's first step is stuck on its way; Bob's goes
    world.clock.advance(95)
    await ticker.tick()
    bob = [t.split(" —")[0] for c, t in slow.sent if c == BOB.chat_id]
    assert bob == ["Step 1/3", "Step 2/3"]
    slow.release.set()
    await ticker.drain()
    assert [t.split(" —")[0] for c, t in slow.sent if c == ALICE.chat_id] == ["Step 1/3"]


@pytest.mark.usefixtures("short_wait_for_sends")
async def test_a_late_confirmation_leaves_a_claim_taken_over_by_another_worker_alone(world: World) -> None:
    slow = SlowForOne(ALICE.chat_id)
    stalled = Ticker(world.core.deps, slow, worker="stalled", lease=5)
    await begin(world, ALICE)
    await stalled.tick()  # step 1 is on its way from the stalled worker, which stops renewing
    world.clock.advance(30)  # its lease runs out
    await world.ticker.tick()  # another worker takes the step over and sends it, marked
    assert world.delivery.texts()[0].startswith(RESENT)
    slow.release.set()
    await stalled.drain()  # the stalled worker's send completes late: it must not record anything
    state = await world.store.sessions.active(ALICE.chat_id)
    assert state is not None and state.step == 1 and not state.claim.in_flight
    world.clock.advance(95)
    await world.ticker.tick()
    assert [t.split(" —")[0] for t in world.delivery.texts()][1:] == ["Step 2/3"]



async def test_a_step_claimed_just_before_a_stop_is_not_sent(world: World) -> None:
    from bot.core.ticker import Ticker as _Ticker

    class StopsFirst:
        """Stops the routine between the claim and the send, as a typed red flag would."""

        def __init__(self) -> None:
            self.sent: list[str] = []

        async def deliver(self, chat_id: int, message: Send) -> None:
            self.sent.append(message.text)

    await begin(world, ALICE)
    ticker = _Ticker(world.core.deps, StopsFirst(), worker="w")
    claimed = await world.store.sessions.claim_due(world.clock(), owner="w", lease=5, limit=5)
    await world.core.message(ALICE, "stop")
    await ticker._session(claimed[0])
    assert ticker.delivery.sent == []  # type: ignore[attr-defined]
