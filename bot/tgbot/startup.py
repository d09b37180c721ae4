"""Start the Telegram bot and keep it running; what the person running it can fix is said in one line.

A token Telegram refuses ends start-up with :data:`TOKEN_REFUSED`; Telegram out of reach is retried with
backoff (one log line a minute) until it answers; a polling error is one WARNING line (at most one a
minute), not a traceback; a token revoked while the bot runs ends the process with :data:`TOKEN_REVOKED`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import signal
import time
from collections.abc import Awaitable, Callable

from telegram.error import InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application

logger = logging.getLogger(__name__)

TOKEN_REFUSED = "Telegram refused the bot token: check TELEGRAM_BOT_TOKEN in .env"
TOKEN_REVOKED = ("Telegram stopped accepting the bot token (revoked or replaced in @BotFather?): put the current "
                 "one in TELEGRAM_BOT_TOKEN in .env and start the bot again")
BAD_SECRET = ("WEBHOOK_SECRET_TOKEN may hold only the letters A-Z and a-z, digits, _ and - (1 to 256 of them), "
              "or Telegram refuses it: choose a new one")
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
#: The name python-telegram-bot gives the task that long-polls (it ends when the token is refused).
POLLING_TASK = "Updater:start_polling:polling_task"


class StartupError(SystemExit):
    """The bot cannot start, or go on, for a reason the person running it can fix; the message says how."""

    def __init__(self, message: str) -> None:
        super().__init__(2)
        self.message = message


def check_webhook_secret(secret: str) -> None:
    """Refuse a webhook secret Telegram would refuse (without repeating it: it is a secret)."""
    if not _SECRET.fullmatch(secret):
        raise StartupError(BAD_SECRET)


class Throttled:
    """Log a repeated problem at most once a minute, with how often it happened meanwhile."""

    def __init__(self, every: float = 60.0, *, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.every = every
        self.monotonic = monotonic
        self._last: float | None = None
        self._since = 0

    def warn(self, message: str, *args: object) -> None:
        """Log ``message % args`` at WARNING unless a line went out less than ``every`` seconds ago."""
        now = self.monotonic()
        if self._last is not None and now - self._last < self.every:
            self._since += 1
            return
        if self._since:
            message += " (%d more times since the last line)"
            args = (*args, self._since)
        logger.warning(message, *args)
        self._last, self._since = now, 0


class PollingErrors(Throttled):
    """The updater's ``error_callback``: a failed poll is one WARNING line, at most one a minute."""

    def __call__(self, error: TelegramError) -> None:
        """Note one failed poll (python-telegram-bot retries it with backoff)."""
        self.warn("Could not fetch updates from Telegram (%s); retrying", error.message)


async def connect(application: Application, stop: asyncio.Event, *, first_delay: float = 1.0,
                  max_delay: float = 30.0, log: Throttled | None = None) -> bool:
    """Initialize the application (its getMe checks the token), retrying while Telegram is out of reach.

    Return False when ``stop`` is set before Telegram answered. Raise :class:`StartupError` with
    :data:`TOKEN_REFUSED` when Telegram rejects the token.
    """
    log = log or Throttled()
    delay = first_delay
    while not stop.is_set():
        try:
            await application.initialize()
            return True
        except InvalidToken:
            await application.bot.shutdown()  # close its connections; the token is not repeated anywhere
            raise StartupError(TOKEN_REFUSED) from None
        except RetryAfter as exc:
            wait = exc.retry_after if isinstance(exc.retry_after, int | float) else exc.retry_after.total_seconds()
            log.warn("Telegram asked the bot to wait %.0f s before starting; waiting", wait)
            pause = float(wait)
        except NetworkError as exc:
            log.warn("Cannot reach Telegram (%s); retrying until it answers, with up to %.0f s between tries",
                     exc.message, max_delay)
            pause, delay = delay, min(delay * 2, max_delay)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), pause)
    await application.bot.shutdown()
    return False


class QuietPtb(logging.Filter):
    """Drop python-telegram-bot's tracebacks for a refused token: :func:`serve` says it in one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Keep every record but the refused-token ones."""
        message = record.getMessage()
        return not ("Invalid token" in message or "Error while calling `get_updates` one more time" in message)


async def serve(application: Application, start_updates: Callable[[], Awaitable[object]]) -> None:
    """Run the application until SIGINT or SIGTERM (or a revoked token), the way ``run_polling`` does.

    ``start_updates`` starts the updater (polling or the webhook server) once the core is built.
    """
    quiet = QuietPtb()
    for name in ("telegram.ext", "telegram.ext.Updater"):
        logging.getLogger(name).addFilter(quiet)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not on every platform or thread
            loop.add_signal_handler(sig, stop.set)
    if not await connect(application, stop):  # stopped while Telegram was still out of reach
        return
    revoked = False

    def polling_ended(task: asyncio.Task[object]) -> None:
        nonlocal revoked
        if not task.cancelled() and isinstance(task.exception(), InvalidToken):
            revoked = True
            stop.set()

    try:
        if application.post_init is not None:
            await application.post_init(application)
        try:
            await start_updates()
        except InvalidToken:
            raise StartupError(TOKEN_REFUSED) from None
        for task in asyncio.all_tasks():
            if task.get_name() == POLLING_TASK:
                task.add_done_callback(polling_ended)
        await application.start()
        await stop.wait()
    finally:
        stop_retrying = getattr(getattr(application.bot, "rate_limiter", None), "stop_retrying", None)
        if callable(stop_retrying):  # a Bot API that does not answer must not hold the stop up
            stop_retrying()
        if application.updater is not None and application.updater.running:
            with contextlib.suppress(InvalidToken):  # the polling task's end, already noted by polling_ended
                await application.updater.stop()
        if application.running:
            await application.stop()
        if application.post_stop is not None:
            await application.post_stop(application)
        await application.shutdown()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)
    if revoked:
        raise StartupError(TOKEN_REVOKED)
