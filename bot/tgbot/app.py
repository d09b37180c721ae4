"""Build the Telegram application: the one place where everything is wired together."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import urlsplit

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import memory
from bot.config import Settings
from bot.core.build import build_core, build_ticker
from bot.core.clock import Clock, system_clock
from bot.dialogue import Dialogue
from bot.knowledge import KnowledgeBase
from bot.tgbot import errors, handlers
from bot.tgbot.delivery import TelegramDelivery
from bot.tgbot.flood import FloodGuard
from bot.tgbot.processor import PerChatUpdateProcessor, SharedChats
from bot.tgbot.request import AiohttpRequest, install_event_loop_policy
from bot.tgbot.retry import RetryingRateLimiter
from bot.tgbot.startup import PollingErrors, StartupError, check_webhook_secret, serve

logger = logging.getLogger(__name__)

COMMANDS = [
    BotCommand("start", "Start and show the menu"),
    BotCommand("routine", "Start a guided self-massage routine"),
    BotCommand("stop", "Stop the running routine"),
    BotCommand("techniques", "Self-massage techniques"),
    BotCommand("remind", "Set a reminder, e.g. /remind mon wed fri 19:00"),
    BotCommand("reminders", "List and remove your reminders"),
    BotCommand("timezone", "Set your time zone, e.g. /timezone London"),
    BotCommand("log", "Log today's pain, 0-10"),
    BotCommand("progress", "Your pain chart over the last weeks"),
    BotCommand("privacy", "What I store about you and why"),
    BotCommand("export", "Get all your data as a file"),
    BotCommand("forget", "Delete all your data"),
    BotCommand("help", "What I can do"),
]
STOP = "ticker_stop"
TASK = "ticker_task"
NOT_TEXT = (filters.Sticker.ALL | filters.VOICE | filters.AUDIO | filters.PHOTO | filters.VIDEO | filters.VIDEO_NOTE
            | filters.Document.ALL | filters.LOCATION | filters.CONTACT | filters.ANIMATION | filters.Dice.ALL
            | filters.POLL | filters.VENUE | filters.GAME | filters.STORY
            # anything else a person sends in a private chat (a checklist, a gift...); not group service messages
            | (filters.ChatType.PRIVATE & ~filters.StatusUpdate.ALL))


def file_url(base_url: str) -> str:
    """Return the file URL that goes with a Bot API base URL (".../bot" -> ".../file/bot")."""
    root = base_url.rstrip("/")
    return (root[: -len("/bot")] if root.endswith("/bot") else root) + "/file/bot"


def _on_startup(settings: Settings, kb: KnowledgeBase | Dialogue, clock: Clock,
                ) -> Callable[[Application], Coroutine[Any, Any, None]]:
    async def on_startup(application: Application) -> None:
        """Open the database, build the core, start the ticker, and register the command list."""
        core = await build_core(settings, kb, clock=clock)
        application.bot_data[handlers.CORE] = core
        processor = application.update_processor
        if isinstance(processor, PerChatUpdateProcessor) and isinstance(core.store, SharedChats):
            processor.share(core.store, clock)  # several workers: chat order and update ids across them
        ticker = build_ticker(core, TelegramDelivery(application.bot))
        application.bot_data[handlers.TICKER] = ticker
        stop = asyncio.Event()
        application.bot_data[STOP] = stop
        application.bot_data[TASK] = asyncio.create_task(ticker.run(stop), name="ticker")
        await application.bot.set_my_commands(COMMANDS)
        memory.release()  # the index build's leftovers: about 2 MB at rest
    return on_startup


async def on_shutdown(application: Application) -> None:
    """Stop the ticker (it writes the last statistics) and close the database."""
    stop: asyncio.Event | None = application.bot_data.get(STOP)
    if stop is not None:
        stop.set()
        await application.bot_data[TASK]
    core = application.bot_data.get(handlers.CORE)
    if core is not None:
        await core.store.close()


def build_application(settings: Settings, kb: KnowledgeBase | Dialogue, *,
                      rate_limiter: BaseRateLimiter | None = None, clock: Clock = system_clock) -> Application:
    """Return the bot's Application with every handler registered, ready to poll or serve a webhook.

    ``rate_limiter`` replaces the default :class:`RetryingRateLimiter`, which keeps to Telegram's limits
    (30 messages a second overall); the benchmarks pass one with the limits lifted to measure the bot itself.
    ``clock`` is the core's and the ticker's time (tests drive it by hand).  ``kb`` may come as a Dialogue
    with its search index built already (tests share one).
    """
    if not settings.token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set: put it in .env or the environment")
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .request(AiohttpRequest())  # PTB's defaults (timeouts, pool sizes), on aiohttp instead of httpx
        .get_updates_request(AiohttpRequest(connection_pool_size=1))
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(RetryingRateLimiter() if rate_limiter is None else rate_limiter)
        .concurrent_updates(PerChatUpdateProcessor())
        .job_queue(None)  # the database is the schedule (bot/core/ticker.py): no APScheduler in the process
        .post_init(_on_startup(settings, kb, clock))
        .post_shutdown(on_shutdown)
    )
    if settings.api_base_url:
        builder = builder.base_url(settings.api_base_url).base_file_url(file_url(settings.api_base_url))
    application = builder.build()
    flood = FloodGuard()

    # Group -1 runs before everything else: a flooding user's update stops here.
    application.add_handler(TypeHandler(Update, flood.check), group=-1)
    # Order matters below: the first matching handler wins.
    # 1. Edited messages first: an edit never repeats an action (a second reminder, a second score).
    application.add_handler(MessageHandler(filters.UpdateType.EDITED, handlers.edited))
    # 2. Commands before text, so "/help" is never read as a question; unknown ones get a short help.
    application.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.COMMAND, handlers.command))
    # 3. Every button; stale, garbled or forged data is answered politely there.
    application.add_handler(CallbackQueryHandler(handlers.press))
    # 4. Free text: a question, or an answer to what the conversation is in the middle of.
    application.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT, handlers.message))
    # 5. Stickers, voice notes, photos, files: one line on what the bot understands.
    application.add_handler(MessageHandler(filters.UpdateType.MESSAGE & NOT_TEXT, handlers.unsupported))
    application.add_error_handler(errors.error_handler)
    return application


def run_application(settings: Settings, kb: KnowledgeBase | Dialogue, *, webhook: bool = False) -> None:
    """Run the bot until interrupted: long polling, or a webhook server with ``webhook=True``.

    Raises :class:`StartupError` (its message says what to fix) for a refused token, a missing or
    malformed webhook setting, or a token revoked while running.
    """
    if webhook:
        if not settings.webhook_url:
            raise StartupError("WEBHOOK_URL is not set: give the public HTTPS URL Telegram should post updates to")
        if not settings.webhook_secret:
            raise StartupError("WEBHOOK_SECRET_TOKEN is not set: choose a random secret so only Telegram can post")
        check_webhook_secret(settings.webhook_secret)
    install_event_loop_policy()
    application = build_application(settings, kb)
    updater = application.updater
    assert updater is not None  # built with one

    async def start_updates() -> None:
        if not webhook:
            logger.info("Starting BackCare with long polling")
            await updater.start_polling(allowed_updates=Update.ALL_TYPES, error_callback=PollingErrors(),
                                        bootstrap_retries=-1)
            return
        assert settings.webhook_url is not None
        logger.info("Starting BackCare with a webhook on %s:%d", settings.webhook_listen, settings.webhook_port)
        # Every worker registers the same webhook at start-up: setWebhook with the same arguments is
        # idempotent, so workers starting together (or one restarting) change nothing.  Never drop
        # pending updates: they may be the other workers' (a restart would lose what users sent).
        await updater.start_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path=urlsplit(settings.webhook_url).path.strip("/"),
            webhook_url=settings.webhook_url,
            secret_token=settings.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
            drop_pending_updates=False,
            bootstrap_retries=5,  # a 429 or a network error while several workers register is retried
        )

    asyncio.run(serve(application, start_updates))
