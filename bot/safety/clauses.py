"""Split a message into clauses and read each one: is it denied, is it over, and whose is it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.safety.matching import Pattern
from bot.safety.people import RELATIVES

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"})


#: The Scots and northern "wee" that means small, not pee: "can't lift the wee one", "a wee bit sore".
_WEE_SMALL = re.compile(r"\bwee(?=[\s-]+(?:(?:little|tiny|small|fat|daft|wee)\s+)?(?:one|ones|yin|yins|un|'un|bit|"
                        r"bitty|while|man|men|lass|lassie|lad|laddie|boy|boys|girl|girls|bairn|bairns|wean|weans|"
                        r"baby|babby|fella|guy|thing|things|dram|drink|walk|wander|dog|cat|pup|house|flat|room|car|"
                        r"drive|hour|hours|minute|minutes|moment|break|rest|nap|lie|stretch|massage|rub|twinge|"
                        r"niggle|ache|sister|brother|son|daughter|grandson|granddaughter|nephew|niece|toddler|"
                        r"sleep|look|chat|word|favour|sore|stiff|tender|achy)\b)")


@lru_cache(maxsize=16)  # the rules (prepare_own) and the trained booster read the same message: prepared once
def prepare(text: str) -> str:
    """Return ``text`` lower-cased with one kind of apostrophe, keeping every character's offset.

    A "wee" that means small becomes "lil" (same length): "the wee one" is a child, not a bladder sign.
    """
    out = []
    for ch in text.translate(_APOSTROPHES):
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return _WEE_SMALL.sub("lil", "".join(out))


def prepare_own(text: str) -> str:
    """Return :func:`prepare` of ``text`` with the French, Spanish and Italian "ma"/"mi" before a part of the body read
    as "my" (the same length), as the rules read a message; the trained model reads :func:`prepare` alone."""
    return _MY_FOREIGN.sub("my", prepare(text))


#: The French, Spanish and Italian "ma"/"mi" before a part of the body: "ma jambe gauche is going weak" is the writer's
#: leg, not "Ma"'s (replaced by "my", the same length).
_MY_FOREIGN = re.compile(r"\b(?:ma|mi)(?=\s+(?:jambe|jambes|pierna|piernas|gamba|gambe|espalda|schiena|colonne|"
                         r"columna|pied|pie|pies|cuisse|muslo)\b)")


def _rx(pattern: str) -> Pattern:
    return Pattern(pattern, re.IGNORECASE)


#: Sentences end at . ! ? ; and line breaks (not the dot in "38.5" or "1.5 years").
_SENTENCE = _rx(r"\.(?!\d)|[!?;\n]+|\.{2,}")
#: A clause ends at a contrast word, or at a comma or "and" that starts a new statement.
_STARTERS = (r"i|i'm|im|i've|ive|i'd|id|i'll|my|it|it's|its|now|then|so|since|both|suddenly|also|plus|this|the|"
             r"he|she|he's|she's|his|her|they|their|we|our|today|yesterday|recently|lately|last|and now|"
             r"there's|theres|there|but|though|still|anyway|oh|btw|also|when|after|and my|and i|and it|and now|"
             # a question after what was told: "my granddad had cancer, does that mean my back pain is serious"
             r"does that|does this|is that|is this|could that|could this|can that|would that|should i|can i|could i")
_CLAUSE = _rx(rf"\b(?:but|however|although|though|except|whereas|apart from that|other than that|anyway)\b"
              rf"|,(?=\s*(?:{_STARTERS})\b)|\band\b(?=\s*(?:i|i'm|im|i've|ive|my|it|it's|now|then|suddenly|"
              rf"he|she|his|her|they|their|since|today|yesterday|this|recently|lately)\b)"
              r"|\s[-\u2013\u2014]+\s|\(|\)")

#: Words that deny what follows them in the clause.
_NEGATION = _rx(
    r"\b(?:no|not|never|without|none|neither|nor|nothing|don'?t|dont|doesn'?t|doesnt|didn'?t|didnt|haven'?t|havent|"
    r"hasn'?t|hasnt|hadn'?t|isn'?t|isnt|aren'?t|arent|wasn'?t|wasnt|weren'?t|werent|ain'?t|wouldn'?t|wouldnt|would not|"
    r"free of|denies|deny|"
    r"ruled out|rule out|no sign of|no signs of|rather than|nope|zero|absence of|negative for|nil)\b")
#: Phrases that hold a negation word but deny nothing: "not sure if it matters, ...".
_PSEUDO = _rx(
    # "know" dictated as "no" comes first: "I no longer no when I need the toilet"
    r"\b(?:(?:no longer|don'?t|dont|do not|didn'?t|didnt|never|i) no (?=when|if|why|what|whether|how)|"
    r"not sure|no idea|no clue|no (?:dey |go )?fit (?=feel|move|waka|walk|stand|lift|control)|"
    # Nigerian Pidgin "the pain no dey go" (does not go): the sign's own words
    r"no dey (?:go|comot|commot|stop|ease|leave|better)\b|"
    r"(?:wouldn'?t|wouldnt|would not) (?:even )?(?:know|tell|feel)\b(?= (?:it|that|if|"
    r"whether|i|it'?s|when|my|his|her|the))|not certain|don'?t know|dont know|didn'?t know|do not know|not know|"
    r"don'?t want to (?:overreact|worry|panic|bother|make a fuss|be dramatic)|not to worry|no matter|"
    r"not just|not only|no longer|not normal|not (?:like )?(?:my|his|her) (?:own )?(?:body|legs?|bum|skin|feet)|"
    r"not (?:mine|there|working|right|the same)|"
    r"not moving (?:properly|right|well|at all)|"
    r"never had a day'?s (?:bother|trouble|pain|problem)|(?:not|n'?t|won'?t|wont) (?:lifting|coming up|picking up)|"
    r"isn'?t (?:mine|working|there)|is not there|aren'?t there|not usual|not like me|never (?:had|felt|been|"
    r"experienced|happened|noticed|"
    r"known)(?: \w+){0,5} (?:before|like (?:this|that|it))|never had (?:this|that|it|back pain|any back pain|"
    r"anything like)|never before|not been able|haven'?t been able|havent been able|hasn'?t been able|"
    r"wasn'?t able|weren'?t able|not able|isn'?t able|is not able|(?:don'?t|dont|do not|didn'?t|not) (?:really |even )?"
    r"feel (?:the|my|his|her|anything|a thing|it when|when|any(?:thing)? when)\b|isn'?t normal|doesn'?t feel (?:right|"
    r"normal)|not right|nothing (?:helps|works|"
    r"eases|touches|relieves)|no (?:position|painkiller|medication|rest) (?:helps|works|eases)|doesn'?t (?:matter|"
    r"help|ease|go|stop|improve|settle|get better)|does not (?:help|ease|go|stop|improve|settle)|"
    r"won'?t (?:go|stop|ease|settle)|can'?t|cannot|couldn'?t|could not|can not|unable|no feeling|no sensation|"
    r"no (?:power|strength|grip) in|no spleen|"
    # "not feeling my legs" is numbness; "not feeling any numbness" denies it (the feeling named is the sign). Not
    # "sick" or "dizzy": those are no sign alone, and the denial would reach the next one ("not feeling sick, just
    # shivery with a temp of 39").
    r"not feel(?!(?:ing|s)?\s+(?:any\s+|much\s+|the\s+|a\s+|an\s+|some\s+)?(?:numb\w*|tingl\w*|pins\b|weak\w*|"
    r"fever\w*|hot\b|shiver\w*))|"
    r"no control|not eased|not easing|not relieved|not improving|not getting better|not going away|"
    r"without (?:trying|dieting|meaning|reason|any reason|explanation|changing|doing)|"
    # Passed without knowing is the sign itself: "weeing without knowing, I just find my pants wet".
    r"without (?:even )?(?:knowing|noticing|realis\w*|realiz\w*|feeling (?:it|anything)|being aware|warning|"
    r"any warning|control|any control)|no reason|no apparent reason|"
    r"not (?:trying|dieting)|no (?:diet|dieting)|not (?:on purpose|deliberately|intentionally|meaning to|intended)|"
    r"didn'?t (?:mean|intend) to|"
    r"not on (?:a|any) diet|not a lot|nothing changed|no change (?:in|to) "
    r"(?:my )?(?:diet|eating))")
#: Said after a sign, a negation denies it too: "numbness? none", "fever - no", "fever: nope".
#: "Not feeling X" denies X, and not what follows a turn ("not feeling any numbness, just shivery with a temp of 39",
#: "not feeling weak, just tingling in my bum").
_NAMED_DENIAL = _rx(r"\bnot feel(?:ing|s)?\s+(?:any\s+|much\s+|the\s+|a\s+|an\s+|some\s+)?(?:numb\w*|tingl\w*|pins\b|"
                    r"weak\w*|fever\w*|hot\b|shiver\w*)[^,;:]{0,30}?(?:,\s*|\s+-\s+|\s+)(?:just|only|but|except|apart "
                    r"from|though)\b")
_AFTER_NEGATION = _rx(
    r"^[^.;!?\n]{0,40}?\?\s*(?:(?:thankfully|luckily|fortunately|honestly|definitely|thank god|nah|um+|er+|well)"
    r"[\s,]+)?(?:no|nope|none|nah|never|not(?=\s*(?:[.,;!]|$))|not really|not at all|negative)\b|"
    r"^\s*(?:[?:=/\-\u2013\u2014,(]+\s*|\s+)(?:no|none|nope|nah|never|negative|not really|not at all|nothing|n/?a|"
    r"nil|absent|not now|not any ?more|no more|not these days|not currently|not that i'?ve noticed|not that i know of|"
    r"not so far|no way)"
    r"(?:\s+(?:at all|whatsoever|really|so far|thankfully|luckily))?(?:\s*[.,;!?)]|\s*$|\s+(?:and|but|or|"
    r"wait|thankfully|thank god|luckily|fortunately)\b)"
    r"|^\s*(?:is|are|'s|s|seems?|feels?|has been|have been|all|seem)?\s*(?:totally |completely |perfectly |all |"
    r"absolutely )?(?:normal|fine|ok|okay|good|working fine|all good|grand|alright|all right|as usual)\b"
    r"(?!\s*\?|\s+(?:with|for|after|when|if|to|that|in|at)\b)")  # "is numbness ... normal with sciatica?" asks

#: A frame about anyone at all, whose "their" is that person's: "what would happen if someone had ...".
_ANYONE_HAD = _rx(r"\bif (?:someone|somebody|a person|anyone|one|people|a patient) (?:had|has|have|got|gets|get|"
                  r"developed|develops|noticed)\b")
#: Frames that ask about a sign in general or as a what-if, not saying anyone has it: "should I ever get a
#: fever...", "can a massage gun cause tingling", "what counts as a red flag", "how do I know if it is chronic".
_HYPOTHETICAL = _rx(
    r"\b(?:what if|if (?:i|you|someone|one|they|he|she) (?:ever|were to|was to|did|started|start|got|get|develop)|"
    # "what would happen if someone had numbness in their saddle area? just curious"
    r"(?:what|how) (?:would|could|might|does|do|will) (?:happen|it mean|that mean|you do) if (?:someone|somebody|a "
    r"person|anyone|one|you|people|a patient) (?:had|has|have|got|gets|get|was|were|is|developed|"
    r"develops|noticed)\b|"
    r"jok(?:ed|ing|es)|kidding|taking the mick|pulling my leg|"
    r"if (?:it|this|the pain|(?:my|your|the|a|any|someone'?s) (?:\w+ ){0,2}(?:pain|back|ache)|(?:lower |upper )?"
    r"back ?(?:pain|ache)|pain)\s+(?:ever |still |then )?(?:lasts?|goes on|carries on|"
    r"continues|keeps? going|becomes?|turns?|gets?|went|were|was to|doesn'?t (?:go|improve|settle))|"
    r"(?:says?|said|told me|reckons?|claims?|heard|read|apparently|i know|we know|i understand|i learn(?:ed|t)) "
    r"(?:that )?(?=[a-z ]{0,40}\b(?:(?:is|are|means?) "
    r"(?:an? |always )?(?:emergency|serious|dangerous|red flag|bad sign|warning|worrying|a worry|concerning)|"
    r"needs? (?:a |to see a |urgent |an urgent )?(?:doctor|gp|medical|checking|attention|seeing|looking at)|"
    r"should (?:be (?:checked|seen)|see a)))|"
    r"\b(?:if|should|would|could|can|will|do|does|did you|whether|in case|what happens)\b(?:\s+\w+){0,3}\s+ever\b"
    r"(?! since| had| been)|in case|just curious|"
    r"if (?:i|you|he|she|they|we) (?:had|felt|noticed|were|developed|lost|experienced|started having|got)\b|"
    # A sign supposed of anyone at all: "if someone has numbness in both legs", "if a person cannot control urine"
    # ... unless the writer says after it that they (or their own person) have it, without naming the sign again:
    # "because I do", "mine are numb", "like me right now", "that's me", "my husband cant since last night".
    r"if (?:someone|somebody|anyone|anybody|a person|people|a patient|patients|one) (?:has|have|had|is|are|gets|get|"
    r"loses|lose|lost|can'?t|cannot|cant|develops|starts|feels|notices)\b"
    r"(?![\s\S]*\b(?:i|i'?m|im|i'?ve|ive|i'?d|id|me|my(?!\s+(?:\w+\s+)?(?:tests?|exams?|course|class|classes|"
    r"studies|essay|assignment|homework|coursework|revision|training|degree|module|quiz|boards)\b"
    # (not a person named by them: "my training partner has that", "my class teacher")
    r"(?!\s+(?:partners?|buddy|buddies|mates?|friends?|teachers?|instructors?|coach|leader|captain)\b))|mine|myself|meself|we|"
    r"we'?ve|our|us)\b)|"
    r"(?:will|would|could|might|can|does|do|is|are) (?:it|this|that|my|the|back|pain)[\w\s]{0,25}? (?:become|turn|"
    r"turn into|get|go|end up|be)\s+(?=(?:\w+\s+)?(?:chronic|long[- ]term|permanent|persistent))|"
    r"should (?:i|we|you) (?:worry|be worried|be concerned|"
    r"panic|go to \w+|call \w+) (?:if|when)|"
    r"if (?:my|your|his|her|their|the) (?:\w+ ){0,2}(?:go|goes|get|gets|went|start|starts|become|becomes|were to|"
    r"ever|suddenly|turn|turns)\b|out of curiosity|asking for a friend|"
    r"what (?:causes?|could cause|can cause|would cause|leads? to|brings? on|triggers?)\b|"
    r"suppos\w*|hypothetical\w*|theoretical\w*|in theory|imagine|what happens if|what (?:should|do|would) "
    r"(?:i|you|we) do (?:if|when)|should (?:i|you) ever|if i ever|what would (?:it|that) mean|"
    r"(?:watch|look|looking|watching) (?:out )?for|warning signs?|red flags?|signs? (?:of|that|to)|"
    r"symptoms? (?:of|that|to|"
    r"like|such as)|such as|list of|leaflet|poster|article|video|documentary|film|movie|"
    r"how (?:do|can|would|will|should) (?:i|you|we|one|people) (?:tell|know|spot|recogni[sz]e)|how to tell|"
    r"when (?:does|do|is|should|would)|how long (?:does|do|before|until|till|can)|at what point|"
    r"(?:can|could|does|do|would|will|might|may) (?:a |an |the |too much |much )?[\w\s-]{1,25}? (?:cause|weaken|affect|"
    r"damage|lead to|give (?:you|people|someone)|trigger|bring on)\b|"
    r"(?:is|are|can|could) [\w\s-]{1,25}? (?:ever )?(?:caused by|a sign|a symptom|a side effect|linked|related to|"
    r"normal with)|\bcaused by\b|safe to massage (?:someone|people|a person|anyone)|"
    r"(?:for|do|does|can) (?:people|someone|anyone|patients|a person|those) (?:with|who)|in general|generally|"
    r"asking for (?:a|my) (?:friend|school|project|essay|class|course)|school project|for my (?:course|class|essay))")
#: Words that tell a sign as here now, in both readings below.
_NOW = r"since|this|now|today|yesterday|keeps?"
#: Words that assert a sign is there, which a frame before them does not undo: "what if it's serious? I have ...".
_ASSERTS = _rx(rf"\b(?:{_NOW}|i'?ve|ive|i have|i'?m|im|i am|i keep|i got|these|the same|his|their|last night|"
               r"mine(?:'s| is| has| have))\b")


#: A question about a sign in general, the sign its subject: "is leg numbness ever caused by ...", "can steroids
#: weaken your back?", "could a fever make my back ache?".
_OPENERS = r"is|are|does|do|can|could|would|will|might|may|should"  # the words a yes-or-no question opens with
_ASKS_ABOUT = _rx(rf"^\W*(?:{_OPENERS})\b")
_ABOUT_TAIL = _rx(r"\b(?:ever|cause[sd]?|caused by|make|makes|weaken\w*|affect\w*|lead to|leads to|come from|"
                  r"comes from|a reason|reason to|worth|something to|an emergency|serious|dangerous|a red flag|"
                  r"a problem|"
                  r"a concern|worrying|"
                  r"mean|means|a sign|a symptom|a side effect|linked|related|common|normal with|count as|become)\b")
_FIRST_PERSON = _rx(r"\b(?:i|i'?m|im|i'?ve|ive|me|my|mine|myself)\b")


#: Said anywhere in the message, these make its questions about signs general: "is numbness down there a bad
#: sign? just curious, my back's fine", "if my legs went numb would that be serious? mine are fine".
_DISCLAIMER = _rx(r"\b(?:(?:just|only|purely)\s+(?:asking|curious|wondering|checking|interested)|"
                  r"asking for (?:a|my) (?:friend|mate)|mine (?:are|is) (?:totally |completely |perfectly )?(?:fine|ok|"
                  r"okay|alright|all right|normal)\W*(?:$|just|only|[.!]))")
#: A sign told as happening, however it is asked about: "both legs gone numb this morning".
_TOLD_NOW = _rx(rf"\b(?:{_NOW}|gone|went|has|have|had|got|started|tonight|again|still|suddenly)\b")
_THEN_MINE = _rx(r"[,;]\s*(?:and\s+|but\s+|now\s+|so\s+|well\s+|just\s+|only\s+|though\s+)?(?:both\s+)?"
                 r"(?:my|i|i'?m|i'?ve|im|ive|me)\b")
#: A sentence that asks or supposes, rather than tells.
_ASKS = _rx(rf"\?|^\W*(?:{_OPENERS}|what|when|why|how)\b|\bif\b|\bis (?:it|that) true\b")
#: Frames that tell what someone else says of a sign in general: "is it true that...", "my friend said if you...".
_HEARSAY = _rx(r"\bis (?:it|that|this) (?:true|right|correct)(?: that)?\b|\b(?:says?|said|told me|tells me|heard|read|"
               r"reckons?)\s+(?:that\s+)?(?:if|whenever|anyone|people)\b")


_ASK_WORD = _rx(r"\b(?:how|what|when|why|which|is|are|does|do|can|could|should)\b")
_ABOUT_A = _rx(r"\b(?:over|on|around|near|into|with|for)\s+(?:an?|any)\s+$")


#: A frame that tells a rule someone knows or was told of a sign: "I know ...", "I read that ...".
_RULE_KNOWN = _rx(r"(?:says?|said|told me|reckons?|claims?|heard|read|apparently|i know|we know|i understand|"
                  r"i learn(?:ed|t))\b")
#: The writer saying after such a rule that they have the sign: "and mine have gone numb", "I have it every night"
#: (not "mine is only in the morning").
_OWNS_AFTER = _rx(r"\b(?:i|i'?ve|ive|i'?m|im)\s+(?:(?!(?:only|just|don'?t|dont|do|never|not|no)\b)\w+\s+){0,2}?"
                  r"(?:have|has|got|having|feel|feeling|felt|noticed?|get(?:ting)? (?:it|them|that|this|those))\b|"
                  r"\bmine\s+(?:is|are|has|have|'s|was|were)\s+"
                  r"(?!(?:only|just|not|fine|ok|okay|different|normal)\b)|\b(?:i do|like me|that'?s me|i think i)\b|"
                  r"\bmine\s+(?:(?:have|has|had|both|all|then|suddenly)\s+)?(?:went|gone|go|goes|started|began|"
                  # "and both of mine went numb", "and mine started last night" (not "mine went away")
                  r"begun|came on|kicked in)\b(?!\s+(?:away|off|back)\b)")


#: The rule such a frame tells, up to its end: "numbness around the bottom is an emergency".
_RULE_TOLD = _rx(r"(?:that )?[a-z ]{0,40}?\b(?:(?:is|are|means?) (?:an? |always )?(?:emergency|serious|dangerous|"
                 r"red flag|bad sign|warning|worrying|a worry|concerning)|needs? (?:a |to see a |urgent |an urgent )?"
                 r"(?:doctor|gp|medical|checking|attention|seeing|looking at)|should (?:be (?:checked|seen)|see a))\b")
#: The writer's own words starting after the rule: "... and I can't feel my bum", ", but both of mine went numb".
_THEN_OWN = _rx(r"[^.;!?]{0,20}?(?:,|;|\s[-\u2013\u2014]|\band\b|\bbut\b|\bso\b)\s*(?:now\s+|then\s+|today\s+)?"
                r"(?:both\s+(?:of\s+)?)?(?:i|i'?m|im|i'?ve|ive|my|mine|me)\b(?![^.;!?]{0,30}\b(?:wonder\w*|whether|if)\b)")

#: After an "if" and the clause it governs, the writer telling their own length: "... you should see someone - been
#: 4 months for me", "..., it's been going on 5 months", "..., had it for 5 months".
_THEN_BEEN = _rx(r"(?:,|;|:|\s[-\u2013\u2014]+)\s*(?:(?:and|but|well|though|so|now|mine|mine'?s|mine has|my back|"
                 r"my back'?s|my back has|it|it'?s|its|it has|i'?ve|ive|i have|this|this has|this is)\s+)*"
                 r"(?:been|had (?:it|this|mine|the pain|pain)|going on|lasted)\b")

#: A length said to be of the pain there now, after which something may come: "after 4 months of this".
_AFTER_OF = _rx(r"\b(?:after|following|despite)\s+(?:(?:about|nearly|almost|over|more than)\s+)?$")
_OF_THIS = _rx(r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+"
               r"(?:(?:more|long|whole|full)\s+)?(?:weeks?|months?|years?)\s+of\s+(?:this|it|that)\b"
               r"(?=\s*(?:[,.;:!?]|$)|\s+(?:i|i'?ll|ill|i'?m|im|i'?d|id|and|but|so|then|is|it|my|now|already)\b)")


def _framed(clause: Clause, start: int, text: str) -> bool:
    """A frame before the sign asks or supposes ("what if I get a fever", "can a massage gun cause tingling"), and
    nothing between them asserts it."""
    begin = max(clause.sentence_start, start - 90)
    # The frame may look past the sign ("says numbness there is an emergency"), so the search runs on; a frame
    # that opens with "if" may hold the sign itself ("if my legs ever went numb", "if it doesn't go away").
    frames = [m for m in _HYPOTHETICAL.finditer(text, begin, min(len(text), start + 80))
              if m.end() <= start or (m.start() < start and m.group().startswith("if "))]
    # A comma, then the writer's own words, starts telling: "I read that if your legs go numb it's serious, both my
    # legs are numb".
    if frames and _RULE_KNOWN.match(frames[-1].group()) and _OWNS_AFTER.search(text, start):
        return False  # "I know numb legs are an emergency and mine have gone numb", "... and I have it every night"
    if _OF_THIS.match(text, start) and _AFTER_OF.search(text, max(0, start - 30), start):
        return False  # a length of the pain the writer has: "if it gets any worse after 4 months of this"
    if frames and frames[-1].group().startswith("if ") and frames[-1].end() <= start \
            and _THEN_BEEN.search(text, frames[-1].end(), start):
        return False  # the "if" clause over, the writer's own length: "if it lasts 3 months see someone - been 4"
    rule = _RULE_TOLD.match(text, frames[-1].end()) if frames and _RULE_KNOWN.match(frames[-1].group()) else None
    if rule is not None and rule.end() <= start and _THEN_OWN.match(text, rule.end(), start + 1):
        return False  # a sign after the rule, in the writer's own words: "I know ... is an emergency and I can't feel
        # my bum when I wipe"
    between = text[frames[-1].end():start] if frames else ""
    if frames and _ANYONE_HAD.search(frames[-1].group()):
        between = re.sub(r"\b(?:their|his|her)\b", " ", between)  # "if someone had numbness in their saddle area"
    return bool(frames) and not _ASSERTS.search(between) \
        and not _THEN_MINE.search(text, frames[-1].end(), start + 10) \
        and not (_RIGHT_NOW.match(text, start) and not _AHEAD.search(text))


#: A sign said to be there at this very moment, after a frame: "what if my legs are both numb right now".
_RIGHT_NOW = _rx(r"[^,.;:!?]{0,50}?\b(?:right now|as we speak|as i (?:type|write|speak)|at this (?:very )?moment)\b")
#: A supposition said to be one, which "right now" inside it does not make told: "if I lost feeling in both legs right
#: now while driving, what should I do? just planning ahead".
_AHEAD = _rx(r"\b(?:planning ahead|plan ahead|just in case|hypothetical\w*|for future reference|out of curiosity|"
             r"to be prepared|be prepared|just wondering|in theory|theoretically)\b")


def _hearsay(clause: Clause, start: int, text: str) -> bool:
    """What someone else says of a sign in general comes just before it: "is it true that numb legs are serious"."""
    for m in _HEARSAY.finditer(text, max(clause.sentence_start, start - 90), start):
        between = text[m.end():start]
        if not _ASSERTS.search(between) and not re.search(r"[,;]|\b(?:and|but|now|still)\b", between):
            return True
    return False


def _disclaimed(clause: Clause, start: int, text: str) -> bool:
    """The message says it only asks ("just curious, mine are fine") and the sentence asks of nobody's sign: "is
    numbness down there bad?"."""
    sentence = text[clause.sentence_start:clause.sentence_start + len(clause.sentence) + 1]
    if not (_DISCLAIMER.search(text) and _ASKS.search(sentence) and not _TOLD_NOW.search(sentence)):
        return False
    head = text[clause.sentence_start:start]
    return not _FIRST_PERSON.search(head) and not _FIRST_PERSON.search(text, start, start + 30)


