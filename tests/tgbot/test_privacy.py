"""End to end: /privacy, /export as a JSON document, and /forget leaving nothing behind."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest
from bot.tgbot.privacy import CONFIRM, FORGOTTEN, KEPT, NOTHING

from bot.config import Settings
from bot.knowledge import KnowledgeBase
from bot.privacy import EXPORT_FILENAME
from bot.tgbot import reminders
from tests.emulator import BotApiEmulator
from tests.tgbot.harness import CHAT, RunningBot, start_bot, stop_bot

OTHER = CHAT + 7


async def send(emu: BotApiEmulator, text: str, chat: int = CHAT) -> str:
    """Send a message and return the text or caption of the bot's next message."""
    before = len(emu.texts(chat))
    emu.send_text(chat, text)
    await emu.wait_for(lambda: len(emu.texts(chat)) > before)
    return emu.texts(chat)[before]


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


async def test_forget_no_keeps_everything(bot: RunningBot) -> None:
    emu = bot.emulator
    await send(emu, "/log 4")
    assert await send(emu, "/forget") == CONFIRM
    emu.press(CHAT, "forget:no")
    await emu.wait_for(lambda: bool(emu.calls_to("editMessageText")))
    assert emu.calls_to("editMessageText")[0].params["text"] == KEPT
    assert rows_about(bot.app.bot_data["services"].storage.path, CHAT)["pain_log.user_id"] == 1


async def test_forget_deletes_every_row_and_cancels_jobs(real_time_bot: RunningBot, settings: Settings) -> None:
    emu, app = real_time_bot.emulator, real_time_bot.app
    storage = app.bot_data["services"].storage
    await send(emu, "/log 4 stiff after gardening")
    storage.set_timezone(CHAT, CHAT, "Europe/London")
    mine = storage.add_reminder(CHAT, CHAT, frozenset({0, 2}), dt.time(19), "Europe/London", "quick")
    theirs = storage.add_reminder(OTHER, OTHER, frozenset({1}), dt.time(8), "UTC")
    storage.log_pain(OTHER, OTHER, 5)
    in_an_hour = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    for reminder in (mine, theirs):  # scheduled the way the bot schedules them
        reminders.schedule(app, reminder, in_an_hour)
    emu.send_text(CHAT, "/routine")
    await emu.wait_for(lambda: any(d == "rt:quick" for _, d in emu.buttons(CHAT)))
    emu.press(CHAT, "rt:quick")
    await emu.wait_for(lambda: any(d == "rtok:quick" for _, d in emu.buttons(CHAT)))
    emu.press(CHAT, "rtok:quick")
    await emu.wait_for(lambda: bool(app.job_queue.get_jobs_by_name(f"session:{CHAT}")))
    assert set(rows_about(settings.db_path, CHAT)) >= {"users.user_id", "pain_log.user_id", "sessions.chat_id",
                                                       "reminders.user_id"}

    await send(emu, "/forget")
    emu.press(CHAT, "forget:yes")
    await emu.wait_for(lambda: any(c.params.get("text") == FORGOTTEN for c in emu.calls_to("editMessageText")))

    assert rows_about(settings.db_path, CHAT) == {}
    names = [job.name for job in app.job_queue.jobs()]
    assert names == [f"reminder:{OTHER}:{theirs.id}"]
    assert storage.pain_entries(OTHER) and storage.list_reminders(OTHER)
