"""Build the Telegram application: the one place where everything is wired together."""

from __future__ import annotations

import logging
from types import ModuleType
from urllib.parse import urlsplit

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.config import Settings
from bot.dialogue import Dialogue
from bot.knowledge import KnowledgeBase
from bot.sessions import Sessions
from bot.storage import Storage, StorageError
from bot.tgbot import admin, commands, errors, privacy, progress, questions, reminders, sessions
from bot.tgbot.callbacks import pattern
from bot.tgbot.processor import PerChatUpdateProcessor
from bot.tgbot.request import AiohttpRequest
from bot.tgbot.retry import RetryingRateLimiter
from bot.tgbot.services import KEY, Services

logger = logging.getLogger(__name__)


def file_url(base_url: str) -> str:
    """Return the file URL that goes with a Bot API base URL (".../bot" -> ".../file/bot")."""
    root = base_url.rstrip("/")
    return (root[: -len("/bot")] if root.endswith("/bot") else root) + "/file/bot"


#: Feature modules: each has ``COMMANDS`` (for Telegram's command menu) and ``register(application)``.
FEATURES: tuple[ModuleType, ...] = (sessions, reminders, progress, privacy, admin)


async def on_startup(application: Application) -> None:
    """Register the command list with Telegram, then let each feature pick up where it was."""
    await application.bot.set_my_commands([*commands.COMMANDS, *(c for f in FEATURES for c in f.COMMANDS)])
    for feature in FEATURES:
        if hasattr(feature, "startup"):
            await feature.startup(application)


async def on_shutdown(application: Application) -> None:
    """Close the database."""
    application.bot_data[KEY].storage.close()


def build_application(settings: Settings, kb: KnowledgeBase, *, storage: Storage | None = None,
                      rate_limiter: BaseRateLimiter | None = None) -> Application:
    """Return the bot's Application with every handler registered, ready to poll or serve a webhook.

    ``rate_limiter`` replaces the default :class:`RetryingRateLimiter`, which keeps to Telegram's limits
    (30 messages a second overall); the benchmarks pass one with the limits lifted to measure the bot itself.
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
        .post_init(on_startup)
        .post_shutdown(on_shutdown)
    )
    if settings.api_base_url:
        builder = builder.base_url(settings.api_base_url).base_file_url(file_url(settings.api_base_url))
    application = builder.build()
    if storage is None:
        try:
            storage = Storage(settings.db_path)
        except StorageError as exc:  # answer questions anyway; what needs the database says it is unavailable
            logger.error("Cannot use the database: %s. Until that is fixed and the bot restarted, questions are "
                         "still answered but routines, reminders, the pain log and /export are unavailable.", exc)
            storage = Storage.unavailable(settings.db_path, f"{exc}, then restart the bot")
    services = Services(settings, Dialogue(kb), storage,
                        Sessions(storage, kb.routines, time_scale=settings.time_scale))
    application.bot_data[KEY] = services

    # Group -1 runs before everything else: a flooding user's update stops here.
    application.add_handler(TypeHandler(Update, services.flood.check), group=-1)

    # Commands first, so "/help" is never read as a question.
    application.add_handler(CommandHandler("start", commands.start))
    application.add_handler(CommandHandler("help", commands.help_command))
    application.add_handler(CommandHandler("techniques", commands.techniques))

    # Buttons: each action has its own handler; the catch-all for stale or forged data comes last.
    application.add_handler(CallbackQueryHandler(commands.menu, pattern=pattern("menu", *commands.MENU_ITEMS)))
    application.add_handler(CallbackQueryHandler(questions.open_answer, pattern=pattern("ans")))
    application.add_handler(CallbackQueryHandler(questions.did_you_mean, pattern=pattern("dym")))
    application.add_handler(CallbackQueryHandler(questions.feedback, pattern=pattern("fb")))

    # Feature modules add their commands, conversations and buttons; they must come before the
    # catch-all button handler and the free-text handler below, which would otherwise take them.
    for feature in FEATURES:
        feature.register(application)

    application.add_handler(CallbackQueryHandler(errors.unknown_button))

    # Free text last: anything that is not a command is a question.
    # (New messages only: an edited question is not answered twice.)
    application.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND,
                                           questions.question))

    application.add_error_handler(errors.error_handler)
    return application


def run_application(settings: Settings, kb: KnowledgeBase, *, webhook: bool = False) -> None:
    """Run the bot until interrupted: long polling, or a webhook server with ``webhook=True``."""
    application = build_application(settings, kb)
    if not webhook:
        logger.info("Starting BackCare with long polling")
        application.run_polling(allowed_updates=Update.ALL_TYPES)
        return
    if not settings.webhook_url:
        raise SystemExit("WEBHOOK_URL is not set: give the public HTTPS URL Telegram should post updates to")
    if not settings.webhook_secret:
        raise SystemExit("WEBHOOK_SECRET_TOKEN is not set: choose a random secret so only Telegram can post")
    logger.info("Starting BackCare with a webhook on %s:%d", settings.webhook_listen, settings.webhook_port)
    url_path = urlsplit(settings.webhook_url).path.strip("/")
    application.run_webhook(
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        url_path=url_path,
        webhook_url=settings.webhook_url,
        secret_token=settings.webhook_secret,
        allowed_updates=Update.ALL_TYPES,
    )
