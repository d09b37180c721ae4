"""Replies per second end to end: the real application in its own process, polling the emulator on loopback.

Each simulated user sends a message, waits for the answer, and sends the next at once (a closed loop),
cycling through the development queries.  The bot process is the real application; the emulator and
the users run in this process, on the other core.  The peers are driven the same way in the same run: a
minimal python-telegram-bot echo bot on the same transport (so the ratio shows what BackCare's own work
costs), a bare aiogram 3 echo bot, BackCare on PTB's own httpx transport (as it shipped before), and BackCare
answering every message with one fixed reply (the bot without its answer engine's CPU).
CPU per reply is the bot process's user + system time over the measured replies.
"""

from __future__ import annotations

import math
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


#: The bots of the "no limits" table: label -> ``bench.botproc`` arguments.
PEERS = {
    "BackCare (PTB + aiohttp transport)": ("backcare",),
    "bare PTB echo, same transport": ("echo",),
    "bare aiogram 3 echo": ("aiogram",),
    "BackCare on PTB's httpx (before)": ("backcare", "--transport", "httpx"),
    "BackCare, one fixed reply (no answer engine)": ("backcare", "--fixed-answer"),
}
BASELINE = "bare PTB echo, same transport"


@dataclass
class Result:
    """What one run measured."""

    replies: int
    seconds: float
    latencies: list[float]
    cpu_seconds: float = math.nan
    harness_cpu_seconds: float = math.nan  # the emulator's and the users' (this process)

    @property
    def per_second(self) -> float:
        return self.replies / self.seconds

    @property
    def cpu_ms_per_reply(self) -> float:
        return self.cpu_seconds / self.replies * 1000


def cpu_seconds(pid: int) -> float:
    """Return a process's user + system CPU time so far (from /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_bot(emulator: BotApiEmulator, kind: str, folder: Path, *args: str,
              profile: Path | None = None) -> subprocess.Popen[bytes]:
    """Start ``bench.botproc`` against the emulator and wait until it polls."""
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "NO_PROXY": "127.0.0.1,localhost",
           "TELEGRAM_API_BASE_URL": emulator.base_url,
           "BACKCARE_DB": str(folder / f"{kind}-{time.monotonic_ns()}.db"), "LOG_LEVEL": "WARNING"}
    if profile is not None:
        env["BENCH_PROFILE"] = str(profile)
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


def measure(emulator: BotApiEmulator, folder: Path, label: str, args: tuple[str, ...], lifted: bool, users: int,
            total: int, texts: list[str], profile: Path | None = None) -> Result:
    """Start a bot, warm it up with one message per user, then measure ``total`` replies and the CPU they took."""
    limits = "no limits" if lifted else "Telegram's limits"
    name = f"{label}, {limits}, {users} user(s)"
    progress(f"replies: {name}: starting the bot")
    proc = start_bot(emulator, args[0], folder, *args[1:], *(["--lifted"] if lifted else []), profile=profile)
    try:
        drive(emulator, users, users, texts, timeout=60)  # first use of every chat, caches, connections
        progress(f"replies: {name}: {total:,} messages")
        before, harness = cpu_seconds(proc.pid), time.process_time()
        result = drive(emulator, users, total, texts, timeout=120)
        result.cpu_seconds = cpu_seconds(proc.pid) - before
        result.harness_cpu_seconds = time.process_time() - harness
        return result
    finally:
        stop_process(proc)


def row(what: str, users: int, ours: Result, base: Result | None) -> list[str]:
    """Return one table row."""
    p50, p99 = (percentile(ours.latencies, p) * 1000 for p in (50, 99))
    cells = [what, str(users), fmt(ours.per_second), fmt(p50, 1), fmt(p99, 1), fmt(ours.cpu_ms_per_reply, 2)]
    return cells + [f"{ours.per_second / base.per_second:.2f}" if base else ""]


def run() -> None:
    """Print the end-to-end replies tables."""
    texts, source = queries()
    peers, limited = [], []
    with tempfile.TemporaryDirectory(prefix="backcare-bench-") as tmp, BotApiEmulator(TOKEN) as emulator:
        folder = Path(tmp)
        for users, total in ((1, 1_000), (100, 5_000)):
            results = {label: measure(emulator, folder, label, args, True, users, total, texts)
                       for label, args in PEERS.items()}
            peers += [row(label, users, r, results[BASELINE]) for label, r in results.items()]
        for users, total in ((1, 120), (100, 300)):
            results = {label: measure(emulator, folder, label, PEERS[label], False, users, total, texts)
                       for label in list(PEERS)[:2]}
            limited += [row(label, users, r, results[BASELINE]) for label, r in results.items()]
    headers = ["bot", "users", "replies/s", "p50 ms", "p99 ms", "CPU ms/reply", "replies/s / PTB echo's"]
    table(
        "Replies per second end to end, no rate limit (bot process <-> Bot API emulator on 127.0.0.1)",
        headers, peers,
        [f"each user sends the next of the {len(texts)} messages of {source} as soon as the previous one is "
         "answered; update->reply = from queuing the update in the emulator to the emulator receiving sendMessage",
         "every bot in its own process, on uvloop (BACKCARE_UVLOOP=0 to compare), with at most 8 requests to chats "
         "in flight (bench.botproc.InFlightLimiter for PTB, a semaphore for aiogram); PTB bots with the same "
         "update processor; CPU = the bot process's user + system time over the measured replies",
         "one fixed reply: BackCare answering every message with the reply to one question, computed once "
         "(storage, dialogue state, keyboard and send as usual): its CPU minus the echo bot's is BackCare's plumbing, "
         "BackCare's minus its is the answer engine (safety triage and search)",
         "the per-user flood guard (8 at once, then 1/s) is loosened, since a user who writes as soon as answered "
         "is flooding",
         "targets: >= 1,000 replies/s with 100 users, and >= 0.5 of the PTB echo bot on the same transport"],
    )
    table(
        "Replies per second end to end, Telegram's limits (production rate limiter)",
        headers, limited,
        ["the production RetryingRateLimiter: 30 messages/s overall, bursts of 30 allowed; otherwise as above"],
    )
