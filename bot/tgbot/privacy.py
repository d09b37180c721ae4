"""/privacy (what is stored and why), /export (the user's data as a JSON file), /forget (delete it all)."""

from __future__ import annotations

import logging

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from bot import privacy as core
from bot.storage import StorageError
from bot.tgbot import reminders, sessions
from bot.tgbot.callbacks import decode, encode, pattern
from bot.tgbot.render import html
from bot.tgbot.services import services

logger = logging.getLogger(__name__)

COMMANDS = [
    BotCommand("privacy", "What I store about you and why"),
    BotCommand("export", "Get all your data as a file"),
    BotCommand("forget", "Delete all your data"),
]

CONFIRM = ("This deletes everything I have stored about you: your pain log and notes, your sessions, "
           "your reminders and your time zone. It cannot be undone. Delete it all?")
FORGOTTEN = ("Done: everything I had stored about you is deleted, and your reminders and any running "
             "routine are cancelled. You can start again any time with /start.")
KEPT = "OK, nothing was deleted."
NOTHING = "I have nothing stored about you. /privacy says what I would store and why."
FAILED = "Sorry, something went wrong with the database. Please try again in a minute."


async def privacy_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say in plain words what is stored, why, and for how long."""
    await update.effective_message.reply_text(html(core.PRIVACY))


async def export_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send everything stored about the user as a JSON document."""
    message = update.effective_message
    try:
        data = services(context).storage.export_user(update.effective_user.id)
    except StorageError as exc:
        logger.error("Could not export data for chat %s: %s", update.effective_chat.id, exc)
        await message.reply_text(FAILED)
        return
    if not core.has_data(data):
        await message.reply_text(html(NOTHING))
        return
    await message.reply_document(core.export_json(data), filename=core.EXPORT_FILENAME,
                                 caption="Everything I have stored about you.")


async def forget_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Ask the user to confirm deleting all their data."""
    keyboard = InlineKeyboardMarkup([[
        InlineKeyboardButton("Yes, delete everything", callback_data=encode("forget", "yes")),
        InlineKeyboardButton("No, keep it", callback_data=encode("forget", "no")),
    ]])
    await update.effective_message.reply_text(html(CONFIRM), reply_markup=keyboard)


async def forget_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Delete all of the user's data and cancel their jobs on "yes"; leave everything on "no"."""
    query = update.callback_query
    await query.answer()
    if decode(query.data).args[0] != "yes":
        await query.edit_message_text(KEPT)
        return
    chat_id, user_id = update.effective_chat.id, update.effective_user.id
    s = services(context)
    try:  # what has a job, read before it is deleted
        own_reminders = [r for r in s.storage.list_reminders(chat_id) if r.user_id == user_id]
        session = s.sessions.active(chat_id)
        s.storage.forget_user(user_id, chat_id)
    except StorageError as exc:
        logger.error("Could not forget the user in chat %s: %s", chat_id, exc)
        await query.edit_message_text(FAILED)
        return
    for reminder in own_reminders:
        reminders.cancel(context.application, reminder)
    if session is not None and session.user_id == user_id:
        sessions.cancel(context.application, chat_id)
    context.user_data.clear()
    if chat_id > 0:  # a group's chat data belongs to everyone in it
        context.chat_data.clear()
    logger.info("Forgot a user's data and cancelled %d reminder(s) and %d routine(s)",
                len(own_reminders), int(session is not None and session.user_id == user_id))
    await query.edit_message_text(html(FORGOTTEN))


def register(application: Application) -> None:
    """Add /privacy, /export, /forget and the confirm buttons."""
    application.add_handler(CommandHandler("privacy", privacy_command))
    application.add_handler(CommandHandler("export", export_command))
    application.add_handler(CommandHandler("forget", forget_command))
    application.add_handler(CallbackQueryHandler(forget_button, pattern=pattern("forget")))
