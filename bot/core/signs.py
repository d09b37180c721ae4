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


#: Pain said to be mild and bearable: "it hurts a bit but ok", "a little sore, that's fine", "slightly tender".
_MILD = re.compile(r"\b(?:a (?:tiny |little )?bit|a little|little bit|slightly|mildly|kinda|kind of|sort of|a touch|"
                   r"only just|just a (?:bit|little|tad)|a tad)\b[\s\w']{0,12}\b(?:hurts?|hurting|sore|tender|achy|"
                   r"painful|uncomfortable)\b|"
                   r"\b(?:hurts?|hurting|sore|tender|achy|painful|uncomfortable)\b[\s\w']{0,12}\b"
                   r"(?:a (?:tiny |little )?bit|a little|slightly|a tad)\b|"
                   r"\bgood (?:pain|hurt|sore)\b|"
                   r"\b(?:hurts?|sore|tender)\b[\s\w']{0,10}\b(?:in a good way|but (?:in a )?good)\b", re.I)
#: Said beside a mild pain: it is fine to go on.
_BEARABLE = re.compile(r"\b(?:but |it'?s |its |that'?s |thats |i'?m |im |feels? )?(?:ok|okay|fine|alright|all right|"
                       r"good|bearable|manageable|tolerable|nice|not bad)\b|\bgood (?:pain|hurt)\b|\bin a good way\b",
                       re.I)
#: Words that make pain more than mild even when "a bit" is said: these stop the routine.
_STRONG = re.compile(r"\b(?:sharp\w*|shoot\w*|stab\w*|burn\w*|sear\w*|spread\w*|radiat\w*|worse|more|agony|"
                     r"excruciating|unbearable|killing|really|very|too|so much|down (?:my|the) leg)\b", re.I)


def mild_pain(text: str) -> bool:
    """Return whether ``text`` tells of mild, bearable discomfort during a routine ("it hurts a bit but ok"): the
    routine goes on.  Sharp, spreading or growing pain, dizziness or tingling is never mild."""
    if len(text) > MAX_CHARS or _STRONG.search(text) or any(p.search(text) for s, p in _SIGNS if s != "pain"):
        return False
    return bool(_MILD.search(text) and _BEARABLE.search(_MILD.sub(" ", text))) or bool(
        re.search(r"\bgood (?:pain|hurt)\b|\bin a good way\b", text, re.I))


def stop_sign(text: str) -> str | None:
    """Return the step's stop sign ``text`` reports ("dizzy", "tingling", "pain"), or None (none, or only mild,
    bearable discomfort: :func:`mild_pain`)."""
    if len(text) > MAX_CHARS or mild_pain(text):
        return None
    for sign, pattern in _SIGNS:
        for match in pattern.finditer(text):
            if not _ABSENT.search(text[max(0, match.start() - 40):match.start()]):
                return sign
    return None
