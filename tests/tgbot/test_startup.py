"""Start-up and fatal errors as the person running the bot meets them: real processes, one line each."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from telegram.error import InvalidToken, NetworkError

from bot.config import Settings
from bot.tgbot.startup import (
    BAD_SECRET,
    TOKEN_REFUSED,
    TOKEN_REVOKED,
    StartupError,
    Throttled,
    check_webhook_secret,
    connect,
)
from tests.emulator import BotApiEmulator
from tests.tgbot.harness import CHAT, ROOT, TOKEN, bot_process, free_port, stop_process, wait_polling

WRONG_TOKEN = "999999:WRONG-secret-part-xyz"
QUESTION = "how often should I massage my back?"


def run_bot(*args: str, env: dict[str, str], timeout: float = 30) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run ``backcare-bot run`` to its end; return the result and how long it took."""
    began = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "bot.cli", "run", *args], capture_output=True, text=True,
                            cwd=ROOT, timeout=timeout, env={**os.environ, "NO_PROXY": "127.0.0.1,localhost",
                                                            "LOG_LEVEL": "INFO", **env})
    return result, time.monotonic() - began


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_a_refused_token_is_one_line_and_exit_2_without_retrying(emulator: BotApiEmulator, tmp_path: Path) -> None:
    result, took = run_bot(env={"TELEGRAM_BOT_TOKEN": WRONG_TOKEN, "TELEGRAM_API_BASE_URL": emulator.base_url,
                                "BACKCARE_DB": str(tmp_path / "bot.db")})
    assert result.returncode == 2 and took < 30  # it gives up at once (start-up is about 1 s), not retrying
    assert lines(result.stdout + result.stderr) == [TOKEN_REFUSED]
    assert "WRONG-secret-part-xyz" not in result.stdout + result.stderr
    assert not emulator.calls_to("getUpdates")


