"""Helpers for the end-to-end tests: start the real application against the Bot API emulator."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

from telegram.ext import Application

from bot import memory
from bot.config import Settings
from bot.core.app import BackCare
from bot.core.clock import Clock, FakeClock, system_clock
from bot.core.ticker import Ticker
from bot.knowledge import KnowledgeBase
from bot.tgbot import handlers
from bot.tgbot.app import build_application
from bot.tgbot.retry import RetryingRateLimiter
from bot.tgbot.startup import PollingErrors
from tests.emulator import BotApiEmulator
from tests.shared import shared_dialogue

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:TEST-token-not-real"
CHAT = 5001


@dataclass
class RunningBot:
    """The running application and the emulator it talks to."""

    app: Application
    emulator: BotApiEmulator

    @property
    def core(self) -> BackCare:
        """Return the application core the bot built on start-up."""
        core: BackCare = self.app.bot_data[handlers.CORE]
        return core

    @property
    def ticker(self) -> Ticker:
        """Return the bot's one ticker."""
        ticker: Ticker = self.app.bot_data[handlers.TICKER]
        return ticker


async def start_bot(settings: Settings, kb: KnowledgeBase, emulator: BotApiEmulator, *,
                    clock: Clock = system_clock) -> RunningBot:
    """Start the application the way ``run_polling`` does, inside the test's event loop.

    The search index of ``kb`` is built once per test session (:func:`shared_dialogue`), not per bot.

    Failed Bot API calls are retried after 0.1 s, 0.2 s, ... rather than 0.5 s, 1 s, ..., so tests of
    5xx answers and outages wait less; the retrying itself is the bot's own.

    The start-up's :func:`bot.memory.release` is left out: in a bot process it collects the index build's
    garbage, but here it would collect the whole test process's heap (every module, corpus and index the
    session holds), 0.1 to 0.3 s a bot.
    """
    app = build_application(settings, shared_dialogue(kb), clock=clock,
                            rate_limiter=RetryingRateLimiter(first_delay=0.1))
    await app.initialize()
    if app.post_init:
        with mock.patch.object(memory, "release", lambda: None):
            await app.post_init(app)
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=1, error_callback=PollingErrors())
    return RunningBot(app, emulator)


async def stop_bot(bot: RunningBot) -> None:
    """Stop polling and shut the application down."""
    app = bot.app
    if app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    if app.post_shutdown:
        await app.post_shutdown(app)
    await app.shutdown()


def free_port() -> int:
    """Return a TCP port that is free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bot_process(settings: Settings, *args: str, log_path: Path, extra_env: dict[str, str] | None = None,
                ) -> subprocess.Popen[bytes]:
    """Start ``backcare-bot run`` as a separate process, logging to ``log_path``."""
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": settings.token or "",
        "NO_PROXY": "127.0.0.1,localhost", "TELEGRAM_API_BASE_URL": settings.api_base_url or "",
        "BACKCARE_DB": str(settings.db_path),
        "BACKCARE_TIME_SCALE": str(settings.time_scale),
        "LOG_LEVEL": "DEBUG",
        **(extra_env or {}),
    }
    log = log_path.open("ab")
    return subprocess.Popen([sys.executable, "-m", "bot.cli", "run", *args], cwd=ROOT, env=env,
                            stdout=log, stderr=subprocess.STDOUT)


def wait_polling(emulator: BotApiEmulator, since: int = 0, timeout: float = 20.0) -> None:
    """Wait until a bot process is about to poll (it deletes any webhook first; its polls are
    recorded only when they return, so waiting for one would wait out a whole long poll)."""
    emulator.wait_for_sync(lambda: len(emulator.calls_to("deleteWebhook")) > since, timeout=timeout)


def stop_process(proc: subprocess.Popen[bytes]) -> None:
    """Stop a bot process politely, then firmly."""
    if proc.poll() is None:
        proc.terminate()
        try:  # a clean stop waits for the current long poll; the tests need not
            proc.wait(timeout=3)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# --- buttons: their data ends with "|owner" (base 36); tests name them without it -----------------------------


def plain(data: str) -> str:
    """Return button data without its owner: "rt:quick|3ux" -> "rt:quick"."""
    return data.split("|", 1)[0]


def datas(message: dict) -> list[str]:
    """Return the callback data of every button on a sent message (params of a send), owners included."""
    return [b.get("callback_data", "") for row in (message.get("reply_markup") or {}).get("inline_keyboard", [])
            for b in row]


def matches(data: str, wanted: str) -> bool:
    """Return whether button data (owner aside) is ``wanted``: its parts in order, ``*`` for any one part,
    and a prefix is enough ("ss:pause" matches "ss:pause:4:0", "chk:*:no" matches "chk:12:no")."""
    have, want = plain(data).split(":"), wanted.split(":")
    return len(have) >= len(want) and all(w in ("*", h) for w, h in zip(want, have, strict=False))


def find_button(emu: BotApiEmulator, chat: int, wanted: str) -> str | None:
    """Return the full data of the newest button in the chat that :func:`matches` ``wanted``, or None."""
    with emu._lock:
        state = emu._chats.get(chat)
        messages = [] if state is None else [state.bot_messages[m] for m in sorted(state.bot_messages, reverse=True)]
        for message in messages:
            for data in datas(message):
                if matches(data, wanted):
                    return data
    return None


async def press(emu: BotApiEmulator, chat: int, wanted: str, *, user_id: int | None = None,
                timeout: float = 5.0) -> str:
    """Wait for the button named ``wanted`` (see :func:`find_button`) and press it; return its data."""
    await emu.wait_for(lambda: find_button(emu, chat, wanted) is not None, timeout=timeout)
    data = find_button(emu, chat, wanted)
    assert data is not None
    emu.press(chat, data, user_id=user_id)
    return data


def press_sync(emu: BotApiEmulator, chat: int, wanted: str, *, timeout: float = 10.0) -> str:
    """Blocking variant of :func:`press` (for tests that run the bot as a process)."""
    emu.wait_for_sync(lambda: find_button(emu, chat, wanted) is not None, timeout=timeout)
    data = find_button(emu, chat, wanted)
    assert data is not None
    emu.press(chat, data)
    return data


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 30.0) -> None:
    """Wait until the async ``check`` is true (it may read the bot's database)."""
    deadline = time.monotonic() + timeout
    while not await check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"condition not met within {timeout} s")
        await asyncio.sleep(0.01)


async def flushed(bot: RunningBot) -> None:
    """Write the statistics the core buffers (the ticker does it about once a second)."""
    await bot.core.deps.stats.flush(bot.core.store.feedback)


async def later(bot: RunningBot, clock: FakeClock, seconds: float) -> None:
    """Move the bot's fake clock on by ``seconds`` and let its ticker send what fell due, to the end.

    The ticker's own loop may tick at the same moment; the database's claims keep a step from going twice,
    and :meth:`Ticker.drain` waits for whichever send is under way.
    """
    clock.advance(seconds)
    await bot.ticker.tick()
    await bot.ticker.drain()
