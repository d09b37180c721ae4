"""Helpers for the end-to-end tests: start the real application against the Bot API emulator."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from telegram.ext import Application

from bot.config import Settings
from bot.knowledge import KnowledgeBase
from bot.tgbot.app import build_application
from tests.emulator import BotApiEmulator

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:TEST-token-not-real"
CHAT = 5001


@dataclass
class RunningBot:
    """The running application and the emulator it talks to."""

    app: Application
    emulator: BotApiEmulator


async def start_bot(settings: Settings, kb: KnowledgeBase, emulator: BotApiEmulator) -> RunningBot:
    """Start the application the way ``run_polling`` does, inside the test's event loop."""
    app = build_application(settings, kb)
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
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
