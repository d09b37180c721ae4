"""SQLite storage (standard library ``sqlite3``): users, sessions, reminders, pain log, feedback, counters.

One connection per :class:`Storage`, in WAL mode, guarded by a lock so a console thread can share it.
The schema version lives in ``PRAGMA user_version``; :data:`MIGRATIONS` is applied in order, in one
transaction, when the file is opened.  Times are UTC epoch seconds.  Nothing here stores names or
message texts tied to a user: feedback, unanswered and confirmed questions carry no user id.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
NOTE_MAX_CHARS = 200
TEXT_MAX_CHARS = 500
ACTIVE_STATUSES = ("running", "paused")
ELSEWHERE = "point BACKCARE_DB elsewhere"

#: Ordered schema migrations; migration N brings ``user_version`` from N-1 to N.  Append, never edit.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # 1: everything
        """CREATE TABLE users (
            user_id INTEGER PRIMARY KEY, chat_id INTEGER NOT NULL, first_seen REAL NOT NULL,
            tz TEXT, usual_routine TEXT)""",
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id INTEGER NOT NULL,
            user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
            routine_id TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('running', 'paused', 'finished', 'stopped')),
            step INTEGER NOT NULL DEFAULT 0 CHECK (step >= 0), due_at REAL, paused_remaining REAL,
            started_at REAL NOT NULL, ended_at REAL, score INTEGER CHECK (score BETWEEN 0 AND 10))""",
        "CREATE UNIQUE INDEX sessions_one_active ON sessions(chat_id) WHERE status IN ('running', 'paused')",
        "CREATE INDEX sessions_user ON sessions(user_id, started_at)",
        """CREATE TABLE reminders (
            id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id INTEGER NOT NULL,
            user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
            days TEXT NOT NULL, time TEXT NOT NULL, tz TEXT NOT NULL, routine_id TEXT,
            created_at REAL NOT NULL, last_fired_at REAL)""",
        "CREATE INDEX reminders_chat ON reminders(chat_id)",
        """CREATE TABLE pain_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
            chat_id INTEGER NOT NULL, at REAL NOT NULL, score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
            note TEXT, source TEXT NOT NULL CHECK (source IN ('log', 'session')))""",
        "CREATE INDEX pain_log_user ON pain_log(user_id, at)",
        """CREATE TABLE feedback (id INTEGER PRIMARY KEY, entry_id TEXT NOT NULL,
            helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)), at REAL NOT NULL)""",
        """CREATE TABLE unanswered (id INTEGER PRIMARY KEY, text TEXT NOT NULL, score REAL NOT NULL,
            at REAL NOT NULL)""",
        """CREATE TABLE confirmed (id INTEGER PRIMARY KEY, text TEXT NOT NULL, entry_id TEXT NOT NULL,
            at REAL NOT NULL)""",
        "CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
    ),
)


class StorageError(Exception):
    """The database cannot be used; the message says what to do about it."""


@dataclass(frozen=True)
class SessionState:
    """One guided session as stored: ``step`` is the next thing to send, due at ``due_at``."""

    id: int
    chat_id: int
    user_id: int
    routine_id: str
    status: str
    step: int
    due_at: float | None
    paused_remaining: float | None
    started_at: float
    ended_at: float | None
    score: int | None

    @property
    def active(self) -> bool:
        """Return whether the session is running or paused."""
        return self.status in ACTIVE_STATUSES


@dataclass(frozen=True)
class Reminder:
    """A recurring reminder: weekdays (0=Monday) and a local time of day in ``tz``."""

    id: int
    chat_id: int
    user_id: int
    days: frozenset[int]
    at: dt.time
    tz: str
    routine_id: str | None
    created_at: float
    last_fired_at: float | None


class PainEntry(NamedTuple):
    """One pain score, from /log or the end of a session."""

    at: float
    score: int
    note: str | None
    source: str


class Question(NamedTuple):
    """A question kept to improve the knowledge base (no user id); ``entry_id`` for confirmed picks."""

    text: str
    at: float
    score: float | None = None
    entry_id: str | None = None


def _session(conn: sqlite3.Connection, where: str, *args: object) -> list[SessionState]:
    return [SessionState(**dict(r)) for r in conn.execute(f"SELECT * FROM sessions WHERE {where}", args)]


