"""The terminal chat as a person sees it: a real process on a pseudo-terminal (or a pipe through ``make run``)."""

from __future__ import annotations

import io
import os
import pty
import re
import select
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bot.config import Settings
from bot.console import TERMINAL_HELP, run_console
from bot.core.app import HELP
from bot.knowledge import KnowledgeBase
from tests.shared import shared_dialogue
from tests.test_console import Keyboard, Screen

ROOT = Path(__file__).resolve().parent.parent
LOG_LINE = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ |\b(DEBUG|INFO|WARNING|ERROR|CRITICAL) [\w.]+: ")
LONG_TYPING = "how often should I massage my lower back and for how long each time"


def visible(raw: str) -> list[str]:
    """Return the screen's lines after carriage returns, newlines and "clear to end of line" did their work."""
    lines, col = [""], 0
    for token in re.findall(r"\x1b\[K|\r|\n|[^\r\n\x1b]+|\x1b", raw):
        if token == "\r":
            col = 0
        elif token == "\n":
            lines.append("")
            col = 0
        elif token == "\x1b[K":
            lines[-1] = lines[-1][:col]
        else:
            line = lines[-1]
            lines[-1] = line[:col] + token + line[col + len(token):]
            col += len(token)
    return lines


class Pty:
    """``backcare-bot chat`` on a pseudo-terminal: type keys, wait for text, read the screen."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: become the program
            os.chdir(ROOT)
            os.execvpe(argv[0], argv, env)
        self.raw = ""
        self.status: int | None = None

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(self.fd, 65536)
        except OSError:  # the program ended and closed the terminal
            return False
        self.raw += data.decode("utf-8", errors="replace")
        return bool(data)

    def wait_for(self, text: str, *, count: int = 1, timeout: float = 15.0) -> None:
        """Read until ``text`` has appeared ``count`` times on the screen."""
        deadline = time.monotonic() + timeout
        while "\n".join(visible(self.raw)).count(text) < count:
            if time.monotonic() > deadline or not self._read(0.05):
                raise AssertionError(f"{text!r} never appeared in:\n" + "\n".join(visible(self.raw)))

    def wait_prompt(self, timeout: float = 15.0) -> None:
        """Read until the screen ends with the prompt, alone on its line."""
        deadline = time.monotonic() + timeout
        while visible(self.raw)[-1] != "> ":
            if time.monotonic() > deadline or not self._read(0.05):
                raise AssertionError("no prompt at the end of:\n" + "\n".join(visible(self.raw)))

    def type(self, keys: str) -> None:
        os.write(self.fd, keys.encode())

    def wait_exit(self, timeout: float = 15.0) -> int:
        """Read until the program ends; return its exit status (minus the signal number when killed)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._read(0.05)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                while self._read(0.05) and select.select([self.fd], [], [], 0)[0]:
                    pass
                os.close(self.fd)
                return os.waitstatus_to_exitcode(status)
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        raise AssertionError("the chat did not end:\n" + "\n".join(visible(self.raw)))

    @property
    def screen(self) -> list[str]:
        return visible(self.raw)


def chat_env(tmp_path: Path, scale: str = "0.002") -> dict[str, str]:
    return {**os.environ, "TELEGRAM_BOT_TOKEN": "", "BACKCARE_DB": str(tmp_path / "chat.db"),
            "BACKCARE_TIME_SCALE": scale, "BACKCARE_KNOWLEDGE_DIR": str(ROOT / "knowledge"), "TERM": "xterm"}


@pytest.fixture
def chat(tmp_path: Path) -> Pty:
    term = Pty([sys.executable, "-m", "bot.cli", "chat"], chat_env(tmp_path))
    term.wait_for("> ")
    return term


def test_a_scheduled_step_replaces_the_waiting_prompt_and_the_prompt_comes_back(chat: Pty) -> None:
    chat.type("/routine\r")
    chat.wait_for("Quick reset")
    chat.type("1\r")
    chat.wait_for("quick safety check")
    chat.type("n\r")
    chat.wait_for("Get comfortable")
    chat.type(LONG_TYPING)  # half-typed when the step arrives: no scraps of it stay beside the step
    chat.wait_for("Step 1/3")
    step = next(line for line in chat.screen if "Step 1/3" in line)
    assert step == "Step 1/3 — Warm-up strokes (1.5 min)"
    chat.wait_for("How does your back feel now")
    chat.wait_prompt()
    chat.type("\r")  # Enter on an empty line brings the prompt back
    chat.wait_for("> ", count=2)
    chat.wait_prompt()
    chat.type("\x04")
    assert chat.wait_exit() == 0
    assert not any(LOG_LINE.search(line) for line in chat.screen)


