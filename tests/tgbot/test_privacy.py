"""End to end: /privacy, /export as a JSON document, and /forget leaving nothing behind."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import Settings
from bot.core.app import NOT_YOURS
from bot.core.privacy import CONFIRM, FORGOTTEN, KEPT, NOTHING
from bot.core.progress import OPEN_PRIVATE, PRIVATE
from bot.knowledge import KnowledgeBase
from bot.privacy import EXPORT_FILENAME
from tests.emulator import BotApiEmulator
from tests.tgbot.harness import CHAT, RunningBot, press, start_bot, stop_bot
from tests.tgbot.test_sessions import start_routine

OTHER = CHAT + 7
GROUP = -100123


async def send(emu: BotApiEmulator, text: str, chat: int = CHAT, *, user_id: int | None = None) -> str:
    """Send a message and return the text or caption of the bot's next message."""
    before = len(emu.texts(chat))
    emu.send_text(chat, text, user_id=user_id)
    await emu.wait_for(lambda: len(emu.texts(chat)) > before)
    return emu.texts(chat)[before]


def edits(emu: BotApiEmulator) -> list[str]:
    return [str(c.params.get("text")) for c in emu.calls_to("editMessageText") if not c.failed]


def rows_about(db: Path, user_id: int) -> dict[str, int]:
    """Count, in every table of the database, the rows with this user or chat id."""
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        found = {}
        for table in tables:
            columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            for column in columns & {"user_id", "chat_id"}:
                n = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {column} = ?", (user_id,)).fetchone()[0]
                found[f"{table}.{column}"] = found.get(f"{table}.{column}", 0) + n
    assert {"users.user_id", "pain_log.user_id", "sessions.chat_id", "reminders.user_id"} <= set(found)
    return {k: n for k, n in found.items() if n}


@pytest.fixture
async def real_time_bot(settings: Settings, kb: KnowledgeBase, emulator: BotApiEmulator) -> AsyncIterator[RunningBot]:
    """The bot at real speed, so a routine is still running when the user says /forget."""
    running = await start_bot(replace(settings, time_scale=1.0), kb, emulator)
    try:
        yield running
    finally:
        await stop_bot(running)


async def test_privacy_says_what_is_stored(bot: RunningBot) -> None:
    text = await send(bot.emulator, "/privacy")
    assert "pain scores" in text.lower() and "/export" in text and "/forget" in text


async def test_export_contains_what_was_logged(bot: RunningBot) -> None:
    emu = bot.emulator
    assert await send(emu, "/export") == NOTHING
    await send(emu, "/log 4 stiff after gardening")
    await send(emu, "/log 6", chat=OTHER)
    await send(emu, "/export")
    [call] = emu.calls_to("sendDocument")
    assert call.params["chat_id"] == CHAT
    assert call.result["document"]["file_name"] == EXPORT_FILENAME
    document = json.loads(call.files["document"].decode("utf-8"))
    assert document["user_id"] == CHAT
    assert [(e["score"], e["note"]) for e in document["pain_log"]] == [(4, "stiff after gardening")]


async def test_forget_no_keeps_everything(bot: RunningBot, settings: Settings) -> None:
    emu = bot.emulator
    await send(emu, "/log 4")
    assert await send(emu, "/forget") == CONFIRM
    await press(emu, CHAT, "forget:*:no")
    await emu.wait_for(lambda: bool(edits(emu)))
    assert edits(emu) == [KEPT] and emu.buttons(CHAT) == []
    assert rows_about(settings.db_path, CHAT)["pain_log.user_id"] == 1


async def test_forget_deletes_every_row_and_stops_what_was_due(real_time_bot: RunningBot, settings: Settings) -> None:
    emu, store = real_time_bot.emulator, real_time_bot.core.store
    await send(emu, "/log 4 stiff after gardening")
    now = time.time()
    await store.accounts.set_timezone(CHAT, CHAT, "Europe/London", at=now)
    in_an_hour = now + 3600
    await store.reminders.add(CHAT, CHAT, frozenset({0, 2}), dt.time(19), "Europe/London", next_due_at=in_an_hour,
                              routine_id="quick")
    theirs = await store.reminders.add(OTHER, OTHER, frozenset({1}), dt.time(8), "UTC", next_due_at=in_an_hour + 60)
    await store.pain.add(OTHER, OTHER, 5, None, at=now)
    await start_routine(emu, "quick")
    await emu.wait_for(lambda: any(t.startswith("Step 1/3") for t in emu.texts(CHAT)))
    assert set(rows_about(settings.db_path, CHAT)) >= {"users.user_id", "pain_log.user_id", "sessions.chat_id",
                                                       "reminders.user_id"}

    await send(emu, "/forget")
    await press(emu, CHAT, "forget:*:yes")
    await emu.wait_for(lambda: FORGOTTEN in edits(emu))

    assert rows_about(settings.db_path, CHAT) == {}
    assert await store.sessions.active(CHAT) is None
    assert await store.reminders.next_due() == theirs.next_due_at  # only the other person's is still due
    assert await store.pain.entries(OTHER) and await store.reminders.for_user(OTHER) == [theirs]


async def test_forget_in_a_group_is_the_askers_alone(bot: RunningBot, settings: Settings) -> None:
    emu, store = bot.emulator, bot.core.store
    await send(emu, "/log 4", chat=CHAT)
    await send(emu, "/log 6", chat=OTHER)
    assert await send(emu, "/forget", chat=GROUP, user_id=CHAT) == CONFIRM
    await press(emu, GROUP, "forget:*:yes", user_id=OTHER)  # someone else taps it
    await emu.wait_for(lambda: len(emu.calls_to("answerCallbackQuery")) == 1)
    assert emu.calls_to("answerCallbackQuery")[0].params.get("text") == NOT_YOURS
    assert await store.pain.entries(CHAT) and await store.pain.entries(OTHER)  # nothing deleted
    await press(emu, GROUP, "forget:*:yes", user_id=CHAT)
    await emu.wait_for(lambda: FORGOTTEN in edits(emu))
    assert rows_about(settings.db_path, CHAT) == {}
    assert [e.score for e in await store.pain.entries(OTHER)] == [6]


async def test_export_in_a_group_goes_to_the_private_chat(bot: RunningBot) -> None:
    emu = bot.emulator
    await send(emu, "/log 4 stiff after gardening")
    assert await send(emu, "/export", chat=GROUP, user_id=CHAT) == PRIVATE
    [call] = emu.calls_to("sendDocument")
    assert call.params["chat_id"] == CHAT  # the person's own chat, never the group
    emu.set_blocked(CHAT)  # as when they never opened a private chat with the bot
    assert await send(emu, "/export", chat=GROUP, user_id=CHAT) == OPEN_PRIVATE
    emu.send_text(GROUP, "/privacy", user_id=CHAT)  # whatever came with the export is in the group before this
    await emu.wait_for(lambda: "/forget" in emu.texts(GROUP)[-1])
    assert emu.texts(GROUP)[:-1] == [PRIVATE, OPEN_PRIVATE]  # not "I've sent it" when it could not be sent
