"""End to end: the bot process killed with SIGKILL mid-session and started again."""

from __future__ import annotations

import re
import signal
import time
from dataclasses import replace
from pathlib import Path

from bot.config import Settings
from bot.knowledge import KnowledgeBase
from tests.emulator import BotApiEmulator
from tests.tgbot.harness import CHAT, bot_process, stop_process, wait_polling

STEP = re.compile(r"^Step (\d+)/(\d+) — ")


def latest_buttons(emu: BotApiEmulator) -> list[str]:
    try:
        return [data for _, data in emu.buttons(CHAT)]
    except LookupError:  # the bot has not written yet
        return []


def step_numbers(emu: BotApiEmulator) -> list[int]:
    return [int(m[1]) for t in emu.texts(CHAT) if (m := STEP.match(t))]


def test_sigkill_mid_session_neither_loses_nor_repeats_a_step(emulator: BotApiEmulator, settings: Settings,
                                                              kb: KnowledgeBase, tmp_path: Path) -> None:
    emu = emulator
    settings = replace(settings, time_scale=0.01)  # standard routine: steps of 1.8, 2.4, 1.8 and 1.2 s
    n = len(kb.routines["standard"].steps)
    log = tmp_path / "bot.log"
    first = bot_process(settings, log_path=log)
    try:
        wait_polling(emu)
        emu.send_text(CHAT, "/routine")
        emu.wait_for_sync(lambda: "rt:standard" in latest_buttons(emu), timeout=10)
        emu.press(CHAT, "rt:standard")
        emu.wait_for_sync(lambda: "rtok:standard" in latest_buttons(emu), timeout=10)
        emu.press(CHAT, "rtok:standard")
        emu.wait_for_sync(lambda: step_numbers(emu) == [1, 2], timeout=10)
        # Kill between steps. (Killed in the millisecond between Telegram accepting a step and the
        # database recording it, the bot would send that one step again: delivery is at least once.)
        time.sleep(0.5)
        first.send_signal(signal.SIGKILL)
        first.wait()
    finally:
        stop_process(first)
    time.sleep(2.5)  # step 3 falls due while the bot is down
    assert step_numbers(emu) == [1, 2]
    starts = len(emu.calls_to("deleteWebhook"))
    second = bot_process(settings, log_path=log)
    try:
        wait_polling(emu, since=starts)
        emu.wait_for_sync(lambda: any(t.startswith("That's the end") for t in emu.texts(CHAT)), timeout=20)
        time.sleep(0.5)
    finally:
        stop_process(second)
    assert step_numbers(emu) == list(range(1, n + 1))
    texts = emu.texts(CHAT)
    late = [t for t in texts if STEP.match(t) and "comes late" in t]
    assert [STEP.match(t)[1] for t in late] == ["3"]
    assert sum(t.startswith("That's the end") for t in texts) == 1
