"""End to end: guided routines delivered as scheduled messages, with their controls."""

from __future__ import annotations

import asyncio
import re
from dataclasses import replace

import pytest

from bot.config import Settings
from bot.knowledge import KnowledgeBase
from tests.emulator import BotApiEmulator
from tests.tgbot.harness import CHAT, RunningBot, start_bot, stop_bot

STEP = re.compile(r"^Step (\d+)/(\d+) — ")


def steps(emu: BotApiEmulator, chat: int = CHAT) -> list[int]:
    return [int(m[1]) for t in emu.texts(chat) if (m := STEP.match(t))]


def buttons(message: dict) -> list[str]:
    return [b["callback_data"] for row in (message.get("reply_markup") or {}).get("inline_keyboard", [])
            for b in row]


async def start_routine(emu: BotApiEmulator, routine_id: str, chat: int = CHAT) -> None:
    """Walk through /routine, the choice and the safety pre-check."""
    emu.send_text(chat, "/routine")
    await emu.wait_for(lambda: any(f"rt:{routine_id}" in buttons(m) for m in emu.sent(chat)))
    emu.press(chat, f"rt:{routine_id}")
    await emu.wait_for(lambda: any(f"rtok:{routine_id}" in buttons(m) for m in emu.sent(chat)))
    emu.press(chat, f"rtok:{routine_id}")


@pytest.fixture
async def slow_bot(settings: Settings, kb: KnowledgeBase, emulator: BotApiEmulator):
    """The bot with steps of about a second (time scale 0.01: 1.5 min -> 0.9 s)."""
    running = await start_bot(replace(settings, time_scale=0.01), kb, emulator)
    yield running
    await stop_bot(running)


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
        assert {"ss:pause", "ss:skip", "ss:stop", "ss:hurts"} == {d.rsplit(":", 1)[0] for d in buttons(message)}
    final = emu.sent(CHAT)[-1]
    assert len([d for d in buttons(final) if d.startswith("score:")]) == 11
    session_id = buttons(final)[0].split(":")[1]
    emu.press(CHAT, f"score:{session_id}:3")
    await emu.wait_for(lambda: any("saved: 3/10" in t for t in emu.texts(CHAT)))
    storage = bot.app.bot_data["services"].storage
    assert [e.score for e in storage.pain_entries(CHAT)] == [3]


async def test_pre_check_yes_gives_urgent_advice_and_does_not_start(bot: RunningBot) -> None:
    emu = bot.emulator
    emu.send_text(CHAT, "/routine")
    await emu.wait_for(lambda: bool(emu.sent(CHAT)))
    emu.press(CHAT, "rt:quick")
    await emu.wait_for(lambda: len(emu.sent(CHAT)) == 2)
    emu.press(CHAT, "rtflag")
    await emu.wait_for(lambda: len(emu.sent(CHAT)) == 3)
    assert emu.texts(CHAT)[-1].startswith("⚠️") and "won't start" in emu.texts(CHAT)[-1]
    await asyncio.sleep(0.5)
    assert steps(emu) == []
    assert bot.app.bot_data["services"].sessions.active(CHAT) is None


async def test_pause_and_resume_shift_the_remaining_steps(slow_bot: RunningBot) -> None:
    emu = slow_bot.emulator
    await start_routine(emu, "quick")
    await emu.wait_for(lambda: steps(emu) == [1], timeout=5)
    first = emu.sent(CHAT)[-1]
    session_id = buttons(first)[0].split(":")[2]
    emu.press(CHAT, f"ss:pause:{session_id}")
    await emu.wait_for(lambda: f"ss:resume:{session_id}" in [data for _, data in emu.buttons(CHAT)])
    await asyncio.sleep(1.5)  # longer than the step (0.9 s): nothing may arrive while paused
    assert steps(emu) == [1]
    emu.press(CHAT, f"ss:resume:{session_id}")
    resumed = asyncio.get_running_loop().time()
    await emu.wait_for(lambda: steps(emu) == [1, 2], timeout=5)
    assert asyncio.get_running_loop().time() - resumed < 3.0  # the rest of a 0.9 s step, not a new one


async def test_skip_sends_the_next_step_now(settings: Settings, kb: KnowledgeBase, emulator: BotApiEmulator) -> None:
    running = await start_bot(replace(settings, time_scale=0.05), kb, emulator)  # the first step lasts 9 s
    try:
        await start_routine(emulator, "standard")
        await emulator.wait_for(lambda: steps(emulator) == [1], timeout=5)
        session_id = buttons(emulator.sent(CHAT)[-1])[0].split(":")[2]
        emulator.press(CHAT, f"ss:skip:{session_id}")
        await emulator.wait_for(lambda: steps(emulator) == [1, 2], timeout=4.0)
    finally:
        await stop_bot(running)


async def test_stop_and_stop_command(slow_bot: RunningBot) -> None:
    emu = slow_bot.emulator
    await start_routine(emu, "standard")
    await emu.wait_for(lambda: steps(emu) == [1], timeout=5)
    emu.send_text(CHAT, "/stop")
    await emu.wait_for(lambda: any("Routine stopped" in t for t in emu.texts(CHAT)))
    await asyncio.sleep(2.2)
    assert steps(emu) == [1]
    emu.send_text(CHAT, "/stop")
    await emu.wait_for(lambda: "no routine running" in emu.texts(CHAT)[-1])