def _any_one(clause: Clause, start: int, text: str) -> bool:
    """The sign is "a" or "any" one in a question: "is it bad to massage over a lump?", not "back pain and a fever of
    101, ok to...?"."""
    head = text[clause.sentence_start:start]
    return bool(re.search(r"\b(?:an?|any)\s+$", head)) and "?" in text[start:start + 60] \
        and not _FIRST_PERSON.search(head) \
        and bool(_ASKS_ABOUT.search(head) or _ASK_WORD.search(head) or _ABOUT_A.search(head))


def _asked_about(clause: Clause, start: int, text: str) -> bool:
    """A short yes-or-no question has the sign as its subject: "can steroids weaken your back?"."""
    head = text[clause.sentence_start:start]
    if not (_ASKS_ABOUT.search(head) and len(head) < 40 and not _FIRST_PERSON.search(head)):
        return False
    about = _ABOUT_TAIL.search(text, start, min(start + 60, clause.sentence_start + len(clause.sentence)))
    return about is not None and not _FIRST_PERSON.search(text, start, about.start())


#: A sign named as what something is about, not had: "a programme about cauda equina", "an article on spinal
#: tumours", "read up on saddle numbness", "revising for a test on red flags".
_TOPIC = _rx(r"\b(?:programmes?|programs?|documentar(?:y|ies)|films?|movies?|shows?|series|episodes?|articles?|"
             r"videos?|podcasts?|books?|novels?|leaflets?|posters?|lectures?|talks?|courses?|modules?|exams?|tests?|"
             r"essays?|assignments?|chapters?|lessons?|reports?|stor(?:y|ies)|posts?|threads?|projects?|presentations?|"
             r"homework|coursework|dissertations?|thesis|theses|quiz(?:zes)?|revision notes)\s+(?:\w+\s+)?"
             r"(?:about|on|called|named|titled|covering|explaining)\s+|"
             r"\b(?:read|reading|heard|hearing|learn(?:ed|t|ing)|studying|revising|researching|watched|watching)"
             r"\s+(?:\w+\s+)?(?:about|up on|into)\s+")
