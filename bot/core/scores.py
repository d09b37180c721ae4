"""Reading a 0-10 pain score typed in the person's own words: "7", "about a 3 i guess", "three", "6/10"."""

from __future__ import annotations

import re
from typing import NamedTuple

_WORDS = {"zero": 0, "nil": 0, "none": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
          "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20,
          "hundred": 100}
_NUMBER = re.compile(r"(?<![\w.,])(-?\d+(?:[.,]\d+)?|" + "|".join(_WORDS) + r")(?![\w]|[.,]\d)", re.I)
#: "6/10", "6 out of 10", "6 of 10": the 10 is the scale, not a score.
_SCALE = re.compile(r"\s*(?:/|out of|of)\s*(?:10|ten)\b", re.I)
#: A number with a unit counts something else: "3 times", "20 minutes".
_UNIT = re.compile(r"\s*(?:x\b|times?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|kg|kgs|lbs?|"
                   r"steps?|reps?|%|am|pm|o'?clock)", re.I)
#: The longest message read as a score: longer ones are messages of their own.
MAX_CHARS = 40


class Score(NamedTuple):
    """What a typed score says: ``value`` 0-10, or ``problem`` ("range", "whole", "several") with ``said``."""

    value: int | None
    problem: str = ""
    said: float | None = None


def read_score(text: str) -> Score | None:
    """Return the score ``text`` gives, a problem with it, or None when it gives no score at all."""
    if len(text) > MAX_CHARS or "?" in text:
        return None
    found: list[float] = []
    for m in _NUMBER.finditer(text):
        tail = text[m.end():]
        if _UNIT.match(tail):
            return None
        word = m[1].lower()
        if word == "one" and text.strip().lower() not in ("one", "a one", "one out of ten", "one out of 10"):
            continue  # "the one I did", "that one": not a score
        value = float(_WORDS[word]) if word in _WORDS else float(word.replace(",", "."))
        if value == 10 and text[:m.start()].rstrip().lower().endswith(("/", "out of", "of")):
            continue  # the scale of "6/10", "6 out of 10"
        found.append(value)
        if _SCALE.match(tail):
            break
    if not found:
        return None
    if len(set(found)) > 1:
        return Score(None, "several")
    said = found[0]
    if not 0 <= said <= 10:
        return Score(None, "range", said)
    if said != int(said):
        return Score(None, "whole", said)
    return Score(int(said))


def score_problem(score: Score) -> str:
    """Return what to say when a typed score cannot be saved as it is (the question stays open)."""
    if score.problem == "whole" and score.said is not None:
        low = int(score.said)
        return f"Please send a whole number from 0 to 10: {low} or {low + 1}?"
    if score.problem == "several":
        return "Please send just one number from 0 (no pain) to 10 (worst pain)."
    return "Please send a number from 0 (no pain) to 10 (worst pain)."
