"""Who an intent comes from, and where."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """The person behind an intent and the chat they used; ``private`` when that chat is just them and the bot."""

    user_id: int
    chat_id: int
    private: bool = True
    name: str = ""

    @property
    def in_group(self) -> bool:
        """Return whether the chat has other people in it."""
        return not self.private
