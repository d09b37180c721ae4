"""The storage the core needs, by aggregate: small async interfaces every backend implements.

Times are UTC epoch seconds.  Every method is atomic and raises :class:`StorageError` (with a
sentence saying what to do) when the database cannot be used.  The contract suite in
``tests/storage`` runs every backend against these interfaces.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Generic, NamedTuple, Protocol, TypeVar

from bot.core.model import Account, PainEntry, Prompt, Question, Reminder, SessionState

T = TypeVar("T")


class Claimed(NamedTuple, Generic[T]):
    """A due item claimed for sending; ``resent`` when an earlier sender's claim ran out mid-send."""

    item: T
    resent: bool


class StorageError(Exception):
    """The database cannot be used; the message says what to do about it."""


class SessionStore(Protocol):
    """Guided sessions: one active (running or paused) session per chat."""

    async def create(self, chat_id: int, user_id: int, routine_id: str, *, due_at: float,
                     started_at: float) -> SessionState | None:
        """Insert a running session at step 0; return None if the chat already has an active one."""

    async def get(self, session_id: int) -> SessionState | None:
        """Return the session with this id, or None."""

    async def active(self, chat_id: int) -> SessionState | None:
        """Return the chat's running or paused session, or None."""

    async def update(self, new: SessionState, *, expected: SessionState) -> bool:
        """Save ``new`` only if the stored row still equals ``expected`` (claims included)."""

    async def score(self, session_id: int, score: int, *, at: float) -> SessionState | None:
        """Set the end score (first answer wins), finish the session and log the score as pain."""

    async def claim_due(self, now: float, *, owner: str, lease: float, limit: int) -> list[Claimed[SessionState]]:
        """Claim running sessions due by ``now`` and not held by a live claim; return them as claimed."""

    async def renew(self, owner: str, until: float) -> None:
        """Extend every claim in flight held by ``owner`` (a live sender) until ``until``."""

    async def next_due(self) -> float | None:
        """Return the earliest time a running session can be claimed (its due time, or its claim's end), or None."""

    async def running(self) -> list[SessionState]:
        """Return every running session, soonest due first."""

    async def finished(self, user_id: int, since: float = 0.0) -> list[SessionState]:
        """Return the user's finished sessions that ended at or after ``since``, oldest first."""

    async def favourite_routine(self, user_id: int) -> str | None:
        """Return the routine the user finished most often (latest on a tie), or None."""


class ReminderStore(Protocol):
    """Recurring reminders with their next instant."""

    async def add(self, chat_id: int, user_id: int, days: frozenset[int], at: dt.time, tz: str, *,
                  next_due_at: float, routine_id: str | None = None) -> Reminder:
        """Store a reminder (days 0=Monday, local time ``at`` in ``tz``) and return it."""

    async def get(self, reminder_id: int) -> Reminder | None:
        """Return the reminder with this id, or None once deleted."""

    async def for_user(self, user_id: int) -> list[Reminder]:
        """Return the user's reminders, oldest first."""

    async def delete(self, user_id: int, reminder_id: int) -> bool:
        """Delete the user's reminder; return False when there was no such reminder of theirs."""

    async def update(self, new: Reminder, *, expected: Reminder) -> bool:
        """Save ``new`` only if the stored row still equals ``expected``."""

    async def claim_due(self, now: float, *, owner: str, lease: float, limit: int) -> list[Claimed[Reminder]]:
        """Claim reminders due by ``now`` and not held by a live claim; return them as claimed."""

    async def renew(self, owner: str, until: float) -> None:
        """Extend every claim in flight held by ``owner`` until ``until``."""

    async def next_due(self) -> float | None:
        """Return the earliest time a reminder can be claimed (its next instant, or its claim's end), or None."""

    async def unscheduled(self) -> list[Reminder]:
        """Return reminders that have no next instant yet (stored by an older version)."""