#: A title in quotes, named as one: "the film 'Chest Pains'", "a song called 'Fever'".
_TITLED = _rx(r"\b(?:programmes?|programs?|documentar(?:y|ies)|films?|movies?|shows?|series|episodes?|books?|"
              r"novels?|songs?|albums?|plays?|musicals?|tracks?|podcasts?|called|titled|named)\b")
_OPENING = "'\"\u2018\u201c"  # ' " and the curly opening quotes
_CLOSING = _rx("['\"\u2019\u201d](?!\\w)")


#: One's own story, post or thread: "here's my story about ...", "posting a thread about ..." tells, not reads.
_OWN_STORY = _rx(r"(?:stor(?:y|ies)|posts?|threads?|updates?|experiences?)\b")
_OWN_STORY_BEFORE = _rx(r"\b(?:my|our|me|posting|post|posted|writing|write|wrote|sharing|share|shared|starting|start|"
                        r"started|making|make|made|doing|here'?s|heres|here is)\s+(?:(?:a|an|this|my|quick|little|"
                        r"short|long|new)\s+)*$")


def _topic(clause: Clause, start: int, text: str) -> bool:
    """The sign is what a programme, a book or one's reading is about ("watched a documentary about spinal
    tumours"), with nothing between that tells it as someone's; or it is a title in quotes ("the film 'Chest
    Pains'")."""
    for m in _TOPIC.finditer(text, max(clause.sentence_start, start - 60), start):
        if _OWN_STORY.match(text, m.start()) and _OWN_STORY_BEFORE.search(text, max(0, m.start() - 25), m.start()):
            continue  # "here's my story about numbness in both legs", "posting a thread about saddle numbness I have"
        between = text[m.end():start]
        if not re.search(r"[,;:.!?]|\b(?:and|but|now|so|then)\b", between) and not _FIRST_PERSON.search(between) \
                and not _ASSERTS.search(between):
            return True
    inner = start + 1 if text[start:start + 1] in tuple(_OPENING) else start  # the find may hold the quote
    head = text[clause.sentence_start:inner]
    opens = [n for n, ch in enumerate(head) if ch in _OPENING and (n == 0 or not head[n - 1].isalnum())]
    if not opens or _CLOSING.search(head, opens[-1] + 1):
        return False  # not inside quotes
    sentence_end = clause.sentence_start + len(clause.sentence)
    return bool(_CLOSING.search(text, inner, min(sentence_end, inner + 40))) \
        and bool(_TITLED.search(text, clause.sentence_start, sentence_end))


