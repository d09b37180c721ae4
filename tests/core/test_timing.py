"""When steps fall due: each at its time, pause and resume, skip, the time scale, late steps, a restart
over the same database, and a routine no longer loaded."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bot.core.actor import Actor
from bot.core.app import BackCare
from bot.core.clock import FakeClock
from bot.core.deps import CoreSettings, Deps
from bot.core.outcome import Send
from bot.core.ticker import LATE_AFTER_SECONDS, Ticker
from bot.dialogue import Dialogue
from bot.knowledge import KnowledgeBase
from bot.search import SearchIndex
from bot.storage.sqlite import SqliteStore
from tests.core.conftest import ALICE, BOB, RecordingDelivery, World, button, tap


async def start(world: World, routine: str, actor: Actor = ALICE) -> int:
    """Choose ``routine``, answer "No, none of these", and return the session's id."""
    check = await world.core.routines.choose(actor, routine)
    await tap(world, actor, button(check, "No, none"))
    state = await world.store.sessions.active(actor.chat_id)
    assert state is not None and state.routine_id == routine
    return state.id


def labels(world: World) -> list[str]:
    return [t.split(" — ")[0] for t in world.delivery.texts()]


async def test_each_step_falls_due_after_the_one_before_and_not_earlier(world: World, kb: KnowledgeBase) -> None:
    routine = kb.routines["standard"]
    t0 = world.clock.now
    session = await start(world, "standard")
    due_times = []
    while (current := await world.store.sessions.get(session)) is not None and current.status == "running":
        assert current.due_at is not None
        due_times.append(current.due_at)
        sent = len(world.delivery.sent)
        world.clock.now = current.due_at - 1
        await world.ticker.tick()
        assert len(world.delivery.sent) == sent  # not yet
        world.clock.now = current.due_at
        await world.ticker.tick()
        await world.ticker.tick()  # however often it ticks, once
        assert len(world.delivery.sent) == sent + 1
    expected, at = [], t0
    for step in routine.steps:
        expected.append(at)
        at += step.minutes * 60
    assert due_times == [*expected, at]
    n = len(routine.steps)
    assert labels(world)[:n] == [f"Step {i}/{n}" for i in range(1, n + 1)]
    assert world.delivery.texts()[1].startswith(f"Step 2/{n} — Kneading (4 min)\n")
    assert not any("late" in t for t in world.delivery.texts())
    finished = await world.store.sessions.get(session)
    assert finished is not None and finished.status == "finished" and finished.ended_at == at
    await tap(world, ALICE, button(world.delivery.sent[-1][1], "3"))
    assert await world.store.sessions.favourite_routine(ALICE.user_id) == "standard"


async def test_time_scale_multiplies_every_duration(tmp_path: Path, dialogue: Dialogue) -> None:
    store = SqliteStore(tmp_path / "fast.db")
    clock = FakeClock()
    deps = Deps(store, dialogue, clock, CoreSettings(time_scale=0.01))
    world = World(BackCare(deps), Ticker(deps, RecordingDelivery()), clock, RecordingDelivery(), store)
    try:
        session = await start(world, "standard")
        await world.ticker.tick()
        state = await store.sessions.get(session)
        assert state is not None and state.due_at is not None and abs(state.due_at - (clock.now + 1.8)) < 1e-6
    finally:
        await store.close()


async def test_pause_and_resume_shift_the_remaining_steps(world: World) -> None:
    t0 = world.clock.now
    session = await start(world, "standard")
    await world.ticker.tick()  # effleurage: 3 minutes, step 2 due at t0 + 180
    world.clock.now = t0 + 60
    assert (await world.core.command(ALICE, "pause")).texts == ["Paused. Resume when you're ready."]
    paused = await world.store.sessions.get(session)
    assert paused is not None and paused.status == "paused" and paused.paused_remaining == 120
    world.clock.now = t0 + 5000
    await world.ticker.tick()
    assert len(world.delivery.sent) == 1  # nothing is sent while paused
    await world.core.command(ALICE, "resume")
    resumed = await world.store.sessions.get(session)
    assert resumed is not None and resumed.due_at == t0 + 5000 + 120  # the rest of the step, not a new one
    world.clock.now = resumed.due_at
    await world.ticker.tick()
    assert labels(world) == ["Step 1/4", "Step 2/4"] and "late" not in world.delivery.texts()[1]
    after = await world.store.sessions.get(session)
    assert after is not None and after.due_at == resumed.due_at + 240  # kneading keeps its 4 minutes


