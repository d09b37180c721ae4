"""One script through both adapters: the terminal chat and Telegram say the same for the same intents."""

from __future__ import annotations

import html
import io
from dataclasses import replace
from pathlib import Path

from bot.config import Settings
from bot.console import Terminal, handle
from bot.core.build import build_core
from bot.knowledge import KnowledgeBase
from tests.emulator import BotApiEmulator
from tests.shared import shared_dialogue
from tests.tgbot.harness import CHAT, start_bot, stop_bot

#: Typed lines, and ("tap", label) for pressing the button whose label contains ``label``.
#: (At most eight updates: the flood guard slows down a ninth within a second, and that is Telegram-only.)
SCRIPT: list[str | tuple[str, str]] = [
    "how often should I massage my back?",
    "/routine",
    ("tap", "Quick"),
    ("tap", "No, none"),
    "pause",
    "pause",
    "stop",
    "numbness between my legs and terrible back pain",
]
REPLY_CALLS = ("sendMessage", "editMessageText")


def replies(texts: list[str]) -> list[str]:
    """Keep what the person was told in reply (scheduled steps arrive on their own time)."""
    return [t for t in texts if not t.startswith("Step ")]


async def terminal_run(kb: KnowledgeBase, db: Path) -> list[str]:
    core = await build_core(Settings(db_path=db, time_scale=1.0), shared_dialogue(kb), terminal=True)
    terminal = Terminal(core, io.StringIO(), interactive=False)
    said: list[str] = []
    try:
        for step in SCRIPT:
            if isinstance(step, tuple):
                number = next(i for i, b in enumerate(terminal.choices, 1) if step[1] in b.label)
                outcome = await handle(core, terminal, str(number))
            else:
                outcome = await handle(core, terminal, step)
            terminal.show(outcome)
            said += outcome.texts
    finally:
        await core.store.close()
    return said


async def telegram_run(settings: Settings, kb: KnowledgeBase, emulator: BotApiEmulator) -> list[str]:
    bot = await start_bot(replace(settings, time_scale=1.0), kb, emulator)
    try:
        for step in SCRIPT:
            before = len(told(emulator))
            if isinstance(step, tuple):
                data = next(b["callback_data"] for m in reversed(emulator.sent(CHAT))
                            for row in (m.get("reply_markup") or {}).get("inline_keyboard", []) for b in row
                            if step[1] in b["text"])
                emulator.press(CHAT, data)
            else:
                emulator.send_text(CHAT, step)
            await emulator.wait_for(lambda b=before: len(told(emulator)) > b)  # type: ignore[misc]
    finally:
        await stop_bot(bot)
    return told(emulator)


def told(emulator: BotApiEmulator) -> list[str]:
    """Return the texts the bot sent or edited in, in order, without scheduled steps."""
    texts = [html.unescape(str(c.params.get("text", ""))) for c in emulator.calls if c.method in REPLY_CALLS]
    return replies(texts)


async def test_the_terminal_and_telegram_answer_a_script_alike(settings: Settings, kb: KnowledgeBase,
                                                               emulator: BotApiEmulator, tmp_path: Path) -> None:
    terminal = replies(await terminal_run(kb, tmp_path / "terminal.db"))
    telegram = replies(await telegram_run(settings, kb, emulator))
    assert terminal == telegram
    assert any("already paused" in t for t in terminal)
    assert "Stopped" in " ".join(terminal)
