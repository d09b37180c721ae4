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
                     r"\bforget (?:about )?me\b|\bdelete (?:everything|it all|all of it)\b|"
                     r"\b(?:delete|erase|wipe|forget|remove)\b (?:everything|all|anything|what) "
                     r"(?:you (?:have|know|hold|store|saved|stored|kept) )?(?:about|of|on) me\b", re.I)
#: "export my data", "download my data", "send me a copy of my data", "what data do you have on me, as a file".
_EXPORT = re.compile(r"\b(?:export|download|copy of|send me|give me|get)\b[^.?!]{0,20}\b(?:my|all)\b[^.?!]{0,10}"
                     r"\b(?:data|info\w*|details|records?)\b|\bexport\b[^.?!]{0,15}\b(?:everything|it all)\b", re.I)
#: "log pain 6", "log my pain as 4", "pain 7 today", "my pain is 5": the /log score, with no "out of 10".
_LOG_SAID = re.compile(r"^\s*(?:please\s+)?(?:log|record|note|save|add|track)\b(?:\s+(?:my|a|the|today'?s))?"
                       r"(?:\s+(?:pain|back))?(?:\s+(?:score|level))?(?:\s+(?:as|at|of|is|=|:))?\s*(\d{1,2})\b|"
                       r"^\s*(?:my\s+)?(?:back\s+)?pain(?:\s+(?:score|level))?(?:\s+(?:is|at|of|=|:|today|now))*"
                       r"\s+(\d{1,2})\s*(?:today|now|tonight)?\s*[.!]*\s*$", re.I)
#: "show my pain history", "my progress", "how has my pain been": /progress.
_PROGRESS = re.compile(r"\b(?:show|see|view|display|check|open|get|give)\b[^.?!]{0,12}\b(?:my|the)\b[^.?!]{0,10}"
                       r"\b(?:progress|history|chart|graph|pain log|log|scores|pain scores|trend)\b|"
                       r"^\s*(?:my\s+)?(?:progress|pain history|pain log|pain chart)\s*[.!?]*\s*$|"
                       r"\bhow (?:has|have|is|was) my (?:pain|back) (?:been|doing|changed|going)\b", re.I)
#: "start the quick routine", "do the lower back one", "begin a routine": /routine with the words after it.
_ROUTINE = re.compile(r"^\s*(?:please\s+|ok\s+|okay\s+|can we\s+|can you\s+|could we\s+|could you\s+|"
                      r"shall we\s+|let'?s\s+|i(?:'d| would) like to\s+|i want to\s+)*"
                      r"(?:start|begin|run|do|play|try|launch|open)\b(?!\s+(?:you|i|we|they|it|u)\b)"
                      r"(?: me)?\s*([^.?!]{0,40}?)\s*\b(?:routine|session|one)"
                      r"(?:\s+(?:together|now|today|with me|please|pls))*\s*[.!?]*\s*$", re.I)
#: Words before "routine" that name no routine of their own.
_GENERIC_WORDS = re.compile(r"\b(?:massage|self-massage|self massage|guided)\b", re.I)
#: A request put as a question: "can we do a routine together?", "could you start the quick one?".
_ASKING_TO = re.compile(r"^\s*(?:please\s+)?(?:can|could|shall|may) (?:we|you|i)\s+(?:please\s+)?(?:start|begin|run|do|"
                        r"play|try|launch|open)\b", re.I)
#: A menu item named on its own: "routines", "what routines are there?", "show me techniques", "menu", "start".
_MENU_ITEM = re.compile(r"^\s*(?:(?:please\s+)?(?:show|list|see|give)(?: me)?(?: the| your| all)?\s+|"
                        r"(?:what|which)(?: kinds? of)?\s+|(?:the|your|main)\s+)?"
                        r"(routines?|guided routines?|techniques?|massage techniques|menu|start|begin)"
                        r"(?:\s+(?:are there|do you have|have you got|can i do|please|menu|list))?\s*[?.!]*\s*$", re.I)
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
_BARE_NUMBER = re.compile(r"^\s*(\d{1,2})\s*(?:/\s*10)?\s*[.!]*\s*$")
_ABOUT_ME = re.compile(r"\b(?:i|i'?m|im|my|me|feel\w*|pain|back|today|tonight|now|sore|hurts?|it'?s|its)\b", re.I)
_ACK_NO = re.compile(r"^\s*(?:no|n|nope|nah|no thanks|no thank you|not now|not really|never mind|nevermind|nvm)"
                     r"\s*[.!]*\s*$", re.I)
_ACK = re.compile(r"^\s*(?:ok|okay|okey|k|kk|cool|fine|alright|all right|got it|gotcha|sure|great|nice|good|right|"
                  r"yes|y|yeah|yep|yup|ya|lol|lmao|haha+|hehe+|ha|hmm+|oh|ah|ahh|aha|wow|np|👍|🙂|😊|😂|🙏|👌)"
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
    if item := _MENU_ITEM.match(text):
        word = item[1].lower()
        return Request("routine" if "routine" in word else "techniques" if "technique" in word else "start")
    if _FORGET.search(text):
        return Request("forget")
    if _EXPORT.search(text):
        return Request("export")
    if "?" not in text and (m := _LOG_SAID.search(text)) and 0 <= int(m[1] or m[2]) <= 10:
        return Request("log_now", m[1]) if m[1] else Request("log", m[2])  # "log pain 6" logs; "my pain is 6" offers
    if "?" not in text and _PROGRESS.search(text):
        return Request("progress")
    if ("?" not in text or _ASKING_TO.match(text)) and (m := _ROUTINE.match(text)):
        return Request("routine", _GENERIC_WORDS.sub(" ", m[1]).strip())  # "a massage routine" names none
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
    if (bare := _BARE_NUMBER.match(text)) and int(bare[1]) <= 10:  # "7" with nothing asked: a score, offered to log
        return Request("log", str(int(bare[1])))
    if _ACK_NO.match(text):
        return Request("ack_no")
    if _ACK.match(text):
        return Request("ack")
    return None
