"""Storage fixtures: a fresh database per test, of both backends (the PostgreSQL server: tests/postgres.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest

from bot.storage import is_postgres
from bot.storage.interfaces import Store
from bot.storage.postgres import PostgresStore
from bot.storage.sqlite import SqliteStore

Opener = Callable[[], Awaitable[Store]]


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Return the target of a new empty database of each backend: a SQLite path or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "backcare.db")
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
async def opener(backend: str) -> AsyncIterator[Opener]:
    """Yield a function that opens another store on the same database (another worker); all closed after."""
    opened: list[Store] = []

    async def open_one() -> Store:
        store: Store = await PostgresStore.open(backend) if is_postgres(backend) \
            else SqliteStore(backend)
        opened.append(store)
        return store
    yield open_one
    for store in opened:
        await store.close()


@pytest.fixture
async def store(opener: Opener) -> Store:
    """Return an open store on a new empty database, for each backend."""
    return await opener()
