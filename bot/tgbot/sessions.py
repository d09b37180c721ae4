"""Guided sessions in Telegram: /routine, the safety pre-check, steps as scheduled jobs, controls.

Each chat has at most one job, named ``session:<chat_id>``, that delivers whatever the session has
due next.  A step is recorded as sent only after Telegram accepted it; at start-up
:func:`startup` schedules every running session again, so a restart neither loses nor repeats a step.
"""

from __future__ import annotations

import contextlib
import logging
import time

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application, CallbackContext, CallbackQueryHandler, CommandHandler, ContextTypes

from bot.routines import PRECHECK_QUESTION, PRECHECK_YES, opening_text, routine_label
from bot.sessions import Due, SessionError, Sessions
from bot.storage import StorageError
from bot.tgbot.callbacks import decode, encode, pattern
from bot.tgbot.jobs import cancel_job, replace_job
from bot.tgbot.keyboards import zero_to_ten
from bot.tgbot.render import html
from bot.tgbot.services import KEY, Services, services

logger = logging.getLogger(__name__)

COMMANDS = [
    BotCommand("routine", "Start a guided self-massage routine"),
    BotCommand("stop", "Stop the running routine"),
]

#: When a step could not be delivered (Telegram unreachable even after retries), try again after this.
RETRY_SECONDS = 5.0
NO_SESSION = "There is no routine running. Send /routine to start one."
RUNNING = "A routine is already running in this chat. Replace it with the new one?"


def job_name(chat_id: int) -> str:
    """Return the name of the chat's session job."""
    return f"session:{chat_id}"


# --- keyboards -----------------------------------------------------------------------------------


def routines_keyboard(s: Services) -> InlineKeyboardMarkup:
    """Return one button per routine."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(routine_label(r), callback_data=encode("rt", r.id))]
                                 for r in s.kb.routines.values()])


def controls(session_id: int, *, paused: bool = False) -> InlineKeyboardMarkup:
    """Return the Pause/Resume, Skip, Stop and "It hurts more" buttons of a step."""
    toggle = ("▶️ Resume", "resume") if paused else ("⏸ Pause", "pause")
    return InlineKeyboardMarkup([
        [InlineKeyboardButton(toggle[0], callback_data=encode("ss", toggle[1], session_id)),
         InlineKeyboardButton("⏭ Skip", callback_data=encode("ss", "skip", session_id)),
         InlineKeyboardButton("⏹ Stop", callback_data=encode("ss", "stop", session_id))],
        [InlineKeyboardButton("😣 It hurts more", callback_data=encode("ss", "hurts", session_id))],
    ])


# --- scheduling ----------------------------------------------------------------------------------


def cancel(application: Application, chat_id: int) -> None:
    """Remove the chat's session job, if any."""
    cancel_job(application, job_name(chat_id))


def schedule(application: Application, session_id: int, chat_id: int, due_at: float | None) -> None:
    """Replace the chat's session job with one firing at ``due_at`` (epoch seconds; None: no job)."""
    if due_at is None:
        cancel(application, chat_id)
    else:
        replace_job(application, deliver, name=job_name(chat_id), when=due_at - time.time(), data=session_id,
                    chat_id=chat_id)


async def send_due(application: Application, due: Due) -> None:
    """Send one due step (or the end question) and record it once Telegram accepted it."""
    s: Services = application.bot_data[KEY]
    markup = zero_to_ten("score", due.session_id) if due.final else controls(due.session_id)
    await application.bot.send_message(due.chat_id, html(due.text), reply_markup=markup)
    state = s.sessions.mark_sent(due.session_id, due.step)
    if state.status == "running":  # stopped, paused or replaced meanwhile: leave the chat's job alone
        schedule(application, state.id, state.chat_id, state.due_at)


