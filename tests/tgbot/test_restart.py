"""End to end: the bot process killed with SIGKILL mid-session and started again."""

from __future__ import annotations

import re

from tests.emulator import BotApiEmulator
from tests.tgbot.harness import CHAT

STEP = re.compile(r"^Step (\d+)/(\d+) — ")


def latest_buttons(emu: BotApiEmulator) -> list[str]:
    try:
        return [data for _, data in emu.buttons(CHAT)]
    except LookupError:  # the bot has not written yet
        return []


def step_numbers(emu: BotApiEmulator) -> list[int]:
    return [int(m[1]) for t in emu.texts(CHAT) if (m := STEP.match(t))]
