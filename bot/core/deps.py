"""What every part of the core shares: storage, the answer engine, the clock, settings, statistics."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from bot.core.clock import Clock
from bot.core.stats import StatsBuffer
from bot.dialogue import Dialogue
from bot.knowledge import KnowledgeBase
from bot.storage.interfaces import Store

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CoreSettings:
    """The settings the core reads (the adapters read the rest)."""

    time_scale: float = 1.0
    admin_ids: frozenset[int] = frozenset()
    knowledge_dir: Path = Path("knowledge")


@dataclass
class Deps:
    """Shared by the features of one running bot; ``dialogue`` is replaced by /reload."""

    store: Store
    dialogue: Dialogue
    clock: Clock
    settings: CoreSettings = field(default_factory=CoreSettings)
    stats: StatsBuffer = field(default_factory=StatsBuffer)

    @property
    def kb(self) -> KnowledgeBase:
        """Return the knowledge base currently served."""
        return self.dialogue.kb