def test_ctrl_d_says_goodbye_and_exits_0_with_no_prompt_after(chat: Pty) -> None:
    chat.type("\x04")
    assert chat.wait_exit() == 0
    lines = [line for line in chat.screen if line.strip()]
    assert lines[-1] == "Goodbye, and look after your back!"


def quick_routine_running(tmp_path: Path) -> Pty:
    """Start the terminal chat in real time and the quick routine in it, past the safety check to its first step."""
    term = Pty([sys.executable, "-m", "bot.cli", "chat"], chat_env(tmp_path, scale="1"))
    term.wait_for("> ")
    term.type("/routine\r")
    term.wait_for("Quick reset")
    term.type("1\rn\r")
    term.wait_for("Step 1/3")
    return term


def test_ctrl_c_during_a_routine_says_goodbye_and_exits_0(tmp_path: Path) -> None:
    term = quick_routine_running(tmp_path)
    term.type("\x03")
    assert term.wait_exit() == 0
    assert "Goodbye, and look after your back!" in term.screen and "Traceback" not in term.raw
    assert any("I've stopped your routine (Quick reset)" in line for line in term.screen)
    assert sessions(tmp_path) == [("stopped",)]


def sessions(tmp_path: Path) -> list[tuple[str]]:
    db = sqlite3.connect(tmp_path / "chat.db")
    try:
        return db.execute("SELECT status FROM sessions").fetchall()
    finally:
        db.close()


def test_ctrl_d_during_a_routine_stops_it_says_so_and_exits_at_once(tmp_path: Path) -> None:
    term = quick_routine_running(tmp_path)
    term.type("\x04")
    assert term.wait_exit(timeout=10) == 0  # not after the routine's 5 minutes
    lines = [line for line in term.screen if line.strip()]
    assert "I've stopped your routine (Quick reset) because you're leaving the chat." in lines[-2]
    assert lines[-1] == "Goodbye, and look after your back!"
    assert sessions(tmp_path) == [("stopped",)]


def test_quit_during_a_routine_stops_it_and_the_next_chat_starts_clean(tmp_path: Path) -> None:
    term = quick_routine_running(tmp_path)
    term.type("/quit now\r")
    assert term.wait_exit() == 0
    assert any("I've stopped your routine (Quick reset)" in line for line in term.screen)
    again = Pty([sys.executable, "-m", "bot.cli", "chat"], chat_env(tmp_path, scale="1"))
    again.wait_for("> ")
    again.type("\x04")
    again.wait_exit()
    assert "Step" not in "\n".join(again.screen) and "late" not in "\n".join(again.screen)


def test_make_run_ends_on_ctrl_c_without_a_make_error(tmp_path: Path) -> None:
    if subprocess.run(["make", "-q", "venv"], cwd=ROOT, capture_output=True).returncode != 0:
        pytest.skip("the .venv is not installed or out of date (make venv)")
    term = Pty(["make", "run"], chat_env(tmp_path))
    term.wait_for("> ")
    term.type("hello\r")
    term.wait_for("routine", count=2)
    term.type("\x03")
    term.wait_exit()  # make itself dies of the Ctrl-C (its exit status is the terminal's SIGINT)
    assert "Goodbye, and look after your back!" in term.screen
    assert "make: ***" not in term.raw and "Error 130" not in term.raw and "Traceback" not in term.raw


