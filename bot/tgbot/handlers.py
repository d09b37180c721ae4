"""Telegram handlers: each turns an update into one core intent and the outcome into sends.

No handler decides anything or touches storage; :mod:`bot.core.app` does.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot.core.actor import Actor
from bot.core.app import BackCare
from bot.core.outcome import Outcome
from bot.core.ticker import Ticker
from bot.tgbot.callbacks import decode
from bot.tgbot.render import apply

logger = logging.getLogger(__name__)

CORE = "core"
TICKER = "ticker"
UNKNOWN_BUTTON = "Sorry, that button no longer works. Send /start for the menu."


def core(context: ContextTypes.DEFAULT_TYPE) -> BackCare:
    """Return the application core."""
    return context.application.bot_data[CORE]


def actor(update: Update) -> Actor:
    """Return who sent the update, and where."""
    user, chat = update.effective_user, update.effective_chat
    user_id = user.id if user else (chat.id if chat else 0)
    chat_id = chat.id if chat else user_id
    return Actor(user_id, chat_id, private=chat is None or chat.type == ChatType.PRIVATE,
                 name=user.first_name if user else "")


async def _finish(update: Update, context: ContextTypes.DEFAULT_TYPE, outcome: Outcome) -> None:
    await apply(update, context, outcome)
    if outcome.due_changed:
        ticker: Ticker | None = context.application.bot_data.get(TICKER)
        if ticker is not None:
            await ticker.due_changed()


async def command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Carry out a slash command."""
    text = update.effective_message.text if update.effective_message else ""
    name, _, args = (text or "/").lstrip("/").partition(" ")
    await _finish(update, context, await core(context).command(actor(update), name, args.strip()))


async def message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Read a free-text message in the context of the conversation."""
    text = update.effective_message.text if update.effective_message else ""
    await _finish(update, context, await core(context).message(actor(update), text or ""))


async def press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Carry out a button tap (stale, garbled or forged data gets a polite notice)."""
    query = update.callback_query
    tapped = decode(query.data if query else None)
    if query is None or tapped is None:
        if query is not None:
            await query.answer(UNKNOWN_BUTTON, show_alert=True)
        return
    await _finish(update, context, await core(context).press(actor(update), tapped.action, tapped.args,
                                                             owner=tapped.owner))


async def unsupported(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a sticker, voice note, photo or file with what the bot understands (a caption is read as text)."""
    caption = update.effective_message.caption if update.effective_message else None
    if caption:
        await _finish(update, context, await core(context).message(actor(update), caption))
        return
    await _finish(update, context, await core(context).unsupported(actor(update)))


async def edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer an edited message without acting on it twice (an urgent sign in it still gets the advice)."""
    message = update.edited_message
    text = (message.text or message.caption or "") if message else ""
    await _finish(update, context, await core(context).edited(actor(update), text))
