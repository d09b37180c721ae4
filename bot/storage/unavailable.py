"""A database that could not be opened: every call says why, so the bot still starts and answers questions.

Routines, reminders and the pain log then answer "unavailable for the moment" (the error handler's
reply), while questions are answered as usual, until the database is fixed and the bot restarted.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, cast

from bot.storage.interfaces import (
    AccountStore,
    FeedbackStore,
    PainLog,
    PromptStore,
    ReminderStore,
    SessionStore,
    StorageError,
    UpdateLog,
)


class _Refusing:
    """Any store: every method raises StorageError with the reason."""

    def __init__(self, reason: str) -> None:
        self._reason = reason

    def __getattr__(self, name: str) -> Callable[..., Awaitable[Any]]:
        async def refuse(*args: object, **kwargs: object) -> Any:
            raise StorageError(self._reason)
        return refuse


class UnavailableStore:
    """Stands in for the database that ``reason`` says cannot be used."""

    def __init__(self, target: str, reason: str) -> None:
        refusing = _Refusing(reason)
        self.description = f"unavailable database {target}"
        self.sessions = cast(SessionStore, refusing)
        self.reminders = cast(ReminderStore, refusing)
        self.pain = cast(PainLog, refusing)
        self.feedback = cast(FeedbackStore, refusing)
        self.accounts = cast(AccountStore, refusing)
        self.prompts = cast(PromptStore, refusing)
        self.updates = cast(UpdateLog, refusing)

    async def close(self) -> None:
        """Nothing was opened."""