def _reminders(conn: sqlite3.Connection, where: str, *args: object) -> list[Reminder]:
    out = []
    for r in conn.execute(f"SELECT * FROM reminders WHERE {where}", args):
        days = frozenset(int(d) for d in r["days"].split(",") if d)
        at = dt.time.fromisoformat(r["time"])
        out.append(Reminder(r["id"], r["chat_id"], r["user_id"], days, at, r["tz"], r["routine_id"],
                            r["created_at"], r["last_fired_at"]))
    return out


class Storage:
    """The bot's SQLite database; every method is atomic and raises :class:`StorageError` on failure."""

    def __init__(self, path: str | Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = str(path)
        self._clock = clock
        self._lock = threading.RLock()
        self._unavailable: str | None = None
        if self.path != ":memory:" and os.path.exists(self.path) and not os.access(self.path, os.W_OK):
            raise self._explain(sqlite3.OperationalError("attempt to write a readonly database"))
        self._conn: sqlite3.Connection | None = None
        with self._errors():
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                   check_same_thread=False)
            self._conn = conn
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            # In WAL mode NORMAL syncs at checkpoints, not at every commit: still safe against the bot crashing
            # (a power cut may lose the last commits, never corrupt the file), and a write costs ~20 us, not ~180.
            conn.execute("PRAGMA synchronous = NORMAL")
        try:
            self._migrate()
        except StorageError:
            self.close()
            raise

    @classmethod
    def unavailable(cls, path: str | Path, reason: str) -> Storage:
        """Return a stand-in for a database that could not be opened: every call raises StorageError(reason)."""
        storage = cls.__new__(cls)
        storage.path, storage._clock, storage._lock = str(path), time.time, threading.RLock()
        storage._conn, storage._unavailable = None, reason
        return storage

    # --- plumbing ----------------------------------------------------------------------------

    def _explain(self, exc: sqlite3.Error) -> StorageError:
        name = getattr(exc, "sqlite_errorname", "") or ""
        text = str(exc).lower()
        where = self.path
        if name.startswith("SQLITE_READONLY") or "readonly" in text:
            msg = f"the database file {where} is read-only; give the bot write access or {ELSEWHERE}"
        elif name.startswith("SQLITE_BUSY") or "locked" in text:
            msg = (f"the database {where} stayed locked for over {BUSY_TIMEOUT_MS / 1000:g} s; stop the other "
                   "process using it (another bot instance?) and try again")
        elif name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
            msg = (f"cannot open the database file {where}; check that its folder exists and is writable, "
                   f"or {ELSEWHERE}")
        elif name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")) or "not a database" in text:
            msg = f"{where} is not a usable SQLite database ({exc}); move it aside or {ELSEWHERE}"
        elif name.startswith("SQLITE_FULL"):
            msg = f"the disk holding {where} is full; free some space and try again"
        else:
            msg = f"database error on {where} ({exc}); check the file and its disk, or {ELSEWHERE}"
        return StorageError(msg)

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise self._explain(exc) from exc

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StorageError(self._unavailable or
                               f"the database {self.path} was closed; open a new Storage to use it again")
        return self._conn

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """Run the block in one write transaction, rolled back on any error."""
        with self._lock, self._errors():
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock, self._errors():
            yield self._connection()

    def _migrate(self) -> None:
        with self._tx() as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise StorageError(f"{self.path} has schema version {version}, newer than this bot knows "
                                   f"({len(MIGRATIONS)}); upgrade the bot or {ELSEWHERE}")
            for number in range(version + 1, len(MIGRATIONS) + 1):
                for statement in MIGRATIONS[number - 1]:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")
                logger.info("Database %s migrated to schema version %d", self.path, number)

    @property
    def schema_version(self) -> int:
        """Return the schema version of the open database."""
        with self._read() as conn:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        """Close the connection; further calls raise StorageError."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Storage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _ensure_user(self, conn: sqlite3.Connection, user_id: int, chat_id: int) -> None:
        conn.execute("INSERT OR IGNORE INTO users (user_id, chat_id, first_seen) VALUES (?, ?, ?)",
                     (user_id, chat_id, self._clock()))

    def _bump(self, conn: sqlite3.Connection, name: str) -> None:
        conn.execute("INSERT INTO counters (name, value) VALUES (?, 1) "
                     "ON CONFLICT(name) DO UPDATE SET value = value + 1", (name,))

    # --- users -------------------------------------------------------------------------------

    def touch_user(self, user_id: int, chat_id: int) -> bool:
        """Record that the user talked to the bot in this chat; return True the first time."""
        with self._tx() as conn:
            new = conn.execute("SELECT 1 FROM users WHERE user_id = ?", (user_id,)).fetchone() is None
            self._ensure_user(conn, user_id, chat_id)
            conn.execute("UPDATE users SET chat_id = ? WHERE user_id = ?", (chat_id, user_id))
            return new

    def set_timezone(self, user_id: int, chat_id: int, tz: str | None) -> None:
        """Store the user's IANA time zone (validate it first with ``reminders.check_timezone``)."""
        with self._tx() as conn:
            self._ensure_user(conn, user_id, chat_id)
            conn.execute("UPDATE users SET tz = ? WHERE user_id = ?", (tz, user_id))

    def get_timezone(self, user_id: int) -> str | None:
        """Return the user's time zone, or None when not set."""
        with self._read() as conn:
            row = conn.execute("SELECT tz FROM users WHERE user_id = ?", (user_id,)).fetchone()
            return row["tz"] if row else None

    def set_usual_routine(self, user_id: int, chat_id: int, routine_id: str | None) -> None:
        """Remember the routine a reminder's "start my usual routine" button starts."""
        with self._tx() as conn:
            self._ensure_user(conn, user_id, chat_id)
            conn.execute("UPDATE users SET usual_routine = ? WHERE user_id = ?", (routine_id, user_id))

    def get_usual_routine(self, user_id: int) -> str | None:
        """Return the user's usual routine id, or None."""
        with self._read() as conn:
            row = conn.execute("SELECT usual_routine FROM users WHERE user_id = ?", (user_id,)).fetchone()
            return row["usual_routine"] if row else None

    # --- sessions ----------------------------------------------------------------------------

    def create_session(self, chat_id: int, user_id: int, routine_id: str, *, due_at: float,
                       started_at: float) -> SessionState:
        """Insert a running session at step 0; raise StorageError if the chat already has an active one."""
        with self._tx() as conn:
            self._ensure_user(conn, user_id, chat_id)
            try:
                cur = conn.execute(
                    "INSERT INTO sessions (chat_id, user_id, routine_id, status, step, due_at, started_at) "
                    "VALUES (?, ?, ?, 'running', 0, ?, ?)",
                    (chat_id, user_id, routine_id, due_at, started_at))
            except sqlite3.IntegrityError:
                raise StorageError(f"chat {chat_id} already has an active session; stop or replace it "
                                   "before starting another") from None
            return _session(conn, "id = ?", cur.lastrowid)[0]

    def get_session(self, session_id: int) -> SessionState | None:
        """Return the session with this id, or None."""
        with self._read() as conn:
            return next(iter(_session(conn, "id = ?", session_id)), None)

    def active_session(self, chat_id: int) -> SessionState | None:
        """Return the chat's running or paused session, or None."""
        with self._read() as conn:
            found = _session(conn, "chat_id = ? AND status IN ('running', 'paused')", chat_id)
            return found[0] if found else None

    def update_session(self, new: SessionState, *, expected: SessionState) -> bool:
        """Save ``new`` only if the stored row still equals ``expected``; return whether it did."""
        if new.id != expected.id:
            raise ValueError("update_session needs the same session id in new and expected")
        fields = ("status", "step", "due_at", "paused_remaining", "ended_at", "score")
        sets = ", ".join(f"{f} = ?" for f in fields)
        where = " AND ".join(f"{f} IS ?" for f in fields)
        values = [getattr(new, f) for f in fields] + [new.id] + [getattr(expected, f) for f in fields]
        with self._tx() as conn:
            return conn.execute(f"UPDATE sessions SET {sets} WHERE id = ? AND {where}", values).rowcount == 1

    def score_session(self, session_id: int, score: int, *, at: float) -> SessionState | None:
        """Set the end score (first answer wins), finish the session and log the score; None if unknown."""
        with self._tx() as conn:
            found = _session(conn, "id = ?", session_id)
            if not found or found[0].score is not None:
                return found[0] if found else None
            conn.execute(
                "UPDATE sessions SET score = ?, ended_at = COALESCE(ended_at, ?), due_at = NULL, "
                "paused_remaining = NULL, "
                "status = CASE status WHEN 'stopped' THEN 'stopped' ELSE 'finished' END WHERE id = ?",
                (score, at, session_id))
            conn.execute("INSERT INTO pain_log (user_id, chat_id, at, score, source) "
                         "VALUES (?, ?, ?, ?, 'session')", (found[0].user_id, found[0].chat_id, at, score))
            return _session(conn, "id = ?", session_id)[0]

    def running_sessions(self) -> list[SessionState]:
        """Return every running session, soonest due first (for restart recovery)."""
        with self._read() as conn:
            return _session(conn, "status = 'running' ORDER BY due_at, id")

    def sessions_done(self, user_id: int, since: float = 0.0) -> list[SessionState]:
        """Return the user's finished sessions that ended at or after ``since``, oldest first."""
        with self._read() as conn:
            return _session(conn, "user_id = ? AND status = 'finished' AND ended_at >= ? ORDER BY ended_at",
                            user_id, since)

    # --- reminders ---------------------------------------------------------------------------

    def add_reminder(self, chat_id: int, user_id: int, days: frozenset[int], at: dt.time, tz: str,
                     routine_id: str | None = None) -> Reminder:
        """Store a reminder (days 0=Monday, local time ``at`` in ``tz``) and return it."""
        if not days or not days <= set(range(7)):
            raise ValueError("days must be a non-empty set of weekday numbers 0 (Monday) to 6 (Sunday)")
        with self._tx() as conn:
            self._ensure_user(conn, user_id, chat_id)
            day_list = ",".join(str(d) for d in sorted(days))
            cur = conn.execute(
                "INSERT INTO reminders (chat_id, user_id, days, time, tz, routine_id, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (chat_id, user_id, day_list, at.strftime("%H:%M"), tz, routine_id, self._clock()))
            return _reminders(conn, "id = ?", cur.lastrowid)[0]

    def get_reminder(self, reminder_id: int) -> Reminder | None:
        """Return the reminder with this id, or None once deleted."""
        with self._read() as conn:
            return next(iter(_reminders(conn, "id = ?", reminder_id)), None)

    def list_reminders(self, chat_id: int) -> list[Reminder]:
        """Return the chat's reminders, oldest first."""
        with self._read() as conn:
            return _reminders(conn, "chat_id = ? ORDER BY id", chat_id)

    def all_reminders(self) -> list[Reminder]:
        """Return every reminder (to schedule them at start-up)."""
        with self._read() as conn:
            return _reminders(conn, "1 ORDER BY id")

    def delete_reminder(self, chat_id: int, reminder_id: int) -> bool:
        """Delete the chat's reminder; return False when there was no such reminder in this chat."""
        with self._tx() as conn:
            cur = conn.execute("DELETE FROM reminders WHERE id = ? AND chat_id = ?", (reminder_id, chat_id))
            return cur.rowcount == 1

    def mark_reminder_fired(self, reminder_id: int, at: float) -> bool:
        """Record that the reminder was sent at ``at``; return False if it was deleted meanwhile."""
        with self._tx() as conn:
            cur = conn.execute("UPDATE reminders SET last_fired_at = ? WHERE id = ?", (at, reminder_id))
            return cur.rowcount == 1

    # --- pain log ----------------------------------------------------------------------------

    def log_pain(self, user_id: int, chat_id: int, score: int, note: str | None = None, *,
                 source: str = "log", at: float | None = None) -> PainEntry:
        """Store a pain score 0-10 with an optional short note; return the entry."""
        if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 10:
            raise ValueError(f"pain score must be a whole number from 0 to 10, not {score!r}")
        if source not in ("log", "session"):
            raise ValueError(f"source must be 'log' or 'session', not {source!r}")
        note = (note or "").strip()[:NOTE_MAX_CHARS] or None
        when = self._clock() if at is None else at
        with self._tx() as conn:
            self._ensure_user(conn, user_id, chat_id)
            conn.execute("INSERT INTO pain_log (user_id, chat_id, at, score, note, source) "
                         "VALUES (?, ?, ?, ?, ?, ?)", (user_id, chat_id, when, score, note, source))
        return PainEntry(when, score, note, source)

    def pain_entries(self, user_id: int, since: float = 0.0) -> list[PainEntry]:
        """Return the user's pain scores at or after ``since``, oldest first."""
        with self._read() as conn:
            rows = conn.execute("SELECT at, score, note, source FROM pain_log WHERE user_id = ? AND at >= ? "
                                "ORDER BY at, id", (user_id, since)).fetchall()
            return [PainEntry(*r) for r in rows]

    # --- knowledge-base feedback (no user ids) -----------------------------------------------

    def record_feedback(self, entry_id: str, helpful: bool) -> None:
        """Store a thumbs up or down for an answer."""
        with self._tx() as conn:
            conn.execute("INSERT INTO feedback (entry_id, helpful, at) VALUES (?, ?, ?)",
                         (entry_id, int(helpful), self._clock()))

    def feedback_counts(self) -> dict[str, tuple[int, int]]:
        """Return ``{entry_id: (helpful, not_helpful)}``."""
        with self._read() as conn:
            rows = conn.execute("SELECT entry_id, SUM(helpful), SUM(1 - helpful) FROM feedback "
                                "GROUP BY entry_id ORDER BY entry_id").fetchall()
            return {r[0]: (int(r[1]), int(r[2])) for r in rows}

    def record_answered(self) -> None:
        """Count a question that got a confident answer (no text is kept)."""
        with self._tx() as conn:
            self._bump(conn, "answered")

    def record_unanswered(self, text: str, score: float) -> None:
        """Keep a question that got no match or a low score (text and time only), and count it."""
        with self._tx() as conn:
            conn.execute("INSERT INTO unanswered (text, score, at) VALUES (?, ?, ?)",
                         (text.strip()[:TEXT_MAX_CHARS], float(score), self._clock()))
            self._bump(conn, "unanswered")

    def unanswered(self, since: float = 0.0) -> list[Question]:
        """Return the kept unanswered questions, oldest first."""
        with self._read() as conn:
            rows = conn.execute("SELECT text, at, score FROM unanswered WHERE at >= ? ORDER BY at, id",
                                (since,)).fetchall()
            return [Question(r[0], r[1], score=r[2]) for r in rows]

    def record_confirmed(self, text: str, entry_id: str) -> None:
        """Keep a "did you mean" pick: the original text and the entry the user confirmed."""
        with self._tx() as conn:
            conn.execute("INSERT INTO confirmed (text, entry_id, at) VALUES (?, ?, ?)",
                         (text.strip()[:TEXT_MAX_CHARS], entry_id, self._clock()))

    def confirmed(self, since: float = 0.0) -> list[Question]:
        """Return the confirmed "did you mean" picks, oldest first."""
        with self._read() as conn:
            rows = conn.execute("SELECT text, at, entry_id FROM confirmed WHERE at >= ? ORDER BY at, id",
                                (since,)).fetchall()
            return [Question(r[0], r[1], entry_id=r[2]) for r in rows]

    # --- privacy and statistics --------------------------------------------------------------

    def export_user(self, user_id: int) -> dict[str, Any]:
        """Return everything stored about the user as JSON-serialisable data."""
        with self._read() as conn:
            def rows(table: str) -> list[dict[str, Any]]:
                found = conn.execute(f"SELECT * FROM {table} WHERE user_id = ? ORDER BY rowid", (user_id,))
                return [dict(r) for r in found.fetchall()]

            users = rows("users")
            return {"user_id": user_id, "user": users[0] if users else None, "sessions": rows("sessions"),
                    "reminders": rows("reminders"), "pain_log": rows("pain_log")}

    def forget_user(self, user_id: int, chat_id: int) -> dict[str, int]:
        """Delete every row about the user and their private chat (chat_id > 0); return counts by table."""
        private = chat_id if chat_id > 0 else None
        counts: dict[str, int] = {}
        with self._tx() as conn:
            for table in ("pain_log", "reminders", "sessions", "users"):
                sql = f"DELETE FROM {table} WHERE user_id = ? OR chat_id IS ?"
                counts[table] = conn.execute(sql, (user_id, private)).rowcount
        logger.info("Forgot a user: %s", counts)
        return counts

    def stats(self) -> dict[str, Any]:
        """Return usage figures for /stats: users, sessions, answered rate, thumbs-up ratio."""
        with self._read() as conn:
            def one(sql: str) -> Any:
                return conn.execute(sql).fetchone()[0]

            counters = dict(conn.execute("SELECT name, value FROM counters").fetchall())
            up = one("SELECT COALESCE(SUM(helpful), 0) FROM feedback")
            down = one("SELECT COUNT(*) FROM feedback") - up
            out: dict[str, Any] = {
                "users": one("SELECT COUNT(*) FROM users"),
                "sessions_started": one("SELECT COUNT(*) FROM sessions"),
                "sessions_finished": one("SELECT COUNT(*) FROM sessions WHERE status = 'finished'"),
                "answered": counters.get("answered", 0),
                "unanswered": counters.get("unanswered", 0),
                "thumbs_up": up,
                "thumbs_down": down,
            }
        asked = out["answered"] + out["unanswered"]
        out["answered_rate"] = out["answered"] / asked if asked else None
        out["thumbs_up_ratio"] = up / (up + down) if up + down else None
        return out
