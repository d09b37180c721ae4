"""Recurring reminders in Telegram: /remind, /reminders, /timezone, and the jobs that send them.

Each reminder has one job, ``reminder:<chat_id>:<id>``, scheduled at its next instant computed with
``zoneinfo`` (so daylight-saving changes are right).  A reminder is recorded as fired only after
Telegram accepted it; at start-up one that fell due while the bot was down is sent once, late.
"""

from __future__ import annotations

import datetime as dt
import logging

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application, CallbackContext, CallbackQueryHandler, CommandHandler, ContextTypes

from bot.reminders import DAY_NAMES, SUGGESTION, check_timezone, describe, due_on_start, parse_reminder, upcoming
from bot.storage import Reminder, StorageError
from bot.tgbot.callbacks import decode, encode, pattern
from bot.tgbot.jobs import cancel_job, replace_job
from bot.tgbot.render import html
from bot.tgbot.services import KEY, Services, services
from bot.tgbot.sessions import precheck

logger = logging.getLogger(__name__)

COMMANDS = [
    BotCommand("remind", "Set a reminder, e.g. /remind mon wed fri 19:00"),
    BotCommand("reminders", "List and remove your reminders"),
    BotCommand("timezone", "Set your time zone, e.g. /timezone Europe/London"),
]

RETRY_SECONDS = 30.0
TIMES = ("0700", "0800", "1200", "1800", "1900", "2000", "2100")
DEFAULT_ROUTINE = "quick"
REMINDER_TEXT = "⏰ Time to look after your back! Ready for your routine?"


def now() -> dt.datetime:
    """Return the current instant (aware, UTC); tests replace this to drive the clock."""
    return dt.datetime.now(dt.UTC)


def job_name(reminder: Reminder) -> str:
    """Return the name of a reminder's job."""
    return f"reminder:{reminder.chat_id}:{reminder.id}"


def schedule(application: Application, reminder: Reminder, at: dt.datetime) -> None:
    """Replace the reminder's job with one firing at instant ``at``."""
    replace_job(application, fire, name=job_name(reminder), when=(at - now()).total_seconds(),
                data=(reminder.id, at), chat_id=reminder.chat_id)


def cancel(application: Application, reminder: Reminder) -> None:
    """Remove a reminder's job."""
    cancel_job(application, job_name(reminder))


async def fire(context: CallbackContext) -> None:
    """Send a due reminder with a button to start the usual routine, then schedule the next one."""
    s = services(context)
    reminder_id, planned = context.job.data
    try:
        reminder = s.storage.get_reminder(reminder_id)
        if reminder is None:  # removed since
            return
        late = (now() - planned).total_seconds() > 60
        text = REMINDER_TEXT + ("\n(Sorry, this reminder comes late: I was offline.)" if late else "")
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("▶️ Start my routine",
                                                               callback_data=encode("rmstart"))]])
        await context.bot.send_message(reminder.chat_id, html(text), reply_markup=keyboard)
        fired = now()
        if not s.storage.mark_reminder_fired(reminder.id, fired.timestamp()):  # removed (/forget) meanwhile
            return
        schedule(context.application, reminder, upcoming(reminder, max(fired, planned)))
    except (Forbidden, BadRequest) as exc:  # the user blocked the bot, or the chat is gone: stop reminding
        logger.warning("Removing reminder %s: Telegram refused it (%s)", reminder_id, exc.message)
        s.storage.delete_reminder(context.job.chat_id, reminder_id)
    except (TelegramError, StorageError) as exc:
        logger.warning("Could not send reminder %s (%s); trying again in %.0f s", reminder_id, exc, RETRY_SECONDS)
        replace_job(context.application, fire, name=context.job.name, when=RETRY_SECONDS, data=context.job.data,
                    chat_id=context.job.chat_id)


async def startup(application: Application) -> None:
    """Schedule every stored reminder; one that fell due while the bot was down goes out once, now."""
    s: Services = application.bot_data[KEY]
    try:
        reminders = s.storage.all_reminders()
    except StorageError as exc:
        logger.error("Could not load reminders: %s", exc)
        return
    current = now()
    for reminder in reminders:
        schedule(application, reminder, due_on_start(reminder, current) or upcoming(reminder, current))


def _timezone(s: Services, user_id: int) -> str:
    return s.storage.get_timezone(user_id) or "UTC"


async def _create(update: Update, context: ContextTypes.DEFAULT_TYPE, days: frozenset[int], at: dt.time) -> None:
    s = services(context)
    user_id, chat_id = update.effective_user.id, update.effective_chat.id
    tz = _timezone(s, user_id)
    reminder = s.storage.add_reminder(chat_id, user_id, days, at, tz)
    schedule(context.application, reminder, upcoming(reminder, now()))
    hint = "" if tz != "UTC" else "\nTimes are in UTC; set your own time zone with /timezone Europe/London (or yours)."
    await update.effective_message.reply_text(html(f"Reminder set: {describe(days, at, tz)}.{hint}"))