class PainLog(Protocol):
    """Pain scores 0-10 with optional short notes."""

    async def add(self, user_id: int, chat_id: int, score: int, note: str | None, *, at: float,
                  source: str = "log") -> PainEntry:
        """Store a pain score; return the entry as stored."""

    async def entries(self, user_id: int, since: float = 0.0) -> list[PainEntry]:
        """Return the user's pain scores at or after ``since``, oldest first."""


class FeedbackStore(Protocol):
    """What improves the knowledge base, kept without user ids, and the usage counters."""

    async def record(self, *, feedback: Sequence[tuple[str, bool, float]] = (),
                     unanswered: Sequence[tuple[str, float, float]] = (),
                     confirmed: Sequence[tuple[str, str, float]] = (),
                     counters: dict[str, int] | None = None) -> None:
        """Write a batch in one transaction: (entry, helpful, at), (text, score, at), (text, entry, at)."""

    async def feedback_counts(self) -> dict[str, tuple[int, int]]:
        """Return ``{entry_id: (helpful, not_helpful)}``."""

    async def unanswered(self, since: float = 0.0) -> list[Question]:
        """Return the kept unanswered questions, oldest first."""

    async def confirmed(self, since: float = 0.0) -> list[Question]:
        """Return the confirmed "did you mean" picks, oldest first."""

    async def stats(self) -> dict[str, Any]:
        """Return the usage figures for /stats."""


class AccountStore(Protocol):
    """Users: time zone, pain duration answer; and everything about one user for export and erasure."""

    async def touch(self, user_id: int, chat_id: int, *, at: float) -> bool:
        """Record that the user talked to the bot; return True the first time."""

    async def get(self, user_id: int) -> Account | None:
        """Return the user's account, or None."""

    async def set_timezone(self, user_id: int, chat_id: int, tz: str | None, *, at: float) -> None:
        """Store the user's IANA time zone."""

    async def set_pain_duration(self, user_id: int, chat_id: int, answer: str | None, *, at: float) -> None:
        """Store how long the user said their pain has lasted (``under-6-weeks``, ``6-12-weeks``, ``over-3-months``)."""

    async def export(self, user_id: int) -> dict[str, Any]:
        """Return everything stored about the user as JSON-serialisable data."""

    async def forget(self, user_id: int) -> dict[str, int]:
        """Delete every row about the user (in every chat); return counts by table."""


class PromptStore(Protocol):
    """The questions the bot is waiting for an answer to, per chat and user."""

    async def put(self, chat_id: int, user_id: int, kind: str, data: dict[str, Any], *, at: float) -> Prompt:
        """Store a prompt, replacing the user's earlier prompt of the same kind in that chat."""

    async def current(self, chat_id: int, user_id: int, kinds: Sequence[str] = ()) -> Prompt | None:
        """Return the user's newest prompt in the chat (of one of ``kinds`` if given), or None."""

    async def get(self, prompt_id: int) -> Prompt | None:
        """Return the prompt with this id, or None once answered."""

    async def take(self, prompt_id: int) -> Prompt | None:
        """Delete and return the prompt; None if it was already taken (so a double tap acts once)."""

    async def drop(self, chat_id: int, user_id: int, kinds: Sequence[str]) -> int:
        """Delete the user's prompts of these kinds in the chat; return how many."""


class UpdateLog(Protocol):
    """Telegram update ids already handled, so no update is handled twice."""

    async def first_time(self, update_id: int, *, at: float) -> bool:
        """Record ``update_id``; return False if it was recorded before."""


class Store(Protocol):
    """One database: every aggregate's store, opened and closed together."""

    @property
    def sessions(self) -> SessionStore: ...

    @property
    def reminders(self) -> ReminderStore: ...

    @property
    def pain(self) -> PainLog: ...

    @property
    def feedback(self) -> FeedbackStore: ...

    @property
    def accounts(self) -> AccountStore: ...

    @property
    def prompts(self) -> PromptStore: ...

    @property
    def updates(self) -> UpdateLog: ...

    @property
    def description(self) -> str: ...


    async def close(self) -> None:
        """Close the database."""