class RefusingServer:
    """A TCP port that accepts each connection and closes it at once: Telegram out of reach."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:  # closed at the end of the test
                return
            self.connections += 1
            conn.close()


@pytest.fixture
def unreachable() -> Iterator[RefusingServer]:
    server = RefusingServer()
    yield server
    server.sock.close()


def test_unreachable_telegram_is_retried_with_one_line(unreachable: RefusingServer, tmp_path: Path) -> None:
    log = tmp_path / "bot.log"
    settings = Settings(token=TOKEN, api_base_url=f"http://127.0.0.1:{unreachable.port}/bot",
                        db_path=tmp_path / "bot.db")
    proc = bot_process(settings, log_path=log, extra_env={"LOG_LEVEL": "INFO"})
    try:
        deadline = time.monotonic() + 20
        while unreachable.connections < 3:  # three tries (1 s, then 2 s apart): it keeps at it
            assert proc.poll() is None, log.read_text()
            assert time.monotonic() < deadline, f"only {unreachable.connections} tries:\n{log.read_text()}"
            time.sleep(0.05)
        assert proc.poll() is None
    finally:
        stop_process(proc)
    output = log.read_text()
    assert len([line for line in lines(output) if "Cannot reach Telegram" in line]) == 1, output
    assert "Traceback" not in output and " ERROR " not in output and TOKEN not in output


def test_failing_polls_are_one_warning_line_not_tracebacks(emulator: BotApiEmulator, settings: Settings,
                                                           tmp_path: Path) -> None:
    log = tmp_path / "bot.log"
    proc = bot_process(settings, log_path=log, extra_env={"LOG_LEVEL": "INFO"})
    try:
        wait_polling(emulator)
        emulator.fail_next(1, 502, methods={"getUpdates"})
        emulator.go_down()  # cut the long poll in flight (a network error); the next poll gets a 502
        emulator.come_back()
        emulator.wait_for_sync(lambda: any(c.failed for c in emulator.calls_to("getUpdates")), timeout=20)
        emulator.send_text(CHAT, QUESTION)
        assert "week" in emulator.wait_for_texts_sync(CHAT, 1, timeout=20)[0]  # and it polls again
    finally:
        stop_process(proc)
    output = log.read_text()
    warnings = [line for line in lines(output) if " WARNING " in line]
    assert len(warnings) == 1 and "Could not fetch updates from Telegram" in warnings[0], output
    assert "Traceback" not in output and " ERROR " not in output


def test_a_token_revoked_while_running_ends_the_process_with_one_clear_line(
        emulator: BotApiEmulator, settings: Settings, tmp_path: Path) -> None:
    log = tmp_path / "bot.log"
    proc = bot_process(settings, log_path=log, extra_env={"LOG_LEVEL": "INFO"})
    try:
        wait_polling(emulator)
        emulator.token = "123456:a-new-token-from-botfather"
        emulator.go_down()  # end the long poll in flight; the next one is refused
        emulator.come_back()
        status = proc.wait(timeout=20)
    finally:
        stop_process(proc)
    output = log.read_text()
    assert status == 2 and lines(output)[-1] == TOKEN_REVOKED, output
    assert "Traceback" not in output and TOKEN not in output


def test_a_broken_knowledge_base_stops_the_telegram_bot_with_file_and_line(tmp_path: Path) -> None:
    copy = tmp_path / "kb"
    shutil.copytree(ROOT / "knowledge", copy)
    (copy / "topics.yaml").write_text("- id: x\n  question: [unclosed\n", encoding="utf-8")
    for token in (TOKEN, ""):  # the Telegram bot, and `make run`'s terminal chat without a token
        result, _ = run_bot("--fallback-to-chat", env={"TELEGRAM_BOT_TOKEN": token, "BACKCARE_KNOWLEDGE_DIR": str(copy),
                                                       "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot",
                                                       "BACKCARE_DB": str(tmp_path / "bot.db")})
        assert result.returncode == 2
        assert any(line.startswith(f"{copy / 'topics.yaml'}:2: ") for line in result.stderr.splitlines())
        assert "Traceback" not in result.stderr and "Cannot reach Telegram" not in result.stderr


def test_a_webhook_secret_telegram_forbids_is_refused_at_start_up(emulator: BotApiEmulator, tmp_path: Path) -> None:
    """The process says it in one line and exits 2 (which secrets are forbidden: the tests of the pieces below)."""
    secret = "é has spaces and !"
    result, took = run_bot("--webhook", env={
        "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": emulator.base_url, "BACKCARE_DB": str(tmp_path / "b.db"),
        "WEBHOOK_URL": "https://bot.example.org/backcare", "WEBHOOK_PORT": str(free_port()),
        "WEBHOOK_SECRET_TOKEN": secret})
    assert result.returncode == 2 and lines(result.stdout + result.stderr) == [BAD_SECRET]
    assert secret not in result.stderr and not emulator.calls_to("setWebhook")


# --- the pieces, with no process and no waiting -----------------------------------------------------------


@pytest.mark.parametrize("secret", ["has spaces and !", "é" * 10, "x" * 257])
def test_a_secret_telegram_forbids_is_refused(secret: str) -> None:
    with pytest.raises(StartupError) as refused:
        check_webhook_secret(secret)
    assert refused.value.message == BAD_SECRET and refused.value.code == 2 and secret not in refused.value.message


@pytest.mark.parametrize("secret", ["s3cret-Token_1", "A" * 256, "-", "_"])
def test_a_secret_telegram_takes_is_accepted(secret: str) -> None:
    check_webhook_secret(secret)


class FlakyApplication:
    """Stands in for the Application in :func:`connect`: ``initialize`` fails as told."""

    def __init__(self, failures: list[Exception]) -> None:
        self.failures = failures
        self.tries = 0
        self.bot = self
        self.shut = False

    async def initialize(self) -> None:
        self.tries += 1
        if self.failures:
            raise self.failures.pop(0)

    async def shutdown(self) -> None:
        self.shut = True


async def test_connect_retries_while_unreachable_and_logs_once_a_minute(caplog: pytest.LogCaptureFixture) -> None:
    clock = iter(range(0, 10_000, 25))  # each failure 25 s after the last
    app = FlakyApplication([NetworkError("Connection refused")] * 7)
    with caplog.at_level(logging.WARNING, logger="bot.tgbot.startup"):
        assert await connect(app, asyncio.Event(), first_delay=0, log=Throttled(monotonic=lambda: next(clock)))  # type: ignore[arg-type]
    assert app.tries == 8
    said = [r.getMessage() for r in caplog.records]
    assert len(said) == 3 and all("Cannot reach Telegram (Connection refused)" in m for m in said)  # at 0, 75, 150 s
    assert "(2 more times since the last line)" in said[1]


async def test_connect_turns_a_refused_token_into_one_sentence() -> None:
    app = FlakyApplication([NetworkError("down"), InvalidToken(f"The token `{TOKEN}` was rejected by the server.")])
    with pytest.raises(StartupError) as refused:
        await connect(app, asyncio.Event(), first_delay=0)  # type: ignore[arg-type]
    assert refused.value.message == TOKEN_REFUSED and refused.value.code == 2 and app.shut


async def test_connect_gives_up_quietly_when_asked_to_stop() -> None:
    stop = asyncio.Event()
    app = FlakyApplication([NetworkError("down")] * 100)
    stop.set()
    assert await connect(app, stop, first_delay=0) is False  # type: ignore[arg-type]
    assert app.shut


def test_sigterm_while_a_reply_is_being_retried_stops_the_bot_within_seconds(
        emulator: BotApiEmulator, settings: Settings, tmp_path: Path) -> None:
    """A Bot API that keeps failing (a dead address behind a proxy answering 502) does not hold up SIGTERM for the
    minute the reply's backoff would take."""
    log = tmp_path / "bot.log"
    proc = bot_process(settings, log_path=log, extra_env={"LOG_LEVEL": "INFO"})
    try:
        wait_polling(emulator)
        emulator.fail_next(1000, 502, methods={"sendMessage"})
        emulator.send_text(CHAT, QUESTION)
        emulator.wait_for_sync(lambda: len(emulator.calls_to("sendMessage")) >= 2, timeout=20)  # retrying now
        started = time.monotonic()
        proc.terminate()
        status = proc.wait(timeout=30)
        took = time.monotonic() - started
    finally:
        stop_process(proc)
    assert status == 0 and took < 5, (took, log.read_text())