def _day_keyboard(selected: set[int]) -> InlineKeyboardMarkup:
    days = [InlineKeyboardButton(("✅ " if i in selected else "") + name, callback_data=encode("rmday", i))
            for i, name in enumerate(DAY_NAMES)]
    return InlineKeyboardMarkup([days[:4], days[4:],
                                 [InlineKeyboardButton("Next: choose a time", callback_data=encode("rmday", "go"))]])


async def remind(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Set a reminder from "/remind mon wed fri 19:00", or offer day and time buttons."""
    if context.args:
        try:
            days, at = parse_reminder(" ".join(context.args))
        except ValueError as exc:
            await update.effective_message.reply_text(html(str(exc)))
            return
        await _create(update, context, days, at)
        return
    context.chat_data["remind_days"] = set()
    await update.effective_message.reply_text(
        html(f"{SUGGESTION}\n\nTap the days, or type it: /remind mon wed fri 19:00"), reply_markup=_day_keyboard(set()))


async def menu_reminders(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Open the reminder set-up from the main menu."""
    await update.callback_query.answer()
    context.args = []
    await remind(update, context)


async def pick_day(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Toggle a day, or move on to the time buttons."""
    query = update.callback_query
    choice = decode(query.data).args[0]
    selected: set[int] = context.chat_data.setdefault("remind_days", set())
    if choice == "go":
        if not selected:
            await query.answer("Tap at least one day first.")
            return
        await query.answer()
        buttons = [InlineKeyboardButton(f"{t[:2]}:{t[2:]}", callback_data=encode("rmtime", t)) for t in TIMES]
        await query.edit_message_reply_markup(InlineKeyboardMarkup([buttons[:4], buttons[4:]]))
        return
    selected ^= {int(choice)}
    await query.answer()
    await query.edit_message_reply_markup(_day_keyboard(selected))


async def pick_time(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Create the reminder for the chosen days at the tapped time."""
    query = update.callback_query
    selected = context.chat_data.get("remind_days")
    hhmm = decode(query.data).args[0]
    hour, minute = int(hhmm[:2]), int(hhmm[2:])
    if not selected:
        await query.answer("Please start again with /remind.")
        return
    await query.answer()
    await query.edit_message_reply_markup(None)
    context.chat_data.pop("remind_days", None)
    await _create(update, context, frozenset(selected), dt.time(hour, minute))


async def list_reminders(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the chat's reminders, each with a button to remove it."""
    reminders = services(context).storage.list_reminders(update.effective_chat.id)
    if not reminders:
        await update.effective_message.reply_text("You have no reminders. Set one with /remind mon wed fri 19:00")
        return
    rows = [[InlineKeyboardButton(f"🗑 {describe(r.days, r.at, r.tz)}", callback_data=encode("rmdel", r.id))]
            for r in reminders]
    await update.effective_message.reply_text("Your reminders (tap one to remove it):",
                                              reply_markup=InlineKeyboardMarkup(rows))


async def delete(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Remove the reminder whose button was tapped."""
    query = update.callback_query
    s = services(context)
    reminder = s.storage.get_reminder(decode(query.data).arg_int(0))
    if reminder is None or reminder.chat_id != update.effective_chat.id:
        await query.answer("That reminder is already gone.")
        return
    s.storage.delete_reminder(reminder.chat_id, reminder.id)
    cancel(context.application, reminder)
    await query.answer("Removed.")
    await update.effective_message.reply_text(html(f"Removed: {describe(reminder.days, reminder.at, reminder.tz)}"))


async def timezone(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Set the user's time zone for new reminders."""
    s = services(context)
    if not context.args:
        current = _timezone(s, update.effective_user.id)
        await update.effective_message.reply_text(
            html(f"Your time zone is {current}. Change it like this: /timezone Europe/London"))
        return
    try:
        tz = check_timezone(context.args[0])
    except ValueError as exc:
        await update.effective_message.reply_text(html(f"Sorry, {exc}."))
        return
    s.storage.set_timezone(update.effective_user.id, update.effective_chat.id, tz)
    await update.effective_message.reply_text(html(f"Time zone set to {tz}. New reminders use it."))


async def start_usual(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Start the user's usual routine from a reminder (after the safety pre-check)."""
    await update.callback_query.answer()
    s = services(context)
    usual = s.storage.get_usual_routine(update.effective_user.id)
    routine_id = usual if usual in s.kb.routines else DEFAULT_ROUTINE
    await precheck(update, context, routine_id)


def register(application: Application) -> None:
    """Add the reminder commands and buttons to the application."""
    application.add_handler(CommandHandler("remind", remind))
    application.add_handler(CommandHandler("reminders", list_reminders))
    application.add_handler(CommandHandler("timezone", timezone))
    application.add_handler(CallbackQueryHandler(menu_reminders, pattern=pattern("menu", "reminders")))
    application.add_handler(CallbackQueryHandler(pick_day, pattern=pattern("rmday")))
    application.add_handler(CallbackQueryHandler(pick_time, pattern=pattern("rmtime")))
    application.add_handler(CallbackQueryHandler(delete, pattern=pattern("rmdel")))
    application.add_handler(CallbackQueryHandler(start_usual, pattern=pattern("rmstart")))
