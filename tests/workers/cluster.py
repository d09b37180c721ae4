"""Several ``backcare-bot run --webhook`` processes on one PostgreSQL, fed as a load balancer would.

The emulator cannot push webhooks itself: updates it queues (typed text, button presses) are taken
off its queue and posted to one worker's webhook URL after another, with the secret header.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from tests.emulator import BotApiEmulator

ROOT = Path(__file__).resolve().parents[2]
SECRET = "test-secret-of-the-cluster"
PUBLIC_URL = "https://bot.example.org/telegram"  # what a load balancer would serve; each worker its own port
PATH = "/telegram"


@dataclass
class Worker:
    """One worker process and the port its webhook listens on."""

    proc: subprocess.Popen[bytes]
    port: int
    log: Path

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{PATH}"


@dataclass
class Cluster:
    """The workers, and a round-robin feeder of the emulator's queued updates."""

    emulator: BotApiEmulator
    workers: list[Worker]
    session: aiohttp.ClientSession
    fed: int = 0
    posted: dict[int, int] = field(default_factory=dict)  # update_id -> port

    def alive(self) -> list[Worker]:
        return [w for w in self.workers if w.alive]

    async def feed(self) -> int:
        """Post every update the emulator queued, round-robin over the live workers; return how many."""
        with self.emulator._lock:
            updates, self.emulator._updates = self.emulator._updates, []
        await asyncio.gather(*(self.post(u) for u in updates))
        return len(updates)

    async def post(self, update: dict[str, Any]) -> None:
        """Post one update to the next live worker, as Telegram posts to the load balancer."""
        live = self.alive()
        worker = live[self.fed % len(live)]
        self.fed += 1
        self.posted[update["update_id"]] = worker.port
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        async with self.session.post(worker.url, json=update, headers=headers) as response:
            assert response.status == 200, f"worker on {worker.port} answered {response.status}"

    def kill(self, worker: Worker) -> None:
        """SIGKILL the worker: no clean stop, its connections and claims left as they were."""
        worker.proc.send_signal(signal.SIGKILL)
        worker.proc.wait()


def start_worker(emulator: BotApiEmulator, db: str, port: int, log: Path, *, time_scale: float) -> Worker:
    """Start ``backcare-bot run --webhook`` on ``port`` against the emulator and the database ``db``."""
    env = {
        **os.environ,
        "NO_PROXY": "127.0.0.1,localhost",
        "TELEGRAM_BOT_TOKEN": emulator.token,
        "TELEGRAM_API_BASE_URL": emulator.base_url,
        "BACKCARE_DB": db,
        "BACKCARE_TIME_SCALE": str(time_scale),
        "WEBHOOK_URL": PUBLIC_URL,
        "WEBHOOK_LISTEN": "127.0.0.1",
        "WEBHOOK_PORT": str(port),
        "WEBHOOK_SECRET_TOKEN": SECRET,
        "LOG_LEVEL": "INFO",
    }
    with log.open("ab") as out:
        proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "run", "--webhook"], cwd=ROOT, env=env,
                                stdout=out, stderr=subprocess.STDOUT)
    return Worker(proc, port, log)


async def wait_serving(session: aiohttp.ClientSession, worker: Worker, timeout: float = 60.0) -> None:
    """Wait until the worker's webhook answers (a post without the secret is refused with 403)."""
    deadline = time.monotonic() + timeout
    while True:
        if not worker.alive:
            raise AssertionError(f"worker on {worker.port} exited:\n{worker.log.read_text()[-3000:]}")
        try:
            async with session.post(worker.url, json={}) as response:
                if response.status == 403:
                    return
        except aiohttp.ClientConnectionError:
            pass
        if time.monotonic() > deadline:
            raise AssertionError(f"worker on {worker.port} did not serve within {timeout} s:\n"
                                 f"{worker.log.read_text()[-3000:]}")
        await asyncio.sleep(0.05)


def stop_all(workers: list[Worker]) -> None:
    """Kill whatever is still running (a clean stop is not what these tests are about)."""
    for w in workers:
        if w.alive:
            w.proc.kill()
        w.proc.wait()
