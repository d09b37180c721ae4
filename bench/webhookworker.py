"""One webhook worker for ``bench.workers``: ``backcare-bot run --webhook`` with Telegram's limits lifted.

Reads the same environment as ``backcare-bot run --webhook``.  Only two things differ, to measure the
bot rather than Telegram's limits: the rate limiter keeps at most 8 requests in flight and no rate,
and the per-user flood guard is loosened (the benchmark's users write as soon as they are answered).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import urlsplit

from telegram import Update
from telegram.ext import BaseRateLimiter

import bot.tgbot.app as app_module
from bot import logs
from bot.config import Settings
from bot.knowledge import load
from bot.tgbot.flood import FloodGuard
from bot.tgbot.request import install_event_loop_policy

IN_FLIGHT = 8


class InFlightLimiter(BaseRateLimiter[int]):
    """No rate limit, only a cap on requests in flight."""

    def __init__(self) -> None:
        self._slots = asyncio.Semaphore(IN_FLIGHT)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Send the request once a slot is free."""
        async with self._slots:
            return await callback(*args, **kwargs)


def main() -> None:
    """Serve the webhook until killed."""
    settings = Settings.from_env(dotenv=False)
    logs.setup(settings.log_level, secrets=[settings.token or ""])
    install_event_loop_policy()
    app_module.FloodGuard = lambda: FloodGuard(burst=1e9, rate=1e9)  # type: ignore[assignment,misc]
    application = app_module.build_application(settings, load(settings.knowledge_dir), rate_limiter=InFlightLimiter())
    assert settings.webhook_url
    application.run_webhook(listen=settings.webhook_listen, port=settings.webhook_port,
                            url_path=urlsplit(settings.webhook_url).path.strip("/"), webhook_url=settings.webhook_url,
                            secret_token=settings.webhook_secret, allowed_updates=Update.ALL_TYPES,
                            drop_pending_updates=False)


if __name__ == "__main__":
    main()
