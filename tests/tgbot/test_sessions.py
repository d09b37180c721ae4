"""End to end: guided routines delivered as scheduled messages, with their controls."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from dataclasses import replace

import pytest

from bot.config import Settings
from bot.core.clock import FakeClock
from bot.core.routines import ENDED
from bot.knowledge import KnowledgeBase
from bot.routines import HURTS_MORE
from tests.emulator import BotApiEmulator
from tests.tgbot.harness import (
    CHAT,
    RunningBot,
    datas,
    eventually,
    find_button,
    later,
    plain,
    press,
    start_bot,
    stop_bot,
)

STEP = re.compile(r"^Step (\d+)/(\d+) — ")


def steps(emu: BotApiEmulator, chat: int = CHAT) -> list[int]:
    return [int(m[1]) for t in emu.texts(chat) if (m := STEP.match(t))]


def edits(emu: BotApiEmulator) -> list[str]:
    """Return the texts of the messages the bot edited (answered checks, saved scores), in order."""
    return [str(c.params.get("text")) for c in emu.calls_to("editMessageText") if not c.failed]


async def start_routine(emu: BotApiEmulator, routine_id: str, chat: int = CHAT) -> None:
    """Walk through /routine, the choice and the safety check ("No, none of these")."""
    emu.send_text(chat, "/routine")
    await press(emu, chat, f"rt:{routine_id}")
    await press(emu, chat, "chk:*:no")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def timed_bot(settings: Settings, kb: KnowledgeBase, emulator: BotApiEmulator,
                    clock: FakeClock) -> AsyncIterator[RunningBot]:
    """The bot on a fake clock, its routines at their real length: the test moves time on (:func:`later`)."""
    running = await start_bot(replace(settings, time_scale=1.0), kb, emulator, clock=clock)
    yield running
    await stop_bot(running)


def minutes(kb: KnowledgeBase, routine_id: str, step: int) -> float:
    """Return how long step ``step`` (1-based) of the routine lasts, in seconds: the wait before the next."""
    return kb.routines[routine_id].steps[step - 1].minutes * 60


async def test_whole_routine_in_order_with_buttons_and_score(bot: RunningBot, kb: KnowledgeBase) -> None:
    emu = bot.emulator
    routine = kb.routines["standard"]
    n = len(routine.steps)
    await start_routine(emu, "standard")
    await emu.wait_for(lambda: any(t.startswith("That's the end") for t in emu.texts(CHAT)), timeout=10)
    assert steps(emu) == list(range(1, n + 1))
    step_messages = [m for m in emu.sent(CHAT) if STEP.match(m.get("text", ""))]
    for i, message in enumerate(step_messages):
        assert routine.steps[i].title in message["text"]
        assert {":".join(plain(d).split(":")[:2]) for d in datas(message)} == {
            "ss:pause", "ss:skip", "ss:stop", "ss:hurts"}  # Resume only once paused
    final = emu.sent(CHAT)[-1]
    assert len([d for d in datas(final) if d.startswith("score:")]) == 11
    await press(emu, CHAT, "score:*:3")
    await emu.wait_for(lambda: any(t.startswith("Saved: 3/10") for t in edits(emu)))
    assert emu.buttons(CHAT) == []  # the score question loses its keyboard
    assert [e.score for e in await bot.core.store.pain.entries(CHAT)] == [3]


async def test_pre_check_yes_gives_urgent_advice_and_does_not_start(bot: RunningBot) -> None:
    emu = bot.emulator
    emu.send_text(CHAT, "/routine")
    await press(emu, CHAT, "rt:quick")
    no = await press(emu, CHAT, "chk:*:yes")
    await emu.wait_for(lambda: bool(edits(emu)) and edits(emu)[-1].startswith("⚠️"))
    assert "won't start" in edits(emu)[-1]
    assert emu.buttons(CHAT) == []  # "No, none of these" is gone with the answered check
    emu.press_forged(CHAT, no.replace(":yes", ":no"))  # and an old copy of it starts nothing
    await emu.wait_for(lambda: len(emu.calls_to("answerCallbackQuery")) == 3)
    assert emu.calls_to("answerCallbackQuery")[-1].params.get("text") == "That safety check is already answered."
    await bot.ticker.tick()  # anything a started routine had due now would go out here
    await bot.ticker.drain()
    assert steps(emu) == []
    assert await bot.core.store.sessions.active(CHAT) is None


async def test_pause_and_resume_shift_the_remaining_steps(timed_bot: RunningBot, clock: FakeClock,
                                                         kb: KnowledgeBase) -> None:
    emu = timed_bot.emulator
    step = minutes(kb, "quick", 1)
    await start_routine(emu, "quick")
    await emu.wait_for(lambda: steps(emu) == [1])
    await later(timed_bot, clock, step / 3)
    await press(emu, CHAT, "ss:pause")
    await emu.wait_for(lambda: "Paused. Resume when you're ready." in emu.texts(CHAT))
    await emu.wait_for(lambda: find_button(emu, CHAT, "ss:resume") is not None)  # the step's Pause became Resume
    assert find_button(emu, CHAT, "ss:pause") is None
    await later(timed_bot, clock, 3 * step)  # longer than the step: nothing may arrive while paused
    assert steps(emu) == [1]
    await press(emu, CHAT, "ss:resume")
    await emu.wait_for(lambda: "Resumed." in emu.texts(CHAT))
    await later(timed_bot, clock, 2 * step / 3 - 1)  # the rest of the step, not a new one: not yet...
    assert steps(emu) == [1]
    await later(timed_bot, clock, 1)  # ...now
    await emu.wait_for(lambda: steps(emu) == [1, 2], timeout=5)


async def test_skip_sends_the_next_step_now(settings: Settings, kb: KnowledgeBase, emulator: BotApiEmulator) -> None:
    running = await start_bot(replace(settings, time_scale=0.05), kb, emulator)  # the first step lasts 9 s
    try:
        await start_routine(emulator, "standard")
        await emulator.wait_for(lambda: steps(emulator) == [1], timeout=5)

        async def step_one_recorded() -> bool:
            state = await running.core.store.sessions.active(CHAT)
            return state is not None and state.step == 1

        # Step 1 is recorded as sent a moment after Telegram has it; a Skip tapped in that moment is
        # answered "That step is already behind us" and skips nothing (reported to the lead).
        await eventually(step_one_recorded)
        await press(emulator, CHAT, "ss:skip")
        await emulator.wait_for(lambda: steps(emulator) == [1, 2], timeout=4.0)
    finally:
        await stop_bot(running)


async def test_stop_and_stop_command(timed_bot: RunningBot, clock: FakeClock, kb: KnowledgeBase) -> None:
    emu = timed_bot.emulator
    await start_routine(emu, "quick")
    await emu.wait_for(lambda: steps(emu) == [1])
    emu.send_text(CHAT, "/stop")
    await emu.wait_for(lambda: "Stopped. Well done for what you did." in emu.texts(CHAT))
    await later(timed_bot, clock, 2 * minutes(kb, "quick", 1))  # longer than step 1
    assert steps(emu) == [1]
    emu.send_text(CHAT, "/stop")
    await emu.wait_for(lambda: "no routine running" in emu.texts(CHAT)[-1])
    await press(emu, CHAT, "ss:skip")  # the stopped routine's step controls say it has ended
    await emu.wait_for(lambda: emu.texts(CHAT)[-1] == ENDED)


async def test_it_hurts_more_stops_with_advice(timed_bot: RunningBot, clock: FakeClock, kb: KnowledgeBase) -> None:
    emu = timed_bot.emulator
    await start_routine(emu, "quick")
    await emu.wait_for(lambda: steps(emu) == [1])
    await press(emu, CHAT, "ss:hurts")
    await emu.wait_for(lambda: "stopped the routine" in emu.texts(CHAT)[-1])
    advice = emu.texts(CHAT)[-1]
    assert "Ease off" in advice and "physiotherapist" in advice
    await press(emu, CHAT, "ss:hurts")  # tapped again once it has stopped: the advice again, nothing restarts
    await emu.wait_for(lambda: emu.texts(CHAT)[-1].startswith("That routine has already ended. Ease off"))
    assert emu.texts(CHAT).count(HURTS_MORE) == 1  # "I've stopped the routine" is said once, when it stopped
    await later(timed_bot, clock, 2 * minutes(kb, "quick", 1))  # longer than step 1
    assert steps(emu) == [1]


async def test_second_routine_asks_before_replacing(timed_bot: RunningBot) -> None:
    emu = timed_bot.emulator
    await start_routine(emu, "standard")
    await emu.wait_for(lambda: steps(emu) == [1])
    await start_routine(emu, "quick")
    await emu.wait_for(lambda: any("already running" in t for t in edits(emu)))
    replace_it = await press(emu, CHAT, "rep:*:yes")
    emu.press(CHAT, replace_it)  # a double tap starts it once
    await emu.wait_for(lambda: any(t.startswith("Quick reset") for t in edits(emu)))
    await emu.wait_for(lambda: "Step 1/3" in emu.texts(CHAT)[-1], timeout=5)
    active = await timed_bot.core.store.sessions.active(CHAT)
    assert active is not None and active.routine_id == "quick"
    await emu.wait_for(lambda: emu.calls_to("answerCallbackQuery")[-1].params.get("text")
                       == "That question is already answered.")  # the second tap, handled
    await timed_bot.ticker.tick()  # a second start's step 1 would be due now
    await timed_bot.ticker.drain()
    assert sum(t.startswith("Step 1/3") for t in emu.texts(CHAT)) == 1


async def test_skip_while_a_step_is_on_its_way_does_not_send_it_twice(timed_bot: RunningBot, clock: FakeClock,
                                                                     kb: KnowledgeBase) -> None:
    emu = timed_bot.emulator
    await start_routine(emu, "standard")
    await emu.wait_for(lambda: steps(emu) == [1])
    await timed_bot.ticker.drain()
    skip = find_button(emu, CHAT, "ss:skip")
    assert skip is not None
    emu.fail_next(3, 502, methods={"sendMessage"})  # step 2 meets three 502s: 0.7 s of retries
    clock.advance(minutes(kb, "standard", 1))
    timed_bot.ticker.poke()
    await emu.wait_for(lambda: any(c.failed for c in emu.calls_to("sendMessage")), timeout=5)
    emu.press(CHAT, skip)
    await emu.wait_for(lambda: steps(emu) == [1, 2], timeout=5)
    await emu.wait_for(lambda: "That step is already behind us." in emu.texts(CHAT))  # the skip of step 1
    await later(timed_bot, clock, 0)  # a second step 2 would follow at once; step 3 is minutes after step 2
    assert steps(emu) == [1, 2]


async def test_a_red_flag_message_stops_the_running_routine(timed_bot: RunningBot, clock: FakeClock,
                                                           kb: KnowledgeBase) -> None:
    emu = timed_bot.emulator
    await start_routine(emu, "quick")
    await emu.wait_for(lambda: steps(emu) == [1])
    emu.send_text(CHAT, "my legs suddenly feel numb and weak")
    await emu.wait_for(lambda: any(t.startswith("⚠️") for t in emu.texts(CHAT)))
    await emu.wait_for(lambda: any("stopped your routine" in t for t in emu.texts(CHAT)))
    await later(timed_bot, clock, 2 * minutes(kb, "quick", 1))  # longer than step 1
    assert steps(emu) == [1]
    assert await timed_bot.core.store.sessions.active(CHAT) is None


async def test_a_user_who_blocks_the_bot_ends_the_session(timed_bot: RunningBot, clock: FakeClock,
                                                         kb: KnowledgeBase) -> None:
    emu = timed_bot.emulator
    await start_routine(emu, "quick")
    await emu.wait_for(lambda: steps(emu) == [1])
    await timed_bot.ticker.drain()
    emu.set_blocked(CHAT)
    sessions = timed_bot.core.store.sessions
    await later(timed_bot, clock, minutes(kb, "quick", 1))  # step 2 is refused

    async def ended() -> bool:
        return await sessions.active(CHAT) is None

    await eventually(ended, timeout=5)
    refused = len(emu.calls_to("sendMessage"))
    assert refused > 0 and emu.calls_to("sendMessage")[-1].failed
    await later(timed_bot, clock, 10 * 60)  # well past every step and retry
    assert len(emu.calls_to("sendMessage")) == refused  # no retrying a chat that refuses


async def test_double_taps_change_nothing_twice(bot: RunningBot, caplog: pytest.LogCaptureFixture) -> None:
    emu = bot.emulator
    await start_routine(emu, "quick")
    await emu.wait_for(lambda: any(t.startswith("That's the end") for t in emu.texts(CHAT)), timeout=10)
    three = await press(emu, CHAT, "score:*:3")
    emu.press_forged(CHAT, three.replace(":3|", ":7|"))
    await emu.wait_for(lambda: len(emu.calls_to("answerCallbackQuery")) >= 4)
    await asyncio.sleep(0.3)
    assert [t for t in edits(emu) if "Saved" in t] == [
        "Saved: 3/10. Thank you! Send /routine whenever you want another session. /progress shows your chart."]
    assert emu.calls_to("answerCallbackQuery")[-1].params.get("text") == "That score is already saved."
    assert [e.score for e in await bot.core.store.pain.entries(CHAT)] == [3]
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


async def test_a_new_routine_starts_while_the_old_ones_step_is_still_on_its_way(
        timed_bot: RunningBot, clock: FakeClock, kb: KnowledgeBase) -> None:
    emu = timed_bot.emulator
    await start_routine(emu, "standard")
    await emu.wait_for(lambda: steps(emu) == [1])
    await timed_bot.ticker.drain()
    emu.fail_next(4, 502, methods={"sendMessage"})  # step 2 will spend 1.5 s in retries
    clock.advance(minutes(kb, "standard", 1))
    timed_bot.ticker.poke()
    await emu.wait_for(lambda: any(c.failed for c in emu.calls_to("sendMessage")), timeout=5)
    emu.send_text(CHAT, "/stop")
    await start_routine(emu, "quick")
    await emu.wait_for(lambda: any(t.startswith("Step 1/3") for t in emu.texts(CHAT)), timeout=15)
    await timed_bot.ticker.drain()  # the old routine's step 2 is through its retries
    await later(timed_bot, clock, minutes(kb, "quick", 1))
    await emu.wait_for(lambda: any(t.startswith("Step 2/3") for t in emu.texts(CHAT)), timeout=15)
    active = await timed_bot.core.store.sessions.active(CHAT)
    assert active is not None and active.routine_id == "quick"
    assert sum(t.startswith("Step 1/3") for t in emu.texts(CHAT)) == 1
