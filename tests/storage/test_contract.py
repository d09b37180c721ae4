"""The storage contract: every backend (SQLite file, PostgreSQL server) behaves the same way."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json

import pytest

from bot.core.model import NOTE_MAX_CHARS, TEXT_MAX_CHARS, Claim, SessionState
from bot.storage import StorageError
from bot.storage.interfaces import Store
from bot.storage.postgres import PostgresStore
from bot.storage.sqlite import SqliteStore, migrations
from tests.storage.conftest import Opener

T0 = 1_796_000_000.0
MON_WED = frozenset({0, 2})


async def version(store: Store) -> int:
    """Return the schema version, whichever the backend."""
    if isinstance(store, SqliteStore):
        return store.schema_version()
    assert isinstance(store, PostgresStore)
    return await store.schema_version()


def confirmed(s: SessionState, **changes: object) -> SessionState:
    """Return ``s`` with its claim released (the send confirmed) and ``changes`` made."""
    return dataclasses.replace(s, claim=Claim(), **changes)  # type: ignore[arg-type]


# --- sessions -------------------------------------------------------------------------------------------------------

async def test_one_active_session_per_chat(store: Store) -> None:
    first = await store.sessions.create(10, 1, "lower-back", due_at=T0, started_at=T0)
    assert first is not None and (first.status, first.step, first.due_at) == ("running", 0, T0)
    assert await store.sessions.create(10, 2, "neck", due_at=T0, started_at=T0) is None
    assert await store.sessions.create(11, 1, "neck", due_at=T0, started_at=T0) is not None
    assert await store.sessions.active(10) == first
    assert await store.sessions.get(first.id) == first
    assert await store.sessions.get(first.id + 100) is None
    paused = dataclasses.replace(first, status="paused", due_at=None, paused_remaining=30.0)
    assert await store.sessions.update(paused, expected=first)
    assert await store.sessions.create(10, 1, "neck", due_at=T0, started_at=T0) is None  # paused is active
    stopped = dataclasses.replace(paused, status="stopped", paused_remaining=None, ended_at=T0 + 5)
    assert await store.sessions.update(stopped, expected=paused)
    assert await store.sessions.active(10) is None
    assert await store.sessions.create(10, 1, "neck", due_at=T0, started_at=T0) is not None


async def test_session_update_is_compare_and_set(store: Store) -> None:
    s = await store.sessions.create(10, 1, "lower-back", due_at=T0, started_at=T0)
    assert s is not None
    step1 = dataclasses.replace(s, step=1, due_at=T0 + 60)
    assert await store.sessions.update(step1, expected=s)
    assert not await store.sessions.update(dataclasses.replace(s, step=2), expected=s)  # stale: someone moved it
    assert await store.sessions.get(s.id) == step1
    # A claim is part of the row: an update expecting the unclaimed row fails once a sender claimed it.
    [claimed] = await store.sessions.claim_due(T0 + 60, owner="w1", lease=30, limit=10)
    assert not await store.sessions.update(dataclasses.replace(step1, step=2), expected=step1)
    done = confirmed(claimed.item, step=2, due_at=T0 + 120)
    assert await store.sessions.update(done, expected=claimed.item)
    assert await store.sessions.get(s.id) == done
    with pytest.raises(ValueError, match="same session id"):
        await store.sessions.update(dataclasses.replace(done, id=s.id + 1), expected=done)


async def test_claims_take_only_due_running_sessions_once(store: Store) -> None:
    late = await store.sessions.create(1, 1, "r", due_at=T0 - 10, started_at=T0)
    now = await store.sessions.create(2, 2, "r", due_at=T0, started_at=T0)
    future = await store.sessions.create(3, 3, "r", due_at=T0 + 60, started_at=T0)
    paused = await store.sessions.create(4, 4, "r", due_at=T0 - 20, started_at=T0)
    assert late and now and future and paused
    await store.sessions.update(dataclasses.replace(paused, status="paused", due_at=None, paused_remaining=5.0),
                                expected=paused)
    assert await store.sessions.next_due() == T0 - 10
    claimed = await store.sessions.claim_due(T0, owner="w1", lease=30, limit=10)
    assert [(c.item.id, c.resent) for c in claimed] == [(late.id, False), (now.id, False)]
    assert all(c.item.claim == Claim(True, "w1", T0 + 30) for c in claimed)
    assert await store.sessions.claim_due(T0 + 29, owner="w2", lease=30, limit=10) == []
    assert await store.sessions.next_due() == T0 + 30  # claimable again when the claims run out, not before
    assert [s.id for s in await store.sessions.running()] == [late.id, now.id, future.id]


async def test_claim_limit_takes_the_soonest(store: Store) -> None:
    for chat in range(5):
        await store.sessions.create(chat, chat, "r", due_at=T0 - chat, started_at=T0)
    claimed = await store.sessions.claim_due(T0, owner="w1", lease=30, limit=2)
    assert [c.item.chat_id for c in claimed] == [4, 3]


async def test_expired_lease_is_claimed_again_as_resent(store: Store) -> None:
    s = await store.sessions.create(1, 1, "r", due_at=T0, started_at=T0)
    assert s is not None
    [first] = await store.sessions.claim_due(T0, owner="dead", lease=30, limit=10)
    assert not first.resent
    [again] = await store.sessions.claim_due(T0 + 31, owner="w2", lease=30, limit=10)
    assert again.resent and again.item.claim == Claim(True, "w2", T0 + 61)
    # Once the send is confirmed, the next step is a fresh send, not a repeat.
    assert await store.sessions.update(confirmed(again.item, step=1, due_at=T0 + 40), expected=again.item)
    [next_step] = await store.sessions.claim_due(T0 + 40, owner="w2", lease=30, limit=10)
    assert not next_step.resent and next_step.item.step == 1


async def test_a_put_off_retry_waits_for_its_time(store: Store) -> None:
    s = await store.sessions.create(1, 1, "r", due_at=T0, started_at=T0)
    assert s is not None
    [claimed] = await store.sessions.claim_due(T0, owner="w1", lease=30, limit=10)
    retry = dataclasses.replace(claimed.item, claim=Claim(False, None, T0 + 5))  # the send failed: retry in 5 s
    assert await store.sessions.update(retry, expected=claimed.item)
    assert await store.sessions.claim_due(T0 + 4, owner="w2", lease=30, limit=10) == []
    [again] = await store.sessions.claim_due(T0 + 6, owner="w2", lease=30, limit=10)
    assert not again.resent  # it never went out


async def test_renew_keeps_a_live_senders_claims(store: Store) -> None:
    a = await store.sessions.create(1, 1, "r", due_at=T0, started_at=T0)
    b = await store.sessions.create(2, 2, "r", due_at=T0, started_at=T0)
    assert a and b
    await store.sessions.claim_due(T0, owner="w1", lease=30, limit=1)
    await store.sessions.claim_due(T0, owner="w2", lease=30, limit=1)
    await store.sessions.renew("w1", T0 + 100)
    taken = await store.sessions.claim_due(T0 + 50, owner="w3", lease=30, limit=10)
    assert [(c.item.id, c.resent) for c in taken] == [(b.id, True)]  # w2's ran out; w1's was renewed
    assert (await store.sessions.get(a.id)).claim == Claim(True, "w1", T0 + 100)  # type: ignore[union-attr]


async def test_score_first_answer_wins_and_logs_pain_once(store: Store) -> None:
    s = await store.sessions.create(10, 1, "lower-back", due_at=T0, started_at=T0)
    assert s is not None
    done = await store.sessions.score(s.id, 3, at=T0 + 600)
    assert done is not None and (done.status, done.score, done.ended_at, done.due_at) == ("finished", 3, T0 + 600, None)
    again = await store.sessions.score(s.id, 9, at=T0 + 700)
    assert again == done
    assert [(e.score, e.source, e.at) for e in await store.pain.entries(1)] == [(3, "session", T0 + 600)]
    assert await store.sessions.score(s.id + 100, 5, at=T0) is None
    stopped = await store.sessions.create(11, 1, "neck", due_at=T0, started_at=T0)
    assert stopped is not None
    halted = dataclasses.replace(stopped, status="stopped", due_at=None, ended_at=T0 + 10)
    assert await store.sessions.update(halted, expected=stopped)
    scored = await store.sessions.score(stopped.id, 6, at=T0 + 20)
    assert scored is not None and (scored.status, scored.ended_at) == ("stopped", T0 + 10)


async def test_finished_sessions_and_favourite_routine(store: Store) -> None:
    assert await store.sessions.favourite_routine(1) is None
    for chat, routine, end in [(1, "neck", 100.0), (2, "back", 200.0), (3, "back", 300.0), (4, "neck", 400.0)]:
        s = await store.sessions.create(chat, 1, routine, due_at=T0, started_at=T0)
        assert s is not None
        await store.sessions.score(s.id, 2, at=T0 + end)
    other = await store.sessions.create(9, 2, "hips", due_at=T0, started_at=T0)
    assert other is not None
    await store.sessions.score(other.id, 2, at=T0)
    assert [s.routine_id for s in await store.sessions.finished(1)] == ["neck", "back", "back", "neck"]
    assert [s.ended_at for s in await store.sessions.finished(1, since=T0 + 300)] == [T0 + 300, T0 + 400]
    assert await store.sessions.favourite_routine(1) == "neck"  # two each: the latest finished wins
    assert await store.sessions.favourite_routine(2) == "hips"
    assert await store.sessions.next_due() is None


# --- reminders ------------------------------------------------------------------------------------------------------

async def test_reminders_per_user(store: Store) -> None:
    a = await store.reminders.add(10, 1, MON_WED, dt.time(19, 0), "Europe/Berlin", next_due_at=T0 + 100)
    b = await store.reminders.add(10, 1, frozenset({4}), dt.time(7, 30), "UTC", next_due_at=T0 + 50,
                                  routine_id="neck")
    c = await store.reminders.add(20, 2, frozenset({6}), dt.time(8, 0), "UTC", next_due_at=T0 + 10)
    assert (a.days, a.at, a.tz, a.routine_id, a.next_due_at, a.claim) == (
        MON_WED, dt.time(19, 0), "Europe/Berlin", None, T0 + 100, Claim())
    assert a.created_at > 0 and a.last_fired_at is None
    assert await store.reminders.get(b.id) == b
    assert await store.reminders.for_user(1) == [a, b]
    assert await store.reminders.for_user(3) == []
    assert not await store.reminders.delete(2, a.id)  # not theirs
    assert await store.reminders.delete(1, a.id)
    assert not await store.reminders.delete(1, a.id)
    assert await store.reminders.get(a.id) is None
    assert await store.reminders.for_user(1) == [b]
    assert await store.reminders.next_due() == T0 + 10 and c.id


async def test_reminder_days_must_be_weekdays(store: Store) -> None:
    for days in (frozenset(), frozenset({7})):
        with pytest.raises(ValueError, match="weekday"):
            await store.reminders.add(1, 1, days, dt.time(9), "UTC", next_due_at=T0)


async def test_reminder_claims_updates_and_unscheduled(store: Store) -> None:
    r = await store.reminders.add(10, 1, MON_WED, dt.time(19, 0), "UTC", next_due_at=T0)
    later = await store.reminders.add(10, 1, MON_WED, dt.time(20, 0), "UTC", next_due_at=T0 + 3600)
    [claimed] = await store.reminders.claim_due(T0, owner="w1", lease=30, limit=10)
    assert claimed.item.id == r.id and not claimed.resent and claimed.item.claim == Claim(True, "w1", T0 + 30)
    assert await store.reminders.claim_due(T0 + 10, owner="w2", lease=30, limit=10) == []
    await store.reminders.renew("w1", T0 + 60)
    assert await store.reminders.next_due() == T0 + 60  # the renewed claim's end, not its past instant
    assert await store.reminders.claim_due(T0 + 45, owner="w2", lease=30, limit=10) == []
    [again] = await store.reminders.claim_due(T0 + 61, owner="w2", lease=30, limit=10)
    assert again.resent
    fired = dataclasses.replace(again.item, last_fired_at=T0 + 61, next_due_at=T0 + 86400, claim=Claim())
    assert not await store.reminders.update(fired, expected=claimed.item)  # stale
    assert await store.reminders.update(fired, expected=again.item)
    assert await store.reminders.get(r.id) == fired
    assert await store.reminders.next_due() == T0 + 3600
    moved = dataclasses.replace(later, tz="Asia/Tokyo", at=dt.time(6, 15), next_due_at=None)
    assert await store.reminders.update(moved, expected=later)
    assert await store.reminders.unscheduled() == [moved]
    assert await store.reminders.next_due() == T0 + 86400


# --- pain log, feedback ---------------------------------------------------------------------------------------------

async def test_pain_log(store: Store) -> None:
    entry = await store.pain.add(1, 10, 4, "  after gardening " + "x" * 300, at=T0)
    assert entry.note is not None and len(entry.note) == NOTE_MAX_CHARS and entry.note.startswith("after gardening")
    await store.pain.add(1, 10, 2, "   ", at=T0 + 10)
    await store.pain.add(2, 20, 7, None, at=T0 + 5)
    assert [(e.score, e.note) for e in await store.pain.entries(1)] == [(4, entry.note), (2, None)]
    assert [e.at for e in await store.pain.entries(1, since=T0 + 1)] == [T0 + 10]
    for bad in (11, -1, True, 2.5):
        with pytest.raises(ValueError, match="0 to 10"):
            await store.pain.add(1, 10, bad, None, at=T0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="source"):
        await store.pain.add(1, 10, 3, None, at=T0, source="other")


async def test_feedback_batches_and_stats(store: Store) -> None:
    empty = await store.feedback.stats()
    assert empty["users"] == 0 and empty["answered_rate"] is None and empty["thumbs_up_ratio"] is None
    await store.feedback.record()  # an empty batch is fine
    await store.feedback.record(feedback=[("faq-often", True, T0), ("faq-often", False, T0 + 1),
                                          ("tech-knead", True, T0 + 2)],
                                unanswered=[("  what about my knee  ", 31.5, T0), ("x" * 900, 10, T0 + 1)],
                                confirmed=[("how oftn", "faq-often", T0 + 3)],
                                counters={"answered": 3, "unanswered": 1})
    await store.feedback.record(feedback=[("faq-often", True, T0 + 4)], counters={"answered": 1})
    assert await store.feedback.feedback_counts() == {"faq-often": (2, 1), "tech-knead": (1, 0)}
    kept = await store.feedback.unanswered()
    assert [(q.text, q.score) for q in kept] == [("what about my knee", 31.5), ("x" * TEXT_MAX_CHARS, 10.0)]
    assert [q.at for q in await store.feedback.unanswered(since=T0 + 1)] == [T0 + 1]
    assert [(q.text, q.entry_id, q.at) for q in await store.feedback.confirmed()] == [("how oftn", "faq-often", T0 + 3)]
    assert await store.feedback.confirmed(since=T0 + 4) == []
    s = await store.sessions.create(10, 1, "r", due_at=T0, started_at=T0)
    assert s is not None
    await store.sessions.create(11, 2, "r", due_at=T0, started_at=T0)
    await store.sessions.score(s.id, 2, at=T0)
    stats = await store.feedback.stats()
    assert stats == {"users": 2, "sessions_started": 2, "sessions_finished": 1, "answered": 4, "unanswered": 1,
                     "thumbs_up": 3, "thumbs_down": 1, "answered_rate": 0.8, "thumbs_up_ratio": 0.75}


# --- accounts, export, erasure --------------------------------------------------------------------------------------

async def test_accounts(store: Store) -> None:
    assert await store.accounts.get(1) is None
    assert await store.accounts.touch(1, 10, at=T0)
    assert not await store.accounts.touch(1, 10, at=T0 + 5)
    await store.accounts.set_timezone(1, 10, "Europe/Paris", at=T0 + 6)
    await store.accounts.set_pain_duration(1, 10, "over-3-months", at=T0 + 7)
    account = await store.accounts.get(1)
    assert account is not None
    assert (account.chat_id, account.first_seen, account.tz, account.pain_duration) == (
        10, T0, "Europe/Paris", "over-3-months")
    await store.accounts.set_timezone(2, 20, "UTC", at=T0)  # creates the account
    assert (await store.accounts.get(2)).tz == "UTC"  # type: ignore[union-attr]
    await store.accounts.set_timezone(2, 20, None, at=T0)
    assert (await store.accounts.get(2)).tz is None  # type: ignore[union-attr]


async def _fill(store: Store, user_id: int, chat_id: int) -> None:
    """Give ``user_id`` a row in every table about users."""
    s = await store.sessions.create(chat_id, user_id, "neck", due_at=T0, started_at=T0)
    assert s is not None
    await store.sessions.claim_due(T0, owner="w1", lease=30, limit=10)
    await store.sessions.score(s.id, 4, at=T0 + 60)
    await store.sessions.create(chat_id, user_id, "back", due_at=T0 + 100, started_at=T0 + 90)
    await store.reminders.add(chat_id, user_id, MON_WED, dt.time(9, 0), "UTC", next_due_at=T0 + 500)
    await store.pain.add(user_id, chat_id, 6, "stiff", at=T0 + 70)
    await store.prompts.put(chat_id, user_id, "timezone", {"city": "Oslo"}, at=T0 + 80)
    await store.accounts.set_timezone(user_id, chat_id, "Europe/Oslo", at=T0)


async def test_export_has_everything_about_the_user_and_nothing_else(store: Store) -> None:
    await _fill(store, 1, 10)
    await _fill(store, 2, 20)
    data = await store.accounts.export(1)
    json.dumps(data)
    assert data["user_id"] == 1 and data["user"]["tz"] == "Europe/Oslo" and data["user"]["first_seen"] == T0
    assert [(s["routine_id"], s["status"], s["score"]) for s in data["sessions"]] == [
        ("neck", "finished", 4), ("back", "running", None)]
    assert not {"in_flight", "claim_owner", "claimed_until"} & (set(data["sessions"][0]) | set(data["reminders"][0]))
    assert [(r["days"], r["time"], r["tz"]) for r in data["reminders"]] == [("0,2", "09:00", "UTC")]
    assert [(p["score"], p["note"], p["source"]) for p in data["pain_log"]] == [(4, None, "session"),
                                                                                (6, "stiff", "log")]
    assert {row["user_id"] for key in ("sessions", "reminders", "pain_log") for row in data[key]} == {1}
    nobody = await store.accounts.export(3)
    assert nobody == {"user_id": 3, "user": None, "sessions": [], "reminders": [], "pain_log": []}


async def test_forget_deletes_every_row_of_the_user_and_nothing_of_others(store: Store) -> None:
    await _fill(store, 1, 10)
    await _fill(store, 2, 20)
    before = await store.accounts.export(2)
    counts = await store.accounts.forget(1)
    assert counts == {"prompts": 1, "pain_log": 2, "reminders": 1, "sessions": 2, "users": 1}
    assert await store.accounts.export(1) == {"user_id": 1, "user": None, "sessions": [], "reminders": [],
                                              "pain_log": []}
    assert await store.prompts.current(10, 1) is None and await store.sessions.active(10) is None
    assert await store.accounts.export(2) == before
    assert await store.prompts.current(20, 2) is not None
    assert await store.accounts.forget(1) == {"prompts": 0, "pain_log": 0, "reminders": 0, "sessions": 0, "users": 0}


# --- prompts, updates -----------------------------------------------------------------------------------------------

async def test_prompts_put_current_take_drop(store: Store) -> None:
    old = await store.prompts.put(10, 1, "score", {"session": 5}, at=T0)
    dur = await store.prompts.put(10, 1, "duration", {"text": "my back hurts"}, at=T0 + 1)
    other = await store.prompts.put(10, 2, "score", {"session": 6}, at=T0 + 2)
    assert await store.prompts.current(10, 1) == dur
    assert await store.prompts.current(10, 1, ["score"]) == old
    assert await store.prompts.current(10, 1, ["forget", "timezone"]) is None
    assert await store.prompts.current(99, 1) is None
    new = await store.prompts.put(10, 1, "score", {"session": 7}, at=T0 + 3)
    assert new.id != old.id and await store.prompts.get(old.id) is None  # replaced: the old button finds nothing
    assert await store.prompts.get(new.id) == new and new.data == {"session": 7}
    assert await store.prompts.current(10, 1) == new
    assert await store.prompts.take(new.id) == new
    assert await store.prompts.take(new.id) is None  # a double tap acts once
    assert await store.prompts.drop(10, 1, ["duration", "score"]) == 1
    assert await store.prompts.drop(10, 1, ["duration"]) == 0
    assert await store.prompts.current(10, 2) == other


async def test_update_ids_are_handled_once(store: Store) -> None:
    assert await store.updates.first_time(1001, at=T0)
    assert not await store.updates.first_time(1001, at=T0 + 1)
    assert await store.updates.first_time(1002, at=T0 + 1)
    # Ids older than a day are forgotten (Telegram never redelivers them that late).
    assert await store.updates.first_time(1003, at=T0 + 86400 + 10)
    assert await store.updates.first_time(1001, at=T0 + 86400 + 11)


# --- migrations, opening --------------------------------------------------------------------------------------------

def test_both_dialects_have_the_same_migrations() -> None:
    sqlite = [(n, name) for n, name, _ in migrations("sqlite")]
    assert sqlite == [(n, name) for n, name, _ in migrations("postgres")]
    assert [n for n, _ in sqlite] == list(range(1, len(sqlite) + 1))


async def test_migrations_are_idempotent(opener: Opener) -> None:
    store = await opener()
    latest = len(migrations("sqlite"))
    assert await version(store) == latest
    await store.accounts.touch(1, 10, at=T0)
    again = await opener()  # opens the same database again: nothing left to apply
    assert await version(again) == latest
    assert await again.accounts.get(1) is not None


async def test_several_workers_starting_at_once_migrate_once(postgres_url: str) -> None:
    stores = await asyncio.gather(*(PostgresStore.open(postgres_url) for _ in range(4)))
    try:
        assert {await s.schema_version() for s in stores} == {len(migrations("postgres"))}
        async with stores[0]._pool.connection() as conn:
            rows = await (await conn.execute("SELECT version FROM schema_version ORDER BY version")).fetchall()
        assert [r["version"] for r in rows] == [n for n, _, _ in migrations("postgres")]
    finally:
        for s in stores:
            await s.close()


async def test_a_newer_schema_is_refused(postgres_url: str) -> None:
    store = await PostgresStore.open(postgres_url)
    await store.sessions.next_due()
    async with store._pool.connection() as conn:
        await conn.execute("INSERT INTO schema_version VALUES (99, '0099_future.sql', 0)")
    await store.close()
    with pytest.raises(StorageError, match="newer than this bot knows.*upgrade the bot"):
        await PostgresStore.open(postgres_url)


async def test_an_unreachable_server_says_what_to_do(tmp_path: object) -> None:
    with pytest.raises(StorageError, match="cannot reach PostgreSQL database backcare .*BACKCARE_DB") as err:
        await PostgresStore.open(f"postgresql://bot:secret@/backcare?host={tmp_path}/nowhere")
    assert "secret" not in str(err.value)


# --- several workers ------------------------------------------------------------------------------------------------

async def test_two_workers_never_claim_the_same_row(opener: Opener) -> None:
    one, two = await opener(), await opener()
    for chat in range(60):
        await one.sessions.create(chat, chat, "r", due_at=T0 - chat % 7, started_at=T0)
        await one.reminders.add(chat, chat, MON_WED, dt.time(9), "UTC", next_due_at=T0 - chat % 5)

    async def drain(store: Store, owner: str) -> tuple[list[int], list[int]]:
        sessions: list[int] = []
        reminders: list[int] = []
        while True:
            got_s = await store.sessions.claim_due(T0, owner=owner, lease=30, limit=4)
            got_r = await store.reminders.claim_due(T0, owner=owner, lease=30, limit=4)
            if not got_s and not got_r:
                return sessions, reminders
            sessions += [c.item.id for c in got_s]
            reminders += [c.item.id for c in got_r]
            assert not any(c.resent for c in got_s + got_r)

    results = await asyncio.gather(*(drain(s, f"w{i}") for i, s in enumerate([one, two, one, two])))
    sessions = [i for got, _ in results for i in got]
    reminders = [i for _, got in results for i in got]
    assert len(sessions) == len(set(sessions)) == 60
    assert len(reminders) == len(set(reminders)) == 60
