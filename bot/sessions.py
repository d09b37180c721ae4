"""Guided sessions as transport-free logic on top of :class:`~bot.storage.Storage`.

An adapter drives a session like this: ``start`` it; whenever ``due_at`` arrives call ``due`` and,
if it returns something, send ``due.text`` and only once the message was accepted call
``mark_sent(session_id, due.step)``; then schedule the next call at the new ``due_at``.  Every change
is one atomic, compare-and-set write, so a crash between sending and ``mark_sent`` repeats at most that
one message, and a crash anywhere else neither loses nor repeats one.  After a restart, ``recover``
lists the running sessions to schedule again; steps that fell due while the bot was down come out of
``due`` marked ``late``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.routines import HURTS_MORE, Routine, end_text, scaled_seconds, step_text
from bot.storage import SessionState, Storage

logger = logging.getLogger(__name__)

#: A step sent more than this many seconds after it fell due is labelled late.
LATE_AFTER_SECONDS = 60.0
#: Timers may fire a little early; a step this close to its due time counts as due.
EARLY_TOLERANCE_SECONDS = 0.05

__all__ = ["Due", "SessionError", "SessionState", "Sessions"]


class SessionError(Exception):
    """A session request cannot be carried out; the message says what to do instead."""


@dataclass(frozen=True)
class Due:
    """What to send now: step ``step`` of the routine, or the end question when ``final``."""

    session_id: int
    chat_id: int
    step: int
    text: str
    late: bool
    final: bool


Change = Callable[[SessionState], SessionState | None]


class Sessions:
    """Start, advance, pause, resume, skip, stop and score guided sessions, one per chat."""

    def __init__(self, storage: Storage, routines: dict[str, Routine], *, time_scale: float = 1.0,
                 clock: Callable[[], float] = time.time) -> None:
        self.storage = storage
        self.routines = routines
        self.time_scale = time_scale
        self._clock = clock
        self._since = clock()

    def routine(self, state: SessionState) -> Routine | None:
        """Return the routine a session runs, or None if it is no longer in the knowledge base."""
        return self.routines.get(state.routine_id)

    def get(self, session_id: int) -> SessionState | None:
        """Return the session with this id, or None."""
        return self.storage.get_session(session_id)

    def active(self, chat_id: int) -> SessionState | None:
        """Return the chat's running or paused session, or None."""
        return self.storage.active_session(chat_id)

    def start(self, chat_id: int, user_id: int, routine_id: str, *, replace: bool = False) -> SessionState:
        """Start a routine with step 0 due now; with ``replace``, stop the chat's active session first."""
        if routine_id not in self.routines:
            known = ", ".join(sorted(self.routines)) or "none loaded"
            raise SessionError(f"unknown routine {routine_id!r}; choose one of: {known}")
        current = self.active(chat_id)
        if current is not None:
            if not replace:
                raise SessionError(f"chat {chat_id} already has session {current.id} running; ask the user, "
                                   "then call start(..., replace=True) or stop it first")
            self.stop(chat_id, "replaced", session_id=current.id)
        now = self._clock()
        state = self.storage.create_session(chat_id, user_id, routine_id, due_at=now, started_at=now)
        self.storage.set_usual_routine(user_id, chat_id, routine_id)
        logger.info("Session %d started: routine %s", state.id, routine_id)
        return state

    def due(self, session_id: int) -> Due | None:
        """Return what the running session should send now, or None when nothing is due yet."""
        state = self.get(session_id)
        now = self._clock()
        if state is None or state.status != "running" or state.due_at is None:
            return None
        if state.due_at > now + EARLY_TOLERANCE_SECONDS:
            return None
        routine = self.routine(state)
        if routine is None:
            self.recover()  # stops sessions whose routine is gone
            return None
        total = len(routine.steps)
        if state.step > total:
            return None
        late = state.due_at < self._since or now - state.due_at > LATE_AFTER_SECONDS
        final = state.step == total
        text = end_text(routine) if final else step_text(routine, state.step, late=late)
        return Due(state.id, state.chat_id, state.step, text, late, final)

    def mark_sent(self, session_id: int, step: int) -> SessionState:
        """Record that ``step`` was delivered and schedule the next one; a repeat call changes nothing."""

        def change(s: SessionState) -> SessionState | None:
            routine = self.routine(s)
            if s.step != step or not s.active or routine is None:
                return None
            if step >= len(routine.steps):
                return replace(s, step=step + 1, status="finished", due_at=None, paused_remaining=None,
                               ended_at=self._clock())
            length = scaled_seconds(routine.steps[step].minutes, self.time_scale)
            if s.status == "paused":  # paused while the step was on its way: its whole time is still ahead
                return replace(s, step=step + 1, paused_remaining=length)
            return replace(s, step=step + 1, due_at=self._clock() + length)

        state = self._apply(self.get(session_id), change)
        if state is None:
            raise SessionError(f"there is no session {session_id}; it may have been deleted by /forget")
        return state

    def pause(self, chat_id: int, *, session_id: int | None = None) -> SessionState | None:
        """Pause the chat's running session, keeping the time left on the current step."""

        def change(s: SessionState) -> SessionState | None:
            if s.status != "running" or s.due_at is None:
                return None
            left = max(0.0, s.due_at - self._clock())
            return replace(s, status="paused", due_at=None, paused_remaining=left)

        return self._apply(self._target(chat_id, session_id), change)

    def resume(self, chat_id: int, *, session_id: int | None = None) -> SessionState | None:
        """Resume a paused session; the remaining steps shift by the length of the pause."""

        def change(s: SessionState) -> SessionState | None:
            if s.status != "paused":
                return None
            return replace(s, status="running", due_at=self._clock() + (s.paused_remaining or 0.0),
                           paused_remaining=None)

        return self._apply(self._target(chat_id, session_id), change)

    def skip(self, chat_id: int, *, session_id: int | None = None) -> SessionState | None:
        """Make the next step due now (resuming a paused session)."""
        def change(s: SessionState) -> SessionState:
            return replace(s, status="running", due_at=self._clock(), paused_remaining=None)

        return self._apply(self._target(chat_id, session_id), change)

    def stop(self, chat_id: int, reason: str = "user", *,
             session_id: int | None = None) -> SessionState | None:
        """Stop the chat's active session; return it, or None when there was none."""
        state = self._apply(self._target(chat_id, session_id), self._stopped)
        if state is not None:
            logger.info("Session %d stopped: %s", state.id, reason)
        return state

    def hurts_more(self, chat_id: int, *, session_id: int | None = None) -> tuple[SessionState | None, str]:
        """Stop the session because it hurts more; return it with the advice to show."""
        return self.stop(chat_id, "hurts more", session_id=session_id), HURTS_MORE

    def record_score(self, session_id: int, score: int) -> SessionState:
        """Store the end-of-session score 0-10 (first answer wins), finish the session, log it as pain."""
        if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 10:
            raise ValueError(f"the score must be a whole number from 0 to 10, not {score!r}")
        state = self.storage.score_session(session_id, score, at=self._clock())
        if state is None:
            raise SessionError(f"there is no session {session_id}; it may have been deleted by /forget")
        return state

    def recover(self) -> list[SessionState]:
        """Return the running sessions to schedule at start-up; steps already due come out late."""
        states = []
        for state in self.storage.running_sessions():
            if self.routine(state) is None:
                logger.warning("Session %d runs unknown routine %r; stopping it", state.id, state.routine_id)
                self._apply(state, self._stopped)
            else:
                states.append(state)
        return states

    # --- helpers -------------------------------------------------------------------------------

    def _target(self, chat_id: int, session_id: int | None) -> SessionState | None:
        state = self.active(chat_id)
        if state is None or (session_id is not None and state.id != session_id):
            return None
        return state

    def _stopped(self, s: SessionState) -> SessionState | None:
        if not s.active:
            return None
        return replace(s, status="stopped", due_at=None, paused_remaining=None, ended_at=self._clock())

    def _apply(self, state: SessionState | None, change: Change) -> SessionState | None:
        """Apply ``change`` with compare-and-set, re-reading on a concurrent write; None if no session."""
        for _ in range(5):
            if state is None:
                return None
            new = change(state)
            if new is None or new == state:
                return state
            if self.storage.update_session(new, expected=state):
                return new
            state = self.get(state.id)
        raise SessionError("the session kept changing under us; try the action again")
