"""Requests typed in plain words that a command carries out: "delete my data" (/forget), "what do you store
about me" (/privacy), "stop sending me reminders" (/reminders), "remind me every monday at 7pm" (/remind),
"i feel 3/10 today" (/log), and a bare "ok" or "no" with nothing asked.

Only read when the message carries no safety sign; the patterns are narrow, so a question about back care
is never taken for one.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from bot.core.scores import read_score

_FORGET = re.compile(r"\b(?:delete|erase|remove|wipe|forget|clear|destroy|purge)\b[^.?!]{0,25}\b(?:my|me|all)\b"
                     r"[^.?!]{0,15}\b(?:data|info\w*|details|history|account|everything|records?|logs?|stuff)\b|"
                     r"\bforget (?:about )?me\b|\bdelete (?:everything|it all|all of it)\b", re.I)
_PRIVACY = re.compile(r"\bwhat\b[^.?!]{0,25}\b(?:do|does|did|will|have) you\b[^.?!]{0,15}\b(?:store|keep|save|collect|"
                      r"record|hold|track|log)\w*\b|\bwhat do you know about me\b|\b(?:privacy|personal data|"
                      r"my (?:data|information|info))\b|\bdo you (?:store|keep|save|collect|record|track|sell|share)\b"
                      r"[^.?!]{0,20}\b(?:data|info\w*|messages?|me|my)\b", re.I)
_STOP_REMINDERS = re.compile(r"\b(?:stop|cancel|turn off|switch off|disable|pause|mute|no more|unsubscribe|delete|"
                             r"remove|don'?t (?:want|need|send))\b[^.?!]{0,30}\bremind\w*", re.I)
_REMIND = re.compile(r"\bremind me\b(?!\s+(?:how|what|why|where|which|who|of|about|again)\b)|"
                     r"\b(?:set|add|create|make|schedule|want|need|like)\b[^.?!]{0,15}\breminders?\b", re.I)
#: The parts of "remind me every monday at 7pm" that /remind reads.
_WHEN = re.compile(r"\b(?:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|days|s)?|daily|every\s*day|"
                   r"week(?:day|end)s?|workdays|\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)(?!\w)", re.I)
#: A pain score out of ten said of oneself: "i feel 3/10 today", "pain is 6 out of 10".
_SCORE_SAID = re.compile(r"\b(?:\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:/|out of)\s*"
                         r"(?:10|ten)\b", re.I)
_ABOUT_ME = re.compile(r"\b(?:i|i'?m|im|my|me|feel\w*|pain|back|today|tonight|now|sore|hurts?|it'?s|its)\b", re.I)
_ACK_NO = re.compile(r"^\s*(?:no|nope|nah|no thanks|no thank you|not now|not really|never mind|nevermind|nvm)"
                     r"\s*[.!]*\s*$", re.I)
_ACK = re.compile(r"^\s*(?:ok|okay|okey|k|kk|cool|fine|alright|all right|got it|gotcha|sure|great|nice|good|right|"
                  r"yes|yeah|yep|yup|ya|lol|lmao|haha+|hehe+|ha|hmm+|oh|ah|ahh|aha|wow|np|👍|🙂|😊|😂|🙏|👌)"
                  r"\s*[.!]*\s*$", re.I)


#: Words that say no more than "here is my score": "i feel 3/10 today", "my pain is a 6 out of 10 now".
_SCORE_ONLY = frozenset("i i'm im my me it it's its is am a an about around at feel feels feeling felt pain back "
                        "today tonight now right this morning evening score level out of ten 10 maybe like".split())


def only_a_score(text: str) -> bool:
    """Return whether ``text`` says nothing besides a pain score out of ten (no question to answer as well)."""
    rest = _SCORE_SAID.sub(" ", text.lower())
    return all(w in _SCORE_ONLY for w in re.findall(r"[a-z']+", rest))


class Request(NamedTuple):
    """What a message asks for: ``kind`` and, for ``remind`` and ``log``, what /remind or /log would read."""

    kind: str
    args: str = ""


def read_request(text: str) -> Request | None:
    """Return the request ``text`` makes in plain words, or None."""
    if len(text) > 120:
        return None
    if _FORGET.search(text):
        return Request("forget")
    if _STOP_REMINDERS.search(text):
        return Request("stop_reminders")
    if _REMIND.search(text):
        return Request("remind", " ".join(m[0] for m in _WHEN.finditer(text)))
    if _PRIVACY.search(text):
        return Request("privacy")
    if "?" not in text and (m := _SCORE_SAID.search(text)) and _ABOUT_ME.search(text):
        said = read_score(m[0])
        if said is not None and said.value is not None:
            return Request("log", str(said.value))
    if _ACK_NO.match(text):
        return Request("ack_no")
    if _ACK.match(text):
        return Request("ack")
    return None