#: A question that asks what a term means, the term right after it: "what is cauda equina syndrome?", "what does
#: saddle anaesthesia mean", "what means ...", "can you explain what ... actually means" (not "what is this lump").
_DEFINE_HEAD = _rx(r"(?:^|[,:]\s*)\W*(?:(?:so|ok|okay|hi|hey|hello|quick question|sorry|also)\W+)*"
                   r"(?:(?:can|could|would) (?:you|someone|anyone) (?:please )?(?:explain|tell me)(?: to me)?\s+"
                   r"(?:what\s+)?|(?:please )?explain (?:what\s+)?|what(?:'s|s| is| are| does| do| means| mean)\s+|"
                   r"what is meant by\s+|define\s+|(?:the )?(?:meaning|definition) of\s+)(?:the |a |an |term |word )?$")
#: The rest of such a question, the term alone: "ankylosing spondylitis?", "saddle anaesthesia actually means?".
_DEFINE_TAIL = _rx(r"[\w' -]{1,50}?(?:\s+(?:actually|exactly|really|even))?(?:\s+(?:mean|means|stand for|stands for|"
                   r"refer to|refers to|is))?(?:\s+(?:exactly|actually|please|then|again))?\s*(?:\?|$)")
#: The writer saying after it that they have it: "what does saddle anaesthesia mean? I have it now", "I think that's
#: what I've got", "mine".
_HAS_IT = _rx(r"\b(?:i|i'?ve|ive|i'?m|im|i'?d|id|me|myself)\b(?:\s+\w+){0,3}?\s+(?:have|has|had|got|having|get|"
              r"getting|gets|feel|feels|feeling|felt|notice\w*|suffer\w*|experienc\w*|developed|started|like)\b|"
              r"\b(?:mine|like me|that'?s me|i do|me too|i think so|sounds like (?:me|mine|what))\b|"
              # the writer's own body said to have it: "the physio says my left foot has it"
              r"\bmy\s+(?:(?:left|right|own|lower|upper|whole)\s+)?(?:foot|feet|legs?|back|spine|bum|bottom|bladder|"
              r"bowels?|hips?|knees?|toes?|groin|body)\s+(?:has|have|had|got)\s+(?:got\s+)?(?:it|that|this|them)\b")


