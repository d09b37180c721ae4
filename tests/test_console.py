"""The terminal chat's /routine: pick, pre-check, timed steps, controls and the end score (tiny time scale)."""

from __future__ import annotations

import io
import queue
import threading
import time
from pathlib import Path

import pytest

from bot.config import Settings
from bot.console import run_console
from bot.knowledge import KnowledgeBase

SCALE = 0.001  # the 5-minute quick routine takes 0.3 s


class Keyboard:
    """A stdin the test types into, line by line; readline blocks like a terminal."""

    def __init__(self) -> None:
        self.lines: queue.Queue[str] = queue.Queue()

    def type(self, line: str) -> None:
        self.lines.put(line + "\n")

    def close(self) -> None:
        self.lines.put("")

    def readline(self) -> str:
        return self.lines.get(timeout=10)

    def isatty(self) -> bool:
        return False


class Screen(io.StringIO):
    """A stdout the test can wait on."""

    def wait_for(self, text: str, *, count: int = 1, timeout: float = 5.0) -> str:
        deadline = time.monotonic() + timeout
        while self.getvalue().count(text) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never appeared in:\n{self.getvalue()}")
            time.sleep(0.005)
        return self.getvalue()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db_path=tmp_path / "console.db", time_scale=SCALE)


def start(kb: KnowledgeBase, settings: Settings) -> tuple[Keyboard, Screen, threading.Thread]:
    keys, screen = Keyboard(), Screen()
    thread = threading.Thread(target=run_console, args=(kb, settings), kwargs={"stdin": keys, "stdout": screen})
    thread.start()
    return keys, screen, thread


def test_a_yes_to_the_safety_check_does_not_start(kb: KnowledgeBase, settings: Settings) -> None:
    screen = Screen()
    run_console(kb, settings, stdin=io.StringIO("/routine\n1\ny\n"), stdout=screen)
    out = screen.getvalue()
    assert kb.safety_texts["urgent"] in out and "Step 1/" not in out
