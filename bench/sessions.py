"""Ten thousand guided sessions at once in one bot process: how late their steps go out, and memory.

The bot process (``bench.botproc --sessions``) starts the sessions evenly over the length of the first
step, as users arriving, through the core's SessionService (SQLite), sent by the one ticker (bot.core.ticker), and
records for each step how long after its due time the Bot API (the emulator) accepted it.  The baseline
sends the same messages at the same times from bare JobQueue jobs, with no storage.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.table import fmt, percentile, progress, table
from tests.emulator import BotApiEmulator
from tests.tgbot.harness import ROOT, TOKEN, stop_process

SESSIONS = 10_000
#: Seconds the first step of the "standard" routine (3 minutes) lasts once time-scaled; the sessions start
#: over that time, so when the last one starts the first is about to send its second step.
FIRST_STEP = 30.0
TIME_SCALE = FIRST_STEP / 180.0
#: Messages per session measured: the first step when the session starts, the second when it falls due.
STEPS = 2
#: Seconds after the first start when measuring stops: every measured message fell due before then.
DEADLINE = 2 * FIRST_STEP + 15.0


def run_one(emulator: BotApiEmulator, folder: Path, kind: str) -> dict[str, Any]:
    """Run one bot process with the sessions (or the baseline series) and return what it measured."""
    out = folder / f"{kind}.json"
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "NO_PROXY": "127.0.0.1,localhost",
           "TELEGRAM_API_BASE_URL": emulator.base_url,
           "BACKCARE_DB": str(folder / f"{kind}.db"), "BACKCARE_TIME_SCALE": repr(TIME_SCALE), "LOG_LEVEL": "WARNING"}
    log = (folder / f"{kind}.log").open("ab")
    proc = subprocess.Popen([sys.executable, "-m", "bench.botproc", kind, "--lifted", "--sessions", str(SESSIONS),
                             "--spread", str(FIRST_STEP), "--steps", str(STEPS), "--deadline", str(DEADLINE),
                             "--out", str(out)], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    started = time.monotonic()
    try:
        while proc.poll() is None and not out.exists() and time.monotonic() - started < DEADLINE + 60:
            sent = len(emulator.calls_to("sendMessage"))
            progress(f"sessions: {kind}: {sent:,} of {SESSIONS * STEPS:,} steps sent, "
                     f"{time.monotonic() - started:.0f} of at most {DEADLINE:.0f} s")
            time.sleep(2)
    finally:
        stop_process(proc)
    time.sleep(0.5)  # the file is written at once, but give the writer a moment
    if not out.exists():
        raise RuntimeError(f"the {kind} bot did not finish; see its log {folder / (kind + '.log')}")
    return json.loads(out.read_text())


def row(label: str, r: dict[str, Any]) -> list[str]:
    """Return one table row; with steps still unsent at the deadline, percentiles are lower bounds (>=)."""
    late = [x * 1000 for x in r["lateness"] + r["pending"]]
    bound = ">= " if r["pending"] else ""
    return [label, fmt(r["started"]), fmt(len(r["lateness"])), fmt(len(r["pending"])),
            bound + fmt(percentile(late, 50)), bound + fmt(percentile(late, 99)), fmt(r["rss_before_mb"]),
            fmt(r["peak_rss_mb"])]


def run() -> None:
    """Print the sessions table."""
    results = {}
    with tempfile.TemporaryDirectory(prefix="backcare-bench-") as tmp:
        for kind in ("backcare", "echo"):
            with BotApiEmulator(TOKEN) as emulator:
                results[kind] = run_one(emulator, Path(tmp), kind)
    table(
        f"{SESSIONS:,} guided sessions at once in one process (time scale {TIME_SCALE:.3f})",
        ["what", "sessions started", "steps sent", "due, unsent", "lateness p50 ms", "lateness p99 ms",
         "RSS before MB", "peak RSS MB"],
        [row("BackCare: the ticker on SQLite (claims, sends, confirms)", results["backcare"]),
         row("baseline: bare JobQueue jobs, no storage", results["echo"])],
        [f"routine 'standard' time-scaled so its first step lasts {FIRST_STEP:.0f} s; the {SESSIONS:,} users arrive "
         f"evenly over those {FIRST_STEP:.0f} s ({SESSIONS / FIRST_STEP:,.0f} starts/s, then as many steps/s); "
         f"the first {STEPS} messages of each session are measured, until {DEADLINE:.0f} s",
         "lateness = when the Bot API (the emulator) accepted the message - when it fell due (the first: when "
         "its user arrived); a message due but unsent at the end counts with its lateness so far (a lower bound)",
         "no rate limit, at most 8 requests in flight (Telegram's 30 messages/s would make this many sessions "
         "late by design: see docs/performance.md)",
         "targets: p99 <= 1,000 ms, <= 300 MB"],
    )
