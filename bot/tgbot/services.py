"""The services every handler uses, kept in ``application.bot_data``."""

from __future__ import annotations

from dataclasses import dataclass

from telegram.ext import ContextTypes

from bot.config import Settings
from bot.dialogue import Dialogue
from bot.knowledge import KnowledgeBase

KEY = "services"


@dataclass
class Services:
    """The knowledge, the conversation core and the settings of one running bot."""

    settings: Settings
    dialogue: Dialogue

    @property
    def kb(self) -> KnowledgeBase:
        """Return the knowledge base currently served."""
        return self.dialogue.kb


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    """Return the services stored in the application's bot_data."""
    return context.application.bot_data[KEY]
