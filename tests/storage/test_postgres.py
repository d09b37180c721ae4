"""What only the PostgreSQL backend offers: chat locks across workers and the LISTEN/NOTIFY wake-up."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import psycopg
import pytest

from bot.storage import StorageError
from bot.storage.postgres import CHAT_LOCK_SPACE, PostgresStore, _chat_key


@pytest.fixture
async def workers(postgres_url: str) -> AsyncIterator[tuple[PostgresStore, PostgresStore]]:
    """Two stores on one database, as two workers."""
    one, two = await PostgresStore.open(postgres_url), await PostgresStore.open(postgres_url)
    yield one, two
    await one.close()
    await two.close()


async def lock_backends(url: str, chat_id: int, *, granted: bool) -> list[int]:
    """Return the server process ids holding (or waiting for) the chat's lock."""
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        rows = await (await conn.execute(
            "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND classid = %s AND objid = %s AND objsubid = 2 "
            "AND granted = %s", (CHAT_LOCK_SPACE, _chat_key(chat_id) & 0xFFFFFFFF, granted))).fetchall()
        return [r[0] for r in rows]


async def until_waiting(url: str, chat_id: int) -> None:
    """Return once some worker waits for the chat's lock."""
    while not await lock_backends(url, chat_id, granted=False):
        await asyncio.sleep(0.005)


async def test_one_chat_at_a_time_across_workers(workers: tuple[PostgresStore, PostgresStore],
                                                 postgres_url: str) -> None:
    one, two = workers
    events: list[str] = []

    async def second() -> None:
        async with two.chat_lock(42):
            events.append("two has it")

    async with one.chat_lock(42):
        async with two.chat_lock(-1001234567890):  # another chat is not held up
            events.append("two has another chat")
        with pytest.raises(StorageError, match="chat 42 stayed busy .*another worker"):
            async with two.chat_lock(42, timeout=0.05):
                pass
        waiting = asyncio.create_task(second())
        await until_waiting(postgres_url, 42)
        events.append("one lets go")
    await waiting
    assert events == ["two has another chat", "one lets go", "two has it"]
    assert await lock_backends(postgres_url, 42, granted=True) == []


async def test_a_dead_workers_chat_lock_is_freed(workers: tuple[PostgresStore, PostgresStore],
                                                 postgres_url: str) -> None:
    one, two = workers
    release = asyncio.Event()

    async def hold() -> None:
        async with one.chat_lock(7):
            await release.wait()

    holder = asyncio.create_task(hold())
    while not (pids := await lock_backends(postgres_url, 7, granted=True)):
        await asyncio.sleep(0.005)
    async with await psycopg.AsyncConnection.connect(postgres_url, autocommit=True) as admin:
        await admin.execute("SELECT pg_terminate_backend(%s)", (pids[0],))  # as when its process is killed
    async with two.chat_lock(7, timeout=5):
        pass
    release.set()
    await holder  # letting go of a lock on a lost connection is not an error


def test_chat_keys_fit_the_lock_and_differ() -> None:
    chats = [1, -1, 2**31, -1001234567890, -1009876543210, 5_000_000_000]
    keys = [_chat_key(c) for c in chats]
    assert all(-(2**31) <= k < 2**31 for k in keys)
    assert len(set(keys)) == len(keys)


async def test_notify_wakes_the_other_workers(workers: tuple[PostgresStore, PostgresStore]) -> None:
    one, two = workers
    assert not await one.wait_for_work(0.02)
    await two.notify_work()
    assert await one.wait_for_work(5)
    assert not await one.wait_for_work(0.02)  # one notice wakes once


async def test_a_lost_listen_connection_wakes_the_ticker_and_is_made_again(
        workers: tuple[PostgresStore, PostgresStore], postgres_url: str) -> None:
    one, two = workers
    one.listen_retry = 0.01
    assert not await one.wait_for_work(0.02)
    async with await psycopg.AsyncConnection.connect(postgres_url, autocommit=True) as admin:
        await admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%%' "
                            "AND datname = current_database()")
    assert await one.wait_for_work(5)  # it may have missed a notice: look in the database
    while await one.wait_for_work(0.2):  # settle: listening again
        pass
    await two.notify_work()
    assert await one.wait_for_work(5)
