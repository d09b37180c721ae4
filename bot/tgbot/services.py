"""The services every handler uses, kept in ``application.bot_data``."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from telegram.ext import ContextTypes

from bot.config import Settings
from bot.dialogue import Dialogue, Reply, ReplyKind
from bot.knowledge import KnowledgeBase
from bot.safety import Level, assess
from bot.sessions import Sessions
from bot.storage import Storage, StorageError
from bot.tgbot.flood import FloodGuard

logger = logging.getLogger(__name__)

KEY = "services"


@dataclass
class Services:
    """The knowledge, the conversation core, storage and settings of one running bot.

    Storage failures while recording statistics are logged and never stop a reply.  The records
    are written in a worker thread, so while SQLite waits for a busy or locked database, questions
    from other users are still answered (routines and reminders, which read and write the database
    on the event loop, wait with it).
    """

    settings: Settings
    dialogue: Dialogue
    storage: Storage
    sessions: Sessions
    flood: FloodGuard = field(default_factory=FloodGuard)
    #: Sessions whose step is being sent right now, so a Skip or Resume meanwhile cannot send it twice.
    delivering: set[int] = field(default_factory=set)

    @property
    def kb(self) -> KnowledgeBase:
        """Return the knowledge base currently served."""
        return self.dialogue.kb

    async def record_question(self, text: str, reply: Reply) -> None:
        """Count an answered question, or keep an unanswered one (text and time, no user id).

        A message that mentions red flags or long-lasting pain is health detail, not a gap in the
        knowledge base: it is never kept.
        """
        try:
            if reply.kind in (ReplyKind.NO_MATCH, ReplyKind.DID_YOU_MEAN):
                if reply.safety is Level.NONE:
                    await asyncio.to_thread(self.storage.record_unanswered, text[:500], reply.score)
            elif reply.kind is ReplyKind.ANSWER:
                await asyncio.to_thread(self.storage.record_answered)
        except StorageError as exc:
            logger.error("Could not record a question: %s", exc)

    async def record_confirmed(self, text: str, topic: str) -> None:
        """Keep a "did you mean" pick as a proposed alternate for that entry (never one with health details)."""
        if assess(text).level is not Level.NONE:
            return
        try:
            await asyncio.to_thread(self.storage.record_confirmed, text[:500], topic)
        except StorageError as exc:
            logger.error("Could not record a confirmed suggestion: %s", exc)

    async def record_feedback(self, topic: str, helpful: bool) -> None:
        """Store a 👍 or 👎 for an entry."""
        try:
            await asyncio.to_thread(self.storage.record_feedback, topic, helpful)
        except StorageError as exc:
            logger.error("Could not record feedback: %s", exc)


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    """Return the services stored in the application's bot_data."""
    return context.application.bot_data[KEY]
