"""End to end, under faults: the Bot API gone mid-session, a database that is read-only, locked or cannot be
opened, and a knowledge-base file deleted while the bot runs."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

import bot.storage.sqlite
from bot.config import Settings
from bot.core.clock import FakeClock
from bot.knowledge import KnowledgeBase, load
from bot.storage.sqlite import SqliteStore
from bot.tgbot.errors import NO_STORAGE
from tests.emulator import BotApiEmulator
from tests.tgbot.harness import CHAT, RunningBot, flushed, later, press, start_bot, stop_bot
from tests.tgbot.test_sessions import STEP, start_routine, steps

QUESTION = "how often should I massage my back?"
KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


def end_questions(emu: BotApiEmulator) -> list[str]:
    return [t for t in emu.texts(CHAT) if t.startswith("That's the end")]


async def ask(emu: BotApiEmulator, text: str = QUESTION, *, chat: int = CHAT, timeout: float = 5.0) -> str:
    """Send ``text`` and return the bot's next message in the chat."""
    before = len(emu.texts(chat))
    emu.send_text(chat, text)
    await emu.wait_for(lambda: len(emu.texts(chat)) > before, timeout=timeout)
    return emu.texts(chat)[before]


def errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


async def cannot_start_a_routine(emu: BotApiEmulator) -> None:
    """Choose a routine and be told the database is unavailable; no step comes."""
    told = emu.texts(CHAT).count(NO_STORAGE)
    emu.send_text(CHAT, "/routine")
    await press(emu, CHAT, "rt:quick")
    await emu.wait_for(lambda: emu.texts(CHAT).count(NO_STORAGE) > told)
    assert steps(emu) == []


# --- the Bot API unreachable ------------------------------------------------------------------------------


async def test_bot_api_down_mid_session_every_step_arrives_once_after(
        settings: Settings, kb: KnowledgeBase, emulator: BotApiEmulator, caplog: pytest.LogCaptureFixture) -> None:
    """The bot runs on a fake clock: step 3 falls due while the API is down, and is tried (the retry backoff,
    0.1 s doubling in the tests, is real time) until the API is back."""
    caplog.set_level(logging.WARNING)
    emu, clock = emulator, FakeClock()
    quick = [step.minutes * 60 for step in kb.routines["quick"].steps]
    running = await start_bot(replace(settings, time_scale=1.0), kb, emu, clock=clock)

    def retried() -> list[str]:
        return [r.getMessage() for r in caplog.records if r.name == "bot.tgbot.retry"]

    try:
        await start_routine(emu, "quick")
        await emu.wait_for(lambda: steps(emu) == [1], timeout=30)
        await later(running, clock, quick[0])
        assert steps(emu) == [1, 2]
        emu.go_down()
        down = time.monotonic()
        clock.advance(quick[1])  # step 3 falls due during the outage
        running.ticker.poke()
        await emu.wait_for(lambda: sum("sendMessage failed" in m for m in retried()) >= 2, timeout=30)
        emu.come_back()
        back = time.monotonic()
        await emu.wait_for(lambda: steps(emu) == [1, 2, 3], timeout=30)
        # Step 3's send, retried through the outage, is confirmed (which schedules the end question) before the
        # clock moves on; on a loaded machine the emulator can have the step before the bot has its answer.
        await running.ticker.drain()
        await later(running, clock, quick[2])
        await emu.wait_for(lambda: len(end_questions(emu)) == 1, timeout=30)
        await later(running, clock, 0)  # nothing late or doubled still on its way
        assert steps(emu) == [1, 2, 3] and len(end_questions(emu)) == 1

        step_calls = [c for c in emu.calls_to("sendMessage") if STEP.match(c.params.get("text", ""))]
        end_call = next(c for c in emu.calls_to("sendMessage") if c.params.get("text", "").startswith("That's"))
        assert [int(STEP.match(c.params["text"])[1]) for c in step_calls] == [1, 2, 3]
        assert not any(c.failed for c in [*step_calls, end_call])
        assert step_calls[1].time < down <= back <= step_calls[2].time < end_call.time
        assert "comes late" not in step_calls[2].params["text"]

        [state] = await running.core.store.sessions.finished(CHAT)
        assert state.step == 4 and await running.core.store.sessions.active(CHAT) is None
        assert "week" in await ask(emu, timeout=20)  # polling came back too
    finally:
        await stop_bot(running)


