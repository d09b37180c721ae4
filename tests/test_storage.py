"""SQLite storage: schema and migrations, privacy (export and forget), statistics, clear errors."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import storage as storage_module
from bot.storage import MIGRATIONS, Storage, StorageError

USER, CHAT, OTHER = 111, 111, 222


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Storage]:
    store = Storage(tmp_path / "backcare.db", clock=Clock())
    yield store
    store.close()


def fill(store: Storage, user: int, chat: int) -> None:
    """Store one of everything about a user."""
    store.touch_user(user, chat)
    store.set_timezone(user, chat, "Europe/London")
    session = store.create_session(chat, user, "standard", due_at=1.0, started_at=1.0)
    store.score_session(session.id, 4, at=2.0)
    store.add_reminder(chat, user, frozenset({0, 2, 4}), dt.time(19, 0), "Europe/London", "quick")
    store.log_pain(user, chat, 6, "stiff after work")


def test_migrations_set_user_version_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with Storage(path) as store:
        assert store.schema_version == len(MIGRATIONS) >= 1
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"users", "sessions", "reminders", "pain_log", "feedback", "unanswered", "confirmed"} <= tables
    raw.close()
    with Storage(path) as again:  # reopening applies nothing twice
        assert again.schema_version == len(MIGRATIONS)


def test_a_later_migration_is_applied_on_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db"
    Storage(path).close()
    monkeypatch.setattr(storage_module, "MIGRATIONS", (*MIGRATIONS, ("CREATE TABLE extra (x INTEGER)",)))
    with Storage(path) as store:
        assert store.schema_version == len(MIGRATIONS) + 1


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    raw.close()
    with pytest.raises(StorageError, match="newer than this bot knows.*BACKCARE_DB"):
        Storage(path)


def test_pragmas(db: Storage) -> None:
    with db._read() as conn:
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_export_contains_what_was_logged(db: Storage) -> None:
    fill(db, USER, CHAT)
    data = db.export_user(USER)
    json.dumps(data)  # JSON-serialisable as it is
    assert data["user"]["tz"] == "Europe/London"
    assert [p["score"] for p in data["pain_log"]] == [4, 6]
    assert {p["source"] for p in data["pain_log"]} == {"session", "log"}
    assert data["pain_log"][1]["note"] == "stiff after work"
    assert data["sessions"][0]["routine_id"] == "standard" and data["sessions"][0]["score"] == 4
    assert data["reminders"][0]["days"] == "0,2,4" and data["reminders"][0]["time"] == "19:00"


def test_forget_user_leaves_no_row_about_them_in_any_table(db: Storage, tmp_path: Path) -> None:
    fill(db, USER, CHAT)
    fill(db, OTHER, OTHER)
    db.record_feedback("effleurage", True)
    db.record_unanswered("what about my knee", 12)
    counts = db.forget_user(USER, CHAT)
    assert counts == {"pain_log": 2, "reminders": 1, "sessions": 1, "users": 1}
    raw = sqlite3.connect(tmp_path / "backcare.db")
    tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        columns = {r[1] for r in raw.execute(f"PRAGMA table_info({table})")}
        for column in {"user_id", "chat_id"} & columns:
            sql = f"SELECT COUNT(*) FROM {table} WHERE {column} IN (?, ?)"
            left = raw.execute(sql, (USER, CHAT)).fetchone()[0]
            assert left == 0, f"{table}.{column} still mentions the user"
    raw.close()
    assert db.export_user(OTHER)["pain_log"]  # someone else's data stays
    empty = {"user_id": USER, "user": None, "sessions": [], "reminders": [], "pain_log": []}
    assert db.export_user(USER) == empty


def test_sessions_one_active_per_chat_and_compare_and_set(db: Storage) -> None:
    first = db.create_session(CHAT, USER, "quick", due_at=10.0, started_at=10.0)
    with pytest.raises(StorageError, match="already has an active session"):
        db.create_session(CHAT, USER, "quick", due_at=10.0, started_at=10.0)
    moved = first.__class__(**{**first.__dict__, "step": 1, "due_at": 70.0})
    assert db.update_session(moved, expected=first)
    assert not db.update_session(moved, expected=first)  # the row no longer equals `first`
    assert db.active_session(CHAT) == moved
    assert db.running_sessions() == [moved]


def test_score_session_first_answer_wins(db: Storage) -> None:
    session = db.create_session(CHAT, USER, "quick", due_at=1.0, started_at=1.0)
    assert db.score_session(session.id, 3, at=5.0).status == "finished"
    assert db.score_session(session.id, 9, at=6.0).score == 3
    assert [(p.score, p.source) for p in db.pain_entries(USER)] == [(3, "session")]
    assert [s.id for s in db.sessions_done(USER, since=5.0)] == [session.id]
    assert db.sessions_done(USER, since=5.5) == []


def test_reminders_round_trip(db: Storage) -> None:
    made = db.add_reminder(CHAT, USER, frozenset({5, 6}), dt.time(8, 30), "America/New_York")
    assert db.list_reminders(CHAT) == [made] == db.all_reminders()
    assert made.days == frozenset({5, 6}) and made.at == dt.time(8, 30)
    assert db.mark_reminder_fired(made.id, 123.0)
    assert db.get_reminder(made.id).last_fired_at == 123.0
    assert not db.delete_reminder(OTHER, made.id)  # not that chat's reminder
    assert db.delete_reminder(CHAT, made.id)
    assert db.get_reminder(made.id) is None and not db.mark_reminder_fired(made.id, 1.0)
    with pytest.raises(ValueError, match="weekday numbers"):
        db.add_reminder(CHAT, USER, frozenset({7}), dt.time(8, 30), "UTC")


def test_pain_log_validates(db: Storage) -> None:
    with pytest.raises(ValueError, match="0 to 10"):
        db.log_pain(USER, CHAT, 11)
    entry = db.log_pain(USER, CHAT, 0, "x" * 1000)
    assert len(entry.note) == storage_module.NOTE_MAX_CHARS


def test_stats_and_knowledge_base_feedback(db: Storage) -> None:
    assert db.stats()["answered_rate"] is None and db.stats()["thumbs_up_ratio"] is None
    fill(db, USER, CHAT)
    db.create_session(OTHER, OTHER, "quick", due_at=1.0, started_at=1.0)
    for helpful in (True, True, False):
        db.record_feedback("effleurage", helpful)
    db.record_answered()
    db.record_answered()
    db.record_answered()
    db.record_unanswered("  what about my knee  ", 12.5)
    db.record_confirmed("nead my back", "kneading")
    stats = db.stats()
    assert (stats["users"], stats["sessions_started"], stats["sessions_finished"]) == (2, 2, 1)
    assert stats["answered_rate"] == 0.75 and stats["thumbs_up_ratio"] == pytest.approx(2 / 3)
    assert db.feedback_counts() == {"effleurage": (2, 1)}
    assert [(q.text, q.score) for q in db.unanswered()] == [("what about my knee", 12.5)]
    assert [(q.text, q.entry_id) for q in db.confirmed()] == [("nead my back", "kneading")]


def test_users_time_zone_and_usual_routine(db: Storage) -> None:
    assert db.touch_user(USER, CHAT) is True
    assert db.touch_user(USER, CHAT) is False
    assert db.get_timezone(USER) is None and db.get_usual_routine(USER) is None
    db.set_timezone(USER, CHAT, "Asia/Tokyo")
    db.set_usual_routine(USER, CHAT, "desk")
    assert (db.get_timezone(USER), db.get_usual_routine(USER)) == ("Asia/Tokyo", "desk")


def _read_only_connect(real: object) -> object:
    def connect(path: str, **kwargs: object) -> sqlite3.Connection:
        return real(f"file:{path}?mode=ro", uri=True, **kwargs)  # type: ignore[operator]
    return connect


@pytest.mark.parametrize("how", ["chmod", "sqlite"])
def test_read_only_file_gives_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            how: str) -> None:
    path = tmp_path / "backcare.db"
    sqlite3.connect(path).close()  # an empty file, so opening must write the schema
    if how == "chmod":
        if os.geteuid() == 0:
            pytest.skip("root can write to read-only files; the 'sqlite' case covers this")
        path.chmod(0o444)
    else:  # SQLite opens the file read-only, exactly as it does when it lacks write permission
        monkeypatch.setattr(storage_module.sqlite3, "connect", _read_only_connect(sqlite3.connect))
    with pytest.raises(StorageError) as caught:
        Storage(path)
    assert str(caught.value) == (f"the database file {path} is read-only; give the bot write access "
                                 "or point BACKCARE_DB elsewhere")


def test_other_failures_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="folder exists.*BACKCARE_DB"):
        Storage(tmp_path / "missing" / "backcare.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StorageError, match="not a usable SQLite database.*move it aside"):
        Storage(junk)
    store = Storage(tmp_path / "ok.db")
    store.close()
    with pytest.raises(StorageError, match="was closed; open a new Storage"):
        store.get_session(1)
