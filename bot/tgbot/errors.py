"""The error handler: log with the traceback, then tell the person something kind."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.storage import StorageError

logger = logging.getLogger(__name__)

SORRY = "Sorry, something went wrong on my side. Please try again in a moment."
NO_STORAGE = ("Sorry, I can't save or look up anything right now, so routines, reminders and the pain log are "
              "unavailable for the moment. I can still answer your questions about back care.")


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error (with its traceback, unless the database is just unavailable), then tell the user kindly."""
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(context.error, BadRequest) and "not modified" in context.error.message.lower():
        logger.debug("Update %s: a double tap asked for an edit that changes nothing", update_id)
        return
    if isinstance(context.error, StorageError):  # no bug to trace: the message says what is wrong and what to do
        logger.error("Could not handle update %s, the database is unavailable: %s", update_id, context.error)
        text = NO_STORAGE
    else:
        logger.error("Error while handling update %s", update_id, exc_info=context.error)
        text = SORRY
    if not isinstance(update, Update):
        return
    query, message = update.callback_query, update.effective_message
    if query is not None:  # stop the button's spinner; its handler may have answered it already
        try:
            await query.answer(text if message is None else None)
        except Exception:  # already answered, or Telegram unreachable
            logger.debug("Could not answer the callback query of update %s", update_id)
    if message is not None:
        try:
            await message.reply_text(text)
        except Exception:  # the error may be Telegram itself being unreachable
            logger.warning("Could not tell the user about the error in update %s", update_id, exc_info=True)
