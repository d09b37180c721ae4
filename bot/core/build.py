"""Put the core together for one process: the database, the answer engine, the features, the ticker."""

from __future__ import annotations

import logging
from pathlib import Path

from bot.config import Settings
from bot.core.app import BackCare
from bot.core.clock import Clock, system_clock
from bot.core.deps import CoreSettings, Deps
from bot.core.ticker import Delivery, Ticker
from bot.dialogue import Dialogue
from bot.knowledge import KnowledgeBase
from bot.storage import StorageError, Store, open_store
from bot.storage.unavailable import UnavailableStore

logger = logging.getLogger(__name__)


def core_settings(settings: Settings) -> CoreSettings:
    """Return the part of the settings the core reads."""
    return CoreSettings(time_scale=settings.time_scale, admin_ids=settings.admin_ids,
                        knowledge_dir=Path(settings.knowledge_dir))


async def build_core(settings: Settings, kb: KnowledgeBase | Dialogue, *, clock: Clock = system_clock,
                     terminal: bool = False) -> BackCare:
    """Open the database and return the application core over it (questions are answered even without one)."""
    dialogue = kb if isinstance(kb, Dialogue) else Dialogue(kb)
    store: Store
    try:
        store = await open_store(settings.db_path)
    except StorageError as exc:
        logger.error("Cannot use the database: %s. Until that is fixed and the bot restarted, questions are still "
                     "answered; routines, reminders and the pain log are unavailable.", exc)
        store = UnavailableStore(str(settings.db_path), f"{exc}, then restart the bot")
    return BackCare(Deps(store, dialogue, clock, core_settings(settings)), terminal=terminal)


def build_ticker(core: BackCare, delivery: Delivery, *, worker: str | None = None) -> Ticker:
    """Return the process's one ticker, sending through ``delivery``."""
    return Ticker(core.deps, delivery, worker=worker)
