"""Free-text questions and the buttons on answers: follow-ups, "did you mean", 👍 / 👎."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import ContextTypes

from bot.dialogue import Reply, ReplyKind
from bot.safety import Level
from bot.tgbot.callbacks import decode
from bot.tgbot.render import reply_html, reply_markup
from bot.tgbot.services import services
from bot.tgbot.sessions import stop_for_red_flag

logger = logging.getLogger(__name__)

#: How many "did you mean" questions a chat remembers, to record which one a pick answered.
MAX_REMEMBERED = 20

STALE = "That button is from an older conversation. Please ask your question again."


async def send_reply(update: Update, reply: Reply) -> Message:
    """Send a core reply as HTML with its buttons."""
    return await update.effective_message.reply_text(reply_html(reply), reply_markup=reply_markup(reply))


async def question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a free-text message from the knowledge base, with safety notes and buttons."""
    text = update.effective_message.text or ""
    s = services(context)
    reply = s.dialogue.respond(text)
    logger.debug("Question in chat %s: %r -> %s (%.0f)", update.effective_chat.id, text, reply.topic, reply.score)
    if reply.safety >= Level.URGENT:
        await stop_for_red_flag(update, context)
    sent = await send_reply(update, reply)
    if reply.kind is ReplyKind.DID_YOU_MEAN:  # remember what these buttons were offered for
        asked = context.chat_data.setdefault("asked", {})
        asked[sent.message_id] = text
        for old in sorted(asked)[:-MAX_REMEMBERED]:
            del asked[old]
    await s.record_question(text, reply)


async def open_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Open the entry behind a follow-up or example button."""
    query = update.callback_query
    await query.answer()
    reply = services(context).dialogue.answer(decode(query.data).args[0])
    if reply is None:
        await update.effective_message.reply_text(STALE)
        return
    await send_reply(update, reply)


async def did_you_mean(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the question the user picked from "did you mean", remembering the pick."""
    query = update.callback_query
    await query.answer()
    topic = decode(query.data).args[0]
    s = services(context)
    original = context.chat_data.get("asked", {}).get(query.message.message_id, "") if query.message else ""
    reply = s.dialogue.answer(topic, original=original)
    if reply is None:
        await update.effective_message.reply_text(STALE)
        return
    await send_reply(update, reply)
    if original:
        await s.record_confirmed(original, topic)


async def feedback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Store a 👍 or 👎 for an answer and thank the user."""
    query = update.callback_query
    topic, helpful = decode(query.data).args
    s = services(context)
    if s.kb.entry(topic) is None:
        await query.answer(STALE)
        return
    await s.record_feedback(topic, helpful == "1")
    await query.answer("Thanks for telling me!" if helpful == "1" else "Thanks, I'll use that to improve.")
    await query.edit_message_reply_markup(reply_markup=_without_feedback_row(query.message.reply_markup))


def _is_feedback(button: InlineKeyboardButton) -> bool:
    data = button.callback_data
    callback = decode(data) if isinstance(data, str) else None
    return callback is not None and callback.action == "fb"


def _without_feedback_row(markup: InlineKeyboardMarkup | None) -> InlineKeyboardMarkup | None:
    """Return the keyboard without its 👍/👎 row, so an answer is rated once."""
    if markup is None:
        return None
    rows = [row for row in markup.inline_keyboard if not any(_is_feedback(b) for b in row)]
    return InlineKeyboardMarkup(rows) if rows else None
