"""Slow down a user who floods the bot, without delaying anyone else."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from telegram import Update
from telegram.ext import ApplicationHandlerStop, ContextTypes

logger = logging.getLogger(__name__)

FLOOD_NOTICE = ("You're sending messages faster than I can read them. "
                "I'll answer again in a few seconds.")


@dataclass
class TokenBucket:
    """Allow ``burst`` updates at once, refilled at ``rate`` a second."""

    burst: float = 8.0
    rate: float = 1.0
    tokens: float = 8.0
    stamp: float = field(default_factory=time.monotonic)
    warned: bool = False

    def take(self, now: float) -> bool:
        """Spend one token if there is one; return whether the update may proceed."""
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            self.warned = False
            return True
        return False


class FloodGuard:
    """Per-user token buckets; excess updates are dropped with one polite notice."""

    def __init__(self, *, burst: float = 8.0, rate: float = 1.0, max_users: int = 100_000) -> None:
        self.burst, self.rate, self.max_users = burst, rate, max_users
        self._buckets: dict[int, TokenBucket] = {}

    def allow(self, user_id: int, now: float | None = None) -> TokenBucket | None:
        """Return None if the user may go on, else their (empty) bucket."""
        now = time.monotonic() if now is None else now
        bucket = self._buckets.get(user_id)
        if bucket is None:
            if len(self._buckets) >= self.max_users:
                self._buckets.clear()  # forget old buckets rather than grow without bound
            bucket = self._buckets[user_id] = TokenBucket(self.burst, self.rate, self.burst, now)
        return None if bucket.take(now) else bucket

    async def check(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Stop handling this update if its user is over their rate."""
        user = update.effective_user
        if user is None:
            return
        bucket = self.allow(user.id)
        if bucket is None:
            return
        if update.callback_query is not None:
            await update.callback_query.answer("Slow down a little, please.")
        elif not bucket.warned and update.effective_message is not None:
            await update.effective_message.reply_text(FLOOD_NOTICE)
        bucket.warned = True
        logger.info("Dropped an update from a flooding user")
        raise ApplicationHandlerStop
