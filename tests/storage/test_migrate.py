"""``backcare-bot migrate-db``: a SQLite database copied into PostgreSQL reads back the same."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from bot.storage.migrate import TABLES, add_command
from bot.storage.postgres import PostgresStore
from bot.storage.sqlite import SqliteStore

T0 = 1_796_000_000.0


def migrate_db_command(*argv: str) -> int:
    """Run ``backcare-bot migrate-db ARGV`` through the sub-command as the CLI adds it."""
    parser = argparse.ArgumentParser(prog="backcare-bot")
    add_command(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["migrate-db", *argv])
    return int(args.func(args, None))


async def fill(path: Path) -> dict[str, Any]:
    """Write a little of everything into a SQLite file; return what reading it gives."""
    store = SqliteStore(path)
    s = await store.sessions.create(10, 1, "neck", due_at=T0, started_at=T0)
    assert s is not None
    await store.sessions.claim_due(T0, owner="w1", lease=30, limit=10)
    await store.sessions.score(s.id, 3, at=T0 + 60)
    await store.sessions.create(10, 1, "back", due_at=T0 + 100, started_at=T0 + 90)
    await store.sessions.create(20, 2, "hips", due_at=T0 + 50, started_at=T0 + 40)
    await store.reminders.add(10, 1, frozenset({0, 4}), dt.time(19, 0), "Europe/Berlin", next_due_at=T0 + 500)
    await store.pain.add(1, 10, 6, "stiff", at=T0 + 70)
    await store.accounts.set_pain_duration(1, 10, "6-12-weeks", at=T0)
    await store.prompts.put(10, 1, "timezone", {"city": "Oslo"}, at=T0 + 80)
    gone = await store.prompts.put(10, 1, "forget", {}, at=T0 + 81)
    await store.prompts.take(gone.id)  # the newest id is deleted: the copy must not hand it out again
    await store.feedback.record(feedback=[("faq-often", True, T0)], unanswered=[("knee?", 20.0, T0)],
                                confirmed=[("how oftn", "faq-often", T0)], counters={"answered": 5})
    await store.updates.first_time(777, at=T0)
    seen = await read(store)
    await store.close()
    seen["forgotten_prompt"] = gone.id
    return seen


async def read(store: Any) -> dict[str, Any]:
    """Return what the stores give back, as the bot would read it."""
    return {"export1": await store.accounts.export(1), "export2": await store.accounts.export(2),
            "running": await store.sessions.running(), "reminders": await store.reminders.for_user(1),
            "prompt": await store.prompts.current(10, 1), "counts": await store.feedback.feedback_counts(),
            "unanswered": await store.feedback.unanswered(), "confirmed": await store.feedback.confirmed(),
            "stats": await store.feedback.stats(), "account": await store.accounts.get(1)}


def test_copies_every_table_and_reads_back_the_same(tmp_path: Path, postgres_url: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "backcare.db"
    before = asyncio.run(fill(db))
    assert migrate_db_command("--from", str(db), "--to", postgres_url) == 0
    out = capsys.readouterr().out
    assert ["sessions", "3"] in [line.split() for line in out.splitlines()]
    assert "Copied 14 rows into PostgreSQL database" in out

    async def check() -> None:
        store = await PostgresStore.open(postgres_url)
        try:
            after = await read(store)
            assert after == {k: v for k, v in before.items() if k != "forgotten_prompt"}
            assert not await store.updates.first_time(777, at=T0 + 1)  # handled before the move: not again
            new = await store.prompts.put(20, 2, "score", {}, at=T0 + 200)
            assert new.id > before["forgotten_prompt"]
            s = await store.sessions.create(30, 3, "neck", due_at=T0, started_at=T0)
            assert s is not None and s.id == 4
        finally:
            await store.close()
    asyncio.run(check())


def test_the_counts_are_returned_by_table(tmp_path: Path, postgres_url: str) -> None:
    from bot.storage.migrate import migrate_db

    db = tmp_path / "backcare.db"
    asyncio.run(fill(db))
    counts = migrate_db(db, postgres_url)
    assert list(counts) == list(TABLES)
    assert counts == {"users": 2, "sessions": 3, "reminders": 1, "pain_log": 2, "feedback": 1, "unanswered": 1,
                      "confirmed": 1, "counters": 1, "prompts": 1, "handled_updates": 1}


def test_refuses_a_target_that_holds_data(tmp_path: Path, postgres_url: str,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "backcare.db"
    asyncio.run(fill(db))
    assert migrate_db_command("--from", str(db), "--to", postgres_url) == 0
    assert migrate_db_command("--from", str(db), "--to", postgres_url) == 1
    err = capsys.readouterr().err
    assert "refusing to copy into PostgreSQL database" in err and "give an empty database as --to" in err

    async def users() -> int:
        store = await PostgresStore.open(postgres_url)
        try:
            return int((await store.feedback.stats())["users"])
        finally:
            await store.close()
    assert asyncio.run(users()) == 2  # nothing doubled


def test_says_what_to_do_with_a_wrong_source_or_target(tmp_path: Path, postgres_url: str,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert migrate_db_command("--from", str(tmp_path / "missing.db"), "--to", postgres_url) == 1
    assert "there is no SQLite database at" in capsys.readouterr().err
    assert not (tmp_path / "missing.db").exists()
    db = tmp_path / "backcare.db"
    asyncio.run(fill(db))
    assert migrate_db_command("--from", str(db), "--to", str(tmp_path / "other.db")) == 1
    assert "--to must be a postgresql:// URL" in capsys.readouterr().err
