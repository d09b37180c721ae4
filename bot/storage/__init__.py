"""Storage behind small interfaces by aggregate; :func:`open_store` picks the backend from BACKCARE_DB."""

from __future__ import annotations

from pathlib import Path

from bot.storage.interfaces import Claimed, StorageError, Store

__all__ = ["Claimed", "Store", "StorageError", "open_store", "is_postgres"]


def is_postgres(target: str | Path) -> bool:
    """Return whether BACKCARE_DB names a PostgreSQL server rather than a SQLite file."""
    return str(target).startswith(("postgresql://", "postgres://"))


async def open_store(target: str | Path) -> Store:
    """Open the database ``target`` (a SQLite path, or a ``postgresql://`` URL) and bring its schema up to date."""
    if is_postgres(target):
        from bot.storage.postgres import PostgresStore

        return await PostgresStore.open(str(target))
    from bot.storage.sqlite import SqliteStore

    return SqliteStore(target)
