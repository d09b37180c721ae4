"""Deliver each request once: retry Telegram's transient failures with backoff.

``AIORateLimiter`` already keeps within Telegram's limits and waits out a 429's ``retry_after``.
This subclass also retries the failures that mean the request never arrived: HTTP 5xx from the
Bot API and connection errors.  A timeout is not retried, because the message may have been
delivered and a retry could send it twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import AIORateLimiter

logger = logging.getLogger(__name__)


class RetryingRateLimiter(AIORateLimiter):
    """A rate limiter that also retries 5xx answers and connection errors with exponential backoff."""

    def __init__(self, *, network_retries: int = 8, first_delay: float = 0.5, max_delay: float = 10.0,
                 max_retries: int = 5) -> None:
        super().__init__(max_retries=max_retries)
        self.network_retries = network_retries
        self.first_delay = first_delay
        self.max_delay = max_delay

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Send a request through the rate limiter, retrying transient failures."""
        delay = self.first_delay
        for attempt in range(self.network_retries + 1):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except (BadRequest, TimedOut):
                raise
            except NetworkError as exc:
                if attempt == self.network_retries:
                    raise
                logger.warning("Bot API call %s failed (%s); retry %d in %.1f s",
                               endpoint, exc.message, attempt + 1, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, self.max_delay)
        raise AssertionError("unreachable")