async def deliver(context: CallbackContext) -> None:
    """Send what the session has due now, then schedule the next step."""
    s = services(context)
    session_id = context.job.data
    if session_id in s.delivering:  # a step is still on its way (Telegram slow): that job schedules the next
        return
    s.delivering.add(session_id)
    try:
        due = s.sessions.due(session_id)
        if due is None:  # paused, stopped or rescheduled since: follow the stored state
            state = s.sessions.get(session_id)
            if state is not None and state.status == "running":
                schedule(context.application, state.id, state.chat_id, state.due_at)
            return
        await send_due(context.application, due)
    except SessionError as exc:  # the session was deleted (/forget) while its step was on its way
        logger.info("Session %s ended while a step was being sent: %s", session_id, exc)
    except (Forbidden, BadRequest) as exc:  # the user blocked the bot, or the chat is gone: retrying won't help
        logger.warning("Stopping session %s: Telegram refused its step (%s)", session_id, exc.message)
        s.sessions.stop(context.job.chat_id, "Telegram refused the step", session_id=session_id)
    except (TelegramError, StorageError) as exc:
        logger.warning("Could not deliver session %s (%s); trying again in %.0f s", session_id, exc, RETRY_SECONDS)
        with contextlib.suppress(StorageError):
            state = s.sessions.get(session_id)
            if state is None or state.status != "running":  # stopped or replaced meanwhile: leave its job be
                return
        replace_job(context.application, deliver, name=job_name(context.job.chat_id), when=RETRY_SECONDS,
                    data=session_id, chat_id=context.job.chat_id)
    finally:
        s.delivering.discard(session_id)


async def startup(application: Application) -> None:
    """Schedule every running session again after a restart."""
    s: Services = application.bot_data[KEY]
    try:
        states = s.sessions.recover()
    except StorageError as exc:
        logger.error("Could not recover sessions: %s", exc)
        return
    for state in states:
        schedule(application, state.id, state.chat_id, state.due_at)
    if states:
        logger.info("Recovered %d running session(s)", len(states))


# --- handlers ------------------------------------------------------------------------------------


