"""The SQLite backend (the default): one file, WAL mode, one worker thread that owns the connection.

Every call runs on that thread, so the event loop never waits for the disk or a busy lock; calls
run one at a time, in order.  The calls made in one turn of the event loop (the three reads a message
starts at once, other chats' reads beside them) go to the thread in one hand-off and come back in one
wake-up of the loop: a thread hop costs more CPU than a small query.  Migrations are the numbered
files in ``migrations/sqlite``, applied in order in one transaction; the version is ``PRAGMA user_version``.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

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

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
ELSEWHERE = "point BACKCARE_DB elsewhere"
T = TypeVar("T")
Conn = sqlite3.Connection

SESSION_FIELDS = ("status", "step", "due_at", "paused_remaining", "ended_at", "score",
                  "in_flight", "claim_owner", "claimed_until")
REMINDER_FIELDS = ("last_fired_at", "next_due_at", "in_flight", "claim_owner", "claimed_until", "tz", "time")


def migrations(dialect: str) -> list[tuple[int, str, list[str]]]:
    """Return the numbered migration files for ``dialect``: (number, name, statements), in order."""
    folder = resources.files("bot.storage") / "migrations" / dialect
    out = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".sql"):
            continue
        text = "\n".join(line for line in item.read_text().splitlines() if not line.lstrip().startswith("--"))
        out.append((int(item.name.split("_", 1)[0]), item.name, [s.strip() for s in text.split(";") if s.strip()]))
    return out


def explain(exc: sqlite3.Error, where: str) -> StorageError:
    """Return a StorageError saying in one sentence what went wrong with the file and what to do."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        msg = f"the database file {where} is read-only; give the bot write access or {ELSEWHERE}"
    elif name.startswith("SQLITE_BUSY") or "locked" in text:
        msg = (f"the database {where} stayed locked for over {BUSY_TIMEOUT_MS / 1000:g} s; stop the other "
               "process using it (another bot instance?) and try again")
    elif name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        msg = f"cannot open the database file {where}; check that its folder exists and is writable, or {ELSEWHERE}"
    elif name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")) or "not a database" in text:
        msg = f"{where} is not a usable SQLite database ({exc}); move it aside or {ELSEWHERE}"
    elif name.startswith("SQLITE_FULL") or "disk is full" in text:
        msg = f"the disk holding {where} is full; free some space and try again"
    else:
        msg = f"database error on {where} ({exc}); check the file and its disk, or {ELSEWHERE}"
    return StorageError(msg)


_Call = tuple[Callable[[Conn], Any], bool, "asyncio.Future[Any]"]
_Done = tuple["asyncio.Future[Any]", Any, BaseException | None]


def _settle(done: list[_Done]) -> None:
    """Give each waiting caller its result or error (on the loop's thread)."""
    for future, result, exc in done:
        if future.cancelled():
            continue
        if exc is None:
            future.set_result(result)
        else:
            future.set_exception(exc)


