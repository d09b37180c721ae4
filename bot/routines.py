"""Guided self-massage routines: the data and the timing of their steps."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    """One timed step of a routine."""

    title: str
    minutes: float
    do: str
    stop_if: str
    breathing: str | None = None


@dataclass(frozen=True)
class Routine:
    """A named sequence of steps, loaded from ``knowledge/routines.yaml``."""

    id: str
    title: str
    summary: str
    steps: tuple[Step, ...]

    @property
    def minutes(self) -> float:
        """Return the routine's total length in minutes."""
        return sum(step.minutes for step in self.steps)
