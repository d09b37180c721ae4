"""``backcare-bot migrate-db``: copy a SQLite database into an empty PostgreSQL one, table by table.

The source is brought up to the current schema first (as starting the bot would), then read in one
snapshot; the target gets its schema from its own migrations and every row in one transaction, so a
failed copy leaves it empty.  Stop the bot before copying: rows written meanwhile are not copied.
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import sys
from pathlib import Path
from typing import Any

from bot.storage import is_postgres
from bot.storage.interfaces import StorageError

# psycopg and the backends are imported when a copy runs, so adding the command to the CLI costs nothing.

#: Every table of the schema, parents before children (the order rows are copied in).
TABLES = ("users", "sessions", "reminders", "pain_log", "feedback", "unanswered", "confirmed", "counters",
          "prompts", "handled_updates")
#: Tables whose ``id`` the database hands out; the target carries on after the source's highest.
IDENTITY_TABLES = ("sessions", "reminders", "pain_log", "feedback", "unanswered", "confirmed", "prompts")


def migrate_db(source: str | Path, target: str) -> dict[str, int]:
    """Copy every table of the SQLite file ``source`` into the empty PostgreSQL database ``target``.

    Return the rows copied by table.  Raise StorageError, saying what to do, when the source is
    missing, the target is not a ``postgresql://`` URL or already holds data, or the counts differ.
    """
    return asyncio.run(_migrate_db(Path(source), target))


async def _migrate_db(source: Path, target: str) -> dict[str, int]:
    import psycopg

    from bot.storage.postgres import PostgresStore, explain
    from bot.storage.sqlite import SqliteStore

    if not is_postgres(target):
        raise StorageError(f"--to must be a postgresql:// URL, not {target!r}")
    if not source.is_file():
        raise StorageError(f"there is no SQLite database at {source}; give the bot's file (BACKCARE_DB) as --from")
    await SqliteStore(source).close()  # brings the file's schema up to date
    tables, sequences = _read(source)
    store = await PostgresStore.open(target)
    try:
        async with store.pool.connection() as conn, conn.transaction():
            await conn.execute(f"LOCK TABLE {', '.join(TABLES)} IN EXCLUSIVE MODE")
            for table in TABLES:
                if await (await conn.execute(f"SELECT 1 FROM {table} LIMIT 1")).fetchone():
                    raise StorageError(f"refusing to copy into {store.description}: its table {table} already "
                                       "has rows; give an empty database as --to")
            counts: dict[str, int] = {}
            for table in TABLES:
                columns, rows = tables[table]
                async with conn.cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        await copy.write_row(row)
                found = await (await conn.execute(f"SELECT COUNT(*) AS n FROM {table}")).fetchone()
                counts[table] = int(found["n"]) if found else 0
                if counts[table] != len(rows):
                    raise StorageError(f"copied {len(rows)} rows of {table} but {store.description} has "
                                       f"{counts[table]}; nothing was kept, try again")
            for table in IDENTITY_TABLES:
                # Never hand out an id the source used (a button may still carry it), even a deleted one.
                await conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                   "GREATEST(COALESCE(MAX(id), 0), %s, 1), GREATEST(COALESCE(MAX(id), 0), %s) > 0) "
                                   f"FROM {table}", (sequences.get(table, 0), sequences.get(table, 0)))
    except psycopg.Error as exc:
        raise explain(exc, store.description) from exc
    finally:
        await store.close()
    return counts


def _read(source: Path) -> tuple[dict[str, tuple[list[str], list[tuple[Any, ...]]]], dict[str, int]]:
    """Read every table of ``source`` in one snapshot: (columns, rows) by table, and the id high-water marks."""
    try:
        conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StorageError(f"cannot read {source} ({exc}); check the path given as --from") from exc
    try:
        conn.execute("BEGIN")
        tables = {}
        for table in TABLES:
            cur = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
            tables[table] = ([d[0] for d in cur.description], cur.fetchall())
        sequences = dict(conn.execute("SELECT name, seq FROM sqlite_sequence").fetchall())
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        raise StorageError(f"cannot read {source} ({exc}); is it the bot's database?") from exc
    finally:
        conn.close()
    return tables, sequences


def add_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``migrate-db`` sub-command to ``backcare-bot``'s sub-parsers."""
    cmd = subparsers.add_parser(
        "migrate-db", help="copy a SQLite database into an empty PostgreSQL database",
        description="Copy every table of the bot's SQLite file into an empty PostgreSQL database, check the "
                    "counts, and refuse a target that already holds data. Stop the bot first.")
    cmd.add_argument("--from", dest="source", required=True, metavar="FILE", help="the SQLite file (BACKCARE_DB)")
    cmd.add_argument("--to", dest="target", required=True, metavar="URL", help="postgresql://user:pass@host/db")
    cmd.set_defaults(func=run_command)


def run_command(args: argparse.Namespace, settings: object = None) -> int:
    """Run ``migrate-db``: print the rows copied by table; on failure say why and return 1."""
    try:
        counts = migrate_db(args.source, args.target)
    except StorageError as exc:
        print(f"migrate-db: {exc}", file=sys.stderr)
        return 1
    from bot.storage.postgres import describe

    width = max(map(len, counts))
    for table, n in counts.items():
        print(f"{table:<{width}}  {n:>8}")
    print(f"Copied {sum(counts.values())} rows into {describe(args.target)}; set BACKCARE_DB to it and start the bot.")
    return 0
