"""Text normalisation shared by search and safety: case, punctuation, stop words, synonyms, stems."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer  # PyStemmer: the Snowball stemmers in C, each loaded when asked for

from bot import memory

#: Messages longer than this are cut before any processing; Telegram caps a message at 4096.
MAX_CHARS = 4096

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_NOT_WORD = re.compile(r"[^\w]+|_")
_REPEATS = re.compile(r"(\w)\1{2,}")

#: Words that carry no topic.  "how long" and "how often" must stay apart, so neither
#: "long" nor "often" is here; nor are "not", "before" and "after".
STOP_WORDS = frozenset("""
a an the i me my mine myself you your yours yourself we us our ours it its itself they them their he she his her
is am are was were be been being do does did doing done have has had having to of in on at by for with about
from into onto over out up down off and or but so if then than that this these those there here what which who
whom whose how where can could should would will shall may might must just also very really quite any some
get gets got getting im ive id ill youre whats hows thats theres dont doesnt isnt cant u ur pls plz please ok okay
thing things way ways bit lot lots like kind sort own anything something one ones go going gonna wanna want
know tell say give need needs needed try trying use using used make makes making best good better much many
yes yeah hmm um uh well too even still ever again s
recommend recommended advisable advise advice perform performing explain proper properly correct correctly right
effective effectively ideal typical typically usually normally generally exactly possible fine tips tip method
methods technique techniques guide anyone someone somebody everyone people person dealing deal
all now every whenever always lately recently today tonight yesterday weekend kinda sorta maybe probably
actually literally basically honestly legit thoughts ideas tricks guys pretty super totally stuff lol haha
""".split())

#: Everyday words mapped to the word the knowledge base uses for the same idea.
SYNONYMS: dict[str, str] = {
    "rub": "massage", "rubs": "massage", "rubbing": "massage", "massaging": "massage", "massages": "massage",
    "selfmassage": "massage", "massager": "tool", "massagers": "tool", "gadget": "tool", "gadgets": "tool",
    "device": "tool", "devices": "tool", "equipment": "tool", "knot": "knot", "knots": "knot", "nodule": "knot",
    "frequently": "often", "frequency": "often", "regularly": "often", "mins": "minute", "min": "minute",
    "duration": "long", "lumbar": "lower", "physiotherapist": "physio", "physiotherapy": "physio",
    "physical": "physio", "gp": "doctor", "physician": "doctor", "dr": "doctor", "doc": "doctor",
    "hurt": "pain", "hurts": "pain", "hurting": "pain", "ache": "pain", "aches": "pain", "aching": "pain",
    "achy": "pain", "painful": "pain", "sore": "sore", "soreness": "sore", "icepack": "ice", "cold": "ice",
    "hot": "heat", "heating": "heat", "warmth": "heat", "pregnancy": "pregnant", "expecting": "pregnant",
    "disk": "disc", "disks": "disc", "discs": "disc", "herniated": "disc", "herniation": "disc", "slipped": "disc",
    "bulging": "disc", "spinal": "spine", "vertebra": "spine", "vertebrae": "spine", "backbone": "spine",
    "lotion": "oil", "lotions": "oil", "cream": "oil", "balm": "oil", "oils": "oil",
    "workout": "exercise", "workouts": "exercise", "gym": "exercise", "training": "exercise",
    "theragun": "gun", "hypervolt": "gun", "percussion": "gun", "percussive": "gun",
    "lacrosse": "ball", "tennis": "ball", "slouch": "posture", "slouching": "posture", "hunched": "posture",
    "computer": "desk", "office": "desk", "laptop": "desk", "traps": "shoulder", "trapezius": "shoulder",
    "bedtime": "bed", "gardening": "garden", "weeding": "garden", "digging": "garden",
    "force": "pressure", "press": "pressure", "pressing": "pressure", "firm": "pressure", "firmly": "pressure",
    "region": "area", "zone": "area",
    "stroking": "stroke", "strokes": "stroke", "petrissage": "knead", "kneed": "knead", "tender": "sore",
    "professional": "doctor", "medical": "doctor", "clinician": "doctor", "times": "often",
    "bother": "worth", "worthwhile": "worth", "killing": "pain", "push": "pressure", "pushing": "pressure",
    "preggo": "pregnant", "preggers": "pregnant", "dug": "garden", "dig": "garden",
}


#: PyStemmer's own cache off (its second argument): :func:`stem` and :func:`bot.safety.banks.stem` keep theirs, so
#: it held each word a second time (10,000 words at most, 0.4 MB at rest).
ENGLISH_STEMMER = Stemmer.Stemmer("english", 0)

#: Words that make a message about backs, bodies or self-massage (stems are added below).
_ANCHOR_WORDS = """
back backs spine bone muscle muscles massage knot knots trigger effleurage knead roller ball gun neck shoulder
shoulders blade posture stretch disc sciatica sciatic nerve pregnant heat ice oil pressure breath breathe
breathing session tool hands pain sore stiff tight tense tension ache lower upper body hip hips glute glutes
leg legs buttock physio doctor massager foam lumbar vertebra relax relaxation circulation flexibility
injury injured strain sprain spasm cramp exercise stroke warm position sitting desk rest lifting garden bed
sleep stiffness hurt hello hi hey thanks thank bye goodbye bot
""".split()


#: Chat spellings and abbreviations, read as the words they stand for (before typo correction).
CHAT_WORDS: dict[str, str] = {
    "wat": "what", "wot": "what", "wut": "what", "wht": "what", "wats": "whats", "hw": "how", "u": "you",
    "ya": "you", "yu": "you", "r": "are", "ur": "your", "y": "why", "n": "and", "pls": "please", "plz": "please",
    "pleas": "please", "thx": "thanks", "thnx": "thanks", "thanx": "thanks", "tnx": "thanks", "ty": "thanks",
    "tysm": "thanks", "2": "to", "4": "for", "b4": "before", "2day": "today", "2nite": "tonight", "tmrw": "tomorrow",
    "2moro": "tomorrow", "nite": "night", "gn": "good night", "abt": "about", "bc": "because", "bcz": "because",
    "cuz": "because", "coz": "because", "cos": "because", "w": "with", "wo": "without", "wiv": "with",
    "shud": "should", "shld": "should", "cud": "could", "wud": "would", "cn": "can", "dis": "this", "da": "the",
    "rn": "right now", "atm": "at the moment", "idk": "i dont know", "dunno": "dont know", "ppl": "people",
    "sth": "something", "smth": "something", "bk": "back", "bak": "back", "msg": "massage", "mins": "minutes",
    "hrs": "hours", "wk": "week", "wks": "weeks", "gud": "good", "luv": "love", "tho": "though", "thru": "through",
    "k": "ok", "kk": "ok", "lol": "", "lmao": "", "omg": "", "pfft": "", "btw": "", "tbh": "", "imo": "",
    "weve": "we have", "youve": "you have", "theyve": "they have", "hes": "he is", "shes": "she is",
    "theyre": "they are", "mustve": "must have", "shouldve": "should have", "couldve": "could have",
    "wouldve": "would have", "itll": "it will", "whos": "who is",
    "gf": "girlfriend", "bf": "boyfriend", "hubby": "husband", "wfh": "working from home", "doin": "doing",
}


_DETERMINERS = frozenset("the my our your his her their".split())
#: After "the drive", these make it a journey ("the drive home"), not the driveway.
_JOURNEY = frozenset("home to back there from over was took in into across up down".split())
#: After "a computer", these make it the desk's ("a computer job"), not a machine that answers.
_AT_A_DESK = frozenset("chair desk screen monitor work job programmer game games mouse keyboard all day".split())
#: Before "a computer", these make it the desk's too ("all day at a computer"), not a machine that answers.
_AT_A_DESK_BEFORE = frozenset("at on behind over front using".split())
#: Beside "dig", these make it pressing ("dig my thumbs in", "digging into the knot"), not the garden.
_PRESSING = frozenset("thumb thumbs finger fingers fingertips knuckle knuckles elbow elbows nails deep deeper "
                      "hard harder too".split())
#: "before" after these, with nothing it is before, is "ever" ("never done this before"), not a time of day.
_NEVER = frozenset("never not first havent hasnt didnt".split())
_AFTER_BEFORE = frozenset("in and but so now though either lol haha how what when where why can could should is do "
                          "any".split())
_DIG = {"dig": "press", "digs": "presses", "digging": "pressing", "dug": "pressed"}


def senses(ws: list[str]) -> list[str]:
    """Return ``ws`` with words whose neighbours give them another sense than their synonym's rewritten.

    "shovelled the drive" is a driveway (not the long drive that is sitting), "a real person or a computer"
    a bot (not desk work), "dig my thumbs in" pressing (not the garden), "never done this before" ever (not a time).
    """
    out = list(ws)
    for i, w in enumerate(ws):
        before = ws[i - 1] if i else ""
        after = ws[i + 1] if i + 1 < len(ws) else ""
        if w == "drive" and before in _DETERMINERS and after not in _JOURNEY:
            out[i] = "driveway"
        elif (w == "computer" and before in ("a", "an") and after not in _AT_A_DESK
              and (i < 2 or ws[i - 2] not in _AT_A_DESK_BEFORE)):
            out[i] = "bot"
        elif w in _DIG and (after in ("into", "at") or (after == "in" and (i + 2 >= len(ws) or ws[i + 2] not in
                                                                          ("the", "my", "our", "a", "his", "her")))
                            or any(n in _PRESSING for n in ws[i + 1: i + 4])):
            out[i] = _DIG[w]
        elif w == "before" and (not after or after in _AFTER_BEFORE) and _NEVER & set(ws[max(i - 5, 0): i]):
            out[i] = "ever"  # and the "never" it answers says how new the person is, not what never to do
            out[max(i - 5, 0): i] = ["ever" if n == "never" else n for n in out[max(i - 5, 0): i]]
    return out


@lru_cache(maxsize=16)  # one message is normalised 6-8 times (its search, its parts, the answer model's features)
def normalise(text: str) -> str:
    """Return ``text`` lower-cased, with punctuation and repeated letters folded, words split by single spaces."""
    text = text[:MAX_CHARS]
    if text.isascii():  # most text: NFKC changes nothing, and of the apostrophes only the backtick can occur
        text = text.lower().replace("`", "'")
    else:
        text = unicodedata.normalize("NFKC", text).casefold().translate(_APOSTROPHES)
    text = text.replace("'", "")  # "can't" -> "cant", "car's" -> "cars"
    text = _REPEATS.sub(r"\1\1", text)  # "sooooo" -> "soo"
    return " ".join(_NOT_WORD.sub(" ", text).split())


@memory.refilled
@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Return the stem of one lower-case word, after mapping it to its synonym."""
    return ENGLISH_STEMMER.stemWord(SYNONYMS.get(word, word))


def plural(n: int, word: str) -> str:
    """Return "1 session" or "3 sessions"."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def words(text: str) -> list[str]:
    """Return the normalised words of ``text``."""
    return normalise(text).split()


def expand_chat(ws: list[str]) -> list[str]:
    """Return ``ws`` with chat spellings written out ("wat r u" -> "what are you", "2" -> "to")."""
    out: list[str] = []
    for w in ws:
        out.extend(CHAT_WORDS.get(w, w).split())
    return out


#: The stems of the words that make a message about back care.
ANCHORS = frozenset(stem(w) for w in _ANCHOR_WORDS)
