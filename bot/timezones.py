"""Time zones people can type (interim: exact IANA names only)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.reminders import check_timezone


@dataclass(frozen=True)
class TimezoneAnswer:
    """A zone, or choices, or a message saying what to send instead."""

    zone: str | None
    choices: tuple[str, ...] = ()
    message: str = ""


def resolve_timezone(text: str) -> TimezoneAnswer:
    """Return the IANA zone named by ``text``."""
    try:
        return TimezoneAnswer(check_timezone(text.strip()[:64]))
    except (ValueError, OSError) as exc:
        return TimezoneAnswer(None, message=f"Sorry, {exc}.")