def _defined(clause: Clause, start: int, text: str) -> bool:
    """The sign is a term the sentence asks the meaning of ("what is ankylosing spondylitis? my friend mentioned
    it"), with no word of the writer's in it, and the writer does not say after it that they have it."""
    sentence_end = clause.sentence_start + len(clause.sentence)
    if not _DEFINE_HEAD.search(text, clause.sentence_start, start):
        return False
    tail = _DEFINE_TAIL.match(text, start, min(len(text), sentence_end + 1))
    if tail is None or _FIRST_PERSON.search(tail.group()):
        return False
    return not _HAS_IT.search(text, tail.end())


#: The writer saying after a sign asked or read about that they do not have it: "..., but I don't have it", "just
#: curious, i dont have one" (not "I don't have it in my arms", "don't have it today").
_NOT_MINE = _rx(r"(?:[,.;:!?]|\bbut\b|\band\b)\s*(?:(?:but|and|though|luckily|thankfully|just curious|personally)\W+)*"
                r"(?:i\s+|me\s+|myself\s+)?(?:don'?t|dont|do not|haven'?t|havent|have not|never had|never get)\s+"
                r"(?:got\s+|have\s+|get\s+|had\s+)?(?:one|it|that|them|any|those|this)\b"
                r"(?:\s+(?:myself|thankfully|luckily|at all|though|personally|(?:or )?anything like (?:it|that)))?"
                r"\s*(?:[.;!?)]|$|,(?!\s*(?:but|though|however|although)\b)|\b(?:and|only|just|so|i|my)\b)")
#: The sentence of such a sign asks about it or tells what was read or heard of it.
_ASKS_OR_READ = _rx(r"\?|^\W*(?:what|when|why|how|is|are|does|do|can|could|should)\b|"
                    r"\b(?:read|heard|know|knew|learn\w*|says?|said|told|seen|saw|understand)\b")


def _disowned(clause: Clause, start: int, text: str) -> bool:
    """The sign is asked or read about, and the writer then says they do not have it ("I read that chest pain can be
    the heart, but I don't have it"), with no word of theirs between that tells it."""
    sentence_end = clause.sentence_start + len(clause.sentence)
    if not _ASKS_OR_READ.search(text, clause.sentence_start, min(len(text), sentence_end + 1)):
        return False
    m = _NOT_MINE.search(text, start, min(len(text), start + 110))
    return m is not None and not _ASSERTS.search(text, start, m.start()) \
        and not _FIRST_PERSON.search(text, start, m.start())


#: The readings that make a sign general rather than someone's, in the order they are tried.
_GENERAL = (_framed, _hearsay, _disclaimed, _any_one, _asked_about, _topic, _defined, _disowned)


#: The readings that take a sign as a subject spoken of (never thoughts of ending one's life: "what's the easiest
#: way to end things").
_TOPICAL = (_topic, _defined, _disowned)

#: The writer saying after a sign that they do not have it, then that they do at times: "I don't have it, well, only
#: when I wipe", "I don't get that except first thing".
_ONLY_AT_TIMES = _rx(r"\b(?:i\s+)?(?:don'?t|dont|do not|haven'?t|havent)\s+(?:have|get|got|feel)\s+"
                     r"(?:it|that|one|them|this)\W+(?:(?:well|um+|er+|actually|i mean|ok|okay|but)\W+)*"
                     r"(?:only|except|apart from|unless|just)\s+"
                     r"(?:when|whenever|if|after|first thing|at night|in the (?:morning|evening)s?)\b")


def hypothetical(clause: Clause, start: int, text: str, topic: bool = True) -> bool:
    """Return whether the sentence asks about the sign at ``start`` in general rather than says someone has it.

    With ``topic`` false a sign is not read as what one reads or watches about, a term asked the meaning of, or one
    disowned: self-harm never is ("I've been reading about ways to kill myself").
    """
    if _ONLY_AT_TIMES.search(text, start, min(len(text), start + 120)):
        return False  # "is numbness round the bum a red flag? I don't have it, well, only when I wipe": had at times
    return any(read(clause, start, text) for read in _GENERAL if topic or read not in _TOPICAL)


#: Getting up or moving, after which numbness from sitting on a leg goes: "as soon as I stood", "right away when I
#: stand", "once I uncrossed my legs".
_ON_GETTING_UP = (r"(?:(?:right|straight) away\s+|straightaway\s+|quickly\s+|immediately\s+|instantly\s+)?"
                  r"(?:as soon as|when|once|after|the minute|the moment)\s+(?:i\s+)?(?:stood|stand|stands|"
                  r"standing|got up|get up|gets up|getting up|moved|move|moving|walked|walk|walking|stretched|stretch|"
                  r"stretching|shifted|shift|shifting|shook|shake|shaking|uncross\w*|changed position|change position)")
#: Numbness from sitting or a long journey, fine again within minutes or after moving: "fine after a minute", "after
#: walking it is fine", "normal again in a few seconds".
_SOON_FINE = (r"(?:fine|ok|okay|normal|alright|all right|grand|back to normal|gone)(?:\s+again)?\s+"
              r"(?:after|within|in)\s+(?:(?:a|an|one|a few|a couple of|few|two|three|five|ten|thirty|\d+)\s+)?"
              r"(?:\w+\s+)?(?:seconds?|secs?|minutes?|mins?|moments?)|"
              r"after\s+(?:walking|moving|standing(?: up)?|getting up|stretching|shaking (?:it|them)|"
              r"a (?:\w+\s+)?(?:walk|stretch|minute|few minutes|bit|while|few seconds))(?:\s+(?:around|about|a bit))?"
              r"\s*,?\s*(?:it|they|the numbness|the feeling|everything|all)"
              r"(?:'s|'re| is| are| was| were| felt| feels?)?\s+(?:(?:totally|completely|all|back to)\s+)?"
              r"(?:fine|ok|okay|normal|alright|gone)")
