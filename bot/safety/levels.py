"""The four safety levels, ordered: a higher level covers every lower one."""

from __future__ import annotations

from enum import IntEnum


class Level(IntEnum):
    """How strongly a reply must point the user to professional help (NHS wording)."""

    NONE = 0
    #: See a professional: pain for about 12 weeks or longer, or a named long-term condition.
    CHRONIC = 1
    #: See a doctor today or call a non-emergency line.
    URGENT = 2
    #: Call the emergency number now.
    EMERGENCY = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> Level:
        """Return the level called ``name`` ("none", "chronic", "urgent" or "emergency")."""
        try:
            return cls[name.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown safety level {name!r}; use none, chronic, urgent or emergency") from None
