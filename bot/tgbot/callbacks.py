"""Compact callback data for inline buttons: what a button may say, and checking what came back.

Every button's data is ``action`` or ``action:arg[:arg]`` and at most 64 bytes (Telegram's limit).
:func:`decode` accepts exactly the strings :func:`encode` can produce, so stale or forged data is
rejected as a value (None), never with an exception.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

MAX_BYTES = 64

_ID = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_INT = r"(?:0|[1-9][0-9]{0,9})"
#: action -> the pattern each of its arguments must match, in order.
ACTIONS: dict[str, tuple[str, ...]] = {
    "ans": (_ID,),            # open an entry's answer (follow-up, technique, example)
    "dym": (_ID,),            # a "did you mean" pick
    "fb": (_ID, "[01]"),      # was this helpful? 1 = yes, 0 = no
    "menu": ("ask|techniques|routine|reminders|progress",),
    "rt": (_ID,),             # choose a routine
    "rtok": (_ID,),           # pre-check answered "no red flags": start it
    "rtflag": (),             # pre-check answered "yes": urgent advice, do not start
    "rtnew": (_ID,),          # replace the running session with this routine
    "rtkeep": (),             # keep the running session
    "ss": ("pause|resume|skip|stop|hurts", _INT),  # session control for session id
    "score": (_INT, "10|[0-9]"),                    # end-of-session score for session id
    "log": ("10|[0-9]",),     # pain log score
    "rmday": ("[0-6]|go",),   # reminder day picker: toggle a day, or go on to the time
    "rmtime": ("(?:[01][0-9]|2[0-3])[0-5][0-9]",),  # reminder time HHMM
    "rmdel": (_INT,),         # delete reminder id
    "rmstart": (),            # start the usual routine from a reminder
    "forget": ("yes|no",),
}
_PATTERNS = {a: re.compile("^" + ":".join((re.escape(a), *[f"({p})" for p in ps])) + "$")
             for a, ps in ACTIONS.items()}


@dataclass(frozen=True)
class Callback:
    """A decoded button press: the action and its arguments."""

    action: str
    args: tuple[str, ...] = ()

    def arg_int(self, i: int) -> int:
        """Return argument ``i`` as an int (it was checked when decoding)."""
        return int(self.args[i])


def encode(action: str, *args: object) -> str:
    """Return the callback data for ``action`` with ``args``; raise ValueError if it would not decode."""
    data = ":".join((action, *(str(a) for a in args)))
    if len(data.encode()) > MAX_BYTES or decode(data) is None:
        raise ValueError(f"cannot encode button {data!r}: check the action and its arguments")
    return data


def decode(data: str | None) -> Callback | None:
    """Return the button press that ``data`` encodes, or None when it is stale, garbled or forged."""
    if not isinstance(data, str) or not data or len(data.encode(errors="replace")) > MAX_BYTES:
        return None  # (a lone surrogate cannot be UTF-8; "replace" keeps it from raising, the pattern rejects it)
    action = data.split(":", 1)[0]
    pattern = _PATTERNS.get(action)
    match = pattern.fullmatch(data) if pattern else None
    if match is None:
        return None
    return Callback(action, match.groups())


def pattern(action: str, *first: str) -> Callable[[object], bool]:
    """Return a CallbackQueryHandler pattern for valid data of ``action`` (whose first argument is in ``first``)."""

    def matches(data: object) -> bool:
        callback = decode(data) if isinstance(data, str) else None
        return (callback is not None and callback.action == action
                and (not first or (bool(callback.args) and callback.args[0] in first)))

    return matches
