"""What the core decides, as plain data: messages to send or edit, with buttons, and toasts.

Adapters turn an :class:`Outcome` into Telegram calls or terminal lines; nothing here knows either.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Button:
    """An inline button: ``action`` and ``args`` say what a tap does; only ``owner`` may tap it (None: anyone)."""

    label: str
    action: str
    args: tuple[str, ...] = ()
    owner: int | None = None


Keyboard = tuple[tuple[Button, ...], ...]


@dataclass(frozen=True)
class Attachment:
    """A file or picture to send with a message."""

    filename: str
    content: bytes
    picture: bool = False


@dataclass(frozen=True)
class Send:
    """A new message.

    ``private`` sends it to the person's private chat instead of the chat they wrote in (personal data
    in a group); ``fallback`` is said in the group if that private chat is not open yet.
    """

    text: str
    buttons: Keyboard = ()
    attachment: Attachment | None = None
    private: bool = False
    fallback: str | None = None


@dataclass(frozen=True)
class Edit:
    """Change the message the tapped button is on: new text (None keeps it) and keyboard (() removes it)."""

    text: str | None = None
    buttons: Keyboard | None = ()


@dataclass(frozen=True)
class Toast:
    """A short notice on a button tap (a pop-up when ``alert``); the terminal prints it."""

    text: str
    alert: bool = False


Effect = Send | Edit | Toast


@dataclass
class Outcome:
    """The effects of one intent, in order; ``due_changed`` when something became due or stopped being due."""

    effects: list[Effect] = field(default_factory=list)
    due_changed: bool = False

    def send(self, text: str, buttons: Keyboard = (), **kwargs: object) -> Outcome:
        """Add a new message and return self."""
        self.effects.append(Send(text, buttons, **kwargs))  # type: ignore[arg-type]
        return self

    def edit(self, text: str | None = None, buttons: Keyboard | None = ()) -> Outcome:
        """Add an edit of the tapped message and return self."""
        self.effects.append(Edit(text, buttons))
        return self

    def toast(self, text: str, *, alert: bool = False) -> Outcome:
        """Add a toast and return self."""
        self.effects.append(Toast(text, alert))
        return self

    def extend(self, other: Outcome) -> Outcome:
        """Append another outcome's effects and return self."""
        self.effects.extend(other.effects)
        self.due_changed = self.due_changed or other.due_changed
        return self

    @property
    def texts(self) -> list[str]:
        """Return the text of every message sent or edited (for tests and the terminal)."""
        return [e.text for e in self.effects if isinstance(e, Send | Edit) and e.text is not None]


def rows(*buttons: Button, per_row: int = 1) -> Keyboard:
    """Return ``buttons`` laid out ``per_row`` to a row."""
    return tuple(tuple(buttons[i:i + per_row]) for i in range(0, len(buttons), per_row))
