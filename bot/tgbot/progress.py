"""/log (pain 0-10 with buttons or arguments, optional note) and /progress (chart and summary)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping

from telegram import BotCommand, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes, filters

from bot import progress as core
from bot.safety import Level, assess
from bot.storage import NOTE_MAX_CHARS, StorageError
from bot.tgbot.callbacks import decode, pattern
from bot.tgbot.keyboards import zero_to_ten
from bot.tgbot.render import html
from bot.tgbot.services import services

logger = logging.getLogger(__name__)

COMMANDS = [
    BotCommand("log", "Log today's pain, 0-10"),
    BotCommand("progress", "Your pain chart over the last weeks"),
]

ASK = "How does your back feel today? 0 = no pain, 10 = the worst you can imagine."
USAGE = ("Send /log with a score from 0 (no pain) to 10 (worst), and a short note if you like, "
         "for example: /log 4 stiff after gardening")
FAILED = "Sorry, I could not save that just now. Please try again in a minute."


def parse_args(args: list[str]) -> tuple[int, str | None] | None:
    """Return the score and note from /log's arguments, or None when they are not a score 0-10."""
    if not args or not args[0].isdigit() or not 0 <= int(args[0]) <= 10:
        return None
    return int(args[0]), " ".join(args[1:]) or None


def logged_text(safety_texts: Mapping[str, str], score: int, note: str | None) -> str:
    """Return the confirmation as HTML, with the safety message when the note calls for one."""
    text = f"Logged {score}/10 for today."
    if note and len(note) > NOTE_MAX_CHARS:
        text += f" (Your note was cut to {NOTE_MAX_CHARS} characters.)"
    text += " /progress shows your chart."
    level = assess(note).level if note else Level.NONE
    if level is not Level.NONE:
        text += f"\n\n{'⚠️' if level >= Level.URGENT else '🩺'} {safety_texts[str(level)]}"
    return html(text)


def save(update: Update, context: ContextTypes.DEFAULT_TYPE, score: int, note: str | None) -> bool:
    """Store the score for the user; return False (and log why) when storage fails."""
    try:
        services(context).storage.log_pain(update.effective_user.id, update.effective_chat.id, score, note)
    except StorageError as exc:
        logger.error("Could not log pain in chat %s: %s", update.effective_chat.id, exc)
        return False
    return True


async def log_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log a pain score from the arguments, or ask for one with buttons."""
    message = update.effective_message
    if not context.args:
        await message.reply_text(html(ASK), reply_markup=zero_to_ten("log"))
        return
    parsed = parse_args(context.args)
    if parsed is None:
        await message.reply_text(html(USAGE))
        return
    score, note = parsed
    ok = save(update, context, score, note)
    await message.reply_text(logged_text(services(context).kb.safety_texts, score, note) if ok else FAILED)


async def log_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the score the user tapped and replace the buttons with a confirmation."""
    query = update.callback_query
    score = decode(query.data).arg_int(0)
    await query.answer()
    ok = save(update, context, score, None)
    await query.edit_message_text(logged_text(services(context).kb.safety_texts, score, None) if ok else FAILED)


async def progress_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the pain chart with a one-line summary, or say how to start when there is nothing yet."""
    message = update.effective_message
    try:
        series = core.series_for(services(context).storage, update.effective_user.id)
    except StorageError as exc:
        logger.error("Could not read progress in chat %s: %s", update.effective_chat.id, exc)
        await message.reply_text(FAILED)
        return
    if series.empty:
        await message.reply_text(html(core.NO_DATA))
        return
    chart = await asyncio.to_thread(core.render_chart, series)
    await message.reply_photo(chart, caption=html(core.summary(series)))


async def menu_progress(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Open /progress from the menu."""
    await update.callback_query.answer()
    await progress_command(update, context)


def register(application: Application) -> None:
    """Add /log, its buttons and /progress."""
    # An edited "/log 4" must not log a second score, so only new messages count.
    application.add_handler(CommandHandler("log", log_command, filters=filters.UpdateType.MESSAGE))
    application.add_handler(CommandHandler("progress", progress_command))
    application.add_handler(CallbackQueryHandler(log_button, pattern=pattern("log")))
    application.add_handler(CallbackQueryHandler(menu_progress, pattern=pattern("menu", "progress")))
