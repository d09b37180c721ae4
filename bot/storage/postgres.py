"""The PostgreSQL backend, for several workers sharing one database (psycopg 3, a connection pool).

Same tables, columns and meaning as the SQLite backend; migrations are the numbered files in
``migrations/postgres`` (same numbers as ``migrations/sqlite``), recorded in ``schema_version`` and
applied under an advisory lock, so workers starting together migrate once.  Due work is claimed with
``FOR UPDATE SKIP LOCKED`` and a lease.  Beyond the :class:`~bot.storage.interfaces.Store` protocol,
:class:`PostgresStore` offers :meth:`~PostgresStore.chat_lock` (one update of a chat at a time across
workers) and :meth:`~PostgresStore.wait_for_work` / :meth:`~PostgresStore.notify_work` (LISTEN/NOTIFY).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any, TypeVar

import psycopg
from psycopg import AsyncConnection, errors
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import DictRow, dict_row
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from bot.core.model import (
    NOTE_MAX_CHARS,
    TEXT_MAX_CHARS,
    Account,
    Claim,
    PainEntry,
    Prompt,
    Question,
    Reminder,
    SessionState,
)
from bot.storage.interfaces import Claimed, StorageError
from bot.storage.sqlite import REMINDER_FIELDS, SESSION_FIELDS, USER_TABLES, migrations, with_ratios

logger = logging.getLogger(__name__)

T = TypeVar("T")
Conn = AsyncConnection[DictRow]
Pool = AsyncConnectionPool[Conn]

#: pg_advisory_xact_lock key (one bigint) held while migrating: "backcare" in ASCII.
MIGRATION_LOCK = 0x6261636B63617265
#: First key of the two-int advisory locks on chats (two-int and one-bigint keys never collide).
CHAT_LOCK_SPACE = 0x62636B63
#: The LISTEN/NOTIFY channel that wakes the tickers.
WORK_CHANNEL = "backcare_work"
CONNECT_TIMEOUT = 10


def describe(url: str) -> str:
    """Return the database ``url`` names, without its password: ``PostgreSQL database d on host:port``."""
    try:
        info = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "the PostgreSQL server in BACKCARE_DB"
    host = str(info.get("host") or "localhost")
    return f"PostgreSQL database {info.get('dbname') or info.get('user') or '?'} on {host}:{info.get('port') or 5432}"


def explain(exc: Exception, where: str) -> StorageError:
    """Return a StorageError saying in one sentence what went wrong with the server and what to do."""
    if isinstance(exc, errors.InsufficientPrivilege):
        msg = f"the bot's database user may not do this on {where} ({exc}); grant it the rights or change BACKCARE_DB"
    elif isinstance(exc, errors.InvalidCatalogName):
        msg = f"{where} does not exist; create it (createdb) or change BACKCARE_DB"
    elif isinstance(exc, errors.InvalidPassword | errors.InvalidAuthorizationSpecification):
        msg = f"{where} refused the bot's login ({exc}); check the user and password in BACKCARE_DB"
    elif isinstance(exc, PoolTimeout | psycopg.OperationalError):
        reason = " ".join(str(exc).split()) or type(exc).__name__
        msg = f"cannot reach {where} ({reason}); check that the server is up and that BACKCARE_DB is right"
    else:
        msg = f"database error on {where} ({exc}); check the server's log, or change BACKCARE_DB"
    return StorageError(msg)


async def _migrate(conn: Conn, where: str) -> int:
    """Apply the missing migrations in one transaction under an advisory lock; return the version."""
    steps = migrations("postgres")
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        await conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                           "name TEXT NOT NULL, applied_at DOUBLE PRECISION NOT NULL)")
        version = await _version(conn)
        if version > len(steps):
            raise StorageError(f"{where} has schema version {version}, newer than this bot knows ({len(steps)}); "
                               "upgrade the bot or change BACKCARE_DB")
        for number, name, statements in steps:
            if number <= version:
                continue
            for statement in statements:
                await conn.execute(statement)
            await conn.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (%s, %s, %s)",
                               (number, name, time.time()))
            logger.info("Database %s migrated to schema version %d (%s)", where, number, name)
            version = number
    return version


async def _version(conn: Conn) -> int:
    row = await (await conn.execute("SELECT COALESCE(MAX(version), 0) AS v FROM schema_version")).fetchone()
    return int(row["v"]) if row else 0


class _Db:
    """The pool and how every call runs on it: one connection, one transaction, errors explained."""

    def __init__(self, pool: Pool, where: str) -> None:
        self.pool = pool
        self.where = where

    async def run(self, fn: Callable[[Conn], Awaitable[T]]) -> T:
        try:
            async with self.pool.connection() as conn, conn.transaction():
                return await fn(conn)
        except (psycopg.Error, PoolTimeout) as exc:
            raise explain(exc, self.where) from exc

    async def rows(self, sql: str, *args: Any) -> list[DictRow]:
        async def run(conn: Conn) -> list[DictRow]:
            return await (await conn.execute(sql, args)).fetchall()
        return await self.run(run)

    async def value(self, sql: str, *args: Any) -> Any:
        found = await self.rows(sql, *args)
        return next(iter(found[0].values())) if found else None

    async def claim(self, sql: str, params: dict[str, Any]) -> list[DictRow]:
        async def run(conn: Conn) -> list[DictRow]:
            return await (await conn.execute(sql, params)).fetchall()
        return await self.run(run)

    async def count(self, sql: str, *args: Any) -> int:
        async def run(conn: Conn) -> int:
            return (await conn.execute(sql, args)).rowcount
        return await self.run(run)


async def _fetch(conn: Conn, sql: str, *args: Any) -> list[DictRow]:
    return await (await conn.execute(sql, args)).fetchall()


async def _ensure_user(conn: Conn, user_id: int, chat_id: int, at: float) -> None:
    await conn.execute("INSERT INTO users (user_id, chat_id, first_seen) VALUES (%s, %s, %s) "
                       "ON CONFLICT (user_id) DO NOTHING", (user_id, chat_id, at))


def _session(row: DictRow) -> SessionState:
    d = dict(row)
    d.pop("was_in_flight", None)
    claim = Claim(bool(d.pop("in_flight")), d.pop("claim_owner"), d.pop("claimed_until"))
    return SessionState(**d, claim=claim)


def _session_values(s: SessionState) -> list[Any]:
    return [s.status, s.step, s.due_at, s.paused_remaining, s.ended_at, s.score,
            int(s.claim.in_flight), s.claim.owner, s.claim.until]


def _reminder(r: DictRow) -> Reminder:
    days = frozenset(int(d) for d in r["days"].split(",") if d)
    return Reminder(r["id"], r["chat_id"], r["user_id"], days, dt.time.fromisoformat(r["time"]), r["tz"],
                    r["routine_id"], r["created_at"], r["last_fired_at"], r["next_due_at"],
                    Claim(bool(r["in_flight"]), r["claim_owner"], r["claimed_until"]))


def _reminder_values(r: Reminder) -> list[Any]:
    return [r.last_fired_at, r.next_due_at, int(r.claim.in_flight), r.claim.owner, r.claim.until, r.tz,
            r.at.strftime("%H:%M")]


def _cas_sql(table: str, fields: Sequence[str]) -> str:
    sets = ", ".join(f"{f} = %s" for f in fields)
    where = " AND ".join(f"{f} IS NOT DISTINCT FROM %s" for f in fields)
    return f"UPDATE {table} SET {sets} WHERE id = %s AND {where}"


def _claim_sql(table: str, due_column: str, active: str) -> str:
    """Lock due rows no live claim holds (skipping rows another worker is claiming), and claim them.

    A claim holds until ``claimed_until``, in flight (being sent) or not (a retry put off till then).
    """
    return (f"WITH due AS (SELECT id, in_flight FROM {table} WHERE {active} AND {due_column} <= %(now)s "
            f"AND (claimed_until IS NULL OR claimed_until < %(now)s) ORDER BY {due_column}, id LIMIT %(limit)s "
            "FOR UPDATE SKIP LOCKED) "
            f"UPDATE {table} t SET in_flight = 1, claim_owner = %(owner)s, claimed_until = %(until)s FROM due "
            "WHERE t.id = due.id RETURNING t.*, due.in_flight AS was_in_flight")


def _claim_args(now: float, owner: str, lease: float, limit: int) -> dict[str, Any]:
    return {"now": now, "owner": owner, "until": now + lease, "limit": limit}


class PostgresSessions:
    """Sessions in PostgreSQL."""

    _CAS = _cas_sql("sessions", SESSION_FIELDS)
    _CLAIM = _claim_sql("sessions", "due_at", "status = 'running'")

    def __init__(self, db: _Db) -> None:
        self._db = db

    async def create(self, chat_id: int, user_id: int, routine_id: str, *, due_at: float,
                     started_at: float) -> SessionState | None:
        async def run(conn: Conn) -> SessionState | None:
            await _ensure_user(conn, user_id, chat_id, started_at)
            rows = await _fetch(conn, "INSERT INTO sessions (chat_id, user_id, routine_id, status, step, due_at, "
                                "started_at) VALUES (%s, %s, %s, 'running', 0, %s, %s) "
                                "ON CONFLICT DO NOTHING RETURNING *",
                                chat_id, user_id, routine_id, due_at, started_at)
            return _session(rows[0]) if rows else None
        return await self._db.run(run)

    async def get(self, session_id: int) -> SessionState | None:
        return next(iter(_session(r) for r in await self._db.rows("SELECT * FROM sessions WHERE id = %s",
                                                                   session_id)), None)

    async def active(self, chat_id: int) -> SessionState | None:
        rows = await self._db.rows("SELECT * FROM sessions WHERE chat_id = %s AND status IN ('running', 'paused')",
                                   chat_id)
        return _session(rows[0]) if rows else None

    async def update(self, new: SessionState, *, expected: SessionState) -> bool:
        if new.id != expected.id:
            raise ValueError("update needs the same session id in new and expected")
        return await self._db.count(self._CAS, *_session_values(new), new.id, *_session_values(expected)) == 1

    async def score(self, session_id: int, score: int, *, at: float) -> SessionState | None:
        async def run(conn: Conn) -> SessionState | None:
            rows = await _fetch(
                conn, "UPDATE sessions SET score = %s, ended_at = COALESCE(ended_at, %s), due_at = NULL, "
                "paused_remaining = NULL, in_flight = 0, claim_owner = NULL, claimed_until = NULL, "
                "status = CASE status WHEN 'stopped' THEN 'stopped' ELSE 'finished' END "
                "WHERE id = %s AND score IS NULL RETURNING *", score, at, session_id)
            if not rows:
                rows = await _fetch(conn, "SELECT * FROM sessions WHERE id = %s", session_id)
                return _session(rows[0]) if rows else None
            done = _session(rows[0])
            await conn.execute("INSERT INTO pain_log (user_id, chat_id, at, score, source) "
                               "VALUES (%s, %s, %s, %s, 'session')", (done.user_id, done.chat_id, at, score))
            return done
        return await self._db.run(run)

    async def claim_due(self, now: float, *, owner: str, lease: float, limit: int) -> list[Claimed[SessionState]]:
        rows = await self._db.claim(self._CLAIM, _claim_args(now, owner, lease, limit))
        claimed = [Claimed(_session(r), bool(r["was_in_flight"])) for r in rows]
        return sorted(claimed, key=lambda c: (c.item.due_at or 0.0, c.item.id))

    async def renew(self, owner: str, until: float) -> None:
        await self._db.count("UPDATE sessions SET claimed_until = %s WHERE claim_owner = %s AND in_flight = 1",
                             until, owner)

    async def next_due(self) -> float | None:
        return await self._db.value("SELECT MIN(GREATEST(due_at, claimed_until)) FROM sessions "
                                    "WHERE status = 'running'")

    async def running(self) -> list[SessionState]:
        return [_session(r) for r in await self._db.rows(
            "SELECT * FROM sessions WHERE status = 'running' ORDER BY due_at, id")]

    async def finished(self, user_id: int, since: float = 0.0) -> list[SessionState]:
        return [_session(r) for r in await self._db.rows(
            "SELECT * FROM sessions WHERE user_id = %s AND status = 'finished' AND ended_at >= %s "
            "ORDER BY ended_at, id", user_id, since)]

    async def favourite_routine(self, user_id: int) -> str | None:
        return await self._db.value(
            "SELECT routine_id FROM sessions WHERE user_id = %s AND status = 'finished' "
            "GROUP BY routine_id ORDER BY COUNT(*) DESC, MAX(ended_at) DESC LIMIT 1", user_id)


class PostgresReminders:
    """Reminders in PostgreSQL."""

    _CAS = _cas_sql("reminders", REMINDER_FIELDS)
    _CLAIM = _claim_sql("reminders", "next_due_at", "next_due_at IS NOT NULL")

    def __init__(self, db: _Db) -> None:
        self._db = db

    async def add(self, chat_id: int, user_id: int, days: frozenset[int], at: dt.time, tz: str, *,
                  next_due_at: float, routine_id: str | None = None) -> Reminder:
        if not days or not days <= set(range(7)):
            raise ValueError("days must be a non-empty set of weekday numbers 0 (Monday) to 6 (Sunday)")

        async def run(conn: Conn) -> Reminder:
            await _ensure_user(conn, user_id, chat_id, next_due_at)
            rows = await _fetch(
                conn, "INSERT INTO reminders (chat_id, user_id, days, time, tz, routine_id, created_at, next_due_at) "
                "VALUES (%s, %s, %s, %s, %s, %s, floor(extract(epoch FROM now())), %s) RETURNING *",
                chat_id, user_id, ",".join(str(d) for d in sorted(days)), at.strftime("%H:%M"), tz, routine_id,
                next_due_at)
            return _reminder(rows[0])
        return await self._db.run(run)

    async def get(self, reminder_id: int) -> Reminder | None:
        rows = await self._db.rows("SELECT * FROM reminders WHERE id = %s", reminder_id)
        return _reminder(rows[0]) if rows else None

    async def for_user(self, user_id: int) -> list[Reminder]:
        return [_reminder(r) for r in await self._db.rows("SELECT * FROM reminders WHERE user_id = %s ORDER BY id",
                                                          user_id)]

    async def delete(self, user_id: int, reminder_id: int) -> bool:
        return await self._db.count("DELETE FROM reminders WHERE id = %s AND user_id = %s", reminder_id, user_id) == 1

    async def update(self, new: Reminder, *, expected: Reminder) -> bool:
        return await self._db.count(self._CAS, *_reminder_values(new), new.id, *_reminder_values(expected)) == 1

    async def claim_due(self, now: float, *, owner: str, lease: float, limit: int) -> list[Claimed[Reminder]]:
        rows = await self._db.claim(self._CLAIM, _claim_args(now, owner, lease, limit))
        claimed = [Claimed(_reminder(r), bool(r["was_in_flight"])) for r in rows]
        return sorted(claimed, key=lambda c: (c.item.next_due_at or 0.0, c.item.id))

    async def renew(self, owner: str, until: float) -> None:
        await self._db.count("UPDATE reminders SET claimed_until = %s WHERE claim_owner = %s AND in_flight = 1",
                             until, owner)

    async def next_due(self) -> float | None:
        return await self._db.value("SELECT MIN(GREATEST(next_due_at, claimed_until)) FROM reminders")

    async def unscheduled(self) -> list[Reminder]:
        return [_reminder(r) for r in await self._db.rows(
            "SELECT * FROM reminders WHERE next_due_at IS NULL ORDER BY id")]


class PostgresPainLog:
    """The pain log in PostgreSQL."""

    def __init__(self, db: _Db) -> None:
        self._db = db

    async def add(self, user_id: int, chat_id: int, score: int, note: str | None, *, at: float,
                  source: str = "log") -> PainEntry:
        if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 10:
            raise ValueError(f"pain score must be a whole number from 0 to 10, not {score!r}")
        if source not in ("log", "session"):
            raise ValueError(f"source must be 'log' or 'session', not {source!r}")
        kept = (note or "").strip()[:NOTE_MAX_CHARS] or None

        async def run(conn: Conn) -> None:
            await _ensure_user(conn, user_id, chat_id, at)
            await conn.execute("INSERT INTO pain_log (user_id, chat_id, at, score, note, source) "
                               "VALUES (%s, %s, %s, %s, %s, %s)", (user_id, chat_id, at, score, kept, source))
        await self._db.run(run)
        return PainEntry(at, score, kept, source)

    async def entries(self, user_id: int, since: float = 0.0) -> list[PainEntry]:
        return [PainEntry(r["at"], r["score"], r["note"], r["source"]) for r in await self._db.rows(
            "SELECT at, score, note, source FROM pain_log WHERE user_id = %s AND at >= %s ORDER BY at, id",
            user_id, since)]


class PostgresFeedback:
    """Feedback, kept questions and counters in PostgreSQL (no user ids)."""

    def __init__(self, db: _Db) -> None:
        self._db = db

    async def record(self, *, feedback: Sequence[tuple[str, bool, float]] = (),
                     unanswered: Sequence[tuple[str, float, float]] = (),
                     confirmed: Sequence[tuple[str, str, float]] = (),
                     counters: dict[str, int] | None = None) -> None:
        batches: list[tuple[str, list[tuple[Any, ...]]]] = [
            ("INSERT INTO feedback (entry_id, helpful, at) VALUES (%s, %s, %s)",
             [(e, int(h), at) for e, h, at in feedback]),
            ("INSERT INTO unanswered (text, score, at) VALUES (%s, %s, %s)",
             [(t.strip()[:TEXT_MAX_CHARS], float(s), at) for t, s, at in unanswered]),
            ("INSERT INTO confirmed (text, entry_id, at) VALUES (%s, %s, %s)",
             [(t.strip()[:TEXT_MAX_CHARS], e, at) for t, e, at in confirmed]),
            # Sorted, so two workers adding to the same counters lock them in the same order.
            ("INSERT INTO counters (name, value) VALUES (%s, %s) "
             "ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value",
             sorted((counters or {}).items())),
        ]
        if not any(rows for _, rows in batches):
            return

        async def run(conn: Conn) -> None:
            async with conn.cursor() as cur:
                for sql, rows in batches:
                    if rows:
                        await cur.executemany(sql, rows)
        await self._db.run(run)

    async def feedback_counts(self) -> dict[str, tuple[int, int]]:
        return {r["entry_id"]: (int(r["up"]), int(r["down"])) for r in await self._db.rows(
            "SELECT entry_id, SUM(helpful) AS up, SUM(1 - helpful) AS down FROM feedback "
            "GROUP BY entry_id ORDER BY entry_id")}

    async def unanswered(self, since: float = 0.0) -> list[Question]:
        return [Question(r["text"], r["at"], score=r["score"]) for r in await self._db.rows(
            "SELECT text, at, score FROM unanswered WHERE at >= %s ORDER BY at, id", since)]

    async def confirmed(self, since: float = 0.0) -> list[Question]:
        return [Question(r["text"], r["at"], entry_id=r["entry_id"]) for r in await self._db.rows(
            "SELECT text, at, entry_id FROM confirmed WHERE at >= %s ORDER BY at, id", since)]

    async def stats(self) -> dict[str, Any]:
        async def run(conn: Conn) -> dict[str, Any]:
            counters = {r["name"]: int(r["value"]) for r in await _fetch(conn, "SELECT name, value FROM counters")}
            row = (await _fetch(
                conn, "SELECT (SELECT COUNT(*) FROM users) AS users, (SELECT COUNT(*) FROM sessions) AS started, "
                "(SELECT COUNT(*) FROM sessions WHERE status = 'finished') AS finished, "
                "(SELECT COALESCE(SUM(helpful), 0) FROM feedback) AS up, (SELECT COUNT(*) FROM feedback) AS rated"))[0]
            return {"users": int(row["users"]), "sessions_started": int(row["started"]),
                    "sessions_finished": int(row["finished"]),
                    "answered": counters.get("answered", 0), "unanswered": counters.get("unanswered", 0),
                    "thumbs_up": int(row["up"]), "thumbs_down": int(row["rated"]) - int(row["up"])}
        return with_ratios(await self._db.run(run))


class PostgresAccounts:
    """Users, export and erasure in PostgreSQL."""

    def __init__(self, db: _Db) -> None:
        self._db = db

    async def touch(self, user_id: int, chat_id: int, *, at: float) -> bool:
        return await self._db.count("INSERT INTO users (user_id, chat_id, first_seen) VALUES (%s, %s, %s) "
                                    "ON CONFLICT (user_id) DO NOTHING", user_id, chat_id, at) == 1

    async def get(self, user_id: int) -> Account | None:
        rows = await self._db.rows("SELECT user_id, chat_id, first_seen, tz, pain_duration FROM users "
                                   "WHERE user_id = %s", user_id)
        return Account(**rows[0]) if rows else None

    async def set_timezone(self, user_id: int, chat_id: int, tz: str | None, *, at: float) -> None:
        await self._set(user_id, chat_id, at, "tz", tz)

    async def set_pain_duration(self, user_id: int, chat_id: int, answer: str | None, *, at: float) -> None:
        await self._set(user_id, chat_id, at, "pain_duration", answer)

    async def _set(self, user_id: int, chat_id: int, at: float, column: str, value: str | None) -> None:
        async def run(conn: Conn) -> None:
            await _ensure_user(conn, user_id, chat_id, at)
            await conn.execute(f"UPDATE users SET {column} = %s WHERE user_id = %s", (value, user_id))
        await self._db.run(run)

    async def export(self, user_id: int) -> dict[str, Any]:
        hidden = ("in_flight", "claim_owner", "claimed_until")

        async def run(conn: Conn) -> dict[str, Any]:
            async def rows(table: str, order: str = "id") -> list[dict[str, Any]]:
                return [{k: v for k, v in r.items() if k not in hidden}
                        for r in await _fetch(conn, f"SELECT * FROM {table} WHERE user_id = %s ORDER BY {order}",
                                              user_id)]
            users = await rows("users", "user_id")
            return {"user_id": user_id, "user": users[0] if users else None, "sessions": await rows("sessions"),
                    "reminders": await rows("reminders"), "pain_log": await rows("pain_log")}
        return await self._db.run(run)

    async def forget(self, user_id: int) -> dict[str, int]:
        async def run(conn: Conn) -> dict[str, int]:
            return {t: (await conn.execute(f"DELETE FROM {t} WHERE user_id = %s", (user_id,))).rowcount
                    for t in USER_TABLES}
        counts = await self._db.run(run)
        logger.info("Forgot a user: %s", counts)
        return counts


class PostgresPrompts:
    """Pending prompts in PostgreSQL."""

    def __init__(self, db: _Db) -> None:
        self._db = db

    @staticmethod
    def _prompt(r: DictRow) -> Prompt:
        return Prompt(r["id"], r["chat_id"], r["user_id"], r["kind"], json.loads(r["data"]), r["created_at"])

    async def put(self, chat_id: int, user_id: int, kind: str, data: dict[str, Any], *, at: float) -> Prompt:
        async def run(conn: Conn) -> Prompt:
            await _ensure_user(conn, user_id, chat_id, at)
            # A replaced prompt gets a new id, so a button of the old one finds nothing.
            rows = await _fetch(
                conn, "INSERT INTO prompts (chat_id, user_id, kind, data, created_at) VALUES (%s, %s, %s, %s, %s) "
                "ON CONFLICT (chat_id, user_id, kind) DO UPDATE SET id = DEFAULT, data = excluded.data, "
                "created_at = excluded.created_at RETURNING id", chat_id, user_id, kind, json.dumps(data), at)
            return Prompt(int(rows[0]["id"]), chat_id, user_id, kind, data, at)
        return await self._db.run(run)

    async def current(self, chat_id: int, user_id: int, kinds: Sequence[str] = ()) -> Prompt | None:
        where = " AND kind = ANY(%s)" if kinds else ""
        args: tuple[Any, ...] = (chat_id, user_id, list(kinds)) if kinds else (chat_id, user_id)
        rows = await self._db.rows(f"SELECT * FROM prompts WHERE chat_id = %s AND user_id = %s{where} "
                                   "ORDER BY id DESC LIMIT 1", *args)
        return self._prompt(rows[0]) if rows else None

    async def get(self, prompt_id: int) -> Prompt | None:
        rows = await self._db.rows("SELECT * FROM prompts WHERE id = %s", prompt_id)
        return self._prompt(rows[0]) if rows else None

    async def take(self, prompt_id: int) -> Prompt | None:
        rows = await self._db.rows("DELETE FROM prompts WHERE id = %s RETURNING *", prompt_id)
        return self._prompt(rows[0]) if rows else None

    async def drop(self, chat_id: int, user_id: int, kinds: Sequence[str]) -> int:
        return await self._db.count("DELETE FROM prompts WHERE chat_id = %s AND user_id = %s AND kind = ANY(%s)",
                                    chat_id, user_id, list(kinds))


class PostgresUpdates:
    """Handled update ids in PostgreSQL, shared by every worker."""

    def __init__(self, db: _Db) -> None:
        self._db = db

    async def first_time(self, update_id: int, *, at: float) -> bool:
        async def run(conn: Conn) -> bool:
            new = (await conn.execute("INSERT INTO handled_updates (update_id, at) VALUES (%s, %s) "
                                      "ON CONFLICT DO NOTHING", (update_id, at))).rowcount == 1
            await conn.execute("DELETE FROM handled_updates WHERE at < %s", (at - 86400,))
            return new
        return await self._db.run(run)


def _chat_key(chat_id: int) -> int:
    """Fold a 64-bit chat id into the signed 32-bit second key of a two-int advisory lock."""
    folded = (chat_id ^ (chat_id >> 32)) & 0xFFFFFFFF
    return folded - (1 << 32) if folded >= 1 << 31 else folded


class PostgresStore:
    """The whole PostgreSQL database: one store per aggregate over one connection pool.

    Extras beyond :class:`~bot.storage.interfaces.Store` (SQLite has no need of them: one process):
    :meth:`chat_lock`, :meth:`wait_for_work`, :meth:`notify_work` and :meth:`schema_version`.
    """

    #: Seconds before making a lost LISTEN connection again (doubling up to 10 s while it keeps failing).
    listen_retry = 0.5

    def __init__(self, url: str, pool: Pool, locks: Pool) -> None:
        self.url = url
        self.description = describe(url)
        self._pool = pool
        self._locks = locks
        self._db = _Db(pool, self.description)
        self._wake = asyncio.Event()
        self._listening = asyncio.Event()
        self._listener: asyncio.Task[None] | None = None
        self.sessions = PostgresSessions(self._db)
        self.reminders = PostgresReminders(self._db)
        self.pain = PostgresPainLog(self._db)
        self.feedback = PostgresFeedback(self._db)
        self.accounts = PostgresAccounts(self._db)
        self.prompts = PostgresPrompts(self._db)
        self.updates = PostgresUpdates(self._db)

    @classmethod
    async def open(cls, url: str, *, max_connections: int = 10, lock_connections: int = 10) -> PostgresStore:
        """Connect to ``url``, bring its schema up to date, and open the pools.

        ``max_connections`` serve the stores; ``lock_connections`` hold chat locks (so at most that
        many chats are handled at once by this worker, and holding locks never starves the queries).
        """
        where = describe(url)
        try:
            async with await AsyncConnection.connect(url, autocommit=True, row_factory=dict_row,
                                                     connect_timeout=CONNECT_TIMEOUT) as conn:
                await _migrate(conn, where)
        except psycopg.Error as exc:
            raise explain(exc, where) from exc
        # TCP keep-alives on the workers' side too: a server that vanished is noticed in about 25 s, not hours.
        kwargs = {"autocommit": True, "row_factory": dict_row, "connect_timeout": CONNECT_TIMEOUT,
                  "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3}
        pool: Pool = AsyncConnectionPool(url, connection_class=AsyncConnection[DictRow], kwargs=kwargs, min_size=1,
                                         max_size=max_connections, open=False, name="backcare",
                                         check=AsyncConnectionPool.check_connection)
        locks: Pool = AsyncConnectionPool(url, connection_class=AsyncConnection[DictRow], kwargs=kwargs, min_size=0,
                                          max_size=lock_connections, open=False, name="backcare-locks",
                                          check=AsyncConnectionPool.check_connection)
        try:
            await pool.open(wait=True, timeout=CONNECT_TIMEOUT)
            await locks.open()
        except PoolTimeout as exc:
            await pool.close()
            raise explain(exc, where) from exc
        return cls(url, pool, locks)

    @property
    def pool(self) -> Pool:
        """The connection pool (autocommit connections, dict rows), for tools such as ``migrate-db``."""
        return self._pool

    async def schema_version(self) -> int:
        """Return the schema version of the database."""
        async def run(conn: Conn) -> int:
            return await _version(conn)
        return await self._db.run(run)

    @contextlib.asynccontextmanager
    async def chat_lock(self, chat_id: int, *, timeout: float = 30.0) -> AsyncIterator[None]:
        """Hold the chat's lock across every worker while the block runs (waiting up to ``timeout`` s).

        A session-level ``pg_advisory_lock`` on a connection of the lock pool, not a transaction: the
        block's own queries run in their short transactions on the main pool.  Waiters are served in
        the order they asked.  If the worker dies, the server ends its connection and frees the lock.
        """
        key = (CHAT_LOCK_SPACE, _chat_key(chat_id))
        try:
            async with self._locks.connection(timeout=timeout) as conn:
                try:
                    await conn.execute(f"SET lock_timeout = {max(1, int(timeout * 1000))}")
                    await conn.execute("SELECT pg_advisory_lock(%s, %s)", key)
                except errors.LockNotAvailable as exc:
                    raise StorageError(f"chat {chat_id} stayed busy for over {timeout:g} s (another worker is "
                                       "handling it); try again, or look for a stuck worker") from exc
                try:
                    yield
                finally:
                    try:
                        await conn.execute("SELECT pg_advisory_unlock(%s, %s)", key)
                    except psycopg.Error:
                        await conn.close()  # closing the session frees its locks
        except PoolTimeout as exc:
            raise StorageError(f"all {self._locks.max_size} chat-lock connections to {self.description} are busy "
                               f"for over {timeout:g} s; raise lock_connections or add workers") from exc
        except psycopg.Error as exc:
            raise explain(exc, self.description) from exc

    async def notify_work(self) -> None:
        """Wake every worker's :meth:`wait_for_work` (this one's too): something new may be due soon."""
        await self._db.value("SELECT pg_notify(%s, '')", WORK_CHANNEL)

    async def wait_for_work(self, timeout: float) -> bool:
        """Wait until some worker calls :meth:`notify_work` or ``timeout`` s pass; return whether woken.

        The first call starts listening (on a connection of its own) and waits until it listens.  A
        wake-up may be spurious (after the listening connection was lost and made again, notices may
        have been missed), so the ticker should always look in the database rather than trust it.
        """
        if self._listener is None:
            self._listener = asyncio.create_task(self._listen(), name="backcare-listen")
        deadline = asyncio.get_running_loop().time() + timeout
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._listening.wait(), timeout)
        try:
            await asyncio.wait_for(self._wake.wait(), max(0.0, deadline - asyncio.get_running_loop().time()))
        except TimeoutError:
            return False
        self._wake.clear()
        return True

    async def _listen(self) -> None:
        delay = self.listen_retry
        first = True
        while True:
            try:
                async with await AsyncConnection.connect(self.url, autocommit=True,
                                                         connect_timeout=CONNECT_TIMEOUT) as conn:
                    await conn.execute(f"LISTEN {WORK_CHANNEL}")
                    if not first:
                        self._wake.set()  # notices may have been missed while not listening
                    first, delay = False, self.listen_retry
                    self._listening.set()
                    async for _ in conn.notifies():
                        self._wake.set()
            except psycopg.Error as exc:
                logger.warning("Lost the LISTEN connection to %s (%s); retrying in %.1f s", self.description,
                               exc, delay)
            self._listening.clear()
            self._wake.set()  # let the ticker poll meanwhile
            await asyncio.sleep(delay)
            delay = min(delay * 2, 10.0)

    async def close(self) -> None:
        """Stop listening and close the pools."""
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener
            self._listener = None
        await self._locks.close()
        await self._pool.close()