#: Words that say a sign is over.
_RESOLVED = _rx(
    r"\b(?:went away|gone away|go away and never|all gone|cleared up|right as rain|(?:it|back|pain|i|she|he)(?:'s|'ve|"
    r"s| has| have| had)? "
    r"been (?:totally |completely |absolutely |perfectly )?(?:fine|good|ok|okay|great|normal|grand|brilliant|sound|"
    r"champion|alright|all right|right as rain|pain[- ]free|better) (?:for|since|ever)|"
    r"(?:it'?s|it is|back is|back'?s|pain is|i'?m|i am|she'?s|he'?s|they'?re|he is|she is) (?:totally |completely "
    r"|perfectly |absolutely |all )?(?:fine|good|ok|okay|normal|better|grand|well|great|brilliant|sound|alright|"
    r"all right|champion|tip-top|right as rain|back to (?:normal|himself|herself)) now|"
    # ("its", "thats": the apostrophe left out)
    r"(?:is|are|'s|its|thats|has|had|have|been|completely|totally|fully|all|now|long|entirely)\s+gone"
    r"(?=\s*(?:$|[.,;!?)]|now\b|"
    r"away\b|thankfully|completely|totally|for good|since|and\b|but\b))|(?:all )?sorted(?: now| out| itself)?|cleared|"
    r"(?:that'?s|that is|it'?s|it is|is|was|were) (?:long |well |all |now )?over(?!\s*(?:\d|a |an |half|the |one|"
    r"two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|a year|since|it|this))|"
    r"(?:it|that|which|pain|the pain|they|this) (?:went|cleared|disappeared|stopped|settled|eased|healed|resolved)"
    r"(?: \w+)? (?:completely|totally|for good|entirely|in the end|eventually|fully)|"
    r"(?:it|that|which|this|physio|the physio|the treatment|the injection|the op|the operation|the surgery)\s+"
    r"(?:really\s+|totally\s+)?(?:worked|fixed it|sorted it|did the trick)(?!\s+for\s+a\s+(?:while|bit|few|couple))|"
    r"grew out of it|outgrew it|"
    r"resolved|mended|(?:it|that|the pain|pain)\s+went\s+(?=once|when|after|as soon as)|no longer|i used to|"
    r"used to (?:have|"
    r"get|suffer|hurt)|healed|better now|got better|fine now|recovered|went back to normal|"
    # The pee stopping is a sign, not an ending: "my urine stopped coming since morning".
    r"back to normal|settled down|settled|disappeared|passed|(?<!urine )(?<!pee )(?<!wee )(?<!bowels )(?<!urine has )"
    r"(?<!pee has )stopped|sorted itself|fixed|got over|over it now|"
    r"nothing since|none since|nothing (?:for|in) (?=\w+ (?:years?|months?))|"
    r"all good now|ok now|okay now|fine since|hasn'?t (?:come back|returned|hurt since)|"
    r"pain[- ]free (?:since|now|for)|haven'?t had (?:any )?(?:pain|problems|trouble|issues) since|"
    # Numbness from sitting that goes when one gets up: "the feeling came back as soon as I stood up", "numb, but it
    # came back when I moved", "wore off when I moved" (not "the numbness came back when I walked").
    r"(?:(?:feeling|sensation)s?\s+(?:came|come|comes) back|"
    # (the subject left out: "bum went numb from the hard pew, came back as soon as I stood up")
    r"numb\w*\b[^.;!?]{0,40}?(?:,\s*|\s+(?:but|and)\s+)(?:it\s+|they\s+)?(?:came|come|comes) back|"
    r"went away|wore off|wears off|goes away|go away|(?:fine|ok|okay|normal|gone|back to normal)(?:\s+again)?)\s+"
    + _ON_GETTING_UP + "|" + _SOON_FINE + r")\b")
#: Feeling that came back when one got up is not pain that returns.
_UP = rf"(?!\s+{_ON_GETTING_UP})"
#: Pain that returns is not over: "it went away but keeps coming back".
_RECURS = _rx(rf"\b(?:comes? back{_UP}|came back{_UP}|keeps? (?:coming back|returning|flaring)|returns?|returned|"
              r"flares? up|flared|on and off|off and on|comes? and goes?|came and went|again|"
              # Happening often now: "fine after a minute but now it happens all the time".
              r"all the time|every time|keeps? happening|happens (?:a lot|often|daily|every day|more)|"
              r"more and more|"
              # A temperature back after an ending: "cleared with antibiotics, now it's back at 39", "now the fever's
              # back" (not "its back", an animal's, nor a pain's "now it's back since Monday": its old length is over).
              r"(?:now|but|and)\s+the (?:fever|temperature|temp)(?:'s| is| has come)\s+back|"
              r"(?:it'?s|it is|it has come) back (?:again )?(?:up )?(?:at|to) (?:about |around |over )?\d+)\b")

#: Pets and breeds that are only animals in everyday English: not "lab" (results), "pointer" (finger), "mare"
#: (a bad time), "setter", "springer", "shepherd", "pug", "mutt", "greyhound" (the bus), "ragdoll", "husky" (a voice),
#: "bunny" (gym bunny) or "bulldog" (clip).
_PETS = (r"dog|doggy|doggo|dogs|puppy|pup|cat|cats|kitten|kitty|horse|pony|pet(?!\s+(?:peeves?|hates?|projects?|"
         r"theory|theories|subjects?|names?))|pets|rabbit|hamster|parrot|ferret|guinea pig|gerbil|budgie|tortoise|"
         r"gelding|stallion|moggy|moggie|tabby|collie|labrador|spaniel|terrier|poodle|retriever|whippet|lurcher"
         r"|dachshund|"
         r"sausage dog|alsatian|german shepherd|beagle|staffie|staffy|corgi|chihuahua|cockapoo|labradoodle|"
         r"schnauzer|rottweiler|doberman|frenchie|westie|jack russell|persian cat|siamese cat|maine coon|bengal cat|"
         r"pooch|kitteh|kelpie|blue heeler|heeler|"
         # Those everyday words are a pet only as the owner of an animal's body: "my lab's back legs".
         r"(?:lab|pointer|setter|springer|shepherd|pug|mutt|greyhound|husky|mare)(?='s\s+(?:\w+\s+)?(?:back|legs?|"
         r"hips?|paws?|tail|spine|hind|coat|fur|hooves|hoof)\b)")
_OTHER = _rx(rf"\b(?:my|our|a|the|his|her|their|your)\s+(?:\w+\s+)?(?:{RELATIVES})(?:'s)?\b|\bme\s+(?:{RELATIVES})\b"
             rf"|^\W*(?:(?:{RELATIVES})(?:'s)?|he|she)\b|\b(?:he|she|he's|she's|hes|shes|him|his|hers|her|himself|"
             rf"herself)\b"
             # A child named by age: "my 10 year old has back pain", "3 year old keeps wanting piggybacks" (not "my
             # 5 year old mattress", nor the writer's own "I'm a 45 year old").
             rf"|(?:\b(?:my|our|his|her|their)\s+|^\W*)(?:\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten|"
             rf"eleven|twelve)[- ]?(?:years?|yrs?|months?)[- ]?old(?:'s)?\b(?!\s+(?:\w+\s+)?(?:mattress|car|bed|sofa|"
             rf"couch|pillow|chair|house|flat|laptop|phone|boiler|van|bike|injury|shoes|trainers)\b|\s+(?:back|spine|"
             rf"neck|legs?|knees?|hips?|disc|injury|scar|fracture|pain)\b)")
