"""Guided sessions: the state machine (pure functions) and the service that stores each change.

A session's ``step`` is the next thing to send; ``due_at`` is when.  Step ``len(steps)`` is the end
question.  Every change is a compare-and-set on the stored row, retried on a concurrent write, so two
taps, the ticker and another worker never act on the same state twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from bot.core.clock import Clock
from bot.core.model import NO_CLAIM, SessionState
from bot.routines import Routine, scaled_seconds
from bot.storage.interfaces import SessionStore, StorageError

logger = logging.getLogger(__name__)

#: ``paused_remaining`` of a *running* session (where it is otherwise unset): Skip was tapped on the step
#: that is on its way, so the step after it is due as soon as that one is recorded as sent.
SKIP_IN_FLIGHT = 0.0


class SessionConflict(StorageError):
    """A session kept changing under a write; the action can simply be tried again."""


def paused(s: SessionState, now: float) -> SessionState | None:
    """Pause a running session, keeping the time left on the current step."""
    if s.status != "running" or s.due_at is None:
        return None
    return replace(s, status="paused", due_at=None, paused_remaining=max(0.0, s.due_at - now))


def resumed(s: SessionState, now: float) -> SessionState | None:
    """Resume a paused session; the remaining steps shift by the length of the pause."""
    if s.status != "paused":
        return None
    return replace(s, status="running", due_at=now + (s.paused_remaining or 0.0), paused_remaining=None)


def skipped(s: SessionState, now: float) -> SessionState | None:
    """Make the next step due now (resuming a paused session)."""
    if not s.active:
        return None
    return replace(s, status="running", due_at=now, paused_remaining=None)


def stopped(s: SessionState, now: float) -> SessionState | None:
    """End an active session."""
    if not s.active:
        return None
    return replace(s, status="stopped", due_at=None, paused_remaining=None, ended_at=now)


def skipped_in_flight(s: SessionState, now: float) -> SessionState | None:
    """Mark that Skip was tapped on the step being sent: once it is recorded, the next one is due at once."""
    if s.status != "running" or not s.claim.in_flight:
        return None
    return replace(s, paused_remaining=SKIP_IN_FLIGHT)


def sent(s: SessionState, step: int, routine: Routine | None, now: float, time_scale: float) -> SessionState:
    """Record that ``step`` went out: release the claim and move to the next step (or finish)."""
    released = replace(s, claim=NO_CLAIM)
    if s.step != step or not s.active:
        return released
    if routine is None or step >= len(routine.steps):
        return replace(released, step=step + 1, status="finished", due_at=None, paused_remaining=None, ended_at=now)
    length = scaled_seconds(routine.steps[step].minutes, time_scale)
    if s.status == "paused":  # paused while the step was on its way: its whole time is still ahead
        return replace(released, step=step + 1, paused_remaining=length)
    if s.paused_remaining == SKIP_IN_FLIGHT:  # Skip tapped on this very step while it was on its way
        return replace(released, step=step + 1, due_at=now, paused_remaining=None)
    return replace(released, step=step + 1, due_at=now + length)


class SessionService:
    """Start, change and stop sessions through the store."""

    def __init__(self, store: SessionStore, clock: Clock, *, time_scale: float = 1.0) -> None:
        self.store = store
        self.clock = clock
        self.time_scale = time_scale

    async def start(self, chat_id: int, user_id: int, routine_id: str) -> SessionState | None:
        """Start a routine with step 0 due now; None when the chat already has one active."""
        now = self.clock()
        state = await self.store.create(chat_id, user_id, routine_id, due_at=now, started_at=now)
        if state is not None:
            logger.info("Session %d started: routine %s", state.id, routine_id)
        return state

    async def apply(self, state: SessionState | None, change: Callable[[SessionState, float], SessionState | None],
                    ) -> tuple[SessionState | None, bool]:
        """Apply ``change`` with compare-and-set; return the state and whether it changed anything."""
        for _ in range(8):
            if state is None:
                return None, False
            new = change(state, self.clock())
            if new is None or new == state:
                return state, False
            if await self.store.update(new, expected=state):
                return new, True
            state = await self.store.get(state.id)
        raise SessionConflict("the routine kept changing while I tried to update it; please tap again")
