"""Safety triage of every message, independent of search: none, chronic or urgent.

* ``urgent``: a red flag (loss of bladder or bowel control, numbness around the genitals or
  buttocks, weakness or numbness in both legs, pain after a serious fall or accident, fever, a
  history of cancer, unexplained weight loss, severe pain at night).  The reply tells the user
  to get medical help now.
* ``chronic``: pain that has lasted about 12 weeks or longer ("for months", "since last year",
  "chronic", "persistent").  The reply points the user to a healthcare professional.

A sign is ignored when the clause that holds it denies it ("no numbness", "I don't have a
fever") or says it is over ("my pain went away after a week").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum

from bot.text import MAX_CHARS


class Level(IntEnum):
    """How strongly a reply must point the user to professional help."""

    NONE = 0
    CHRONIC = 1
    URGENT = 2

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> Level:
        """Return the level called ``name`` ("none", "chronic" or "urgent")."""
        return cls[name.upper()]


@dataclass(frozen=True)
class Assessment:
    """The level of a message and the signs that raised it."""

    level: Level
    signs: tuple[str, ...] = ()
    #: Where in the message the signs were found, so search can look past them.
    spans: tuple[tuple[int, int], ...] = ()

    def without_signs(self, text: str) -> str:
        """Return ``text`` with the words that raised the level removed."""
        for start, end in sorted(self.spans, reverse=True):
            text = text[:start] + " " + text[end:]
        return text


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|a few|several|many|" \
       r"couple of|a couple of|some)"

_NUMB = r"(?:numb\w*|no feeling|(?:can'?t|cannot) feel (?:anything|it|a thing)?|tingl\w*|pins and needles)"
_SADDLE = (r"(?:genital\w*|groin|crotch|saddle|buttock\w*|bum|butt|bottom|between (?:my|the) legs|private parts|"
           r"perine\w*|anus|inner thighs?|down there)")
_LEG_SIGN = (r"(?:weak\w*|numb\w*|tingl\w*|paralys\w*|giv(?:e|es|ing) (?:way|out)|gave (?:way|out)|"
             r"buckl\w*|collaps\w*|no feeling|dead)")

RED_FLAGS: dict[str, re.Pattern[str]] = {
    "bladder or bowel control": _rx(
        r"\b(?:(?:los[a-z]*|lost|no|poor) control (?:of|over) (?:my )?(?:bladder|bowels?|pee|wee|urine|toilet)"
        r"|(?:can ?not|can'?t|cannot|unable to|couldn'?t|struggl\w* to|trouble|difficulty|hard to) "
        r"(?:control (?:my )?(?:bladder|bowels?|pee|wee|when i (?:need to )?go|going to the toilet|the toilet)"
        r"|pee|urinate|wee|pass (?:urine|water)|hold (?:it|my (?:pee|wee|urine|bladder|bowels?)))"
        r"|incontinen\w*|wet(?:ting)? myself|pee(?:d|ing)? myself|poo(?:ed|ing)? myself|soil(?:ed|ing)? myself"
        r"|(?:bladder|bowel)s? (?:problems?|control|issues?|accidents?)|accidents? in my (?:pants|underwear))\b"),
    "numbness around the genitals or buttocks": _rx(
        rf"\b{_NUMB}\b[^.;!?]{{0,40}}\b{_SADDLE}\b|\b{_SADDLE}\b[^.;!?]{{0,30}}\b(?:numb\w*|tingl\w*|no feeling)"),
    "weakness or numbness in both legs": _rx(
        rf"\b(?:both (?:of )?(?:my )?(?:legs|feet)|my legs|legs)\b[^.;!?]{{0,25}}\b{_LEG_SIGN}"
        rf"|\b{_LEG_SIGN}\b[^.;!?]{{0,25}}\b(?:both (?:of )?(?:my )?(?:legs|feet)|(?:in|of) my legs)\b"
        r"|\b(?:can'?t|cannot|unable to) (?:feel|move|lift|stand on) (?:my |both )?legs\b"),
    "a serious fall or accident": _rx(
        r"\b(?:fell|fall(?:en|ing)?|fallen|slipped|tripped)\b(?! asleep| for| in love| behind| apart| off the pace)"
        r"(?:[^.;!?]{0,25}\b(?:down|off|from|over|on(?:to)?|out of|in)\b)"
        r"|\b(?:car|road|traffic|motorbike|bike|cycling|skiing|sports?|work)? ?(?:accident|crash|collision)\b"
        r"|\b(?:hit by|knocked (?:down|over)|was in a wreck|rear[- ]ended|run over)\b"),
    "fever": _rx(r"\b(?:fever\w*|feverish|(?:a|high|running a) temperature|temperature of (?:3[89]|10[0-4])"
                 r"|chills|shiver\w*|hot and cold|night sweats)\b"),
    "a history of cancer": _rx(
        r"\b(?:i|i'?ve|ive|i'?m|im|i am|i have|i had|history of|diagnosed with|survivor of|treated for|had)\b"
        r"[^.;!?]{0,30}\b(?:cancer|tumou?r\w*|malignan\w*|chemo\w*|radiotherapy|oncolog\w*|metasta\w*)\b"
        r"|\b(?:cancer|tumou?r) (?:survivor|history|patient myself)\b"),
    "unexplained weight loss": _rx(
        r"\b(?:unexplained|unintentional|unintended|unexpected|sudden|rapid) weight loss\b"
        r"|\b(?:los[a-z]*|lost|dropp[a-z]*|shed)\b[^.;!?]{0,25}\b(?:weight|stone|kg|kilos?|pounds|lbs)\b"
        r"[^.;!?]{0,30}\b(?:without (?:trying|dieting|meaning to)|for no (?:apparent )?reason|(?:don'?t|do not) know "
        r"why|no idea why|not (?:trying|dieting)|unexplained|by itself|on its own)"),
    "severe pain at night": _rx(
        r"\b(?:(?:severe|terrible|awful|unbearable|excruciating|agonising|agonizing|worst|intense)\b"
        r"[^.;!?]{0,30}\b(?:at night|in the night|night ?time)"
        r"|(?:at night|in the night|night ?time|night)\b[^.;!?]{0,25}\b(?:severe|terrible|awful|unbearable|"
        r"excruciating|agonising|agonizing|intense)"
        r"|(?:pain|ache|hurts?|hurting)[^.;!?]{0,20}\bwakes? me(?: up)?|night pain|can'?t sleep (?:for|because of|"
        r"with) (?:the )?pain)\b"),
}

CHRONIC_SIGNS: dict[str, re.Pattern[str]] = {
    "said chronic or persistent": _rx(
        r"\b(?:chronic\w*|persistent|long[- ]?(?:term|standing|lasting)|ongoing|constant(?:ly)?|"
        r"never (?:goes|went) away|won'?t go away|doesn'?t go away|keeps? coming back|recurring)\b"),
    "months or years": _rx(
        rf"\b(?:for|since|over|past|last|about|almost|nearly|more than|than|at least|around|all)\s+(?:the\s+)?"
        rf"(?:{_NUM}\s+)?(?:months|years|yrs|decades?|ages|a long time|ever|forever)\b"
        rf"|\b(?:{_NUM})\s*(?:months?|years?|yrs?|decades?)\b(?:\s+now|\s+(?:of|long|straight|on and off))"
        r"|\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)[- ]?(?:months?|years?|yrs?)\b"
        r"|\bsince (?:last (?:year|winter|summer|spring|autumn|fall|christmas)|i was|(?:19|20)\d\d|childhood"
        r"|my (?:teens|twenties|thirties|forties|pregnancy|accident|operation|surgery|school days|youth))\b"
        rf"|\b(?:{_NUM}|two|three|four|five|six) (?:years|yrs) ago\b"
        r"|\b(?:for|since|over) (?:a|one|the past|the last) (?:year|decade)\b"
        r"|\bhalf a year\b|\b(?:a|one) year\b(?:\s+now)"),
    "many weeks": _rx(r"\b(?:1[2-9]|[2-9]\d|twelve|fifteen|twenty)\s*(?:\+\s*)?weeks?\b"),
}

#: A sign counts as chronic only when the message is about pain or trouble, not "massaging for years".
_PAIN = _rx(r"(?:\w*aches?\b|\b(?:pain\w*|hurt\w*|aching|achy|knots?|tension|tense|niggl\w*|sore\w*|stiff\w*|"
            r"sciatica|agony|problems?|trouble|"
            r"issues?|bad back|bad|bother\w*|playing up|suffer\w*|injur\w*|tight\w*|spasms?|disc)\b)")

#: A negation counts for a sign only within a few words before it: "no numbness", "I don't have a
#: fever", "no fever, numbness or weight loss" -- but not "not sure if it matters, I have numbness".
_NEGATION = _rx(
    r"\b(?:no|not|never|without|none|neither|nor|don'?t|doesn'?t|didn'?t|haven'?t|hasn'?t|hadn'?t|isn'?t|"
    r"aren'?t|wasn'?t|weren'?t|free of|denies|deny|ruled out|nothing like|no sign of|rather than)\b"
    r"(?:\W+\w+){0,4}\W*$")
_RESOLVED = _rx(r"\b(?:went away|gone away|is gone|has gone|cleared up|resolved|no longer|used to|healed|"
                r"better now|got better|fine now|recovered)\b")
#: Clauses end at sentence ends, at "but", and at a comma that starts a new statement ("..., I have").
_CLAUSES = re.compile(
    r"[.;!?\n]+|\b(?:but|however|although|though|except)\b"
    r"|,(?=\s*(?:i|i'm|im|i've|ive|i'd|my|it|it's|its|now|then|so|since|and i|and my|and now|both|suddenly|"
    r"also|plus|this|the)\b)", re.IGNORECASE)


def _clauses(text: str) -> list[tuple[int, str]]:
    """Return the clauses of ``text`` with the offset where each starts."""
    out, start = [], 0
    for sep in _CLAUSES.finditer(text):
        out.append((start, text[start:sep.start()]))
        start = sep.end()
    out.append((start, text[start:]))
    return [(offset, clause) for offset, clause in out if clause.strip()]


def _asserted(clause: str, pattern: re.Pattern[str]) -> tuple[int, int] | None:
    """Return where ``pattern`` occurs in ``clause`` without a negation before it, or None."""
    for m in pattern.finditer(clause):
        before = clause[max(0, m.start() - 60): m.start()]
        if not _NEGATION.search(before):
            return m.span()
    return None


def assess(text: str) -> Assessment:
    """Return the safety level of a message and the signs that raised it."""
    text = text[:MAX_CHARS]
    found: dict[Level, dict[str, tuple[int, int]]] = {Level.URGENT: {}, Level.CHRONIC: {}}
    for offset, clause in _clauses(text):
        checks = [(Level.URGENT, RED_FLAGS)]
        if not _RESOLVED.search(clause):
            checks.append((Level.CHRONIC, CHRONIC_SIGNS))
        for level, signs in checks:
            for sign, pattern in signs.items():
                if sign not in found[level] and (span := _asserted(clause, pattern)) is not None:
                    found[level][sign] = (span[0] + offset, span[1] + offset)
    for level in (Level.URGENT, Level.CHRONIC):
        signs = found[level]
        if signs and (level is Level.URGENT or _PAIN.search(text)):
            return Assessment(level, tuple(signs), tuple(signs.values()))
    return Assessment(Level.NONE)