async def test_a_pause_while_a_step_is_on_its_way_keeps_it_from_repeating(world: World) -> None:
    core = world.core

    class PausingOnTheWay(RecordingDelivery):
        async def deliver(self, chat_id: int, message: Send) -> None:
            await core.command(ALICE, "pause")  # the user taps Pause while the message is on its way
            await super().deliver(chat_id, message)

    on_the_way = PausingOnTheWay()
    ticker = Ticker(core.deps, on_the_way, worker="test")
    session = await start(world, "quick")
    await ticker.tick()
    after = await world.store.sessions.get(session)
    assert after is not None and after.status == "paused" and after.step == 1 and after.paused_remaining == 90
    world.clock.advance(30)
    await core.command(ALICE, "resume")
    resumed = await world.store.sessions.get(session)
    assert resumed is not None and resumed.due_at == world.clock.now + 90
    await ticker.tick()
    assert len(on_the_way.sent) == 1


async def test_skip_makes_the_next_step_due_now_even_when_paused(world: World) -> None:
    t0 = world.clock.now
    session = await start(world, "standard")
    await world.ticker.tick()
    world.clock.now = t0 + 10
    assert (await world.core.command(ALICE, "skip")).texts == ["Skipping to the next step."]
    await world.ticker.tick()
    assert labels(world) == ["Step 1/4", "Step 2/4"]
    await world.core.command(ALICE, "pause")
    world.clock.now = t0 + 100
    await world.core.command(ALICE, "skip")  # skipping while paused carries on with the next step now
    skipped = await world.store.sessions.get(session)
    assert skipped is not None and skipped.status == "running" and skipped.due_at == t0 + 100
    await world.ticker.tick()
    assert labels(world)[-1] == "Step 3/4"


async def test_a_step_sent_long_after_it_fell_due_says_it_is_late(world: World) -> None:
    await start(world, "quick")
    world.clock.advance(LATE_AFTER_SECONDS / 2)
    await world.ticker.tick()
    assert "late" not in world.delivery.texts()[0]
    await start(world, "quick", BOB)
    world.clock.advance(LATE_AFTER_SECONDS + 1)
    await world.ticker.tick()
    assert world.delivery.texts(BOB.chat_id)[0].splitlines()[1] == "(Sorry, this step comes late.)"


async def test_a_restart_delivers_every_remaining_step_once_the_missed_one_late(
        tmp_path: Path, world: World, dialogue: Dialogue) -> None:
    t0 = world.clock.now
    session = await start(world, "standard")
    await world.ticker.tick()  # step 1 at t0
    world.clock.now = t0 + 180
    await world.ticker.tick()  # step 2 at t0 + 180; step 3 due at t0 + 420
    # The process is killed: nothing else runs.  It comes back 10 minutes after step 3 fell due.
    world.clock.now = t0 + 420 + 600
    store = SqliteStore(tmp_path / "core.db")  # the same file, opened by the new process
    deps = Deps(store, dialogue, world.clock, world.core.deps.settings)
    after = World(BackCare(deps), Ticker(deps, world.delivery, worker="after"), world.clock, world.delivery, store)
    try:
        await after.ticker.tick()
        await after.ticker.tick()
        assert labels(after) == ["Step 1/4", "Step 2/4", "Step 3/4"]  # sent once, not twice
        assert "comes late" in after.delivery.texts()[2]
        state = await store.sessions.get(session)
        assert state is not None and state.due_at == world.clock.now + 180  # the late step keeps its time
        await after.run_for(10 * 60, step=30)
    finally:
        await store.close()
    assert labels(after)[:4] == ["Step 1/4", "Step 2/4", "Step 3/4", "Step 4/4"]
    assert ["late" in t for t in after.delivery.texts()] == [False, False, True, False, False]
    assert after.delivery.texts()[4].startswith("That's the end")


async def test_paused_sessions_wait_and_a_routine_no_longer_loaded_ends(
        world: World, kb: KnowledgeBase, index: SearchIndex) -> None:
    paused = await start(world, "quick", ALICE)
    await world.core.command(ALICE, "pause")
    gone = await start(world, "desk", BOB)
    without_desk = replace(kb, routines={k: v for k, v in kb.routines.items() if k != "desk"})
    world.core.deps.dialogue = Dialogue(without_desk, index)  # as after a /reload
    await world.ticker.tick()
    assert world.delivery.sent == [(BOB.chat_id, world.delivery.sent[0][1])]
    assert "no longer available" in world.delivery.texts()[0]
    stopped = await world.store.sessions.get(gone)
    assert stopped is not None and stopped.status == "stopped"
    state = await world.store.sessions.get(paused)
    assert state is not None and state.status == "paused"
    await world.core.command(ALICE, "resume")
    state = await world.store.sessions.get(paused)
    assert state is not None and state.status == "running"
