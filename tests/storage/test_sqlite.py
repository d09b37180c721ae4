"""The SQLite file itself: schema versions and migrations, WAL, and errors that say what to do.

What every backend must do (sessions, claims, reminders, export, forget, statistics) is the contract
suite in ``tests/storage``; this file holds only what is particular to SQLite.
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from bot.storage import StorageError
from bot.storage import sqlite as backend
from bot.storage.sqlite import SqliteStore, migrations

LATEST = len(migrations("sqlite"))


async def test_migrations_set_user_version_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    store = SqliteStore(path)
    assert store.schema_version() == LATEST >= 1
    await store.close()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("PRAGMA user_version").fetchone()[0] == LATEST
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"users", "sessions", "reminders", "pain_log", "feedback", "unanswered", "confirmed", "prompts"} <= tables
    raw.close()
    again = SqliteStore(path)  # reopening applies nothing twice
    assert again.schema_version() == LATEST
    await again.close()


async def test_a_later_migration_is_applied_on_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db"
    await SqliteStore(path).close()
    shipped = migrations("sqlite")
    extra = (LATEST + 1, f"{LATEST + 1:04d}_extra.sql", ["CREATE TABLE extra (x INTEGER)"])
    monkeypatch.setattr(backend, "migrations", lambda dialect: [*shipped, extra])
    store = SqliteStore(path)
    assert store.schema_version() == LATEST + 1
    await store.close()
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT COUNT(*) FROM extra").fetchone()[0] == 0
    raw.close()


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {LATEST + 5}")
    raw.close()
    with pytest.raises(StorageError, match="newer than this bot knows.*BACKCARE_DB"):
        SqliteStore(path)


async def test_pragmas(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "p.db")
    assert await store._db.read(lambda c: c.execute("PRAGMA foreign_keys").fetchone()[0]) == 1
    assert await store._db.read(lambda c: c.execute("PRAGMA busy_timeout").fetchone()[0]) >= 1000
    await store.close()


async def test_calls_made_at_once_each_get_their_own_answer(tmp_path: Path) -> None:
    """Calls started together share one hand-off to the thread; a failing one fails alone, writes stay in order."""
    store = SqliteStore(tmp_path / "b.db")
    await store.accounts.touch(1, 1, at=0.0)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("SELECT * FROM no_such_table")

    account, failed, prompt, none = await asyncio.gather(
        store.accounts.get(1), store._db.read(broken), store.prompts.put(1, 1, "score", {"n": 1}, at=1.0),
        store.accounts.get(2), return_exceptions=True)
    assert getattr(account, "user_id", None) == 1 and none is None
    assert isinstance(failed, StorageError) and "no_such_table" in str(failed)
    assert getattr(prompt, "kind", None) == "score"
    first, second = await asyncio.gather(store.prompts.put(1, 1, "score", {"n": 2}, at=2.0),
                                         store.prompts.put(1, 1, "score", {"n": 3}, at=3.0))
    current = await store.prompts.current(1, 1)
    assert current is not None and current.data == {"n": 3} and first.id < second.id == current.id
    await store.close()
    with pytest.raises(StorageError, match="closed"):
        await store.accounts.get(1)


def _read_only_connect(real: object) -> object:
    def connect(path: str, **kwargs: object) -> sqlite3.Connection:
        return real(f"file:{path}?mode=ro", uri=True, **kwargs)  # type: ignore[operator]
    return connect


def test_read_only_file_gives_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "backcare.db"
    sqlite3.connect(path).close()  # an empty file, so opening must write the schema
    # SQLite opens the file read-only, exactly as it does when it lacks write permission (root ignores chmod)
    monkeypatch.setattr(backend.sqlite3, "connect", _read_only_connect(sqlite3.connect))
    with pytest.raises(StorageError) as caught:
        SqliteStore(path)
    assert str(caught.value) == (f"the database file {path} is read-only; give the bot write access "
                                 "or point BACKCARE_DB elsewhere")


async def test_other_failures_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="folder exists.*BACKCARE_DB"):
        SqliteStore(tmp_path / "missing" / "backcare.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StorageError, match="not a usable SQLite database.*move it aside"):
        SqliteStore(junk)
    store = SqliteStore(tmp_path / "ok.db")
    await store.close()
    with pytest.raises(StorageError, match="was closed; restart the bot"):
        await store.sessions.get(1)
