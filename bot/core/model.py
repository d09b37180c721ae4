"""The domain types the application core works with; storage backends read and write them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

#: A session in one of these states has something ahead of it.
ACTIVE_STATUSES = ("running", "paused")
NOTE_MAX_CHARS = 200
TEXT_MAX_CHARS = 500


@dataclass(frozen=True)
class Claim:
    """Who is sending a due item right now, and until when that claim holds.

    ``in_flight`` stays set from the claim until the send is confirmed or released; a claim found
    in flight after its lease ran out means its sender died mid-send, so the message may have gone
    out: the next sender says so.
    """

    in_flight: bool = False
    owner: str | None = None
    until: float | None = None


NO_CLAIM = Claim()


@dataclass(frozen=True)
class SessionState:
    """One guided session as stored: ``step`` is the next thing to send, due at ``due_at``."""

    id: int
    chat_id: int
    user_id: int
    routine_id: str
    status: str
    step: int
    due_at: float | None
    paused_remaining: float | None
    started_at: float
    ended_at: float | None
    score: int | None
    claim: Claim = NO_CLAIM

    @property
    def active(self) -> bool:
        """Return whether the session is running or paused."""
        return self.status in ACTIVE_STATUSES


@dataclass(frozen=True)
class Reminder:
    """A recurring reminder: weekdays (0=Monday) and a local time of day in ``tz``."""

    id: int
    chat_id: int
    user_id: int
    days: frozenset[int]
    at: dt.time
    tz: str
    routine_id: str | None
    created_at: float
    last_fired_at: float | None
    next_due_at: float | None = None
    claim: Claim = NO_CLAIM


class PainEntry(NamedTuple):
    """One pain score, from /log or the end of a session."""

    at: float
    score: int
    note: str | None
    source: str


class Question(NamedTuple):
    """A question kept to improve the knowledge base (no user id); ``entry_id`` for confirmed picks."""

    text: str
    at: float
    score: float | None = None
    entry_id: str | None = None


#: The kinds of prompt that are questions waiting for an answer; the newest of them is what a message may answer.
QUESTIONS = ("safety_check", "replace", "score", "duration", "forget", "remind_days", "timezone", "timezone_pick",
             "move_reminders", "did_you_mean", "routine_pick")
#: The kinds of prompt that are context, not questions: ``red_flag`` (``{"level": ...}``), when one was mentioned.
CONTEXT = ("red_flag",)


@dataclass(frozen=True)
class Prompt:
    """A question the bot asked and is waiting for: what the conversation is in the middle of.

    ``kind`` says what answers it (one of :data:`QUESTIONS`); ``data`` holds what the answer needs.  A prompt
    is consumed once: the first answer deletes it, so a second tap finds nothing.  A kind in :data:`CONTEXT`
    is not a question but something the conversation keeps in mind for a while (a red flag mentioned).
    """

    id: int
    chat_id: int
    user_id: int
    kind: str
    data: dict[str, Any]
    created_at: float


@dataclass(frozen=True)
class Account:
    """What is kept about one user besides their logs: time zone and how long their pain has lasted."""

    user_id: int
    chat_id: int
    first_seen: float
    tz: str | None = None
    pain_duration: str | None = None
