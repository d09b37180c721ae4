"""The error handler and the answer to buttons the bot does not recognise."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ContextTypes

logger = logging.getLogger(__name__)

SORRY = "Sorry, something went wrong on my side. Please try again in a moment."
UNKNOWN_BUTTON = "Sorry, that button no longer works. Send /start for the menu."


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error with its traceback, then tell the user something kind."""
    update_id = update.update_id if isinstance(update, Update) else None
    logger.error("Error while handling update %s", update_id, exc_info=context.error)
    if not isinstance(update, Update):
        return
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(SORRY)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(SORRY)
    except Exception:  # the error may be Telegram itself being unreachable
        logger.warning("Could not tell the user about the error in update %s", update_id, exc_info=True)


async def unknown_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a stale, garbled or forged button politely."""
    await update.callback_query.answer(UNKNOWN_BUTTON, show_alert=True)
