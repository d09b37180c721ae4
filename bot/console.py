"""The terminal adapter: the same conversation as in Telegram, typed at a prompt."""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

from bot.config import Settings
from bot.dialogue import NOT_MEDICAL_ADVICE, Dialogue, Reply
from bot.knowledge import KnowledgeBase
from bot.routines import PRECHECK_QUESTION, PRECHECK_YES, Routine, opening_text, routine_label
from bot.sessions import SessionError, Sessions
from bot.storage import Storage, StorageError

HELP = ("Type a question about your back or self-massage. Type a number to pick a suggested question, "
        "/routine for a guided self-massage (then /pause, /resume, /skip, /stop, /hurts), "
        "/help for this text, /quit to leave.")

#: The console is one chat with one user; these ids keep its rows apart from Telegram's (which are never 0).
CONSOLE_ID = 0


class RoutineConsole:
    """/routine in the terminal: pick, pre-check, then a small scheduler thread prints each step when due."""

    def __init__(self, kb: KnowledgeBase, settings: Settings, out: TextIO) -> None:
        self._kb, self._settings, self._out = kb, settings, out
        self._sessions: Sessions | None = None
        self._pending = ""  # "pick", "precheck" or "score": what the next line answers
        self._picked = ""
        self._scoring = 0
        self._lock = threading.RLock()
        self._wake = threading.Event()
        self._closing = False
        self._thread: threading.Thread | None = None

    def _say(self, text: str) -> None:
        print(text, file=self._out)
        print(file=self._out, flush=True)

    def _open(self) -> Sessions:
        if self._sessions is None:
            storage = Storage(self._settings.db_path)
            self._sessions = Sessions(storage, self._kb.routines, time_scale=self._settings.time_scale)
            self._thread = threading.Thread(target=self._run, name="console-routine", daemon=True)
            self._thread.start()
        return self._sessions

    def handle(self, text: str) -> bool:
        """Handle a routine command or an answer the routine asked for; return False for anything else."""
        with self._lock:
            try:
                return self._handle(text.strip(), text.strip().lower())
            except (StorageError, SessionError) as exc:
                self._say(f"Sorry, that didn't work: {exc}.")
                return True

    def _handle(self, text: str, low: str) -> bool:
        pending, self._pending = self._pending, ""
        routines = list(self._kb.routines.values())
        if pending == "pick" and low.isdigit() and 1 <= int(low) <= len(routines):
            self._picked = routines[int(low) - 1].id
            self._pending = "precheck"
            self._say(f"{PRECHECK_QUESTION}\nType y (yes) or n (no).")
        elif pending == "precheck" and low in ("y", "yes"):
            self._say(self._kb.safety_texts.get("urgent") or PRECHECK_YES)
        elif pending == "precheck" and low in ("n", "no"):
            state = self._open().start(CONSOLE_ID, CONSOLE_ID, self._picked)
            self._say(opening_text(self._kb.routines[state.routine_id]))
        elif pending == "score" and low.isdigit() and 0 <= int(low) <= 10:
            self._open().record_score(self._scoring, int(low))
            self._say(f"Saved: {low}/10. Thank you! Type /routine whenever you want another session.")
        elif pending and not low.startswith("/"):
            self._pending = pending
            if pending != "score":
                self._say("Please answer with one of the numbers or y/n shown above, or type /help.")
                return True
            return False  # a question while the score is pending: answer it, keep waiting for the score
        elif low == "/routine":
            return self._offer(routines)
        elif low in ("/pause", "/resume", "/skip", "/stop", "/hurts"):
            self._control(low)
        else:
            return False
        self._wake.set()
        return True

    def _offer(self, routines: list[Routine]) -> bool:
        if not routines:
            self._say("No routines are loaded; add knowledge/routines.yaml.")
        elif self._open().active(CONSOLE_ID) is not None:
            self._say("A routine is already running: /pause, /skip or /stop it first.")
        else:
            lines = [f"  [{i}] {routine_label(r)}" for i, r in enumerate(routines, 1)]
            self._say("Which routine? Type its number.\n" + "\n".join(lines))
            self._pending = "pick"
        return True

    def _control(self, command: str) -> None:
        sessions = self._open()
        if command == "/hurts":
            state, done = sessions.hurts_more(CONSOLE_ID)
        else:
            action = {"/pause": sessions.pause, "/resume": sessions.resume, "/skip": sessions.skip}.get(command)
            state = action(CONSOLE_ID) if action else sessions.stop(CONSOLE_ID, "user")
            done = {"/pause": "Paused. Type /resume to carry on.", "/resume": "Resumed.",
                    "/skip": "Skipping to the next step.", "/stop": "Stopped. Well done for what you did."}[command]
        self._say(done if state is not None else "No routine is running; type /routine to start one.")

    def _run(self) -> None:
        """Print each step when it falls due, through the same Sessions calls as the Telegram jobs."""
        while True:
            with self._lock:
                if self._closing:
                    return
                delay = self._tick()
            self._wake.wait(delay)
            self._wake.clear()

    def _tick(self) -> float | None:
        sessions = self._sessions
        state = sessions.active(CONSOLE_ID) if sessions else None
        if sessions is None or state is None or state.status != "running" or state.due_at is None:
            return None
        due = sessions.due(state.id)
        if due is None:
            return max(0.0, state.due_at - time.time())
        self._say(f"{due.text}\nType a number from 0 to 10." if due.final else due.text)
        sessions.mark_sent(state.id, due.step)
        if due.final:
            self._pending, self._scoring = "score", state.id
        return 0.0

    def wait_idle(self) -> None:
        """Block while a routine is running (not paused), so piped input sees the whole session."""
        while not self._closing:
            with self._lock:
                state = self._sessions.active(CONSOLE_ID) if self._sessions else None
                if state is None or state.status != "running":
                    return
            time.sleep(0.01)

    def close(self) -> None:
        """Stop the scheduler thread and close the database."""
        with self._lock:
            self._closing = True
            self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._sessions is not None:
            self._sessions.storage.close()


def _show(reply: Reply, out: TextIO) -> None:
    print(reply.text, file=out)
    for i, s in enumerate(reply.suggestions, 1):
        print(f"  [{i}] {s.question}", file=out)
    print(file=out, flush=True)


def run_console(kb: KnowledgeBase, settings: Settings, *, stdin: TextIO = sys.stdin,
                stdout: TextIO = sys.stdout) -> int:
    """Hold a conversation on stdin/stdout until /quit or end of input."""
    routines = RoutineConsole(kb, settings, stdout)
    try:
        return _converse(kb, routines, stdin, stdout)
    finally:
        routines.close()


def _converse(kb: KnowledgeBase, routines: RoutineConsole, stdin: TextIO, stdout: TextIO) -> int:
    dialogue = Dialogue(kb)
    print(f"BackCare: ask me about back care and self-massage. {NOT_MEDICAL_ADVICE}", file=stdout)
    print(HELP, file=stdout)
    last: Reply | None = None
    interactive = stdin.isatty()
    while True:
        if interactive:
            print("> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line:
            routines.wait_idle()
            return 0
        text = line.strip()
        if text in ("/quit", "/exit"):
            return 0
        if text in ("/help", "/start"):
            print(HELP, file=stdout)
            continue
        if routines.handle(text):
            continue
        if last is not None and text.isdigit() and 1 <= int(text) <= len(last.suggestions):
            reply = dialogue.answer(last.suggestions[int(text) - 1].topic) or dialogue.respond(text)
        else:
            reply = dialogue.respond(text)
        _show(reply, stdout)
        last = reply