# --- the database read-only, locked, or not there -------------------------------------------------------------


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wait 0.2 s, not 5 s, for a locked database, so the tests stay quick (read when the database opens)."""
    monkeypatch.setattr(bot.storage.sqlite, "BUSY_TIMEOUT_MS", 200)


@pytest.fixture
def long_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wait a minute for a locked database: a write then waits for as long as a test holds the lock."""
    monkeypatch.setattr(bot.storage.sqlite, "BUSY_TIMEOUT_MS", 60_000)


def lock(path: Path) -> sqlite3.Connection:
    """Hold the database's write lock from another connection, as a second bot instance would."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    return holder


Undo = Callable[[], Awaitable[None]]


def sqlite_of(running: RunningBot) -> SqliteStore:
    store = running.core.store
    assert isinstance(store, SqliteStore)
    return store


async def make_read_only(running: RunningBot) -> Undo:
    """Make the bot's database refuse writes; return the undo.  SQLite then reports SQLITE_READONLY, as
    for a read-only file; chmod alone cannot do that when the tests run as root."""
    db = sqlite_of(running)._db

    async def writer_query_only(on: bool) -> None:  # on the writing connection, on its own thread
        conn = db.conn
        assert conn is not None
        await asyncio.get_running_loop().run_in_executor(
            db._pool, conn.execute, f"PRAGMA query_only = {'ON' if on else 'OFF'}")

    await writer_query_only(True)

    async def undo() -> None:
        await writer_query_only(False)
    return undo


async def make_locked(running: RunningBot) -> Undo:
    holder = lock(Path(sqlite_of(running).path))

    async def undo() -> None:
        holder.close()
    return undo


@pytest.mark.parametrize(("fault", "explained"), [
    (make_read_only, "is read-only; give the bot write access or point BACKCARE_DB elsewhere"),
    (make_locked, "stayed locked for over 0.2 s; stop the other process using it"),
], ids=["read-only", "locked"])
@pytest.mark.usefixtures("short_busy_timeout")
async def test_database_fault_at_run_time_questions_still_answered(
        bot: RunningBot, caplog: pytest.LogCaptureFixture, fault: Callable[[RunningBot], Awaitable[Undo]],
        explained: str) -> None:
    emu = bot.emulator
    undo = await fault(bot)
    try:
        assert "week" in await ask(emu)
        await flushed(bot)  # the statistics, written about once a second by the ticker, wait for the database
        await emu.wait_for(lambda: any("Could not write statistics" in w and explained in w for w in warnings(caplog)))
        assert await ask(emu, "/log 4 stiff") == NO_STORAGE
        await cannot_start_a_routine(emu)
        assert any("database is unavailable" in e and explained in e for e in errors(caplog))
        assert "week" in await ask(emu)
        assert (await ask(emu, "my legs suddenly feel numb and weak")).startswith("⚠️")  # the advice still comes
    finally:
        await undo()
    assert (await ask(emu, "/log 4 stiff")).startswith("Logged 4/10")  # back to normal once the fault is gone
    assert not [r for r in caplog.records if r.exc_info]  # explained in one line each, no traceback


def create(path: Path) -> None:
    """Create the database file with its schema, as a bot that ran before would have."""
    SqliteStore(path)._db.close_now()


def locked_file(path: Path) -> Iterator[None]:
    create(path)
    holder = lock(path)
    yield
    holder.close()


def missing_folder(path: Path) -> Iterator[None]:
    yield


def not_a_database(path: Path) -> Iterator[None]:
    path.write_bytes(b"these are not the bytes of an SQLite database\n" * 100)
    yield


def read_only_file(path: Path) -> Iterator[None]:
    if os.geteuid() == 0:
        pytest.skip("root can write to any file; the read-only case at run time is tested with PRAGMA query_only")
    create(path)
    path.chmod(0o444)
    yield
    path.chmod(0o644)


@pytest.mark.parametrize(("setup", "folder", "explained"), [
    (locked_file, "", "stayed locked for over 0.2 s; stop the other process using it"),
    (missing_folder, "no/such/folder", "check that its folder exists and is writable, or point BACKCARE_DB"),
    (not_a_database, "", "is not a usable SQLite database (file is not a database); move it aside or point"),
    (read_only_file, "", "is read-only; give the bot write access or point BACKCARE_DB elsewhere"),
], ids=["locked", "missing-folder", "not-a-database", "read-only"])
@pytest.mark.usefixtures("short_busy_timeout")
async def test_database_that_cannot_be_opened_bot_starts_and_answers(
        settings: Settings, kb: KnowledgeBase, emulator: BotApiEmulator, caplog: pytest.LogCaptureFixture,
        tmp_path: Path, setup: Callable[[Path], Iterator[None]], folder: str, explained: str) -> None:
    db = tmp_path / folder / "bot.db"
    fault = setup(db)
    next(fault)
    emu = emulator
    running = await start_bot(replace(settings, db_path=db), kb, emu)
    try:
        startup = [m for m in errors(caplog) if m.startswith("Cannot use the database")]
        assert len(startup) == 1 and str(db) in startup[0] and explained in startup[0], errors(caplog)
        assert "questions are still answered" in startup[0] and "restarted" in startup[0]

        assert "week" in await ask(emu)
        assert await ask(emu, "/log 4") == NO_STORAGE
        await cannot_start_a_routine(emu)
        assert "week" in await ask(emu)
        assert not [r for r in caplog.records if r.exc_info]
    finally:
        await stop_bot(running)
        next(fault, None)


# --- a knowledge-base file deleted at run time ------------------------------------------------------------------


async def test_deleted_knowledge_files_the_bot_keeps_its_loaded_copy(
        settings: Settings, emulator: BotApiEmulator, tmp_path: Path) -> None:
    directory = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, directory)
    kb = load(directory)
    emu = emulator
    running = await start_bot(replace(settings, knowledge_dir=directory), kb, emu)
    try:
        assert "week" in await ask(emu)
        (directory / "faq.yaml").unlink()  # holds the answer to QUESTION
        (directory / "routines.yaml").unlink()
        assert "week" in await ask(emu)
        await start_routine(emu, "quick")
        await emu.wait_for(lambda: len(end_questions(emu)) == 1, timeout=5)
        assert steps(emu) == [1, 2, 3]

        admin = CHAT + 1  # an admin's /reload finds the gap and keeps serving what was loaded
        refused = await ask(emu, "/reload", chat=admin)
        assert "kept serving the old one" in refused and "massage-frequency" in refused
        assert "week" in await ask(emu)
    finally:
        await stop_bot(running)


@pytest.fixture
def busy_timeout_1_s(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bot.storage.sqlite, "BUSY_TIMEOUT_MS", 1000)


@pytest.mark.usefixtures("busy_timeout_1_s")
@pytest.mark.usefixtures("long_busy_timeout")
async def test_a_locked_database_does_not_hold_up_other_users(bot: RunningBot) -> None:
    emu = bot.emulator
    undo = await make_locked(bot)
    try:
        emu.send_text(CHAT, "/log 4")  # its write waits for the lock
        assert "week" in await ask(emu, chat=CHAT + 7)  # another chat is answered meanwhile, whatever the machine
        assert emu.texts(CHAT) == []  # while the first still waits for the database
    finally:
        await undo()
    await emu.wait_for(lambda: emu.texts(CHAT) != [], timeout=30)
    assert emu.texts(CHAT)[0].startswith("Logged 4/10")  # once the lock is gone the score is saved, not lost
