"""Compact callback data for inline buttons: what a button may say, and checking what came back.

A button's data is ``action:arg[:arg]`` followed by ``|owner`` (the user id it was sent to, in base
36), at most 64 bytes (Telegram's limit).  :func:`decode` accepts exactly what :func:`encode` can
produce, so stale, garbled or forged data is rejected as a value (None), never with an exception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_BYTES = 64

_ID = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_INT = r"(?:0|[1-9][0-9]{0,11})"
_SCORE = "10|[0-9]"
#: action -> the pattern each of its arguments must match, in order.
ACTIONS: dict[str, tuple[str, ...]] = {
    "ans": (_ID,),                    # open an entry's answer (follow-up, technique, example)
    "dym": (_ID, _INT),               # a "did you mean" pick, and the prompt holding the question
    "fb": (_ID, "[01]"),              # was this helpful? 1 = yes, 0 = no
    "menu": ("ask|techniques|routine|reminders|progress",),
    "rt": (_ID,),                     # choose a routine
    "chk": (_INT, "yes|no|unsure"),   # the safety check before a routine
    "rep": (_INT, "yes|no"),          # replace the running routine?
    "rfok": (_INT, _ID),              # after a red flag: checked by a doctor (or misread), then this routine or "menu"
    "ss": ("pause|resume|skip|stop|hurts", _INT, _INT),  # routine control: session id, step
    "score": (_INT, _SCORE),          # end-of-routine score: prompt id, score
    "dur": (_INT, "under-6-weeks|6-12-weeks|over-3-months"),  # how long it has hurt
    "log": (_SCORE,),                 # pain log score
    "rmday": (_INT, "[0-6]|go"),      # reminder day picker: toggle a day, or go on to the time
    "rmtime": (_INT, "(?:[01][0-9]|2[0-3])[0-5][0-9]"),  # reminder time HHMM
    "rmdel": (_INT,),                 # remove reminder id
    "rmstart": (_ID,),                # start a routine from a reminder
    "tz": (_INT, "[0-9]{1,2}"),       # pick one of the offered time zones
    "tzmove": (_INT, "yes|no"),       # move reminders to the new time zone?
    "forget": (_INT, "yes|no"),       # erase everything?
}
_OWNER = r"(?:\|(0|[1-9a-z][0-9a-z]{0,13}))?"  # base 36 without leading zeros, so each id has one spelling
_PATTERNS = {a: re.compile("^" + ":".join((re.escape(a), *[f"({p})" for p in ps])) + _OWNER + "$")
             for a, ps in ACTIONS.items()}


@dataclass(frozen=True)
class Callback:
    """A decoded button press: the action, its arguments, and whom the button was for."""

    action: str
    args: tuple[str, ...] = ()
    owner: int | None = None


def encode(action: str, args: tuple[str, ...] = (), owner: int | None = None) -> str:
    """Return the callback data for a button; raise ValueError if it would not decode as this very button (an
    argument holding the owner's "|" would read back as another: ``ans`` of "0|0" as entry "0" for user 0)."""
    data = ":".join((action, *args))
    if owner is not None:
        data += "|" + _base36(owner)
    if len(data.encode()) > MAX_BYTES or decode(data) != Callback(action, tuple(args), owner):
        raise ValueError(f"cannot encode button {data!r}: check the action and its arguments")
    return data


def _base36(n: int) -> str:
    """Return ``n`` in base 36, lower case, as ``int(text, 36)`` reads it (numpy's ``base_repr``, without numpy)."""
    digits = ""
    m = abs(n)
    while True:
        m, r = divmod(m, 36)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[r] + digits
        if not m:
            return ("-" if n < 0 else "") + digits


def decode(data: object) -> Callback | None:
    """Return the button press that ``data`` encodes, or None when it is stale, garbled or forged."""
    if not isinstance(data, str) or not data or len(data.encode(errors="replace")) > MAX_BYTES:
        return None
    action = data.split(":", 1)[0].split("|", 1)[0]
    pattern = _PATTERNS.get(action)
    match = pattern.fullmatch(data) if pattern else None
    if match is None:
        return None
    *args, owner = match.groups()
    return Callback(action, tuple(args), int(owner, 36) if owner else None)
