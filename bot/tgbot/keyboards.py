"""The bot's fixed inline keyboards: the main menu and the technique browser."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.knowledge import KnowledgeBase
from bot.tgbot.callbacks import encode
from bot.tgbot.render import label

MENU = (
    ("❓ Ask a question", "ask"),
    ("💆 Techniques", "techniques"),
    ("▶️ Start a routine", "routine"),
    ("⏰ Reminders", "reminders"),
    ("📈 My progress", "progress"),
)


def main_menu() -> InlineKeyboardMarkup:
    """Return the menu shown by /start."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(text, callback_data=encode("menu", item))]
                                 for text, item in MENU])


def techniques(kb: KnowledgeBase) -> InlineKeyboardMarkup:
    """Return one button per technique entry, each opening its explanation."""
    entries = [e for e in kb.entries.values() if e.kind == "techniques"]
    return InlineKeyboardMarkup([[InlineKeyboardButton(label(e.question), callback_data=encode("ans", e.id))]
                                 for e in entries])


def zero_to_ten(action: str, *prefix: object) -> InlineKeyboardMarkup:
    """Return buttons 0-10 in two rows, each sending ``action:<prefix...>:<n>``."""
    buttons = [InlineKeyboardButton(str(n), callback_data=encode(action, *prefix, n)) for n in range(11)]
    return InlineKeyboardMarkup([buttons[:6], buttons[6:]])