async def routine(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer the routines as buttons."""
    s = services(context)
    if not s.kb.routines:
        await update.effective_message.reply_text("No routines are loaded right now.")
        return
    await update.effective_message.reply_text("Which routine would you like to do?", reply_markup=routines_keyboard(s))


async def menu_routine(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Open the routine list from the main menu."""
    await update.callback_query.answer()
    await routine(update, context)


async def choose(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Ask the red-flag pre-check before the chosen routine starts."""
    query = update.callback_query
    await query.answer()
    await precheck(update, context, decode(query.data).args[0])


async def precheck(update: Update, context: ContextTypes.DEFAULT_TYPE, routine_id: str) -> None:
    """Ask about red-flag symptoms and recent injury before ``routine_id`` starts."""
    if routine_id not in services(context).kb.routines:
        await update.effective_message.reply_text("That routine is no longer available. Send /routine.")
        return
    keyboard = InlineKeyboardMarkup([
        [InlineKeyboardButton("No, none of these", callback_data=encode("rtok", routine_id))],
        [InlineKeyboardButton("Yes, one of these", callback_data=encode("rtflag"))],
    ])
    await update.effective_message.reply_text(html(PRECHECK_QUESTION), reply_markup=keyboard)


async def red_flag(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Give the urgent-care advice and do not start."""
    await update.callback_query.answer()
    text = services(context).kb.safety_texts.get("urgent", PRECHECK_YES)
    await update.effective_message.reply_text(html(f"⚠️ {text}\n\nI won't start a routine now."))


async def confirmed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Start the routine, or ask first whether to replace the one already running."""
    query = update.callback_query
    await query.answer()
    routine_id = decode(query.data).args[0]
    if services(context).sessions.active(update.effective_chat.id) is not None:
        keyboard = InlineKeyboardMarkup([
            [InlineKeyboardButton("Replace it", callback_data=encode("rtnew", routine_id)),
             InlineKeyboardButton("Keep the current one", callback_data=encode("rtkeep"))]])
        await update.effective_message.reply_text(RUNNING, reply_markup=keyboard)
        return
    await begin(update, context, routine_id, replace=False)


async def replace_running(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop the running routine and start the new one."""
    await update.callback_query.answer()
    await begin(update, context, decode(update.callback_query.data).args[0], replace=True)


async def keep_running(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Keep the running routine."""
    await update.callback_query.answer("Carrying on with the current routine.")


async def begin(update: Update, context: ContextTypes.DEFAULT_TYPE, routine_id: str, *, replace: bool) -> None:
    """Start a session and schedule its first step right away."""
    s = services(context)
    chat_id = update.effective_chat.id
    r = s.kb.routines.get(routine_id)
    if r is None:
        await update.effective_message.reply_text("That routine is no longer available. Send /routine.")
        return
    state = s.sessions.start(chat_id, update.effective_user.id, routine_id, replace=replace)
    await update.effective_message.reply_text(html(opening_text(r)))
    schedule(context.application, state.id, chat_id, state.due_at)


async def control(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Pause, resume, skip or stop the session, or stop it because it hurts more."""
    query = update.callback_query
    verb, raw_id = decode(query.data).args
    session_id, chat_id = int(raw_id), update.effective_chat.id
    sessions: Sessions = services(context).sessions
    state = sessions.active(chat_id)
    if state is None or state.id != session_id:
        await query.answer("This routine has already ended.")
        return
    if verb == "pause":
        was = state.status
        state = sessions.pause(chat_id, session_id=session_id)
        cancel(context.application, chat_id)
        await query.answer("Paused.")
        if was != "paused":  # a double tap must not edit to the same keyboard (Telegram refuses that)
            await query.edit_message_reply_markup(controls(session_id, paused=True))
    elif verb == "resume":
        was = state.status
        state = sessions.resume(chat_id, session_id=session_id)
        schedule(context.application, session_id, chat_id, state.due_at if state else None)
        await query.answer("Resumed.")
        if was != "running":
            await query.edit_message_reply_markup(controls(session_id))
    elif verb == "skip":
        state = sessions.skip(chat_id, session_id=session_id)
        schedule(context.application, session_id, chat_id, state.due_at if state else None)
        await query.answer("Skipping to the next step.")
    else:
        await query.answer()
        await end(update, context, hurts=verb == "hurts")


async def end(update: Update, context: ContextTypes.DEFAULT_TYPE, *, hurts: bool = False) -> None:
    """Stop the chat's session (with the "it hurts more" advice when asked)."""
    chat_id = update.effective_chat.id
    sessions = services(context).sessions
    if hurts:
        state, advice = sessions.hurts_more(chat_id)
        text = advice
    else:
        state = sessions.stop(chat_id, "user")
        text = "Routine stopped. Well done for what you did; send /routine to start again."
    cancel(context.application, chat_id)
    await update.effective_message.reply_text(html(text if state is not None else NO_SESSION))


async def stop_for_red_flag(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop the chat's routine: the urgent-care message says not to go on massaging."""
    s = services(context)
    try:
        stopped = s.sessions.stop(update.effective_chat.id, "red flag in a message")
    except StorageError as exc:
        logger.error("Could not stop the routine after a red flag: %s", exc)
        return
    if stopped is not None:
        cancel(context.application, update.effective_chat.id)
        await update.effective_message.reply_text("I've stopped your routine.")


async def stop_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop the running routine."""
    await end(update, context)


async def score(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Store how the back feels at the end of a session."""
    query = update.callback_query
    callback = decode(query.data)
    session_id, value = callback.arg_int(0), callback.arg_int(1)
    state = services(context).sessions.get(session_id)
    if state is None or state.chat_id != update.effective_chat.id:
        await query.answer("This routine is no longer stored.")
        return
    first = state.score is None
    state = services(context).sessions.record_score(session_id, value)  # the first answer wins
    await query.answer("Saved.")
    if first:
        await query.edit_message_reply_markup(None)
        await update.effective_message.reply_text(
            html(f"Thanks, saved: {state.score}/10. Send /progress to see how it changes over time."))


def register(application: Application) -> None:
    """Add the routine commands and buttons to the application."""
    application.add_handler(CommandHandler("routine", routine))
    application.add_handler(CommandHandler("stop", stop_command))
    application.add_handler(CallbackQueryHandler(menu_routine, pattern=pattern("menu", "routine")))
    application.add_handler(CallbackQueryHandler(choose, pattern=pattern("rt")))
    application.add_handler(CallbackQueryHandler(red_flag, pattern=pattern("rtflag")))
    application.add_handler(CallbackQueryHandler(confirmed, pattern=pattern("rtok")))
    application.add_handler(CallbackQueryHandler(replace_running, pattern=pattern("rtnew")))
    application.add_handler(CallbackQueryHandler(keep_running, pattern=pattern("rtkeep")))
    application.add_handler(CallbackQueryHandler(control, pattern=pattern("ss")))
    application.add_handler(CallbackQueryHandler(score, pattern=pattern("score")))