def test_piped_make_run_shows_the_conversation_and_no_log_lines(tmp_path: Path) -> None:
    if subprocess.run(["make", "-q", "venv"], cwd=ROOT, capture_output=True).returncode != 0:
        pytest.skip("the .venv is not installed or out of date (make venv)")
    result = subprocess.run(["make", "run"], input="hello\n/routine\n", capture_output=True, text=True, cwd=ROOT,
                            env={**chat_env(tmp_path), "LOG_LEVEL": "DEBUG"}, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Which routine would you like?" in result.stdout
    output = (result.stdout + result.stderr).splitlines()
    assert [line for line in output if LOG_LINE.search(line)] == []
    log = tmp_path / "backcare-chat.log"
    assert [line for line in result.stderr.splitlines() if str(log) in line] == [
        f"Warnings and errors go to {log}."]  # named once


def test_chat_warnings_go_to_the_named_file(tmp_path: Path) -> None:
    folder = tmp_path / "not-a-database"
    folder.mkdir()  # SQLite cannot open a folder: the chat still answers questions, and logs why the rest is off
    env = {**chat_env(tmp_path), "BACKCARE_DB": str(folder)}
    result = subprocess.run([sys.executable, "-m", "bot.cli", "chat"], input="how often should I massage?\n",
                            capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "week" in result.stdout and "Goodbye" in result.stdout
    assert not any(LOG_LINE.search(line) for line in (result.stdout + result.stderr).splitlines())
    log = tmp_path / "backcare-chat.log"
    assert f"Warnings and errors go to {log}." in result.stderr
    assert "ERROR bot.core.build: Cannot use the database" in log.read_text(encoding="utf-8")


# --- what the terminal says (in-process, through the same console) --------------------------------------------


def converse(kb: KnowledgeBase, tmp_path: Path, *lines: str) -> str:
    screen = Screen()
    settings = Settings(db_path=tmp_path / "c.db", time_scale=0.001)
    typed = io.StringIO("".join(f"{line}\n" for line in lines))
    assert run_console(shared_dialogue(kb), settings, stdin=typed, stdout=screen) == 0
    return screen.getvalue()


def test_the_greetings_do_not_mention_a_menu(kb: KnowledgeBase, tmp_path: Path) -> None:
    out = converse(kb, tmp_path, "hello", "hi there", "/start")
    assert "menu" not in out.lower() and "/help" in out


def test_help_lists_only_what_works_here_and_telegram_commands_say_so(kb: KnowledgeBase, tmp_path: Path) -> None:
    listed = sorted(set(re.findall(r"(?<![\w/])/([a-z]+)", TERMINAL_HELP)) - {"quit"})
    telegram = sorted(set(re.findall(r"(?<![\w/])/([a-z]+)", HELP)) - set(listed))
    assert {"routine", "pause", "stop", "techniques", "privacy", "help"} <= set(listed)
    assert {"log", "remind", "progress", "export", "forget"} <= set(telegram)
    for name in listed:
        out = converse(kb, tmp_path, f"/{name}")
        assert "works in Telegram" not in out and "I don't know" not in out, name
    assert "stays in the local database file" in converse(kb, tmp_path, "/privacy")
    for name in telegram:
        out = converse(kb, tmp_path, f"/{name}")
        assert f"/{name} works in Telegram, not in this terminal chat" in out, name


def test_pause_twice_says_it_is_already_paused(kb: KnowledgeBase, tmp_path: Path) -> None:
    keys, screen = Keyboard(), Screen()
    settings = Settings(db_path=tmp_path / "p.db", time_scale=1.0)
    thread = threading.Thread(target=run_console, args=(shared_dialogue(kb), settings),
                              kwargs={"stdin": keys, "stdout": screen})
    thread.start()
    for line in ("/routine", "1", "n"):
        keys.type(line)
    screen.wait_for("Step 1/3")
    keys.type("/pause")
    screen.wait_for("Paused.")
    keys.type("/pause")
    screen.wait_for("already paused")
    keys.type("/stop")
    screen.wait_for("Stopped")
    keys.type("/quit")
    thread.join(timeout=5)
    assert not thread.is_alive()


def test_the_terminal_says_only_what_works_here(kb: KnowledgeBase, tmp_path: Path) -> None:
    out = converse(kb, tmp_path, "stop", "massage")
    banner, _, stop, vague = out.split("\n\n")[:4]
    assert banner.startswith("Hi! I'm BackCare") and "remind" not in banner.lower()
    assert stop.startswith("There is no routine running")
    assert "Type its number" in vague and "Tap one below" not in vague and "[1]" in vague


def test_the_end_score_typed_in_the_terminal_is_said_once_without_progress(kb: KnowledgeBase, tmp_path: Path) -> None:
    keys, screen = Keyboard(), Screen()
    settings = Settings(db_path=tmp_path / "s.db", time_scale=0.001)
    thread = threading.Thread(target=run_console, args=(kb, settings), kwargs={"stdin": keys, "stdout": screen})
    thread.start()
    for line in ("/routine", "1", "n"):
        keys.type(line)
    screen.wait_for("How does your back feel now")
    keys.type("5")
    screen.wait_for("Saved: 5/10")
    keys.type("/quit")
    thread.join(timeout=5)
    text = screen.getvalue()
    saved = text[text.index("Saved: 5/10"):].split("\n\n")[0]
    assert "/progress" not in saved and text.count("Saved") == 1  # no "Saved." before "Saved: 5/10"
