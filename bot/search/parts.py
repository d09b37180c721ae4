"""Split a message into its sentences and questions, and tell which of them ask something."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.text import MAX_CHARS

#: Sentence ends, and the joins that start a second question ("... also is a foam roller ok").
_SPLIT = re.compile(r"[.!?;\n]+|\s\+\s|\s&\s|"
                    r",?\s+(?:and\s+)?(?:also|plus|btw|oh and|another thing|second(?:ly)?)[,:]?\s+|"
                    # "how often should I massage and should I use heat before": a second question after "and"
                    r",?\s+and\s+(?=(?:how|what|when|where|which|why|should|can|could|is|are|do|does|will|would)\s)",
                    re.IGNORECASE)
_ASKS = re.compile(r"^\s*(?:how|what|wh?at|when|where|which|why|who|can|could|should|shall|is|are|am|do|does|did|"
                   r"will|would|any|anything|tips?|pls|please|help|ok|okay|safe|best|wat|hw|r|u)\b", re.IGNORECASE)
#: A story, then the question after a comma: "I have a knot in my shoulder, how do I press it".
_ASKS_AFTER_COMMA = re.compile(r",\s*(?:how|what|which|when|where|can|could|should|would|is|do|does)\s",
                               re.IGNORECASE)
#: A choice is a question too: "tennis ball or foam roller, which is better", "..., ice or heat".
_CHOICE = re.compile(r"\bwhich (?:is|one'?s?|one is|would be) (?:better|best)\b|"
                     r",\s*(?:\w+\s+){0,2}\w+\s+(?:or|vs\.?|versus)\s+\w+(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
MAX_PARTS = 6
#: A story told in clauses, then the question: "..., tried everything, would a massage gun help?"
_LAST_QUESTION = re.compile(r",\s+((?:would|could|can|will|is|are|should|does|do)\s+(?:a|an|the|my|some|it|this|that|i|"
                            r"massage|massaging|rubbing|heat|ice)\b[^,]*\?)\s*$", re.IGNORECASE)
#: ... after a story this long (in words): "My BP is 150/95, is that high pressure?" is one question.
STORY_WORDS = 10


def split(text: str) -> list[str]:
    """Return the non-empty sentences of ``text`` (at most a few, the rest joined to the last)."""
    return list(_split(text))


@lru_cache(maxsize=16)  # one message is split by its search, the dialogue's checks and each second look
def _split(text: str) -> tuple[str, ...]:
    text = text[:MAX_CHARS]
    last = _LAST_QUESTION.search(text)
    if last is not None and len(_SPLIT.split(text[: last.start()])[-1].split()) >= STORY_WORDS:
        text = f"{text[: last.start()]}\n{text[last.start() + 1:]}"  # the comma ends the story's sentence
    pieces = [p.strip() for p in _SPLIT.split(text) if p and p.strip(" ,-:")]
    pieces = [p for p in pieces if re.search(r"\w", p)]
    if len(pieces) > MAX_PARTS:
        pieces = [*pieces[: MAX_PARTS - 1], " ".join(pieces[MAX_PARTS - 1:])]
    return tuple(pieces)


def asks(text: str, part: str) -> bool:
    """Return whether ``part`` of ``text`` is a question: ends with "?" or starts like one."""
    at = text.find(part)
    tail = text[at + len(part): at + len(part) + 3] if at >= 0 else ""
    return ("?" in tail or bool(_ASKS.match(part)) or bool(_ASKS_AFTER_COMMA.search(part))
            or bool(_CHOICE.search(part)))
