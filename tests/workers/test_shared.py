"""Several workers on one PostgreSQL, in one test: chat order and update ids across them, the ticker's wake-up."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import psycopg
import pytest
from telegram import Update

import bot.core.ticker as ticker_module
from bot.core.deps import CoreSettings, Deps
from bot.core.ticker import Ticker
from bot.dialogue import Dialogue
from bot.storage.postgres import PostgresStore
from bot.tgbot.processor import PerChatUpdateProcessor
from tests.core.conftest import RecordingDelivery


def update(update_id: int, chat_id: int, text: str = "hello") -> Update:
    """Return a text message update from a private chat."""
    return Update.de_json({"update_id": update_id, "message": {
        "message_id": update_id, "date": 0, "text": text, "chat": {"id": chat_id, "type": "private"},
        "from": {"id": chat_id, "is_bot": False, "first_name": "Ann"}}}, None)


@pytest.fixture
async def workers(postgres_url: str) -> AsyncIterator[list[PostgresStore]]:
    """Two workers' stores on one database."""
    stores = [await PostgresStore.open(postgres_url), await PostgresStore.open(postgres_url)]
    yield stores
    for store in stores:
        await store.close()


def processors(stores: list[PostgresStore]) -> list[PerChatUpdateProcessor]:
    out = []
    for store in stores:
        p = PerChatUpdateProcessor()
        p.share(store)
        out.append(p)
    return out


async def test_an_update_two_workers_receive_is_handled_once(workers: list[PostgresStore]) -> None:
    handled: list[str] = []

    async def handle(worker: str) -> None:
        handled.append(worker)
    a, b = processors(workers)
    await a.do_process_update(update(1, 5), handle("a"))
    await b.do_process_update(update(1, 5), handle("b"))  # Telegram retried it, to the other worker
    await b.do_process_update(update(2, 5), handle("b"))
    assert handled == ["a", "b"]


async def waiting_for_a_chat_lock(url: str) -> bool:
    """Return whether some connection waits for an advisory lock (a worker queued behind another)."""
    async with await psycopg.AsyncConnection.connect(url) as conn:
        row = await (await conn.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                        "AND NOT granted")).fetchone()
        return bool(row and row[0])


async def test_one_chat_waits_for_the_other_worker_and_other_chats_do_not(workers: list[PostgresStore],
                                                                          postgres_url: str) -> None:
    events: list[str] = []
    started, release = asyncio.Event(), asyncio.Event()

    async def slow(name: str) -> None:
        events.append(f"{name} starts")
        started.set()
        await release.wait()
        events.append(f"{name} ends")

    async def quick(name: str) -> None:
        events.append(name)
    a, b = processors(workers)
    first = asyncio.create_task(a.do_process_update(update(1, 5), slow("pause")))
    await started.wait()
    await b.do_process_update(update(2, 6), quick("another chat"))  # not held up
    second = asyncio.create_task(b.do_process_update(update(3, 5), quick("resume")))
    async with asyncio.timeout(10):
        while not await waiting_for_a_chat_lock(postgres_url):
            await asyncio.sleep(0.01)
    assert events == ["pause starts", "another chat"]
    release.set()
    await asyncio.gather(first, second)
    assert events == ["pause starts", "another chat", "pause ends", "resume"]


async def test_a_worker_that_makes_work_due_wakes_the_others_tickers(
        workers: list[PostgresStore], dialogue: Dialogue, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ticker_module, "MAX_SLEEP_SECONDS", 60.0)  # only a notice can wake it in time
    sleeper_store, maker_store = workers
    delivery = RecordingDelivery()
    sleeper = Ticker(Deps(sleeper_store, dialogue, time.time, CoreSettings(time_scale=0.001)), delivery)
    maker = Ticker(Deps(maker_store, dialogue, time.time, CoreSettings(time_scale=0.001)), RecordingDelivery())
    stop = asyncio.Event()
    running = asyncio.create_task(sleeper.run(stop))
    try:
        async with asyncio.timeout(10):  # asleep and listening before the work is made
            while sleeper_store._listener is None or not sleeper_store._listening.is_set():
                await asyncio.sleep(0.01)
        await maker_store.sessions.create(7, 7, "quick", due_at=time.time(), started_at=time.time())
        await maker.due_changed()
        async with asyncio.timeout(10):
            while not delivery.texts(7):
                await asyncio.sleep(0.01)
        assert delivery.texts(7)[0].startswith("Step 1/")
    finally:
        stop.set()
        sleeper.poke()
        await running
