"""The terminal chat's /routine: pick, pre-check, timed steps, controls and the end score (tiny time scale)."""

from __future__ import annotations

import io
import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.console import run_console
from bot.knowledge import KnowledgeBase
from tests.shared import shared_dialogue

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
        try:
            return self.lines.get(timeout=10)
        except queue.Empty:  # the chat ended with /quit; its reader thread reads on until then
            return ""

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
def settings(tmp_path: Path, new_sqlite: Callable[[Path], Path]) -> Settings:
    return Settings(db_path=new_sqlite(tmp_path / "console.db"), time_scale=SCALE)


def start(kb: KnowledgeBase, settings: Settings) -> tuple[Keyboard, Screen, threading.Thread]:
    keys, screen = Keyboard(), Screen()
    thread = threading.Thread(target=run_console, args=(shared_dialogue(kb), settings),
                              kwargs={"stdin": keys, "stdout": screen})
    thread.start()
    return keys, screen, thread



def start_quick_routine(kb: KnowledgeBase, settings: Settings) -> tuple[Any, Any, Any]:
    """Open a terminal chat at real speed and start the quick routine (no to the safety check)."""
    keys, screen, thread = start(kb, settings.__class__(db_path=settings.db_path, time_scale=1.0))
    for line in ("/routine", "1", "n"):
        keys.type(line)
    screen.wait_for("Step 1/3")
    return keys, screen, thread


def close_and_read_statuses(keys: Any, thread: Any, settings: Settings) -> list[tuple[str]]:
    """Close the chat's input, check the chat ended, and return every session's status."""
    keys.close()
    thread.join(timeout=5)
    assert not thread.is_alive()
    db = sqlite3.connect(settings.db_path)
    try:
        return db.execute("SELECT status FROM sessions").fetchall()
    finally:
        db.close()

def test_piped_routine_prints_every_step_in_order(kb: KnowledgeBase, settings: Settings) -> None:
    screen = Screen()
    began = time.monotonic()
    assert run_console(shared_dialogue(kb), settings, stdin=io.StringIO("/routine\n1\nn\n"), stdout=screen) == 0
    out = screen.getvalue()
    steps = [out.index(f"Step {i}/3 — ") for i in (1, 2, 3)]
    assert steps == sorted(steps) and out.index("Step 3/3") < out.index("How does your back feel now")
    assert "You can also type yes, no or not sure" in out and "late" not in out
    assert time.monotonic() - began >= kb.routines["quick"].minutes * 60 * SCALE * 0.9  # on its time


def test_routine_controls_and_score(kb: KnowledgeBase, settings: Settings) -> None:
    slower = Settings(db_path=settings.db_path, time_scale=0.01)  # step 1 lasts 1.8 s: time to pause it
    keys, screen, thread = start(kb, slower)
    keys.type("/routine")
    screen.wait_for("Which routine would you like?")
    keys.type("2")
    screen.wait_for("quick safety check")
    keys.type("n")
    screen.wait_for("Step 1/4")
    keys.type("/pause")
    screen.wait_for("Paused.")
    time.sleep(0.2)
    assert "Step 2/4" not in screen.getvalue()  # nothing arrives while paused
    keys.type("/resume")
    screen.wait_for("Resumed.")
    for step in (2, 3, 4):
        keys.type("/skip")
        screen.wait_for(f"Step {step}/4")
    keys.type("/skip")
    screen.wait_for("How does your back feel now")
    keys.type("3")
    screen.wait_for("Saved: 3/10")
    keys.type("/quit")
    thread.join(timeout=5)
    out = screen.getvalue()
    assert [out.count(f"Step {i}/4") for i in (1, 2, 3, 4)] == [1, 1, 1, 1]
    db = sqlite3.connect(settings.db_path)
    assert db.execute("SELECT status, score FROM sessions").fetchall() == [("finished", 3)]
    assert db.execute("SELECT score, source FROM pain_log").fetchall() == [(3, "session")]
    db.close()


def test_a_yes_to_the_safety_check_does_not_start(kb: KnowledgeBase, settings: Settings) -> None:
    screen = Screen()
    run_console(shared_dialogue(kb), settings, stdin=io.StringIO("/routine\n1\ny\n"), stdout=screen)
    out = screen.getvalue()
    assert kb.safety_texts["precheck"] in out and "Step 1/" not in out


def test_stop_and_it_hurts_more(kb: KnowledgeBase, settings: Settings) -> None:
    keys, screen, thread = start(kb, settings.__class__(db_path=settings.db_path, time_scale=1.0))
    keys.type("/stop")
    screen.wait_for("There is no routine running")
    for line in ("/routine", "3", "n"):
        keys.type(line)
    screen.wait_for("Step 1/5")
    for line in ("/routine", "1", "n"):
        keys.type(line)
    screen.wait_for("already running")
    keys.type("/hurts")
    screen.wait_for("Ease off")
    keys.type("/stop")
    screen.wait_for("There is no routine running", count=2)
    keys.close()
    thread.join(timeout=5)
    assert not thread.is_alive()


