"""The "Stop if" signs of a routine's steps, typed in the person's own words while the routine runs.

Each step says when to stop (knowledge/routines.yaml: sharp, shooting or spreading pain, pain that grows,
numbness or tingling, dizziness).  Typed during the routine, those words act like the "It hurts more"
button, with advice that fits what they felt.  A sign said as absent ("no sharp pain", "not dizzy") is not one.
"""

from __future__ import annotations

import re

#: Which sign a message names: "dizzy", "tingling" or "pain" (checked in this order).
_SIGNS = (
    ("dizzy", re.compile(r"\b(?:dizz\w*|light[- ]?head\w*|woozy|giddy|vertigo|nause\w*|queasy|spinning|"
                         r"(?:feel\w*|going to|about to|might|gonna) (?:be )?(?:faint|sick|pass out)|fainted|"
                         r"fainting|passed out|black(?:ing)? out)\b", re.I)),
    ("tingling", re.compile(r"\b(?:tingl\w*|pins and needles|numb\w*|prickl\w*|gone dead|electric\w*|"
                            r"buzzing|fizzing)\b", re.I)),
    ("pain", re.compile(r"\b(?:ouch\w*|ow+|o+w|ouw|hurts?(?! (?:a (?:bit |little )?)?less)|hurting(?! less)|"
                        r"too (?:much|painful|hard|sore)|(?:more|too|really|very) (?:painful|sore)|painful|sharp|"
                        r"shooting|stabbing|burning|searing|spread\w*|radiat\w*|worse|agony|excruciating|unbearable|"
                        r"killing me|(?:pain|ache)\w* (?:goes|going|runs|running|travels|travelling|traveling|moves|"
                        r"moving) (?:down|into|along))\b", re.I)),
)
#: Words just before a sign that say it is absent: "no sharp pain", "not dizzy", "doesn't hurt more".
_ABSENT = re.compile(r"\b(?:no|not|never|without|nothing|isn'?t|wasn'?t|aren'?t|don'?t|doesn'?t|didn'?t|"
                     r"hasn'?t|haven'?t|no longer|less)\W+(?:\w+\W+){0,2}$", re.I)
#: The longest message read for a sign: longer ones are stories or questions with their own answer.
MAX_CHARS = 200


def stop_sign(text: str) -> str | None:
    """Return the step's stop sign ``text`` reports ("dizzy", "tingling", "pain"), or None."""
    if len(text) > MAX_CHARS:
        return None
    for sign, pattern in _SIGNS:
        for match in pattern.finditer(text):
            if not _ABSENT.search(text[max(0, match.start() - 40):match.start()]):
                return sign
    return None
