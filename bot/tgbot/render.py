"""Turn the core's outcomes into Telegram HTML, inline keyboards, sends, edits and toasts."""

from __future__ import annotations

import logging
import warnings
from html import escape
from typing import Any

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden
from telegram.ext import ContextTypes
from telegram.warnings import PTBUserWarning

from bot.core.outcome import Edit, Keyboard, Outcome, Send, Toast
from bot.tgbot.callbacks import encode

logger = logging.getLogger(__name__)

MAX_MESSAGE = 4096
MAX_CAPTION = 1024
#: What the Application's Defaults add to every send; do_api_request does not add them, so post() does.
NO_PREVIEW = {"is_disabled": True}
# post() calls the public do_api_request("sendMessage") on purpose (send_message builds a Message that
# nothing reads); PTB suggests send_message each time, which is the one thing post() avoids.
warnings.filterwarnings("ignore", message=r"Please use 'Bot\.sendMessage'", category=PTBUserWarning)


def html(text: str, limit: int = MAX_MESSAGE) -> str:
    """Return plain text escaped for Telegram's HTML parse mode, cut to fit one message.

    Telegram counts the text after reading its entities ("&lt;" is one character), so the plain text is
    cut, then escaped: no entity is split in half.
    """
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return escape(text, quote=False)


def markup(buttons: Keyboard | None) -> InlineKeyboardMarkup | None:
    """Return the inline keyboard for the core's buttons (None for none)."""
    if not buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=encode(b.action, b.args, b.owner))
                                  for b in row] for row in buttons])


def keyboard_data(buttons: Keyboard) -> dict[str, Any]:
    """Return the inline keyboard as the Bot API's JSON object (what InlineKeyboardMarkup.to_dict gives)."""
    return {"inline_keyboard": [[{"text": b.label, "callback_data": encode(b.action, b.args, b.owner)}
                                 for b in row] for row in buttons]}


async def post(bot: Bot, chat_id: int, text: str, buttons: Keyboard | None = None) -> None:
    """Send a text message whose result nothing reads: the reply is not turned into a Message.

    Through the Bot's public ``do_api_request``, so the rate limiter, the transport and the error mapping
    are the same as for ``send_message``; the Defaults (HTML, no link previews) are given here.
    """
    kwargs: dict[str, Any] = {"chat_id": chat_id, "text": html(text), "parse_mode": ParseMode.HTML,
                              "link_preview_options": NO_PREVIEW}
    if buttons:
        kwargs["reply_markup"] = keyboard_data(buttons)
    await bot.do_api_request("sendMessage", api_kwargs=kwargs)


async def send(bot: Bot, chat_id: int, message: Send) -> None:
    """Send one core message (with its picture or file) to ``chat_id``."""
    if message.attachment is None:
        await post(bot, chat_id, message.text, message.buttons)
        return
    keyboard = markup(message.buttons)
    file = message.attachment
    if file.picture:
        await bot.send_photo(chat_id, file.content, caption=html(message.text, MAX_CAPTION),
                             reply_markup=keyboard, filename=file.filename)
    else:
        await bot.send_document(chat_id, file.content, filename=file.filename,
                                caption=html(message.text, MAX_CAPTION), reply_markup=keyboard)


async def apply(update: Update, context: ContextTypes.DEFAULT_TYPE, outcome: Outcome) -> None:
    """Carry out an outcome in reply to ``update``: answer the button, then send and edit in order."""
    query = update.callback_query
    toasts = [e for e in outcome.effects if isinstance(e, Toast)]
    if query is not None:
        first = toasts[0] if toasts else None
        try:
            await query.answer(first.text or None if first else None, show_alert=bool(first and first.alert))
        except BadRequest as exc:  # "query is too old" after a restart: the action is done, say so below
            logger.debug("Could not answer a button tap: %s", exc.message)
    for effect in outcome.effects:
        if isinstance(effect, Send):
            await _send(update, context, effect)
        elif isinstance(effect, Edit) and query is not None and query.message is not None:
            await _edit(query.message, effect)


async def _send(update: Update, context: ContextTypes.DEFAULT_TYPE, message: Send) -> None:
    chat, user = update.effective_chat, update.effective_user
    if chat is None:
        return
    if message.private and user is not None and chat.id != user.id:
        try:
            await send(context.bot, user.id, message)
        except Forbidden:  # the person has not opened a private chat with the bot yet
            logger.info("A private reply could not be sent: no private chat yet")
            await post(context.bot, chat.id, message.fallback or "Please open a private chat with me.")
            return
        if message.notice:
            await post(context.bot, chat.id, message.notice)
        return
    await send(context.bot, chat.id, message)


async def _edit(message: object, edit: Edit) -> None:
    if not isinstance(message, Message):
        return
    try:
        if edit.text is not None:
            keep = message.reply_markup if edit.buttons is None else markup(edit.buttons)
            if message.photo or message.document:
                await message.edit_caption(html(edit.text, MAX_CAPTION), reply_markup=keep)
            else:
                await message.edit_text(html(edit.text), reply_markup=keep)
        elif edit.buttons is not None:
            await message.edit_reply_markup(markup(edit.buttons))
    except BadRequest as exc:
        if "not modified" not in exc.message.lower():
            raise
