"""Time from process start to the first reply, and memory at rest, of ``backcare-bot run``.

A question is already waiting in the emulator when the process starts (as after a deploy); the clock
runs from starting the process to the emulator receiving the answer.  Memory at rest is the process's
resident set a few seconds after that reply, with nothing to do.  The baseline is the minimal
python-telegram-bot echo bot (``bench.botproc echo``), started the same way.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.table import fmt, progress, ratio, table
from bot.config import Settings
from tests.emulator import BotApiEmulator
from tests.tgbot.harness import ROOT, TOKEN, bot_process, stop_process

RUNS = 3
CHAT = 4242
QUESTION = "how often should I massage my back?"
REST_SECONDS = 3.0


def rss_mb(pid: int) -> float:
    """Return a process's resident memory in MB (from /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def once(emulator: BotApiEmulator, folder: Path, kind: str, n: int) -> tuple[float, float]:
    """Start one bot process with a question waiting; return seconds to the reply and MB at rest."""
    emulator.clear()
    chat = CHAT + n
    emulator.send_text(chat, QUESTION)
    db = folder / f"{kind}-{n}.db"
    start = time.monotonic()
    if kind == "backcare":
        settings = Settings(token=TOKEN, api_base_url=emulator.base_url, db_path=db)
        proc = bot_process(settings, log_path=folder / "bot.log", extra_env={"LOG_LEVEL": "INFO"})
    else:
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "NO_PROXY": "127.0.0.1,localhost",
               "TELEGRAM_API_BASE_URL": emulator.base_url, "BACKCARE_DB": str(db)}
        proc = subprocess.Popen([sys.executable, "-m", "bench.botproc", "echo"], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        emulator.wait_for_sync(lambda: bool(emulator.texts(chat)), timeout=60)
        reply = next(c.time for c in emulator.calls_to("sendMessage") if c.params.get("chat_id") == chat)
        time.sleep(REST_SECONDS)
        return reply - start, rss_mb(proc.pid)
    finally:
        stop_process(proc)


def run() -> None:
    """Print the start-up table."""
    results: dict[str, list[tuple[float, float]]] = {"backcare": [], "echo": []}
    with tempfile.TemporaryDirectory(prefix="backcare-bench-") as tmp, BotApiEmulator(TOKEN) as emulator:
        for n in range(RUNS):
            for kind in results:
                progress(f"startup: {kind}, run {n + 1} of {RUNS}")
                results[kind].append(once(emulator, Path(tmp), kind, n))
    ours = [statistics.median(x[i] for x in results["backcare"]) for i in (0, 1)]
    base = [statistics.median(x[i] for x in results["echo"]) for i in (0, 1)]
    table(
        "Start-up and memory at rest (median of 3 runs)",
        ["what", "BackCare (backcare-bot run)", "echo bot", "ratio (BackCare / echo)"],
        [["process start -> first reply, ms", fmt(ours[0] * 1000), fmt(base[0] * 1000),
          ratio(ours[0], base[0]).replace("x", "")],
         ["memory at rest (RSS), MB", fmt(ours[1], 1), fmt(base[1], 1), ratio(ours[1], base[1]).replace("x", "")]],
        [f"a question waits in the emulator when the process starts; RSS read {REST_SECONDS:.0f} s after the reply",
         "BackCare's start-up loads and checks the knowledge base, builds the search index, loads the English word "
         "list, opens (creates) the SQLite database and registers the command menu"],
    )
