"""Replies per second end to end: the real application in its own process, polling the emulator on loopback.

Each simulated user sends a message, waits for the answer, and sends the next at once (a closed loop),
cycling through the development queries.  The bot process is the real application; the emulator and
the users run in this process, on the other core.  The baseline is a minimal python-telegram-bot echo
bot driven the same way, so the ratio shows what BackCare's own work costs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.search import queries
from bench.table import fmt, percentile, progress, table
from tests.emulator import BotApiEmulator
from tests.tgbot.harness import ROOT, TOKEN, stop_process, wait_polling

FIRST_CHAT = 7_000


@dataclass
class Result:
    """What one run measured."""

    replies: int
    seconds: float
    latencies: list[float]

    @property
    def per_second(self) -> float:
        return self.replies / self.seconds


def start_bot(emulator: BotApiEmulator, kind: str, folder: Path, *args: str) -> subprocess.Popen[bytes]:
    """Start ``bench.botproc`` against the emulator and wait until it polls."""
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "NO_PROXY": "127.0.0.1,localhost",
           "TELEGRAM_API_BASE_URL": emulator.base_url,
           "BACKCARE_DB": str(folder / f"{kind}-{time.monotonic_ns()}.db"), "LOG_LEVEL": "WARNING"}
    since = len(emulator.calls_to("deleteWebhook"))
    log = (folder / "bot.log").open("ab")
    proc = subprocess.Popen([sys.executable, "-m", "bench.botproc", kind, *args], cwd=ROOT, env=env,
                            stdout=log, stderr=subprocess.STDOUT)
    wait_polling(emulator, since, timeout=30)
    return proc


def drive(emulator: BotApiEmulator, users: int, total: int, texts: list[str], *, timeout: float) -> Result:
    """Run ``users`` closed-loop users until ``total`` replies came back; time each update to its reply."""
    emulator.clear()
    sent: dict[int, float] = {}
    latencies: list[float] = []
    n_sent = 0

    def send(chat: int) -> None:
        nonlocal n_sent
        sent[chat] = time.monotonic()
        emulator.send_text(chat, texts[n_sent % len(texts)])
        n_sent += 1

    start = time.monotonic()
    for user in range(min(users, total)):
        send(FIRST_CHAT + user)
    seen = 0
    while len(latencies) < total:
        calls = emulator.calls
        for call in calls[seen:]:
            chat = call.params.get("chat_id")
            if call.method != "sendMessage" or call.failed or chat not in sent:
                continue
            latencies.append(call.time - sent.pop(chat))
            if n_sent < total:
                send(chat)
        seen = len(calls)
        if time.monotonic() - start > timeout:
            raise TimeoutError(f"only {len(latencies)} of {total} replies within {timeout:.0f} s")
        time.sleep(0.0005)
    return Result(len(latencies), time.monotonic() - start, latencies)


def measure(emulator: BotApiEmulator, folder: Path, kind: str, lifted: bool, users: int, total: int,
            texts: list[str]) -> Result:
    """Start a bot, warm it up with one message per user, then measure ``total`` replies."""
    limits = "no limits" if lifted else "Telegram's limits"
    label = f"{kind}, {limits}, {users} user(s)"
    progress(f"replies: {label}: starting the bot")
    proc = start_bot(emulator, kind, folder, *(["--lifted"] if lifted else []))
    try:
        drive(emulator, users, users, texts, timeout=60)  # first use of every chat, caches, connections
        progress(f"replies: {label}: {total:,} messages")
        return drive(emulator, users, total, texts, timeout=120)
    finally:
        stop_process(proc)


def row(what: str, users: int, ours: Result, base: Result | None) -> list[str]:
    """Return one table row."""
    p50, p99 = (percentile(ours.latencies, p) * 1000 for p in (50, 99))
    if base is None:
        return [what, str(users), fmt(ours.per_second), fmt(p50, 1), fmt(p99, 1), "", "", ""]
    b99 = percentile(base.latencies, 99) * 1000
    return [what, str(users), fmt(ours.per_second), fmt(p50, 1), fmt(p99, 1), fmt(base.per_second), fmt(b99, 1),
            f"{ours.per_second / base.per_second:.2f}"]


def run() -> None:
    """Print the end-to-end replies table."""
    texts, source = queries()
    rows = []
    with tempfile.TemporaryDirectory(prefix="backcare-bench-") as tmp, BotApiEmulator(TOKEN) as emulator:
        folder = Path(tmp)
        for users, total in ((1, 1_000), (100, 3_000)):
            ours = measure(emulator, folder, "backcare", True, users, total, texts)
            base = measure(emulator, folder, "echo", True, users, total, texts)
            rows.append(row("no limits (pipeline capacity)", users, ours, base))
        for users, total in ((1, 120), (100, 300)):
            ours = measure(emulator, folder, "backcare", False, users, total, texts)
            base = measure(emulator, folder, "echo", False, users, total, texts)
            rows.append(row("Telegram's limits (production)", users, ours, base))
    table(
        "Replies per second end to end (bot process <-> Bot API emulator on 127.0.0.1)",
        ["rate limiter", "users", "replies/s", "p50 ms", "p99 ms", "echo bot replies/s", "echo p99 ms",
         "ours / echo"],
        rows,
        [f"each user sends the next of the {len(texts)} messages of {source} as soon as the previous one is "
         "answered; update->reply = from queuing the update in the emulator to the emulator receiving sendMessage",
         "baseline: a minimal python-telegram-bot echo bot (one MessageHandler), same rate limiter and "
         "update processor, in its own process",
         "no limits: no rate limit, at most 8 requests to chats in flight (bench.botproc.InFlightLimiter); "
         "Telegram's limits: the production RetryingRateLimiter (30 messages/s overall, bursts of 30 allowed); in "
         "every run the per-user flood guard (8 at once, then 1/s) is loosened, since a user who writes as soon as "
         "answered is flooding",
         "target: >= 1,000 replies/s"],
    )