async def test_it_hurts_more_stops_with_advice(slow_bot: RunningBot) -> None:
    emu = slow_bot.emulator
    await start_routine(emu, "standard")
    await emu.wait_for(lambda: steps(emu) == [1], timeout=5)
    session_id = buttons(emu.sent(CHAT)[-1])[0].split(":")[2]
    emu.press(CHAT, f"ss:hurts:{session_id}")
    await emu.wait_for(lambda: "stopped the routine" in emu.texts(CHAT)[-1])
    advice = emu.texts(CHAT)[-1]
    assert "Ease off" in advice and "physiotherapist" in advice
    await asyncio.sleep(2.2)
    assert steps(emu) == [1]


async def test_second_routine_asks_before_replacing(slow_bot: RunningBot) -> None:
    emu = slow_bot.emulator
    await start_routine(emu, "standard")
    await emu.wait_for(lambda: steps(emu) == [1], timeout=5)
    await start_routine(emu, "quick")
    await emu.wait_for(lambda: any("already running" in t for t in emu.texts(CHAT)))
    emu.press(CHAT, "rtnew:quick")
    await emu.wait_for(lambda: any(t.startswith("Quick reset") for t in emu.texts(CHAT)))
    await emu.wait_for(lambda: "Step 1/3" in emu.texts(CHAT)[-1], timeout=5)
    sessions = slow_bot.app.bot_data["services"].sessions
    assert sessions.active(CHAT).routine_id == "quick"


async def test_skip_while_a_step_is_on_its_way_does_not_send_it_twice(slow_bot: RunningBot) -> None:
    emu = slow_bot.emulator
    await start_routine(emu, "standard")
    await emu.wait_for(lambda: steps(emu) == [1], timeout=5)
    session_id = buttons(emu.sent(CHAT)[-1])[0].split(":")[2]
    emu.fail_next(2, 502, methods={"sendMessage"})  # step 2 meets two 502s: about 1.5 s of retries
    await emu.wait_for(lambda: any(c.failed for c in emu.calls_to("sendMessage")), timeout=5)
    emu.press(CHAT, f"ss:skip:{session_id}")
    await emu.wait_for(lambda: steps(emu) == [1, 2], timeout=5)
    await asyncio.sleep(1.0)
    assert steps(emu) == [1, 2]


async def test_a_red_flag_message_stops_the_running_routine(slow_bot: RunningBot) -> None:
    emu = slow_bot.emulator
    await start_routine(emu, "standard")
    await emu.wait_for(lambda: steps(emu) == [1], timeout=5)
    emu.send_text(CHAT, "my legs suddenly feel numb and weak")
    await emu.wait_for(lambda: any(t.startswith("⚠️") for t in emu.texts(CHAT)))
    assert any("stopped your routine" in t for t in emu.texts(CHAT))
    await asyncio.sleep(2.2)
    assert steps(emu) == [1]
    assert slow_bot.app.bot_data["services"].sessions.active(CHAT) is None


async def test_a_user_who_blocks_the_bot_ends_the_session(slow_bot: RunningBot) -> None:
    emu = slow_bot.emulator
    await start_routine(emu, "quick")
    await emu.wait_for(lambda: steps(emu) == [1], timeout=5)
    emu.set_blocked(CHAT)
    sessions = slow_bot.app.bot_data["services"].sessions
    await emu.wait_for(lambda: sessions.active(CHAT) is None, timeout=5)
    refused = len(emu.calls_to("sendMessage"))
    await asyncio.sleep(1.0)
    assert len(emu.calls_to("sendMessage")) == refused  # no retrying a chat that refuses


async def test_double_taps_change_nothing_twice(bot: RunningBot, caplog: pytest.LogCaptureFixture) -> None:
    emu = bot.emulator
    await start_routine(emu, "quick")
    await emu.wait_for(lambda: any(t.startswith("That's the end") for t in emu.texts(CHAT)), timeout=10)
    session_id = buttons(emu.sent(CHAT)[-1])[0].split(":")[1]
    emu.press(CHAT, f"score:{session_id}:3")
    emu.press_forged(CHAT, f"score:{session_id}:7")
    await emu.wait_for(lambda: len([c for c in emu.calls_to("answerCallbackQuery")]) >= 4)
    await asyncio.sleep(0.3)
    assert [t for t in emu.texts(CHAT) if "saved" in t] == ["Thanks, saved: 3/10. Send /progress to see how it "
                                                             "changes over time."]
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


async def test_a_new_routine_starts_while_the_old_ones_step_is_still_on_its_way(slow_bot: RunningBot) -> None:
    emu = slow_bot.emulator
    await start_routine(emu, "standard")
    await emu.wait_for(lambda: steps(emu) == [1], timeout=5)
    emu.fail_next(3, 502, methods={"sendMessage"})  # step 2 will spend seconds in retries
    await emu.wait_for(lambda: any(c.failed for c in emu.calls_to("sendMessage")), timeout=5)
    emu.send_text(CHAT, "/stop")
    await start_routine(emu, "quick")
    await emu.wait_for(lambda: any(t.startswith("Step 2/3") for t in emu.texts(CHAT)), timeout=15)
    sessions = slow_bot.app.bot_data["services"].sessions
    assert sessions.active(CHAT).routine_id == "quick"
    assert sum(t.startswith("Step 1/3") for t in emu.texts(CHAT)) == 1
