"""Deliver each request once: retry Telegram's transient failures with backoff.

``AIORateLimiter`` already keeps within Telegram's limits and waits out a 429's ``retry_after``.
This subclass also retries the failures that mean the request never arrived: HTTP 5xx from the
Bot API and connection errors.  A timeout is not retried, because the message may have been
delivered and a retry could send it twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import AIORateLimiter

logger = logging.getLogger(__name__)
#: Calls whose callers retry them with their own backoff and logging: start-up's getMe and the polling loop.
SELF_RETRYING = frozenset({"getMe", "getUpdates"})


#: What a Bot API call returns through the rate limiter.
Result = bool | dict[str, Any] | list[dict[str, Any]]
#: The longest a scheduled send waits for replies to go first; under steady reply traffic it then goes anyway.
MAX_YIELD_SECONDS = 1.0
_SCHEDULED: contextvars.ContextVar[bool] = contextvars.ContextVar("scheduled", default=False)


@contextlib.contextmanager
def scheduled() -> Iterator[None]:
    """Mark the Bot API calls made inside as scheduled work, which waits while replies are queued."""
    token = _SCHEDULED.set(True)
    try:
        yield
    finally:
        _SCHEDULED.reset(token)


class RetryingRateLimiter(AIORateLimiter):
    """A rate limiter that retries 5xx answers and connection errors with backoff, replies before steps.

    Under Telegram's 30 messages a second, a routine step can wait a second; a person who just
    wrote should not.  A scheduled call (see :func:`scheduled`) waits until no reply is queued.
    """

    def __init__(self, *, network_retries: int = 8, first_delay: float = 0.5, max_delay: float = 10.0,
                 max_retries: int = 5) -> None:
        super().__init__(max_retries=max_retries)
        self._replies = 0
        self._no_replies = asyncio.Event()
        self._no_replies.set()
        self.network_retries = network_retries
        self.first_delay = first_delay
        self.max_delay = max_delay
        self._stopping = asyncio.Event()

    def stop_retrying(self) -> None:
        """Give up the retries under way and to come: the bot is stopping (SIGTERM), and a Bot API that does not
        answer must not hold the stop up for the minute its backoff would take."""
        self._stopping.set()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        """Send a request through the rate limiter, retrying transient failures; replies go first."""
        if endpoint in SELF_RETRYING:  # neither a reply nor scheduled, and retried by their callers
            return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
        if _SCHEDULED.get():
            if self._replies:  # let the replies queued right now go first, but never starve the routines
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._no_replies.wait(), timeout=MAX_YIELD_SECONDS)
            return await self._retrying(callback, args, kwargs, endpoint, data, rate_limit_args)
        self._replies += 1
        self._no_replies.clear()
        try:
            return await self._retrying(callback, args, kwargs, endpoint, data, rate_limit_args)
        finally:
            self._replies -= 1
            if not self._replies:
                self._no_replies.set()

    async def _retrying(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        delay = self.first_delay
        for attempt in range(self.network_retries + 1):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except (BadRequest, TimedOut):
                raise
            except NetworkError as exc:
                if attempt == self.network_retries or self._stopping.is_set():
                    raise
                logger.warning("Bot API call %s failed (%s); retry %d in %.1f s",
                               endpoint, exc.message, attempt + 1, delay)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stopping.wait(), delay)
                if self._stopping.is_set():
                    raise
                delay = min(delay * 2, self.max_delay)
        raise AssertionError("unreachable")
