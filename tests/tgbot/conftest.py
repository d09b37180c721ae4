"""End-to-end fixtures: the real application, polling the Bot API emulator over real HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.knowledge import KnowledgeBase
from tests.emulator import BotApiEmulator
from tests.tgbot.harness import CHAT, TOKEN, RunningBot, start_bot, stop_bot


@pytest.fixture(autouse=True)
def no_proxy_for_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the bot's requests to the emulator off any proxy set in the environment."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture
def emulator() -> Iterator[BotApiEmulator]:
    """A Bot API emulator on 127.0.0.1, stopped after the test."""
    with BotApiEmulator(TOKEN) as emu:
        yield emu


@pytest.fixture
def settings(emulator: BotApiEmulator, tmp_path: Path, new_sqlite: Callable[[Path], Path]) -> Settings:
    """Settings pointing the bot at the emulator, a new empty database and a fast clock."""
    return Settings(token=TOKEN, api_base_url=emulator.base_url, db_path=new_sqlite(tmp_path / "bot.db"),
                    time_scale=0.001, admin_ids=frozenset({CHAT + 1}))


@pytest.fixture
async def bot(settings: Settings, kb: KnowledgeBase, emulator: BotApiEmulator) -> AsyncIterator[RunningBot]:
    """The real BackCare application polling the emulator."""
    running = await start_bot(settings, kb, emulator)
    try:
        yield running
    finally:
        await stop_bot(running)