def test_the_steps_stop_signs_typed_in_own_words_stop_the_routine(kb: KnowledgeBase, settings: Settings) -> None:
    keys, screen, thread = start_quick_routine(kb, settings)
    keys.type("i feel dizzy")
    screen.wait_for("Sit or lie down")
    assert close_and_read_statuses(keys, thread, settings) == [("stopped",)]


def test_typed_controls_a_red_flag_and_telegram_only_commands(kb: KnowledgeBase, settings: Settings) -> None:
    keys, screen, thread = start_quick_routine(kb, settings)
    keys.type("pause")
    screen.wait_for("Paused.")
    keys.type("carry on")
    screen.wait_for("Resumed.")
    keys.type("my legs suddenly feel numb and weak")
    screen.wait_for("stopped your routine")
    keys.type("/remind mon 19:00")
    screen.wait_for("/remind works in Telegram, not in this terminal chat")
    assert close_and_read_statuses(keys, thread, settings) == [("stopped",)]


def test_a_routine_left_running_by_a_crash_is_stopped_at_the_next_start(kb: KnowledgeBase, settings: Settings) -> None:
    keys, screen, thread = start_quick_routine(kb, settings)
    keys.type("/quit")
    thread.join(timeout=5)
    db = sqlite3.connect(settings.db_path)  # as if the process had been killed mid-routine
    db.execute("UPDATE sessions SET status = 'running', ended_at = NULL, due_at = 0")
    db.commit()
    db.close()
    screen = Screen()
    run_console(kb, settings, stdin=io.StringIO(""), stdout=screen)
    out = screen.getvalue()
    assert "Your last routine (Quick reset) was still going when the chat closed, so I've stopped it." in out
    assert "Step 2/3" not in out and "late" not in out


def test_a_line_that_fails_is_answered_kindly_and_the_chat_goes_on(kb: KnowledgeBase, settings: Settings,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.core.app import BackCare


    async def broken(self: BackCare, actor: Any) -> Any:
        raise RuntimeError("a bug in one intent")

    monkeypatch.setattr(BackCare, "techniques", broken)
    screen = Screen()
    assert run_console(shared_dialogue(kb), settings, stdin=io.StringIO("/techniques\nwhat is effleurage\n"),
                       stdout=screen) == 0
    out = screen.getvalue()
    assert "something went wrong on my side" in out and "gentle stroking technique" in out


async def _typed(kb: KnowledgeBase, db: Path, lines: list[str]) -> list[str]:
    """Type ``lines`` into a terminal chat and return what it printed after each."""
    from bot.console import Terminal, handle
    from bot.core.build import build_core

    core = await build_core(Settings(db_path=db, time_scale=1.0), shared_dialogue(kb), terminal=True)
    out = io.StringIO()
    terminal = Terminal(core, out, interactive=False)
    printed: list[str] = []
    try:
        for line in lines:
            before = len(out.getvalue())
            terminal.show(await handle(core, terminal, line))
            printed.append(out.getvalue()[before:])
    finally:
        await core.store.close()
    return printed


async def test_the_choices_of_one_reply_are_numbered_once_and_stay_pickable(
        kb: KnowledgeBase, tmp_path: Path, new_sqlite: Callable[[Path], Path]) -> None:
    hurts, longest, follow_up = await _typed(kb, new_sqlite(tmp_path / "c.db"), ["my back hurts", "8", "3"])
    assert "[1]" in hurts and "[6] Under 6 weeks" in hurts and "[8] Over 3 months" in hurts  # not [1]-[3] again
    assert "[1] Under 6 weeks" not in hurts
    assert "deserves a proper assessment" in longest  # 8 is "Over 3 months"
    assert "[3] Which stretches" in hurts and "stretch" in follow_up.lower()  # the answer's own choice, still
    assert "pain log" not in follow_up.lower()


async def test_a_number_beyond_the_choices_says_which_numbers_work(kb: KnowledgeBase, tmp_path: Path,
                                                                    new_sqlite: Callable[[Path], Path]) -> None:
    _, twelve = await _typed(kb, new_sqlite(tmp_path / "c.db"), ["/techniques", "12"])
    assert "from 1 to 9" in twelve and "only know about back care" not in twelve
    held = await _typed(kb, new_sqlite(tmp_path / "d.db"), ["both my legs went numb", "/routine", "2"])
    assert "There is one choice above: type 1" in held[2] and "log" not in held[2].lower()