#: Farm animals, a pet only as someone's own ("my goat has a swelling on its back", not "lifting a ewe at lambing" nor
#: "donkey's years").
_FARM = (r"goats?|billy goat|nanny goat|sheep|ewes?|cows?|heifers?|bullocks?|donkeys?(?!'s years)|mules?|pigs?|"
         r"alpacas?|llamas?|camels?|chickens?")
_PET = _rx(rf"\b(?:my|me|our|a|the|his|her|their)\s+(?:\w+\s+)?(?:{_PETS})(?:'s)?\b|\b(?:vet|vets|vet's)\b"
           rf"|\b(?:my|our|me)\s+(?:\w+\s+)?(?:{_FARM})(?:'s)?\b"
           rf"|^\W*(?:(?:old|young|little|poor|sweet|elderly|senior|rescue|family)\s+)?(?:{_PETS})(?:'s)?\b")
_SELF = _rx(r"\b(?:i|i'm|im|i've|ive|i'd|i'll|me|myself|mine)\b|\bmy\s+(?!(?:\w+\s+)?(?:"
            rf"{RELATIVES}|{_PETS}|vet|vets)\b)(?!(?:\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            r"[- ]?(?:years?|yrs?|months?)[- ]?old\b)")
_BODY = r"(?:back|backs|spine|neck|legs?|foot|feet|bum|butt|bottom|bladder|bowels?|chest|hips?|groin|body|pain|toes)"
#: First-person words that only frame what follows: "I think my husband ...", "I massage her back" (but not
#: "I've been sleeping on her sofa": her sofa is no one's symptom).
_SELF_FRAME = _rx(rf"\b(?:i|i'm|im|i am)\s+(?:think|guess|believe|worry|wonder|noticed|notice|fear|feel like|"
                  rf"know|want|need|am worried|m worried|'m worried|worried|scared|afraid|concerned|asked|asking|"
                  rf"helping|help|massage|massaging|rub|care for|look after|looking after)\b|\b(?:me|i)\b(?=.*\b(?:"
                  rf"(?:his|her|their)\s+(?:\w+\s+)?{_BODY}|he|she)\b)")


@dataclass(frozen=True)
class Clause:
    """One clause of a message: where it starts, its text, the sentence it sits in, and whose it is."""

    start: int
    text: str
    sentence: str
    subject: str  # "self", "other" or "pet"
    sentence_start: int = 0

    @property
    def end(self) -> int:
        """Return the offset just past the clause."""
        return self.start + len(self.text)


#: The longest sentence and clause read as one (characters): a longer run without punctuation is cut at
#: a comma or a space, so the work per sign found stays bounded and a long paste is read in linear time.
MAX_SENTENCE = 400
MAX_CLAUSE = 200
_CUT = re.compile(r",\s*|\s+")


