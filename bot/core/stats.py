"""Statistics gathered in memory and written in batches: no database write per reply.

The ticker flushes the buffer about once a second and the application flushes it on a clean
shutdown, so nothing is lost unless the process is killed (then at most a second's worth of counts).
"""

from __future__ import annotations

import logging
from collections import Counter

from bot.storage.interfaces import FeedbackStore, StorageError

logger = logging.getLogger(__name__)

#: Above this many kept rows, the oldest are dropped rather than letting a database outage grow memory.
MAX_BUFFERED = 10_000


class StatsBuffer:
    """Counts, ratings and kept questions waiting to be written."""

    def __init__(self) -> None:
        self.counters: Counter[str] = Counter()
        self.feedback: list[tuple[str, bool, float]] = []
        self.unanswered: list[tuple[str, float, float]] = []
        self.confirmed: list[tuple[str, str, float]] = []

    def __len__(self) -> int:
        return sum(self.counters.values()) + len(self.feedback) + len(self.unanswered) + len(self.confirmed)

    def count(self, name: str) -> None:
        """Add one to counter ``name``."""
        self.counters[name] += 1

    def keep(self, rows: list[tuple[str, float, float]] | list[tuple[str, bool, float]] | list[tuple[str, str, float]],
             row: tuple[str, float, float] | tuple[str, bool, float] | tuple[str, str, float]) -> None:
        """Append ``row`` to ``rows``, dropping the oldest beyond the limit."""
        rows.append(row)  # type: ignore[arg-type]
        if len(rows) > MAX_BUFFERED:
            del rows[0]

    async def flush(self, store: FeedbackStore) -> None:
        """Write everything buffered in one transaction; on failure keep it for the next flush."""
        if not len(self):
            return
        counters, feedback, unanswered, confirmed = dict(self.counters), self.feedback, self.unanswered, self.confirmed
        self.counters, self.feedback, self.unanswered, self.confirmed = Counter(), [], [], []
        try:
            await store.record(feedback=feedback, unanswered=unanswered, confirmed=confirmed, counters=counters)
        except StorageError as exc:
            logger.warning("Could not write statistics yet (%s); keeping them for the next try", exc)
            self.counters.update(counters)
            self.feedback[:0], self.unanswered[:0], self.confirmed[:0] = feedback, unanswered, confirmed