class _Db:
    """The connection and the one thread that uses it, and a second pair for reads.

    Reads have a connection and thread of their own, so while a write waits for a lock held by another
    process (up to the busy timeout), questions that only read the conversation are still answered.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.conn: Conn | None = None
        self.reader: Conn | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite")
        self._read_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-read")
        #: Calls waiting for the next hand-off to a thread: for the writer's thread (True), the reader's (False).
        self._waiting: dict[bool, list[_Call]] = {True: [], False: []}

    def open(self) -> None:
        if self.path != ":memory:" and os.path.exists(self.path) and not os.access(self.path, os.W_OK):
            raise explain(sqlite3.OperationalError("attempt to write a readonly database"), self.path)
        try:
            conn = self.conn = self._connect()
            conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL syncs at checkpoints: safe against the bot crashing (a power cut may lose the last
            # commits, never corrupt the file), and a commit costs ~20 us instead of ~180.
            conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate(conn)
            if self.path != ":memory:":  # a second connection to :memory: would be another database
                self.reader = self._connect()
                self.reader.execute("PRAGMA query_only = ON")
        except sqlite3.Error as exc:
            self.close_now()
            raise explain(exc, self.path) from exc

    def _connect(self) -> Conn:
        """Open one connection to the file, for use on the threads, with rows by name and foreign keys on."""
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        conn.row_factory = sqlite3.Row
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def _migrate(self, conn: Conn) -> None:
        steps = migrations("sqlite")
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > len(steps):
                raise StorageError(f"{self.path} has schema version {version}, newer than this bot knows "
                                   f"({len(steps)}); upgrade the bot or {ELSEWHERE}")
            for number, name, statements in steps:
                if number <= version:
                    continue
                for statement in statements:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")
                logger.info("Database %s migrated to schema version %d (%s)", self.path, number, name)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close_now(self) -> None:
        self.close_reader()
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def close_reader(self) -> None:
        if self.reader is not None:
            self.reader.close()
            self.reader = None

    def _call(self, fn: Callable[[Conn], T], write: bool) -> T:
        conn = self.conn if write or self.reader is None else self.reader
        if conn is None:
            raise StorageError(f"the database {self.path} was closed; restart the bot to open it again")
        try:
            if not write:
                return fn(conn)
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = fn(conn)
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            return result
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from exc

    async def read(self, fn: Callable[[Conn], T]) -> T:
        return await self._run(fn, False)

    async def write(self, fn: Callable[[Conn], T]) -> T:
        return await self._run(fn, True)

    async def _run(self, fn: Callable[[Conn], T], write: bool) -> T:
        if self.conn is None:  # closed: its thread is gone too
            raise StorageError(f"the database {self.path} was closed; restart the bot to open it again")
        on_writer = write or self.reader is None
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        waiting = self._waiting[on_writer]
        waiting.append((fn, write, future))
        if len(waiting) == 1:  # the first of this turn: hand them all over once the turn's other calls are in
            loop.call_soon(self._hand_off, loop, on_writer)
        return await future

    def _hand_off(self, loop: asyncio.AbstractEventLoop, on_writer: bool) -> None:
        calls, self._waiting[on_writer] = self._waiting[on_writer], []
        try:
            (self._pool if on_writer else self._read_pool).submit(self._call_all, loop, calls)
        except RuntimeError:  # the pool was shut down: the database is closed
            closed = StorageError(f"the database {self.path} was closed; restart the bot to open it again")
            _settle([(future, None, closed) for _, _, future in calls])

    def _call_all(self, loop: asyncio.AbstractEventLoop, calls: list[_Call]) -> None:
        """Run ``calls`` in order on this thread, then settle their futures in one wake-up of the loop."""
        done: list[_Done] = []
        for fn, write, future in calls:
            if future.cancelled():  # as run_in_executor: a call cancelled before it started does not run
                continue
            try:
                done.append((future, self._call(fn, write), None))
            except BaseException as exc:  # handed to the caller, as run_in_executor does
                done.append((future, None, exc))
        with contextlib.suppress(RuntimeError):  # the loop is closed: nobody waits for these any more
            loop.call_soon_threadsafe(_settle, done)

    async def close(self) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._read_pool, self.close_reader)
        await loop.run_in_executor(self._pool, self.close_now)
        self._read_pool.shutdown(wait=True)
        self._pool.shutdown(wait=True)


def _ensure_user(conn: Conn, user_id: int, chat_id: int, at: float) -> None:
    conn.execute("INSERT OR IGNORE INTO users (user_id, chat_id, first_seen) VALUES (?, ?, ?)", (user_id, chat_id, at))


def _session(row: sqlite3.Row) -> SessionState:
    d = dict(row)
    claim = Claim(bool(d.pop("in_flight")), d.pop("claim_owner"), d.pop("claimed_until"))
    return SessionState(**d, claim=claim)


def _sessions(conn: Conn, where: str, *args: object) -> list[SessionState]:
    return [_session(r) for r in conn.execute(f"SELECT * FROM sessions WHERE {where}", args)]


def _session_values(s: SessionState) -> list[Any]:
    return [s.status, s.step, s.due_at, s.paused_remaining, s.ended_at, s.score,
            int(s.claim.in_flight), s.claim.owner, s.claim.until]


def _reminder(r: sqlite3.Row) -> Reminder:
    days = frozenset(int(d) for d in r["days"].split(",") if d)
    return Reminder(r["id"], r["chat_id"], r["user_id"], days, dt.time.fromisoformat(r["time"]), r["tz"],
                    r["routine_id"], r["created_at"], r["last_fired_at"], r["next_due_at"],
                    Claim(bool(r["in_flight"]), r["claim_owner"], r["claimed_until"]))


def _reminders(conn: Conn, where: str, *args: object) -> list[Reminder]:
    return [_reminder(r) for r in conn.execute(f"SELECT * FROM reminders WHERE {where}", args)]


def _reminder_values(r: Reminder) -> list[Any]:
    return [r.last_fired_at, r.next_due_at, int(r.claim.in_flight), r.claim.owner, r.claim.until, r.tz,
            r.at.strftime("%H:%M")]


def _cas(conn: Conn, table: str, fields: Sequence[str], row_id: int, new: list[Any], old: list[Any]) -> bool:
    sets = ", ".join(f"{f} = ?" for f in fields)
    where = " AND ".join(f"{f} IS ?" for f in fields)
    return conn.execute(f"UPDATE {table} SET {sets} WHERE id = ? AND {where}", [*new, row_id, *old]).rowcount == 1


def _claim(conn: Conn, table: str, due_column: str, active: str, now: float, owner: str, lease: float,
           limit: int) -> list[tuple[int, bool]]:
    rows = conn.execute(
        f"SELECT id, in_flight FROM {table} WHERE {active} AND {due_column} <= ? "
        f"AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY {due_column}, id LIMIT ?",
        (now, now, limit)).fetchall()
    ids = [(r["id"], bool(r["in_flight"])) for r in rows]
    conn.executemany(f"UPDATE {table} SET in_flight = 1, claim_owner = ?, claimed_until = ? WHERE id = ?",
                     [(owner, now + lease, i) for i, _ in ids])
    return ids


class SqliteSessions:
    """Sessions in SQLite."""

    def __init__(self, db: _Db) -> None:
        self._db = db

    async def create(self, chat_id: int, user_id: int, routine_id: str, *, due_at: float,
                     started_at: float) -> SessionState | None:
        def run(conn: Conn) -> SessionState | None:
            _ensure_user(conn, user_id, chat_id, started_at)
            try:
                cur = conn.execute("INSERT INTO sessions (chat_id, user_id, routine_id, status, step, due_at, "
                                   "started_at) VALUES (?, ?, ?, 'running', 0, ?, ?)",
                                   (chat_id, user_id, routine_id, due_at, started_at))
            except sqlite3.IntegrityError:
                return None
            return _sessions(conn, "id = ?", cur.lastrowid)[0]
        return await self._db.write(run)

    async def get(self, session_id: int) -> SessionState | None:
        return await self._db.read(lambda c: next(iter(_sessions(c, "id = ?", session_id)), None))

    async def active(self, chat_id: int) -> SessionState | None:
        return await self._db.read(
            lambda c: next(iter(_sessions(c, "chat_id = ? AND status IN ('running', 'paused')", chat_id)), None))

    async def update(self, new: SessionState, *, expected: SessionState) -> bool:
        if new.id != expected.id:
            raise ValueError("update needs the same session id in new and expected")
        return await self._db.write(
            lambda c: _cas(c, "sessions", SESSION_FIELDS, new.id, _session_values(new), _session_values(expected)))

    async def score(self, session_id: int, score: int, *, at: float) -> SessionState | None:
        def run(conn: Conn) -> SessionState | None:
            found = _sessions(conn, "id = ?", session_id)
            if not found or found[0].score is not None:
                return found[0] if found else None
            conn.execute("UPDATE sessions SET score = ?, ended_at = COALESCE(ended_at, ?), due_at = NULL, "
                         "paused_remaining = NULL, in_flight = 0, claim_owner = NULL, claimed_until = NULL, "
                         "status = CASE status WHEN 'stopped' THEN 'stopped' ELSE 'finished' END WHERE id = ?",
                         (score, at, session_id))
            conn.execute("INSERT INTO pain_log (user_id, chat_id, at, score, source) VALUES (?, ?, ?, ?, 'session')",
                         (found[0].user_id, found[0].chat_id, at, score))
            return _sessions(conn, "id = ?", session_id)[0]
        return await self._db.write(run)

    async def claim_due(self, now: float, *, owner: str, lease: float, limit: int) -> list[Claimed[SessionState]]:
        def run(conn: Conn) -> list[Claimed[SessionState]]:
            ids = _claim(conn, "sessions", "due_at", "status = 'running'", now, owner, lease, limit)
            return [Claimed(_sessions(conn, "id = ?", i)[0], resent) for i, resent in ids]
        return await self._db.write(run)

    async def renew(self, owner: str, until: float) -> None:
        await self._db.write(lambda c: c.execute(
            "UPDATE sessions SET claimed_until = ? WHERE claim_owner = ? AND in_flight = 1", (until, owner)))

    async def next_due(self) -> float | None:
        return await self._db.read(lambda c: c.execute(
            "SELECT MIN(MAX(due_at, COALESCE(claimed_until, due_at))) FROM sessions WHERE status = 'running'"
        ).fetchone()[0])

    async def running(self) -> list[SessionState]:
        return await self._db.read(lambda c: _sessions(c, "status = 'running' ORDER BY due_at, id"))

    async def finished(self, user_id: int, since: float = 0.0) -> list[SessionState]:
        return await self._db.read(lambda c: _sessions(
            c, "user_id = ? AND status = 'finished' AND ended_at >= ? ORDER BY ended_at", user_id, since))

    async def favourite_routine(self, user_id: int) -> str | None:
        def run(conn: Conn) -> str | None:
            row = conn.execute("SELECT routine_id FROM sessions WHERE user_id = ? AND status = 'finished' "
                               "GROUP BY routine_id ORDER BY COUNT(*) DESC, MAX(ended_at) DESC LIMIT 1",
                               (user_id,)).fetchone()
            return row[0] if row else None
        return await self._db.read(run)


class SqliteReminders:
    """Reminders in SQLite."""

    def __init__(self, db: _Db) -> None:
        self._db = db

    async def add(self, chat_id: int, user_id: int, days: frozenset[int], at: dt.time, tz: str, *,
                  next_due_at: float, routine_id: str | None = None) -> Reminder:
        if not days or not days <= set(range(7)):
            raise ValueError("days must be a non-empty set of weekday numbers 0 (Monday) to 6 (Sunday)")

        def run(conn: Conn) -> Reminder:
            _ensure_user(conn, user_id, chat_id, next_due_at)
            cur = conn.execute(
                "INSERT INTO reminders (chat_id, user_id, days, time, tz, routine_id, created_at, next_due_at) "
                "VALUES (?, ?, ?, ?, ?, ?, strftime('%s', 'now'), ?)",
                (chat_id, user_id, ",".join(str(d) for d in sorted(days)), at.strftime("%H:%M"), tz, routine_id,
                 next_due_at))
            return _reminders(conn, "id = ?", cur.lastrowid)[0]
        return await self._db.write(run)

    async def get(self, reminder_id: int) -> Reminder | None:
        return await self._db.read(lambda c: next(iter(_reminders(c, "id = ?", reminder_id)), None))

    async def for_user(self, user_id: int) -> list[Reminder]:
        return await self._db.read(lambda c: _reminders(c, "user_id = ? ORDER BY id", user_id))

    async def delete(self, user_id: int, reminder_id: int) -> bool:
        return await self._db.write(lambda c: c.execute(
            "DELETE FROM reminders WHERE id = ? AND user_id = ?", (reminder_id, user_id)).rowcount == 1)

    async def update(self, new: Reminder, *, expected: Reminder) -> bool:
        return await self._db.write(lambda c: _cas(c, "reminders", REMINDER_FIELDS, new.id, _reminder_values(new),
                                                   _reminder_values(expected)))

    async def claim_due(self, now: float, *, owner: str, lease: float, limit: int) -> list[Claimed[Reminder]]:
        def run(conn: Conn) -> list[Claimed[Reminder]]:
            ids = _claim(conn, "reminders", "next_due_at", "next_due_at IS NOT NULL", now, owner, lease, limit)
            return [Claimed(_reminders(conn, "id = ?", i)[0], resent) for i, resent in ids]
        return await self._db.write(run)

    async def renew(self, owner: str, until: float) -> None:
        await self._db.write(lambda c: c.execute(
            "UPDATE reminders SET claimed_until = ? WHERE claim_owner = ? AND in_flight = 1", (until, owner)))

    async def next_due(self) -> float | None:
        return await self._db.read(lambda c: c.execute(
            "SELECT MIN(MAX(next_due_at, COALESCE(claimed_until, next_due_at))) FROM reminders").fetchone()[0])

    async def unscheduled(self) -> list[Reminder]:
        return await self._db.read(lambda c: _reminders(c, "next_due_at IS NULL ORDER BY id"))


class SqlitePainLog:
    """The pain log in SQLite."""

    def __init__(self, db: _Db) -> None:
        self._db = db

    async def add(self, user_id: int, chat_id: int, score: int, note: str | None, *, at: float,
                  source: str = "log") -> PainEntry:
        if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 10:
            raise ValueError(f"pain score must be a whole number from 0 to 10, not {score!r}")
        if source not in ("log", "session"):
            raise ValueError(f"source must be 'log' or 'session', not {source!r}")
        kept = (note or "").strip()[:NOTE_MAX_CHARS] or None

        def run(conn: Conn) -> None:
            _ensure_user(conn, user_id, chat_id, at)
            conn.execute("INSERT INTO pain_log (user_id, chat_id, at, score, note, source) VALUES (?, ?, ?, ?, ?, ?)",
                         (user_id, chat_id, at, score, kept, source))
        await self._db.write(run)
        return PainEntry(at, score, kept, source)

    async def entries(self, user_id: int, since: float = 0.0) -> list[PainEntry]:
        return await self._db.read(lambda c: [PainEntry(*r) for r in c.execute(
            "SELECT at, score, note, source FROM pain_log WHERE user_id = ? AND at >= ? ORDER BY at, id",
            (user_id, since))])


class SqliteFeedback:
    """Feedback, kept questions and counters in SQLite (no user ids)."""

    def __init__(self, db: _Db) -> None:
        self._db = db

    async def record(self, *, feedback: Sequence[tuple[str, bool, float]] = (),
                     unanswered: Sequence[tuple[str, float, float]] = (),
                     confirmed: Sequence[tuple[str, str, float]] = (),
                     counters: dict[str, int] | None = None) -> None:
        def run(conn: Conn) -> None:
            conn.executemany("INSERT INTO feedback (entry_id, helpful, at) VALUES (?, ?, ?)",
                             [(e, int(h), at) for e, h, at in feedback])
            conn.executemany("INSERT INTO unanswered (text, score, at) VALUES (?, ?, ?)",
                             [(t.strip()[:TEXT_MAX_CHARS], float(s), at) for t, s, at in unanswered])
            conn.executemany("INSERT INTO confirmed (text, entry_id, at) VALUES (?, ?, ?)",
                             [(t.strip()[:TEXT_MAX_CHARS], e, at) for t, e, at in confirmed])
            conn.executemany("INSERT INTO counters (name, value) VALUES (?, ?) "
                             "ON CONFLICT(name) DO UPDATE SET value = value + excluded.value",
                             list((counters or {}).items()))
        await self._db.write(run)

    async def feedback_counts(self) -> dict[str, tuple[int, int]]:
        return await self._db.read(lambda c: {r[0]: (int(r[1]), int(r[2])) for r in c.execute(
            "SELECT entry_id, SUM(helpful), SUM(1 - helpful) FROM feedback GROUP BY entry_id ORDER BY entry_id")})

    async def unanswered(self, since: float = 0.0) -> list[Question]:
        return await self._db.read(lambda c: [Question(r[0], r[1], score=r[2]) for r in c.execute(
            "SELECT text, at, score FROM unanswered WHERE at >= ? ORDER BY at, id", (since,))])

    async def confirmed(self, since: float = 0.0) -> list[Question]:
        return await self._db.read(lambda c: [Question(r[0], r[1], entry_id=r[2]) for r in c.execute(
            "SELECT text, at, entry_id FROM confirmed WHERE at >= ? ORDER BY at, id", (since,))])

    async def stats(self) -> dict[str, Any]:
        def run(conn: Conn) -> dict[str, Any]:
            def one(sql: str) -> Any:
                return conn.execute(sql).fetchone()[0]
            counters = dict(conn.execute("SELECT name, value FROM counters").fetchall())
            up = one("SELECT COALESCE(SUM(helpful), 0) FROM feedback")
            return {"users": one("SELECT COUNT(*) FROM users"),
                    "sessions_started": one("SELECT COUNT(*) FROM sessions"),
                    "sessions_finished": one("SELECT COUNT(*) FROM sessions WHERE status = 'finished'"),
                    "answered": counters.get("answered", 0), "unanswered": counters.get("unanswered", 0),
                    "thumbs_up": up, "thumbs_down": one("SELECT COUNT(*) FROM feedback") - up}
        return with_ratios(await self._db.read(run))


def with_ratios(out: dict[str, Any]) -> dict[str, Any]:
    """Add the answered rate and thumbs-up ratio to raw usage figures."""
    asked = out["answered"] + out["unanswered"]
    rated = out["thumbs_up"] + out["thumbs_down"]
    out["answered_rate"] = out["answered"] / asked if asked else None
    out["thumbs_up_ratio"] = out["thumbs_up"] / rated if rated else None
    return out


#: Tables with rows about one user, children first (so erasing never trips a foreign key).
USER_TABLES = ("prompts", "pain_log", "reminders", "sessions", "users")


class SqliteAccounts:
    """Users, export and erasure in SQLite."""

    def __init__(self, db: _Db) -> None:
        self._db = db

    async def touch(self, user_id: int, chat_id: int, *, at: float) -> bool:
        def run(conn: Conn) -> bool:
            new = conn.execute("SELECT 1 FROM users WHERE user_id = ?", (user_id,)).fetchone() is None
            _ensure_user(conn, user_id, chat_id, at)
            return new
        return await self._db.write(run)

    async def get(self, user_id: int) -> Account | None:
        def run(conn: Conn) -> Account | None:
            r = conn.execute("SELECT user_id, chat_id, first_seen, tz, pain_duration FROM users WHERE user_id = ?",
                             (user_id,)).fetchone()
            return Account(*r) if r else None
        return await self._db.read(run)

    async def set_timezone(self, user_id: int, chat_id: int, tz: str | None, *, at: float) -> None:
        def run(conn: Conn) -> None:
            _ensure_user(conn, user_id, chat_id, at)
            conn.execute("UPDATE users SET tz = ? WHERE user_id = ?", (tz, user_id))
        await self._db.write(run)

    async def set_pain_duration(self, user_id: int, chat_id: int, answer: str | None, *, at: float) -> None:
        def run(conn: Conn) -> None:
            _ensure_user(conn, user_id, chat_id, at)
            conn.execute("UPDATE users SET pain_duration = ? WHERE user_id = ?", (answer, user_id))
        await self._db.write(run)

    async def export(self, user_id: int) -> dict[str, Any]:
        def run(conn: Conn) -> dict[str, Any]:
            def rows(table: str) -> list[dict[str, Any]]:
                return [dict(r) for r in conn.execute(f"SELECT * FROM {table} WHERE user_id = ? ORDER BY rowid",
                                                      (user_id,))]
            users = rows("users")
            sessions = [{k: v for k, v in s.items() if k not in ("in_flight", "claim_owner", "claimed_until")}
                        for s in rows("sessions")]
            reminders = [{k: v for k, v in r.items() if k not in ("in_flight", "claim_owner", "claimed_until")}
                         for r in rows("reminders")]
            return {"user_id": user_id, "user": users[0] if users else None, "sessions": sessions,
                    "reminders": reminders, "pain_log": rows("pain_log")}
        return await self._db.read(run)

    async def forget(self, user_id: int) -> dict[str, int]:
        def run(conn: Conn) -> dict[str, int]:
            return {t: conn.execute(f"DELETE FROM {t} WHERE user_id = ?", (user_id,)).rowcount for t in USER_TABLES}
        counts = await self._db.write(run)
        logger.info("Forgot a user: %s", counts)
        return counts


class SqlitePrompts:
    """Pending prompts in SQLite."""

    def __init__(self, db: _Db) -> None:
        self._db = db

    @staticmethod
    def _prompt(r: sqlite3.Row) -> Prompt:
        return Prompt(r["id"], r["chat_id"], r["user_id"], r["kind"], json.loads(r["data"]), r["created_at"])

    async def put(self, chat_id: int, user_id: int, kind: str, data: dict[str, Any], *, at: float) -> Prompt:
        def run(conn: Conn) -> Prompt:
            _ensure_user(conn, user_id, chat_id, at)
            conn.execute("DELETE FROM prompts WHERE chat_id = ? AND user_id = ? AND kind = ?", (chat_id, user_id, kind))
            cur = conn.execute("INSERT INTO prompts (chat_id, user_id, kind, data, created_at) VALUES (?, ?, ?, ?, ?)",
                               (chat_id, user_id, kind, json.dumps(data), at))
            return Prompt(int(cur.lastrowid or 0), chat_id, user_id, kind, data, at)
        return await self._db.write(run)

    async def current(self, chat_id: int, user_id: int, kinds: Sequence[str] = ()) -> Prompt | None:
        def run(conn: Conn) -> Prompt | None:
            marks = ",".join("?" * len(kinds))
            where = f" AND kind IN ({marks})" if kinds else ""
            r = conn.execute(f"SELECT * FROM prompts WHERE chat_id = ? AND user_id = ?{where} ORDER BY id DESC LIMIT 1",
                             (chat_id, user_id, *kinds)).fetchone()
            return self._prompt(r) if r else None
        return await self._db.read(run)

    async def get(self, prompt_id: int) -> Prompt | None:
        def run(conn: Conn) -> Prompt | None:
            r = conn.execute("SELECT * FROM prompts WHERE id = ?", (prompt_id,)).fetchone()
            return self._prompt(r) if r else None
        return await self._db.read(run)

    async def take(self, prompt_id: int) -> Prompt | None:
        def run(conn: Conn) -> Prompt | None:
            r = conn.execute("SELECT * FROM prompts WHERE id = ?", (prompt_id,)).fetchone()
            if r is None:
                return None
            conn.execute("DELETE FROM prompts WHERE id = ?", (prompt_id,))
            return self._prompt(r)
        return await self._db.write(run)

    async def drop(self, chat_id: int, user_id: int, kinds: Sequence[str]) -> int:
        marks = ",".join("?" * len(kinds))
        return await self._db.write(lambda c: c.execute(
            f"DELETE FROM prompts WHERE chat_id = ? AND user_id = ? AND kind IN ({marks})",
            (chat_id, user_id, *kinds)).rowcount)


class SqliteUpdates:
    """Handled update ids in SQLite (one process polls, so this mostly guards against restarts)."""

    def __init__(self, db: _Db) -> None:
        self._db = db

    async def first_time(self, update_id: int, *, at: float) -> bool:
        def run(conn: Conn) -> bool:
            new = conn.execute("INSERT OR IGNORE INTO handled_updates (update_id, at) VALUES (?, ?)",
                               (update_id, at)).rowcount == 1
            conn.execute("DELETE FROM handled_updates WHERE at < ?", (at - 86400,))
            return new
        return await self._db.write(run)


class SqliteStore:
    """The whole SQLite database: one store per aggregate over one connection."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.description = f"SQLite file {self.path}"
        self._db = _Db(self.path)
        self._db.open()
        self.sessions = SqliteSessions(self._db)
        self.reminders = SqliteReminders(self._db)
        self.pain = SqlitePainLog(self._db)
        self.feedback = SqliteFeedback(self._db)
        self.accounts = SqliteAccounts(self._db)
        self.prompts = SqlitePrompts(self._db)
        self.updates = SqliteUpdates(self._db)

    def schema_version(self) -> int:
        """Return the schema version of the open file."""
        conn = self._db.conn
        if conn is None:
            raise StorageError(f"the database {self.path} was closed")
        return int(conn.execute("PRAGMA user_version").fetchone()[0])

    async def close(self) -> None:
        await self._db.close()
