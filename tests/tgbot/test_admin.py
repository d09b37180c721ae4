"""End to end: /stats and /reload answer admins only, and a broken reload keeps the old knowledge base."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest
from bot.tgbot.admin import problems_text

from bot.config import Settings
from bot.knowledge import load
from bot.tgbot.render import MAX_MESSAGE
from tests.conftest import KNOWLEDGE
from tests.emulator import BotApiEmulator
from tests.tgbot.harness import CHAT, RunningBot, start_bot, stop_bot

ADMIN = CHAT + 1  # in the settings fixture's admin_ids
QUESTION = "how often should I massage my back?"


async def send(emu: BotApiEmulator, text: str, chat: int) -> str:
    """Send a message and return the text of the bot's next message."""
    before = len(emu.texts(chat))
    emu.send_text(chat, text)
    await emu.wait_for(lambda: len(emu.texts(chat)) > before, timeout=15)
    return emu.texts(chat)[before]


@pytest.fixture
def kb_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, copy)
    return copy


@pytest.fixture
async def admin_bot(settings: Settings, kb_copy: Path, emulator: BotApiEmulator) -> AsyncIterator[RunningBot]:
    """The bot serving a copy of the knowledge base that the test may edit."""
    running = await start_bot(replace(settings, knowledge_dir=kb_copy), load(kb_copy), emulator)
    try:
        yield running
    finally:
        await stop_bot(running)


async def test_non_admins_get_no_reply_at_all(admin_bot: RunningBot) -> None:
    emu = admin_bot.emulator
    emu.send_text(CHAT, "/stats")
    emu.send_text(CHAT, "/reload")
    emu.send_text(CHAT, "/stats", user_id=ADMIN)  # an admin's id in someone else's chat still counts
    await emu.wait_for(lambda: len(emu.texts(CHAT)) == 1)
    await asyncio.sleep(0.5)
    assert len(emu.texts(CHAT)) == 1 and emu.texts(CHAT)[0].startswith("Users:")
    commands = {c["command"] for c in emu.calls_to("setMyCommands")[0].params["commands"]}
    assert not commands & {"stats", "reload"}


async def test_stats_for_an_admin(admin_bot: RunningBot) -> None:
    emu = admin_bot.emulator
    await send(emu, QUESTION, CHAT)
    await send(emu, "/log 5", CHAT)
    storage = admin_bot.app.bot_data["services"].storage
    storage.record_feedback("massage-frequency", True)
    storage.record_feedback("effleurage", False)
    storage.record_feedback("kneading", True)
    storage.record_feedback("kneading", True)
    text = await send(emu, "/stats", ADMIN)
    assert text.splitlines() == [
        "Users: 1",
        "Sessions: 0 started, 0 finished",
        "Answered: 100% of 1 question",
        "👍 ratio: 75% of 4 ratings (3 👍, 1 👎)",
    ]


async def test_reload_swaps_in_the_new_knowledge_base(admin_bot: RunningBot, kb_copy: Path) -> None:
    emu = admin_bot.emulator
    faq = kb_copy / "faq.yaml"
    text = faq.read_text(encoding="utf-8")
    old_answer = load(kb_copy).entries["massage-frequency"].answer
    faq.write_text(text.replace(old_answer.splitlines()[0], "RELOADED ANSWER about frequency.", 1),
                   encoding="utf-8")
    reply = await send(emu, "/reload", ADMIN)
    assert reply.startswith("Reloaded: ") and " entries, " in reply
    assert "RELOADED ANSWER" in await send(emu, QUESTION, CHAT)


async def test_broken_reload_keeps_the_old_knowledge_base(admin_bot: RunningBot, kb_copy: Path) -> None:
    emu = admin_bot.emulator
    services = admin_bot.app.bot_data["services"]
    before = services.dialogue
    faq = kb_copy / "faq.yaml"
    text = faq.read_text(encoding="utf-8")
    faq.write_text(text.replace("- id: session-length", "- id: massage-frequency", 1), encoding="utf-8")
    line = text[: text.index("- id: session-length")].count("\n") + 1

    reply = await send(emu, "/reload", ADMIN)
    assert "kept serving the old one" in reply
    assert f"{faq}:{line}: duplicate id 'massage-frequency'" in reply
    assert services.dialogue is before
    assert "a few times a week" in (await send(emu, QUESTION, CHAT)).lower()


def test_many_problems_are_escaped_and_cut_to_one_message() -> None:
    text = problems_text([f"faq.yaml:{n}: unknown key '<b>'" for n in range(1, 500)])
    assert len(text) < MAX_MESSAGE
    assert "<code>faq.yaml:1: unknown key '&lt;b&gt;'</code>" in text and "<b>" not in text
    assert text.endswith("more (`backcare-bot validate` lists them all)")
