"""Guided sessions through the application core and the ticker, with a fake clock and no Telegram:
timing, pause and resume, skip, stop, scores, and a restart or a crash mid-session."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.core.actor import Actor
from bot.core.app import BackCare
from bot.core.clock import FakeClock
from bot.core.model import SessionState
from bot.core.outcome import Button, Outcome, Send
from bot.core.routines import ENDED, NO_SESSION
from bot.core.ticker import LATE_AFTER_SECONDS, LEASE_SECONDS, RESENT, Ticker
from bot.dialogue import Dialogue
from bot.knowledge import KnowledgeBase
from bot.routines import HURTS_MORE
from tests.fakes import Recorder, make_core

CHAT, USER = 42, 7
ME = Actor(USER, CHAT)
T0 = 1_700_000_000.0


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
async def core(tmp_path: Path, dialogue: Dialogue, clock: FakeClock) -> AsyncIterator[BackCare]:
    app = await make_core(tmp_path, dialogue, clock)
    yield app
    await app.store.close()


def buttons(out: Outcome | Send) -> list[Button]:
    effects = [out] if isinstance(out, Send) else out.effects
    return [b for e in effects for row in getattr(e, "buttons", None) or () for b in row]


async def start(core: BackCare, routine_id: str, actor: Actor = ME) -> SessionState:
    """Choose a routine, answer "no" to the safety check, and return the session it started."""
    check = await core.routines.choose(actor, routine_id)
    [no] = [b for b in buttons(check) if b.args[-1] == "no"]
    await core.press(actor, no.action, no.args, owner=no.owner)
    state = await core.store.sessions.active(actor.chat_id)
    assert state is not None and state.routine_id == routine_id
    return state


async def run_to_end(core: BackCare, ticker: Ticker, clock: FakeClock, session_id: int) -> None:
    """Move the clock to each due time and tick, until the session stops running."""
    while (state := await core.store.sessions.get(session_id)) is not None and state.status == "running":
        assert state.due_at is not None
        clock.now = max(clock.now, state.due_at)
        await ticker.tick()


async def test_a_whole_routine_in_order(core: BackCare, clock: FakeClock, kb: KnowledgeBase) -> None:
    routine = kb.routines["standard"]
    sent = Recorder()
    ticker = Ticker(core.deps, sent)
    state = await start(core, "standard")
    assert state.due_at == T0 and state.step == 0
    due_times = []
    while (current := await core.store.sessions.get(state.id)).status == "running":
        assert current.due_at is not None
        due_times.append(current.due_at)
        clock.now = current.due_at - 1
        before = len(sent.sent)
        await ticker.tick()
        assert len(sent.sent) == before  # not yet
        clock.now = current.due_at
        await ticker.tick()
        assert len(sent.sent) == before + 1
    expected, at = [], T0
    for step in routine.steps:
        expected.append(at)
        at += step.minutes * 60
    assert due_times == [*expected, at]
    n = len(routine.steps)
    assert [t.split(" — ")[0] for t in sent.texts[:n]] == [f"Step {i}/{n}" for i in range(1, n + 1)]
    assert sent.texts[1].startswith(f"Step 2/{n} — Kneading (4 min)\n")
    assert not any("late" in t for t in sent.texts)
    for _, message in sent.sent[:n]:
        assert {b.args[0] for b in buttons(message)} == {"pause", "resume", "skip", "stop", "hurts"}
    assert "0 (no pain) to 10" in sent.texts[-1]
    finished = await core.store.sessions.get(state.id)
    assert finished.status == "finished" and finished.ended_at == at and await core.store.sessions.active(CHAT) is None
    [three] = [b for b in buttons(sent.sent[-1][1]) if b.label == "3"]
    saved = await core.press(ME, three.action, three.args, owner=three.owner)
    assert saved.texts[0].startswith("Saved: 3/10.")
    assert [(p.score, p.source) for p in await core.store.pain.entries(USER)] == [(3, "session")]
    assert await core.store.sessions.favourite_routine(USER) == "standard"


async def test_a_step_is_sent_once_however_often_the_ticker_runs(core: BackCare, clock: FakeClock) -> None:
    sent = Recorder()
    ticker = Ticker(core.deps, sent)
    state = await start(core, "quick")
    await ticker.tick()
    clock.now += 5
    await ticker.tick()
    await Ticker(core.deps, sent).tick()  # another worker finds nothing due either
    assert len(sent.sent) == 1
    after = await core.store.sessions.get(state.id)
    assert after.step == 1 and after.due_at == T0 + 90


async def test_time_scale_multiplies_every_duration(tmp_path: Path, dialogue: Dialogue, clock: FakeClock) -> None:
    fast = await make_core(tmp_path, dialogue, clock, name="fast.db", time_scale=0.01)
    try:
        state = await start(fast, "standard")
        await Ticker(fast.deps, Recorder()).tick()
        assert (await fast.store.sessions.get(state.id)).due_at == pytest.approx(T0 + 1.8)
    finally:
        await fast.store.close()


async def test_pause_and_resume_shift_the_remaining_steps(core: BackCare, clock: FakeClock) -> None:
    sent = Recorder()
    ticker = Ticker(core.deps, sent)
    state = await start(core, "standard")
    await ticker.tick()  # effleurage: 3 minutes, step 1 due at T0 + 180
    clock.now = T0 + 60
    assert (await core.command(ME, "pause")).texts == ["Paused. Resume when you're ready."]
    paused = await core.store.sessions.get(state.id)
    assert paused.status == "paused" and paused.paused_remaining == 120 and paused.due_at is None
    clock.now = T0 + 5000
    await ticker.tick()
    assert len(sent.sent) == 1  # nothing is sent while paused
    assert "already paused" in (await core.command(ME, "pause")).texts[0]  # pausing twice changes nothing
    assert await core.store.sessions.get(state.id) == paused
    assert (await core.command(ME, "resume")).texts == ["Resumed."]
    resumed = await core.store.sessions.get(state.id)
    assert resumed.status == "running" and resumed.due_at == T0 + 5000 + 120
    clock.now = resumed.due_at
    await ticker.tick()
    assert sent.texts[1].startswith("Step 2/4") and "late" not in sent.texts[1]
    assert (await core.store.sessions.get(state.id)).due_at == resumed.due_at + 240  # kneading keeps its 4 minutes


async def test_a_pause_while_a_step_is_being_sent_keeps_it_from_repeating(core: BackCare, clock: FakeClock) -> None:
    class PausingOnTheWay(Recorder):
        async def deliver(self, chat_id: int, message: Send) -> None:
            await core.command(ME, "pause")  # the user taps Pause while the message is on its way
            await super().deliver(chat_id, message)

    sent = PausingOnTheWay()
    ticker = Ticker(core.deps, sent)
    state = await start(core, "quick")
    await ticker.tick()
    after = await core.store.sessions.get(state.id)
    assert after.status == "paused" and after.step == 1 and after.paused_remaining == 90
    clock.now += 30
    await core.command(ME, "resume")
    assert (await core.store.sessions.get(state.id)).due_at == clock.now + 90
    await ticker.tick()
    assert len(sent.sent) == 1


async def test_skip_makes_the_next_step_due_now(core: BackCare, clock: FakeClock) -> None:
    sent = Recorder()
    ticker = Ticker(core.deps, sent)
    state = await start(core, "standard")
    await ticker.tick()
    clock.now = T0 + 10
    assert (await core.command(ME, "skip")).texts == ["Skipping to the next step."]
    assert (await core.store.sessions.get(state.id)).due_at == T0 + 10
    await ticker.tick()
    assert sent.texts[1].startswith("Step 2/4") and "late" not in sent.texts[1]
    await core.command(ME, "pause")
    clock.now = T0 + 100
    await core.command(ME, "skip")  # skipping while paused carries on with the next step now
    skipped = await core.store.sessions.get(state.id)
    assert skipped.status == "running" and skipped.due_at == T0 + 100
    await ticker.tick()
    assert sent.texts[2].startswith("Step 3/4")


async def test_a_step_button_skips_only_its_own_step(core: BackCare, clock: FakeClock) -> None:
    sent = Recorder()
    ticker = Ticker(core.deps, sent)
    await start(core, "standard")
    await ticker.tick()
    [skip] = [b for b in buttons(sent.sent[0][1]) if b.args[0] == "skip"]
    await core.press(ME, skip.action, skip.args, owner=skip.owner)
    await ticker.tick()
    again = await core.press(ME, skip.action, skip.args, owner=skip.owner)  # a double tap on step 1's Skip
    assert again.texts == ["That step is already behind us."]
    await ticker.tick()
    assert [t.split(" — ")[0] for t in sent.texts] == ["Step 1/4", "Step 2/4"]


async def test_stop_and_it_hurts_more(core: BackCare, clock: FakeClock) -> None:
    sent = Recorder()
    ticker = Ticker(core.deps, sent)
    state = await start(core, "quick")
    await ticker.tick()
    assert (await core.command(ME, "stop")).texts == ["Stopped. Well done for what you did."]
    stopped = await core.store.sessions.get(state.id)
    assert stopped.status == "stopped" and stopped.due_at is None and stopped.ended_at == T0
    assert await core.store.sessions.active(CHAT) is None
    assert (await core.command(ME, "stop")).texts == [NO_SESSION]
    again = await start(core, "desk")
    clock.now += 30
    advice = (await core.message(ME, "ouch, that hurts")).texts
    assert advice == [HURTS_MORE] and "Ease off" in advice[0] and "GP or physiotherapist" in advice[0]
    assert (await core.store.sessions.get(again.id)).status == "stopped"
    clock.now += 3600
    await ticker.tick()
    assert len(sent.sent) == 1  # nothing more from either routine
    assert (await core.command(ME, "hurts")).texts == [HURTS_MORE]  # the advice still comes afterwards


async def test_one_session_per_chat(core: BackCare, clock: FakeClock) -> None:
    sent = Recorder()
    ticker = Ticker(core.deps, sent)
    first = await start(core, "quick")
    await ticker.tick()
    old_controls = buttons(sent.sent[0][1])
    check = await core.routines.choose(ME, "desk")
    [no] = [b for b in buttons(check) if b.args[-1] == "no"]
    asked = await core.press(ME, no.action, no.args, owner=no.owner)
    assert "already running" in asked.texts[0]
    [replace] = [b for b in buttons(asked) if b.label == "Replace it"]
    await core.press(ME, replace.action, replace.args, owner=replace.owner)
    twice = await core.press(ME, replace.action, replace.args, owner=replace.owner)  # a double tap
    assert "already answered" in twice.effects[0].text  # type: ignore[union-attr]
    second = await core.store.sessions.active(CHAT)
    assert (await core.store.sessions.get(first.id)).status == "stopped" and second.routine_id == "desk"
    [pause] = [b for b in old_controls if b.args[0] == "pause"]
    stale = await core.press(ME, pause.action, pause.args, owner=pause.owner)  # the old routine's button
    assert stale.texts == [ENDED] and (await core.store.sessions.active(CHAT)) == second
    other = await start(core, "quick", Actor(USER, CHAT + 1))  # other chats are separate
    assert other.status == "running"
    gone = await core.routines.choose(ME, "yoga")
    assert "no longer available" in gone.texts[0]


async def test_scores_the_first_one_wins(core: BackCare, clock: FakeClock) -> None:
    sent = Recorder()
    ticker = Ticker(core.deps, sent)
    state = await start(core, "quick")
    await run_to_end(core, ticker, clock, state.id)
    assert sent.texts[-1].startswith("That's the end")
    assert (await core.message(ME, "2")).texts[0].startswith("Saved: 2/10.")  # typed at the 0-10 question
    [eight] = [b for b in buttons(sent.sent[-1][1]) if b.label == "8"]
    late_tap = await core.press(ME, eight.action, eight.args, owner=eight.owner)
    assert [e.text for e in late_tap.effects if hasattr(e, "alert")] == ["That score is already saved."]
    assert (await core.store.sessions.get(state.id)).score == 2
    assert [e.score for e in await core.store.pain.entries(USER)] == [2]


async def test_late_after_a_long_delay(core: BackCare, clock: FakeClock) -> None:
    sent = Recorder()
    ticker = Ticker(core.deps, sent)
    await start(core, "quick")
    clock.now = T0 + LATE_AFTER_SECONDS / 2
    await ticker.tick()
    assert "late" not in sent.texts[0]
    await start(core, "quick", Actor(USER, CHAT + 1))
    clock.now += LATE_AFTER_SECONDS + 1
    await ticker.tick()
    assert sent.texts[-1].splitlines()[1] == "(Sorry, this step comes late.)"


async def test_restart_mid_session_delivers_every_remaining_step_exactly_once(
        tmp_path: Path, dialogue: Dialogue, clock: FakeClock) -> None:
    before = await make_core(tmp_path, dialogue, clock, name="restart.db")
    sent = Recorder()
    ticker = Ticker(before.deps, sent)
    state = await start(before, "standard")
    await ticker.tick()  # step 1 at T0
    clock.now = (await before.store.sessions.get(state.id)).due_at
    await ticker.tick()  # step 2 at T0 + 180; step 3 due at T0 + 420
    await before.store.close()
    # The process is killed: nothing else runs.  It comes back 10 minutes after step 3 fell due.
    clock.now = T0 + 420 + 600
    after = await make_core(tmp_path, dialogue, clock, name="restart.db")
    try:
        ticker = Ticker(after.deps, sent)
        await ticker.tick()
        assert sent.texts[2].startswith("Step 3/4") and "comes late" in sent.texts[2]
        await ticker.tick()
        assert len(sent.sent) == 3  # sent once, not twice
        assert (await after.store.sessions.get(state.id)).due_at == clock.now + 180  # the late step keeps its time
        await run_to_end(after, ticker, clock, state.id)
    finally:
        await after.store.close()
    assert [t.split(" — ")[0] for t in sent.texts[:4]] == ["Step 1/4", "Step 2/4", "Step 3/4", "Step 4/4"]
    assert ["late" in t for t in sent.texts] == [False, False, True, False, False]
    assert sent.texts[4].startswith("That's the end")


async def test_a_crash_while_sending_repeats_at_most_that_step_and_says_so(
        tmp_path: Path, dialogue: Dialogue, clock: FakeClock) -> None:
    before = await make_core(tmp_path, dialogue, clock, name="crash.db")
    state = await start(before, "quick")
    on_its_way: list[str] = []

    class DiesMidSend(Recorder):
        async def deliver(self, chat_id: int, message: Send) -> None:
            on_its_way.append(message.text)  # Telegram has it ...
            await asyncio.Event().wait()  # ... and the process dies before it is recorded

    dying = asyncio.ensure_future(Ticker(before.deps, DiesMidSend()).tick())
    while not on_its_way:
        await asyncio.sleep(0)
    dying.cancel()
    await before.store.close()
    clock.now += 5
    after = await make_core(tmp_path, dialogue, clock, name="crash.db")
    try:
        sent = Recorder()
        ticker = Ticker(after.deps, sent)
        await ticker.tick()
        assert sent.sent == []  # the dead sender's claim still holds
        clock.now += LEASE_SECONDS
        await run_to_end(after, ticker, clock, state.id)
    finally:
        await after.store.close()
    texts = on_its_way + sent.texts
    assert [t.removeprefix(RESENT + "\n").split(" — ")[0] for t in texts[:4]] == [
        "Step 1/3", "Step 1/3", "Step 2/3", "Step 3/3"]
    assert [t.startswith(RESENT) for t in texts] == [False, True, False, False, False]
    assert texts[4].startswith("That's the end")


async def test_paused_sessions_wait_and_a_removed_routine_ends(
        tmp_path: Path, kb: KnowledgeBase, dialogue: Dialogue, clock: FakeClock) -> None:
    before = await make_core(tmp_path, dialogue, clock, name="mixed.db")
    paused = await start(before, "quick", Actor(USER, 1))
    await before.command(Actor(USER, 1), "pause")
    gone = await start(before, "desk", Actor(USER, 3))
    await before.store.close()
    without_desk = Dialogue(KnowledgeBase({**kb.entries}, kb.safety_texts,
                                          {k: v for k, v in kb.routines.items() if k != "desk"}))
    after = await make_core(tmp_path, without_desk, clock, name="mixed.db")
    try:
        sent = Recorder()
        await Ticker(after.deps, sent).tick()
        assert sent.sent == [(3, sent.sent[0][1])] and "no longer available" in sent.texts[0]
        assert (await after.store.sessions.get(gone.id)).status == "stopped"
        assert (await after.store.sessions.get(paused.id)).status == "paused"
        await after.command(Actor(USER, 1), "resume")
        assert (await after.store.sessions.get(paused.id)).status == "running"
    finally:
        await after.store.close()
