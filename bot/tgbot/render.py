"""Turn the core's plain replies into Telegram HTML and inline keyboards."""

from __future__ import annotations

from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.dialogue import Reply, ReplyKind, Suggestion
from bot.tgbot.callbacks import encode

MAX_MESSAGE = 4096
MAX_BUTTON_TEXT = 60


def html(text: str) -> str:
    """Return plain text escaped for Telegram's HTML parse mode, cut to fit one message."""
    escaped = escape(text, quote=False)
    if len(escaped) <= MAX_MESSAGE:
        return escaped
    while len(escaped) > MAX_MESSAGE - 1:  # cut the plain text, so no entity is split in half
        text = text[: len(text) - (len(escaped) - (MAX_MESSAGE - 1))]
        escaped = escape(text, quote=False)
    return escaped + "…"


def label(text: str) -> str:
    """Return ``text`` short enough for a button."""
    return text if len(text) <= MAX_BUTTON_TEXT else text[: MAX_BUTTON_TEXT - 1] + "…"


def suggestion_rows(suggestions: tuple[Suggestion, ...], action: str) -> list[list[InlineKeyboardButton]]:
    """Return one button row per suggested question."""
    return [[InlineKeyboardButton(label(s.question), callback_data=encode(action, s.topic))] for s in suggestions]


def reply_markup(reply: Reply) -> InlineKeyboardMarkup | None:
    """Return the buttons for a reply: follow-ups and 👍/👎 for answers, choices otherwise."""
    if reply.kind is ReplyKind.ANSWER and reply.topic:
        rows = suggestion_rows(reply.suggestions, "ans")
        rows.append([InlineKeyboardButton("👍 Helpful", callback_data=encode("fb", reply.topic, 1)),
                     InlineKeyboardButton("👎 Not helpful", callback_data=encode("fb", reply.topic, 0))])
        return InlineKeyboardMarkup(rows)
    if reply.kind is ReplyKind.DID_YOU_MEAN:
        return InlineKeyboardMarkup(suggestion_rows(reply.suggestions, "dym"))
    if reply.suggestions:
        return InlineKeyboardMarkup(suggestion_rows(reply.suggestions, "ans"))
    return None


def reply_html(reply: Reply) -> str:
    """Return the reply's text as escaped HTML; the safety note stays in the text itself."""
    return html(reply.text)