def _bounded(offset: int, text: str, limit: int) -> list[tuple[int, str]]:
    """Return ``text`` in pieces of at most ``limit`` characters, cut at the last comma or space."""
    out = []
    while len(text) > limit:
        cuts = [(m.start(), m.end(), "," in m.group()) for m in _CUT.finditer(text, limit // 2, limit)]
        end, resume, _ = ([c for c in cuts if c[2]] or cuts or [(limit, limit, False)])[-1]
        out.append((offset, text[:end]))
        offset, text = offset + resume, text[resume:]
    out.append((offset, text))
    return out


def _split(text: str, pattern: Pattern, offset: int, limit: int) -> list[tuple[int, str]]:
    out, start = [], 0
    for sep in pattern.finditer(text):
        out += _bounded(offset + start, text[start:sep.start()], limit)
        start = sep.end()
    out += _bounded(offset + start, text[start:], limit)
    return [(o, t) for o, t in out if t.strip()]


_OWNER = _rx(rf"\b(?P<self>my)\s+(?:\w+\s+)?{_BODY}\b|\b(?P<other>his|her|their|(?:{RELATIVES})'?s)\s+"
             rf"(?:\w+\s+)?{_BODY}\b")


#: A pet as what the writer rode, fell over or was hurt by.
_RIDDEN = _rx(r"\b(?:off|from|by|onto|under|riding|rode|tripped over|fell over|thrown off|kicked by|bitten by)\s+"
              r"(?:\w+\s+)?$")
#: A pet or an animal as what hurt the writer: "a horse kicked me in the back".
_ANIMAL_HURT = _rx(r"\W*(?:\w+\s+){0,2}?(?:kicked|bit|threw|knocked|trampled|stood on|landed on|fell on|jumped on|"
                   r"rammed|butted|dragged|pulled)\s+(?:me|my|him|her)\b")


#: The writer speaking of their own body or doing something themselves: "I can't feel", "my legs", "my back".
_MY_BODY = _rx(rf"\b(?:i|i'm|im|i've|ive|i am|i have|i had|i was)\s+(?:\w+\s+)?(?:can'?t|cannot|couldn'?t|can not|"
               rf"feel|felt|feeling|have|had|got|get|getting|woke|hurt|fell|slipped|lost|noticed|am|was|been)\b"
               rf"|\b(?:i'm|im|i am)\s+(?!(?:\w+\s+)?(?:sure|worried|scared|afraid|glad|sorry|hoping|thinking)\b)"
               rf"|\b(?:my|me)\s+(?:\w+\s+)?{_BODY}\b")


#: The writer's own past, not another person: "as a kid", "when I was a teenager".
_AS_A_CHILD = _rx(r"\b(?:as a|when i was a|when i was|since i was a|from a)\s+(?:little\s+|young\s+|small\s+)?"
                  r"(?:kid|child|"
                  r"teen|teenager|baby|boy|girl|lad|lass|youngster|toddler|nipper|bairn|wean)\b")


def _subject(text: str) -> str | None:
    """Return whose clause this is, or None when it names nobody (it then belongs to the one before)."""
    owner = _OWNER.search(text)
    if owner is not None and not _PET.search(text[:owner.start()]):
        return "self" if owner.group("self") else "other"
    text = _AS_A_CHILD.sub(lambda m: " " * len(m.group()), text)  # "had leukaemia as a kid": the writer, then
    pet, other, mine = _PET.search(text), _OTHER.search(text), _SELF.search(text)
    if pet and _RIDDEN.search(text[max(0, pet.start() - 20):pet.start()]):
        pet = None  # "thrown off my horse", "kicked by the pony": the writer's own accident
    if pet and _ANIMAL_HURT.match(text, pet.end()):
        pet = None  # "a horse kicked me in the back"
    if pet and _MY_BODY.search(_SELF_FRAME.sub(" ", text), pet.end()):
        pet = None  # "walking the collie my legs went numb": the writer's own body follows the pet
    # "me old collie": the "me" that owns the pet is not the writer's own (as "me nan" is the nan's)
    if pet and (other is None or pet.start() < other.start()) and (mine is None or pet.start() <= mine.start()):
        return "pet"
    if other is None:
        return "self" if _SELF.search(text) else None
    first = _SELF.search(_SELF_FRAME.sub(" ", text))
    if first is None or first.start() >= other.start():  # "me nan had...": "me" is the nan's
        return "other"
    return "self"


_PERSON = _rx(rf"(?:\b(?:my|our)\s+|^\W*)(?P<who>(?:(?:little|older|elderly|old|younger|big|baby|best|eldest|youngest|"
              rf"teenage|\d+[- ]?(?:year|yr)[- ]?old)\s+)?(?:{RELATIVES}))\b")


def person(text: str) -> str:
    """Return how to name the other person in ``text`` ("your husband"), or a neutral phrase."""
    m = _PERSON.search(text)
    return f"your {m.group('who')}" if m else "the person you mention"


def clauses(text: str) -> list[Clause]:
    """Return the clauses of a prepared (lower-cased) message, each with its subject."""
    out: list[Clause] = []
    subject = "self"
    for s_start, sentence in _split(text, _SENTENCE, 0, MAX_SENTENCE):
        for c_start, part in _split(sentence, _CLAUSE, s_start, MAX_CLAUSE):
            subject = _subject(part) or subject
            out.append(Clause(c_start, part, sentence, subject, s_start))
    return out


_NO_TROUBLE = _rx(r"(?:no|not any|not had any|never had any|never any)\s+(?:\w+\s+)?(?:trouble|problems?|issues?|"
                  r"difficult\w*|bother|change|changes|loss|lack|signs?)\b")


#: A turn after a denial to what is there: "no fever, just my legs both numb", "nothing major - only can't feel my bum",
#: "no red flags I think, just ...": the denial ends at it.
_TURNS = _rx(r"(?:,|\s[-\u2013\u2014]+|:)\s*(?:just|only|simply|mainly|mostly|except|apart from|other than|but|though|"
             r"however|instead)\b")


def denied(clause: Clause, start: int, end: int, text: str, *, inside: bool = True) -> bool:
    """Return whether the clause denies what sits at ``text[start:end]``, before or after it.

    With ``inside``, a negation within the find counts too ("my butt isn't numb"); finds whose own
    wording holds a negation ("haven't had a wee", "never goes away") pass ``inside=False``.
    """
    if _NO_TROUBLE.match(text, start, end):
        return True  # "no trouble peeing", "no problems with my bladder"
    # Phrases that deny nothing are blanked over the clause up to the find's end, so one that runs into the find
    # counts too ("I no longer no when I need the toilet": "know" dictated as "no").
    cleaned = _PSEUDO.sub(lambda m: " " * len(m.group()), text[clause.start:end])[:max(start - clause.start, 0)]
    cleaned = _NAMED_DENIAL.sub(lambda m: " " * len(m.group()), cleaned)
    for m in _NEGATION.finditer(cleaned):
        if len(cleaned[m.end():].split()) <= 12 and not _TURNS.search(cleaned, m.end()):
            return True
    if inside and _NEGATION.search(_PSEUDO.sub(" ", text[start:end])):
        return True  # "my butt isnt numb", "physio said it's not chronic"
    return bool(_AFTER_NEGATION.search(text[end:end + 40]))


#: Before a word of ending, these say it has not ended: "it still hasn't settled", "never really went away".
_NOT_YET = _rx(r"\b(?:not|never|hasn'?t|hasnt|haven'?t|havent|hadn'?t|hadnt|didn'?t|didnt|won'?t|wont|isn'?t|isnt|"
               r"aren'?t|doesn'?t|doesnt|nothing has|nothing's|not yet|yet to|still to|without being)"
               r"(?:\s+(?:\w+|\w+'\w+)){0,2}\s*$")
#: After a word of ending, these make it about something else: "passed water", "stopped working", "fixed my car".
_OTHER_SENSE = _rx(r"\s*(?:water|urine|wind|gas|stools?|motions?|faeces|feces|poo|a motion|blood|a stone|out|me|him|"
                   r"her|them|through|on|"
                   # "stopped going because of the copay", "stopped seeing the physio"
                   r"going|seeing|taking|using|paying|attending|trying|"
                   # "passed by" is another sense; "cleared up by spring" is not
                   r"by(?!\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|christmas|easter|then|now|itself|the end|"
                   r"\w+day|january|february|march|april|may|june|july|august|september|october|november|december))|"
                   r"my (?:test|exam|driving)|working|being able|feeling|moving|sleeping|walking|breathing|eating|"
                   r"in (?:bed|the bed)|"
                   r"my (?:car|bike|phone|chair|desk|bed|mattress|boiler|posture)|the (?:car|bike|chair|desk|bed|"
                   r"mattress|boiler))\b")


#: Feeling, control or strength named before "gone": what has gone is the feeling, not the trouble.
_FEELING_LOST = _rx(r"\b(?:can'?t|cannot|cant|couldn'?t|couldnt|could not|no longer|unable to) feel\b|"
                    r"\b(?:feeling|sensation|control|strength|power)\b")


#: What cleared an illness: "cleared by antibiotics", "cleared by the course of tablets".
_CURED_BY = _rx(r"\s+(?:up\s+)?(?:by|with|after)\s+(?:the\s+|a\s+|my\s+|two\s+|2\s+)?(?:courses? of\s+)?(?:antibiotics|"
                r"meds|medication|medicine|treatment|tablets|pills|penicillin|amoxicillin|antivirals?|steroids)\b")


@lru_cache(maxsize=4096)
def _ended(sentence: str) -> bool:
    """Return whether ``sentence`` says something has ended, leaving out denied endings and other senses."""
    for m in _RESOLVED.finditer(sentence):
        if _NOT_YET.search(sentence[max(0, m.start() - 40):m.start()]) and not m.group().startswith(("no longer",
                                                                                                       "hasn")):
            continue  # "it still hasn't settled", "never went away"
        if _OTHER_SENSE.match(sentence, m.end()) \
                and not (m.group() == "cleared" and _CURED_BY.match(sentence, m.end())):
            continue  # "hasn't passed water", "my legs stopped working" (not "cleared by antibiotics": it ended)
        if m.group() == "passed" and re.search(r"\b(?:mam|mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|"
                                                r"grandad|"
                                                r"grandpa|husband|wife|partner|brother|sister|son|daughter|friend|"
                                                r"he|she|they|dog|cat|aunt|uncle|auntie)\s*$", sentence[:m.start()]):
            continue  # "since my mam passed": she died; nothing has ended
        if m.group() == "no longer" and re.match(r"\s+(?:no|know|feel|can|able|control|notice|tell|sense|get|"
                                                 r"make it|hold)\b", sentence[m.end():]):
            continue  # "I no longer know when I need the toilet": a loss, not an ending
        if m.group().endswith("gone") and re.search(r"\bback(?:'s| has| is|s)?\s*$", sentence[:m.start() + 3]):
            continue  # "me back's gone": it gave way, it is not over
        if m.group().endswith("gone") and _FEELING_LOST.search(sentence[:m.start()]):
            continue  # "i cant feel my legs, its gone", "the feeling in both my legs its gone": the loss is the sign
        if _BACK_THEN.match(sentence, m.end()) and _EVER_SINCE.search(sentence):
            continue  # "ever since the crash my back's been sore, I was cleared back then": an ending of that time
        return True
    return False


#: An ending dated to a past time, and words that say the pain has gone on from then.
_BACK_THEN = _rx(r"\s+(?:(?!since\b|from\b|till\b|until\b)\w+\s+)?(?:back then|at the time|that time|then|after the "
                 r"(?:accident|crash|fall|injury))\b")
_EVER_SINCE = _rx(r"\b(?:ever since|to this day|still\b(?=(?:\s+[\w']+){0,3}?\s+(?:hurt\w*|ach\w*|sore|pain\w*|"
                 r"bad|bother\w*|stiff|twing\w*|there|here|not right|isn'?t right|niggl\w*|troubl\w*|flar\w*|"
                 r"suffer\w*|tender|giv\w* me|get (?:it|them|twinges|pain)|have (?:it|pain|trouble))\b))")
#: (not "still" said of something else: "it cleared up then and I still go to the gym")


def resolved(clause: Clause) -> bool:
    """Return whether the clause, or its sentence from the clause on, says the trouble is over and has not come back.

    An ending said before the clause does not reach it: "my back's been grand for years but this week I wet myself",
    "the pain went away but now both legs are weak".
    """
    rest = clause.sentence[max(clause.start - clause.sentence_start, 0):]
    return _ended(rest) and not _RECURS.search(rest)


def recurs(text: str) -> bool:
    """Return whether ``text`` says the trouble keeps coming back."""
    return bool(_RECURS.search(text))
