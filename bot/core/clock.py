"""Time for the core: the real clock, or a fake one that tests move by hand."""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol


class Clock(Protocol):
    """Returns the current time as UTC epoch seconds."""

    def __call__(self) -> float:
        """Return the current time."""


def system_clock() -> float:
    """Return the real current time."""
    return time.time()


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, start: float = 1_796_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> float:
        """Move the clock forward and return the new time."""
        self.now += seconds
        return self.now


def today(clock: Clock, tz: dt.tzinfo = dt.UTC) -> dt.date:
    """Return the date at ``clock`` in ``tz``."""
    return dt.datetime.fromtimestamp(clock(), tz).date()
