"""Safety triage of a whole message: none, chronic, urgent or emergency, with why and for whom.

Two detectors look at every clause: the rule patterns of :mod:`bot.safety.flags` and the phrase
banks of :mod:`bot.safety.banks`; a sign counts when either finds it and the clause neither denies
it, nor says it is over, nor puts it on a pet or another person's past.  When they find nothing in a
message about back pain, the trained model of :mod:`bot.safety.learned` may still flag it.  Durations
are read by :mod:`bot.safety.durations` from an injectable ``today``; the red flags of a few other languages by
:mod:`bot.safety.lexicons`.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from bot.safety import banks, durations, falls, flags, lexicons, people
from bot.safety.clauses import Clause, clauses, denied, hypothetical, person, prepare_own, recurs, resolved
from bot.safety.flags import FLAG_BY_ID, FLAGS, Flag
from bot.safety.levels import Level
from bot.safety.matching import Pattern, Screen, fold

#: The detectors ``assess`` uses by default: the rules, the phrase banks and the trained booster (its bars chosen
#: leaving each writer out, on the safety corpus and the answer corpus's ordinary messages: docs/quality.md).
DETECTORS = ("rules", "bank", "model")
#: Every detector ``assess`` knows.
ALL_DETECTORS = DETECTORS

#: The patterns of :mod:`bot.safety.flags` this module runs, each matching as compiled, only faster
#: (:class:`bot.safety.matching.Pattern`).
CONDITIONS = Pattern(flags.CONDITIONS)
CHRONIC_WORDS = Pattern(flags.CHRONIC_WORDS)
NO_TIME_WITHOUT = Pattern(flags.NO_TIME_WITHOUT)
VAGUE_CHRONIC = Pattern(flags.VAGUE_CHRONIC)
EXCLUDE = flags.EXCLUDE


def _rx(pattern: str) -> Pattern:
    return Pattern(pattern, re.IGNORECASE)


#: Words that make a message about pain or trouble (a duration or a risk counts only with one).
#: ("-ache" words, not "teaching", "coaching", "attached", "peaches"; "pain..." words, not "painting", "painter")
_PAIN = _rx(r"\b(?:\w*(?<![eot])ach(?:e|es|ed|ing|y)|pain(?!t)\w*|hurt\w*|aching|achy|sore\w*|stiff\w*|tender|"
            r"twinge\w*|niggl\w*|"
            r"dard|"  # Hindi and Urdu for pain, in Hinglish: "kamar dard", "back mein dard"
            # Complaints and injuries said without a pain word: "complaining of his back", "felt something go".
            r"(?:complain\w*|moan\w*|whing\w*|on about)\s+(?:of|about|that)\s+(?:(?:his|her|my|their|the|a|some|"
            r"lower|upper|bad|terrible|severe)\s+){0,3}(?:back|spine|neck|backache)|"
            r"(?:felt|feel|heard)\s+(?:something|it|a (?:\w+\s+)?(?:pop|snap|crack|click|twang|ping|tear))\s+"
            r"(?:go|went|give|gave|pop\w*|snap\w*|click\w*|crack\w*|twang\w*|ping\w*|tear|tore|rip\w*|shift\w*"
            r"|slip\w*)|"
            r"something\s+(?:went|gave|popped|snapped|cracked|clicked|tore|twanged|pinged|shifted|slipped)\s+"
            r"(?:pop\s+)?(?:in|at)\s+(?:my|his|her|the)\s+(?:\w+\s+)?(?:back|spine|neck)|dard|"
            r"lbp|spasm\w*|sciatica|nagg\w*|grumbl\w*|crippl\w*|murder\w*|cramp\w*|pinched nerve|trapped nerve|"
            r"(?:slipped|bulging|bulged|herniated|prolapsed|ruptured|torn) dis[ck]s?|dis[ck] (?:bulge|herniation|"
            r"prolapse)|"
            r"agony|agonis\w*|killing (?:me|him|her)|bad back|(?:did|done|do|doing) (?:my|his|her|me) back in|"
            r"play(?:s|ing|ed)? (?:me|him|her|them|us) up|act(?:s|ing|ed) up|"
            r"back (?:trouble|problems?|issues?|injury)|playing up|"
            r"suffer\w*|injur\w*|put (?:my|his|her) back out|put out (?:my|his|her) back|(?:my|his|her) back (?:went|"
            r"gave|"
            r"has gone|is gone|locked|locks|locks up|seized|seizes)|locked up|seized up|throbb\w*|burning|shooting|"
            r"stabbing|tweak\w*|"
            r"strain\w*|"
            r"sprain\w*|pulled|discomfort|flare\w*|bothering|bothers|bugging|bugged|buggin|painful|hurtin|hurtz|paine|pian|bakache|"
            r"backache|backpain|lumbago|ouch|owie|sciatic|trouble with my back|problems? with my back|issues? with my "
            r"back|bad\s+(?:lower|upper)\s+back)\b")
_BACK = _rx(r"\b(?:back|backs|bak|bck|bakc|bk|spine|spinal|lumbar|lower back|upper back|neck|tailbone|coccyx|sacrum|"
            r"lbp|"
            r"waist|kamar|"
            r"hips?|glutes?|"
            r"buttocks?|sciatica|backache|backpain|bakache|shoulder blades?)\b")
#: Activities, jobs and habits whose length is not the pain's: "a desk job for twenty years".
_HABIT = _rx(r"\b(?:job|jobs|work|works|worked|working|career|employed|profession|desk|office|nurse|nursing|driver|"
             r"driving|drive|drove|builder|building|teacher|teaching(?! me\b)|carer|caring|farmer|farming|"
             r"plumber|cleaner|"
             r"cleaning|mechanic|chef|waiter|waitress|soldier|army|military|trade|shift|shifts|commute|commuting|"
             r"running|ran|run|runner|jogging|lifting|lift weights|gym|training|train|trained|yoga|pilates|swimming|"
             r"swim|cycling|cycle|climbing|dancing|dance|dancer|football|rugby|golf|tennis|sport|sports|exercise|"
             r"exercising|massag\w*|self-massage|foam roll\w*|stretch\w*|married|marriage|together|living|lived|live|"
             r"moved|house|flat|mattress|bed|chair|sofa|couch|doing|(?<!has )(?<!have )(?<!had )(?<!'s )(?<!'ve )done|"
             r"did|using|used to using|use|smok\w*|vap\w*|"
             r"playing|played|play|sitting|sit|sat|standing|stand|gaming|typing|studying|study|student|uni|"
             r"school|retired|retirement|kids|children|baby|son|daughter|dog|cat|pet|owned|own|brand|wearing|"
             r"with (?:my|his|her|our) (?:partner|husband|wife|boyfriend|girlfriend|fianc\w*)|relationship|dating|"
             r"engaged|"
             r"sleeping on|slept on|vegan|vegetarian|diet|garden\w*|allotment|knitting|sewing|piano|guitar|"
             r"violin|hobby|volunteer\w*|plank\w*|meditat\w*|weightlift\w*|bodybuild\w*|crossfit|hiking|walking|"
             # A medicine's length is not the pain's: "on the pill for 3 years", "vitamin D tablets for 2 years".
             r"(?<!pain )(?<!painkiller )(?<!pain killer )(?<!pain relief )(?:tablets?|pills?|capsules?|meds|"
             r"medications?|medicines?|supplements?|vitamins?|contracepti\w*|inhalers?|hrt|blood thinners?|"
             r"anticoagulants?|warfarin|apixaban|rivaroxaban|clopidogrel|statins?|metformin)|"
             # A course, a degree or an apprenticeship: "3 months into my physio degree".
             r"degree|course|apprenticeship|internship|placement|residency|studies|training course)\b")
_STRONG_PAIN = _rx(r"\b(?:\w*(?<![eot])ach(?:e|es|ed|ing|y)|pain(?!t)\w*|hurt\w*|aching|achy|sore\w*|stiff\w*|agony|"
                   r"killing|spasm\w*|"
                   r"sciatica|"
                   r"suffer\w*|trouble|problems?|issues?|niggl\w*|twinge\w*|bad back|playing up|throbb\w*|injur\w*|"
                   r"backache|bakache|lumbago|painful)\b")
#: A clause that refers back to the pain: "It's been like this for 5 months."
#: "this", "that" said as a pronoun (the pain: "had this for months"), not before a noun of its own ("this boss fight",
#: "that church"); a pain noun after it is a pain word already.
_PRONOUN = (r"(?:this|that|these)(?!\s+(?!(?:for|since|now|on|off|and|all|thing|things|stuff|one|ones|again|ever|"
            r"every|is|are|has|have|was|were|been|going|started|crap|rubbish|nonsense|lot|whole|same|pain|ache|problem|issue|"
            r"kind|type|sort|since|till|until|from|ages|long|year|month|week|time|condition|injury|back|spine|neck|"
            r"stiffness|tightness|numbness|tingling|discomfort|bloody|damn|damned|stupid|horrible|awful|terrible|"
            r"annoying|nagging|bad|flipping|freaking|effing|wretched|lower|upper|sciatic|hip|shoulder|tailbone|"
            r"business|thing's|misery|nightmare|curse|"
            # a verb after it: the pronoun is the pain's subject ("this goes on for four years", "that keeps coming
            # back")
            r"goes|gone|went|keeps|kept|comes|came|happens|happened|lasts|lasted|hurts|began|begun|starts|kicks|"
            r"kicked|flares|flared|continues|continued|carries|carried|drags|dragged|persists|persisted|recurs|returns|"
            r"returned|appeared|seems|seemed|feels|felt|gets|got|had)\b)[a-z]{3,}\b)")
_REFERS = _rx(r"\b(?:it|it's|its|" + _PRONOUN + r"|been|going on|started|start|began|begun|like this|on and off|"
              r"off and on|ongoing|since then|ever since|the problem|the issue|the same|mine(?:'s| is| has))\b")
_AGE_BEFORE = _rx(r"(?:\bin (?:all )?(?:my|his|her)\s*$|"
                  r"\b(?:i'?m|im|i am|aged?|he'?s|she'?s|he is|she is|they'?re|turned|turning|at|nearly|almost|"
                  r"over|under)\s*)$")
_AGE_AFTER = _rx(r"^(?:[\s-]*(?:old|of age|young|yo\b|y/o|y\.o|of my life|of life|in age)|[/.]o\b|o\b)")
_PREGNANT = _rx(r"\b(?:pregnan\w*|preggers|preggo|along|gestation|trimester|expecting|pg|weeks gone|postpartum|"
                r"post-partum|postnatal|post natal|since (?:the )?birth|give birth|gave birth|due|baby|bump|ivf|"
                r"(?:weeks|months) gone|"
                # "20 weeks with number three", "24 weeks with my second", "30 weeks with twins"
                r"with (?:number|no\.?) (?:two|three|four|five|2|3|4|5)|with (?:my|our|the) (?:first|second|third|"
                r"fourth|1st|2nd|3rd|4th|next) (?:one|baby|child|bub)?|with (?:the )?twins)\b")
_SINCE_BEFORE = _rx(r"\b(?:since|from|started|starting|began|begun|beginning)\b[^.;!?]{0,12}$")
_SIMPLE_PAST = _rx(r"\b(?:had|was|were|lasted|hurt|suffered|got|went through|experienced|dealt with|struggled|"
                  r"gave (?:me|him|her)|went on|dragged on|\w{3,}ed (?:me|him|her)(?! (?:since|ever|for ages))|ached|"
                  r"niggled|throbbed)\b")
#: (With "my back's ached", "it's bothered me": the present perfect.)
_CURRENT = _rx(r"\b(?:have|has|'ve|ve|still|since|now|currently|keeps?|ongoing|is|are|am|'m|been)\b"
               r"|(?<=\w)'s\s+(?:\w+ed|been|had|hurt|got)\b")
_PAST_ANCHOR = _rx(r"\b(?:years? ago|months? ago|back then|at the time|when (?:i|he|she) was|as a (?:kid|child|teen|"
                   r"teenager)|in (?:19|20)\d\d|in my (?:teens|twenties|thirties)|last (?:year|decade)|a while ago|"
                   r"long ago|previously|in the past|once)\b")
_OTHER_HISTORY = _rx(r"\b(?:had|was|were|used to|years ago|last (?:week|month|year)|when (?:he|she|they) was|"
                     r"passed away|died|before (?:he|she|they) died|recovered|in the past|history of|back then)\b")
_FIRST_TIME = _rx(r"\b(?:first[- ]?(?:ever )?time|for the first time|first ever|"
                  r"never had a day'?s (?:bother|trouble|pain|problem|bad back)|never (?:had|had any|had back|"
                  r"experienced|suffered|had problems|had trouble|had issues|had pain|had a bad|had owt|"
                  r"had anything|had nothing)|never before|"
                  r"never been a problem|new (?:to me|for me|pain|back pain|thing)|brand new|first (?:back|bout|"
                  r"episode|"
                  r"attack|twinge)|not something i'?ve had|out of (?:nowhere|the blue)|just started|suddenly started|"
                  r"started recently|recently started|started (?:a few|a couple of|\d+) (?:days|weeks) ago|"
                  r"(?:has|have|'ve|ve) (?:just )?(?:started|begun)|first (?:few|couple of|\d+) (?:days|weeks)|"
                  r"started hurting|began hurting|started to hurt|began to hurt|came on|first noticed|"
                  r"no (?:history|previous|prior)|none before|always been fine|never (?:really )?had|"
                  r"never (?:[\w']+ ){0,4}?(?:had|suffered|experienced|known|hurt|bothered|complained|complain|"
                  r"mentioned|moaned|got|gotten|faced|felt|troubled|an issue|a problem)|"
                  r"(?:didn'?t|did not|haven'?t|hasn'?t|have not|has not|not) (?:ever )?(?:had|have|get|got) "
                  r"(?:it|this|that|back pain|any (?:back )?pain|any trouble|any problems?|issues) before|"
                  r"(?:pain|ache|it|this|problem|trouble)(?:'s| is| was) (?:all |totally |completely |brand |"
                  r"something )?new\b|"
                  r"(?:has|have|had) never (?:[\w']+ ){0,2}?happened|first time in (?:my|his|her) life|"
                  r"not once in (?:my|his|her) life|"
                  # "had no back problems until this month", "no trouble with his back till now".
                  r"(?:had |has |have )?no (?:back )?(?:problems?|trouble|issues?|pain)(?: with (?:my|his|her) back)? "
                  r"(?:until|till|til|before|up to)\b"
                  # (not a daily pattern: "no pain until the evening", "no problems until I sit through a film")
                  r"(?!\s+(?:the |this |in the |at |about |around )?(?:evening|morning|afternoon|night|nighttime|"
                  r"end of the day|bedtime|lunch\w*|dinner\w*|tea ?time|late|later|after\w*)\b|\s+(?:i|he|she|we|"
                  r"they)\s+(?:\w+\s+)?(?:sit|sits|stand|stands|walk|walks|get|gets|go|goes|do|does|try|tries|bend|"
                  r"bends|lift|lifts|drive|drives|sleep|sleeps|run|runs|play|plays|work|works|have|has|start|starts)\b))")
_OSTEO_EVENT = _rx(r"\b(?:fell|fall|falls|fallen|falling|slipped|tripped|tumbled|tumble|trip|slip|slid|stumbl\w*|"
                   r"sudden\w*|"
                   r"out of (?:nowhere|the blue)|"
                   r"cough\w*|sneez\w*|bump\w*|knock\w*|bang\w*|lift\w*|bent|bending|twist\w*|crack\w*|snap\w*|"
                   r"jolt\w*|sharp|new|started|just|fracture\w*|broke|broken|collapse\w*|sat down hard|landed)\b")
_ASKS = _rx(r"\b(?:my|i'?ve got|i have|ive got|i got|i'?m having|im having|i hurt|i'?ve hurt|i pulled|i strained|i "
            r"tweaked|i put|i did|i've done|i am in|i'?m in|suffering|i woke up with|woke up with)\b")

_RECENT = _rx(r"\b(?:now|today|suddenly|just (?:now|started|happened|got|been|had|this|today|noticed|come)|since|"
              r"still|this (?:morning|afternoon|evening|week)|tonight|tonite|2nite|yesterday|yday|yest|"
              r"last night|last nite|lastnight|earlier|hours? ago|an hour|minutes? ago|can'?t|cant|cannot|currently|"
              r"at the moment|"
              r"right now)\b")
#: Words that make "my back" a complaint: "my back's been rubbish since February half term".
_TROUBLE = _rx(r"\bback (?:probs?|probz|problems?|issues?)\b|"
               r"\b(?:(?:now|been|on|going on|struggling|struggled|problems?|trouble|months|weeks|years) with "
               r"(?:my|his|her|the) (?:lower |upper )?back|"
               r"keeps? (?:going|giving (?:out|way)|going out|locking)|with (?:this|that) back|"
               r"(?:physio\w*|chiro\w*|osteo(?:path)?|doctor|gp|specialist|consultant|surgeon|therapist)s? (?:about|"
               r"for|"
               r"with|regarding) (?:my|his|her|their) (?:lower |upper )?back|bad|dodgy|rubbish|iffy|"
               r"knackered|gammy|ropey|bother|"
               r"crook|wonky|terrible|awful|horrible|not right|"
               r"not good|not great|not the same|never been (?:right|the same|good)|hasn'?t been (?:right|the same|"
               r"good)|"
               r"hasnt been (?:right|the same|good)|isn'?t right|isnt right|not shifting|won'?t shift|wont shift|"
               r"giving "
               r"(?:me|him|her|them) (?:grief|gyp|jip|hell|trouble|problems)|playing up|acting up|on and off|"
               r"off and on|"
               r"comes? and goes?|keeps? coming back|goes? every|goes out|went out|gone again|flared|flare|knots?|"
               r"tension|tight\w*|stiff\w*|niggl\w*|bothering|bothered|troubl\w*|problem\w*|issues?|paining|not well|"
               r"not ok|not okay|not better|no better|worse|killing|murder|a mess|wrecked|done in|shot|gone|goes|went|"
               r"locked|seized|twinge\w*|messed up|mucked up|screwed up|buggered|banjaxed|crocked|stuffed|"
               # Slang for a bad back in many Englishes: "back's been junk", "my back is toast", "goosed", "in bits".
               r"junk|trash|garbage|toast|busted|bust|jacked(?: up)?|hosed|borked|cooked|a wreck|out of whack|haywire|"
               r"kaput|goosed|in bits|in a bad way|effed up|f[a-z*]*ed up|fubar|spoilt|spoiled|not cooperating|"
               r"giving (?:me )?wahala|acting funny|off again|all over the place|"
               r"(?:has|have|had)n'?t (?:felt|been) (?:right|the same|good|great)|(?:has|have|had) not (?:felt |been )?"
               r"(?:right|the same|good|great)|not (?:felt|feeling|been) (?:right|good|great|itself)|never (?:quite |"
               r"really )?(?:right|recovered|healed))\b")
#: The pain referred to as "this" or "it": "had this for yonks", "been living with it since 2019".
_HAD_IT = _rx(r"\b(?:had|have|having|got|(?:living|lived|dealing|dealt|putting up|put up|struggl\w*|stuck|on and off|"
              r"coping|coped|battling|battled) (?:with|w/|w|wiv|wit|wid)|suffer\w* (?:with|w/|w|from)?|been at)\s*"
              r"(?:this|it|that|these|mine)\b"
              r"(?!\s+(?:mattress|chair|bed|job|car|desk|pillow|sofa|phone|house|flat|one|for sale))")
#: A pain word or a back-body word in a short message of fragments: "about 3 months now, upper back".
_FRAGMENT_BODY = _rx(r"\b(?:lower|upper|mid|middle|low)\s+back|\b(?:lumbar|tailbone|coccyx|sacrum|spine|neck|"
                     r"shoulder blades?|between (?:the|my) shoulders)\b")
#: After a length, the words that make it a habit's or a job's: "twenty-two years laying bricks".
_HABIT_AFTER = _rx(r"\s*(?:(?:of|in|at|on|behind|as)\s+(?:an?\s+|the\s+|my\s+)?(?:army|navy|forces|job|trade|"
                   r"tools|road|buses|farm|railways?|desk|wheel|factory|office|computer|building sites?|site|nursing|"
                   r"teaching|driving|building|farming|construction|retail|hospitality|care|warehouse|kitchen|"
                   r"nurse|teacher|driver|builder|chef|cleaner|carer|mechanic|plumber|electrician|soldier)\b|"
                   r"(?:of\s+)?(?!(?:hurting|aching|suffering|struggling|dealing|living|coping|putting|having|"
                   r"getting|going|being|feeling|waking|throbbing|burning|killing|nagging|bothering|playing|"
                   r"flaring|niggling|paining|limping|taking|trying|seeing|using|icing|stretching)\b)[a-z]+ing\b)")
#: Long-term conditions by their capitals, which in lower case are common words: "I have AS", "my RA".
_ACRONYM = re.compile(r"\b(?:[Hh]ave|[Hh]as|[Ww]ith|[Gg]ot|[Mm]y|[Hh]is|[Hh]er|[Dd]iagnosed|[Ff]rom|[Oo]f|[Tt]he)"
                      r"\s+(?:axial\s+)?(?:AS|AxSpA|RA|PsA|EDS|hEDS|DISH|OA|DDD|CRPS|PMR)\b"
                      # or before a word of the condition: "AS flare this week", "my RA pain", "PsA meds".
                      r"|\b(?:AS|AxSpA|RA|PsA|EDS|hEDS|OA|DDD|CRPS|PMR)\s+(?:[Ff]lare\w*|[Pp]ain|[Ss]ymptoms|"
                      r"[Pp]atient|"
                      r"[Ss]ufferer|[Ww]arrior|[Dd]iagnosis|[Mm]eds|[Mm]edication|[Cc]onsultant|[Nn]urse|[Cc]linic|"
                      r"[Ss]pine|[Bb]ack(?!\s+(?:at|in|to|from|home|then|when|on|for|with|again|up|down|off|out|into)\b)|[Ss]tiffness|"
                      r"[Dd]ay)\b")  # not "back" as a way: "I work as an RA back at uni"
#: A past start that is still going on: "still", "ever since", "never recovered".
_ONGOING = _rx(r"\b(?:still|ever since|since (?:about |around |roughly |just about )?then|(?:has|have) not been right|"
               r"to this day|to date|till now|until now|up to now|hasn'?t (?:\w+ )?"
               r"(?:gone|settled|healed|recovered|improved|cleared|got better|been right|been the same|stopped|eased)|"
               r"never (?:\w+ )?(?:recovered|healed|got better|went away|gone away|been right|been the same|settled|"
               r"stopped|cleared)|not (?:gone|better|healed|right|recovered) since|every day since|ongoing)\b")
#: Another person's pain said in the present: "he says his back hurts", "her back is agony".
_HURTS_NOW = _rx(r"\b(?:his|her|their)\s+(?:\w+\s+)?back(?:'s|s)?\s+(?:is|are|hurts|aches|feels|has been|'s been|"
                 r"is killing)\b|\b(?:he|she|they)\s+(?:says?|said|tells? me|reckons?)\b[^.;!?]{0,30}\b(?:hurts?|"
                 r"aches?|"
                 r"pain|sore|agony)|\b(?:he'?s|she'?s|they'?re|he is|she is|they are|keeps?|always|now)\s+(?:\w+\s+)?"
                 r"(?:complaining|moaning|whinging|on about)\s+(?:of|about)\s+(?:his|her|their)\s+(?:\w+\s+)?back\b"
                 r"|\b(?:is|are|'s|'re|keeps?|been|started)\s+(?:\w+\s+)?(?:complaining|moaning|whinging)\s+(?:of|"
                 r"about)\s+"
                 r"(?:\w+\s+)?(?:back|backache|pain)\b")
#: Words of frequency that say nothing of the pain unless said of it: "all the time", "constant".
_GENERIC = _rx(r"all the time|constant\w*|every so often|over and over|again and again|back again|ongoing|on-going|"
               r"persist\w*")
#: Words that imply an ongoing pain without naming it: "nothing seems to work", "the chemist gave me some gel".
_IMPLIED = _rx(r"\b(?:fed up|sick of it|nothing (?:seems to |really )?(?:works?|helps?|touches it|shifts it)|"
               # Told it would settle, and it has not: "the surgery says it'll settle but it hasn't".
               r"(?:it'?ll|it will|it should|it would|it'?d|that it would)\s+(?:\w+\s+)?(?:settle|clear up|ease off|"
               r"get better|go away|sort itself out)\b[^.;!?]{0,50}?\b(?:hasn'?t|has not|didn'?t|did not|never|"
               r"not)\b|"
               r"tried everything|(?:the )?chemist|pharmacist|painkillers?|pain killers?|paracetamol|ibuprofen|"
               r"co-?codamol|naproxen|voltarol|deep heat|tiger balm|heat pads?|hot water bottle|always there|"
               r"in the background|never left|never leaves|can'?t shake (?:it|this)|still (?:there|sore|hurts|aching)|"
               r"tired of (?:it|this)|sick of this|this (?:thing|problem|issue) (?:has|'s|is|keeps)|"
               r"martyr to|(?:still )?hanging (?:around|about|on)|never (?:really )?(?:went|gone|goes) away|"
               r"won'?t (?:go|shift|clear) (?:away|off)?|plagued|(?:my |me |the )?back(?:'s| has| is|s)? been "
               r"(?:like this|at me|playing up|acting up|"
               r"giving me (?:grief|gyp|jip|hell|trouble)))\b")
#: A time a year or more back: "in 2018", "years ago", "as a kid".
_LONG_PAST = _rx(r"\b(?:years? ago|decades? ago|(?:years?|decades?|(?:a few|some|several|many|\d+|two|three|four|five|"
                 r"six) months) back\b(?!\s+(?:pain|ache|problems?|trouble|injury|muscles?))|in (?P<year>(?:19|"
                 r"20)\d\d)|as a (?:kid|child|teen|teenager|baby)|"
                 r"when i was (?:a kid|young|little|a child|younger|at school|a teenager)|back then|in my (?:teens|"
                 r"twenties|thirties|forties)|a long time ago|long ago|last year|the year before|(?:a few|some|"
                 r"several|many|\d+|two|three|four|five|six) months ago)\b")
#: A thing whose age is told: "the mattress is about 3 years old", "a 10 year old car" is read by the age's own words.
_THINGS_AGE = _rx(r"\b(?:mattress|bed|sofa|couch|settee|chair|pillow|car|van|house|flat|shoes|trainers|boots|phone|"
                  r"laptop|desk|carpet|boiler|cushion|topper|recliner|office chair|bike)(?:'s|\s+(?:is|was|are|were|"
                  r"must be|has to be))?\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|"
                  r"over\s+|under\s+|maybe\s+|probably\s+|like\s+|barely\s+|well over\s+)?$")
#: A child carried or lifted by the writer, said right before the child's age ("carrying my 3 year old").
_CARRIED = _rx(r"\b(?:carry\w*|carried|lift\w*|holding|hold|pick(?:ing|ed)?(?: up)?|lugg\w*|cuddl\w*|rocking|chasing|"
               r"chase|bathing|nursing|breastfeeding|feeding|piggyback\w*|pushing|push)\s+(?:up\s+|around\s+)?"
               r"(?:my|our|the|his|her|a|their)\s+(?:\w+\s+)?$")
#: An older person named without an age (the older-fall flag's last pattern).
_OLDER_PERSON = _rx(people.OLDER_PERSON)
#: Said with a pain spreading to the jaw or arm, these make it a heart attack's signs (NHS: Heart attack).
_HEART_WITH = _rx(r"\b(?:sweat\w*|clammy|breathless\w*|short of breath|out of breath|can'?t (?:catch my |get my )?"
                  r"breath\w*|(?:hard|difficult|struggl\w*) to (?:breathe|catch my breath)|nause\w*|"
                  r"feel(?:s|ing)? sick(?! of| and tired)|"
                  r"felt sick|being sick|vomit\w*|throw\w* up|dizzy|light[- ]?headed|faint\w*|grey|clutch\w*)\b")
_BREATHLESS = _rx(r"(?:short of breath|breathless\w*|can'?t (?:catch my |get my )?breath\w*|(?:hard|difficult"
                  r"|struggl\w*)"
                  r" to (?:breathe|catch my breath))")
_SWEATY = _rx(r"\b(?:sweat\w*|clammy|nause\w*|feel(?:s|ing)? sick(?! of| and tired)|felt sick|being sick|vomit\w*|"
              r"throw\w* up|grey|gray|"
              r"light[- ]?headed|faint\w*)\b")
#: Effort or a known cause that explains being out of breath and sweaty.
_EFFORT = _rx(r"\b(?:run|running|ran|jog\w*|gym|workout|exercis\w*|climb\w*|stairs|hill|hike|hiking|cycl\w*|sprint\w*|"
              r"training|match|game|sauna|hot yoga|asthma\w*|inhaler|anxiety|panic|hot flush\w*|hot flash\w*|"
              r"menopaus\w*|cold(?!\s+sweat)|flu|covid|chest infection|pregnan\w*)\b")
#: The words that say a trouble peeing is the pee's; without one only a message about the back reads it so.
_TOILET_WORD = _rx(r"\b(?:pee\w*|wee\w*|piss\w*|urin\w*|water|stream|flow|bladder|toilet|loo|bathroom|washroom|"
                   r"restroom|urinal|lavatory|wc|latrine|dribble|trickle)\b")
#: Things that will not start that are not the pee: "the car, can't get it started".
_MACHINE = _rx(r"\b(?:car|engine|\w*mower|strimmer|motor|van|motorbike|laptop|computer|pc|boiler|heater|fire|"
               r"generator|printer|tv|telly|app|phone|routine|workout|session|business|project|conversation|video)\b")
#: Pain between the shoulder blades (a sign of a heart attack with others) and the pain elsewhere that makes it one.
_BLADES = _rx(r"\bshoulder[- ]?blades\b")
_BLADES_WITH = _rx(r"\b(?:spread\w*|radiat\w*|going|goes|moving|moves|shoot\w*|travel\w*|down|into|up)\s+(?:\w+\s+)?"
                   r"(?:my |his |her |their |the )?(?:left arm|arms|jaw)\b|\b(?:left arm|arms|jaw\w*)\s+(?:\w+\s+)?"
                   r"(?:pain\w*|hurt\w*|ach\w*|sore|heavy|numb\w*|tingl\w*|tight)|\b(?:pain|ache|heav\w*|numb\w*|"
                   r"tingl\w*) in (?:my |his |her |their |the )?(?:left arm|arms|jaw)\b")
#: Goodbye letters to someone ("to my kids") are the writer's thought, though they name them.
_FAREWELL_TO = _rx(r"\b(?:goodbye|farewell|suicide) (?:letters?|notes?)\b")
#: Wanting to be with someone who has died is the writer's thought, though it names them.
_JOIN_THE_DEAD = _rx(r"\b(?:join|be with)\s+(?:my|our)\s+(?:late|dead)\b")
_JAW_AND_ARM = _rx(r"\bjaw\w*\b[^.;!?]{0,60}\b(?:left )?arms?\b|\b(?:left )?arms?\b[^.;!?]{0,60}\bjaw")
#: What makes a tearing pain an emergency: sudden or severe (NHS: Abdominal aortic aneurysm).
_SUDDEN_SEVERE = _rx(r"\b(?:sudden\w*|out of (?:nowhere|the blue)|all of a sudden|worst|severe|excruciating|agony|"
                     r"unbearable|never (?:felt|had|known) (?:\w+ )?(?:pain |anything )?like|intense|terrible|"
                     r"horrendous)\b")
#: Woken by the pain (in bed, so lying down has not eased it).
_WAKES = _rx(r"\b(?:wakes?|woke|waking|wake|woken)\b")
#: Pain said to ease once something is done: "settles when I lie down", "fine once I turn over".
_EASES_WHEN = (r"\b(?:eases?|eased|easing|settles?|settled|goes off|goes away|goes|stops?|calms? down|better|fine|"
               r"disappears?)\b[^.;!?]{0,20}\b(?:when|once|if|after|as soon as)\s+(?:i\s+|i'?m\s+|he\s+|she\s+)?")
_LIE_EASED = _rx(_EASES_WHEN + r"(?:lie|lay|lying|rest|resting)\b")
#: Pain eased by rest, lying down or a change of position, or put down to the bed: not night pain "not eased by rest".
_EASED = _rx(_EASES_WHEN + r"(?:lie|lay|lying|rest|resting|roll|rolled|turn|turned|change position|changed position|"
             r"shift|shifted|on (?:my|his|her) (?:side|back|front)|in bed)\b|"
             r"\b(?:because of|from|due to|thanks to)\s+(?:my|the|our|this|a)\s+(?:\w+\s+)?(?:mattress|bed|pillow)\b|"
             r"\b(?:mattress|bed|pillow)\s+(?:is|'s|was)\s+(?:\w+\s+)?(?:rubbish|awful|terrible|old|too soft|too hard|"
             r"knackered|shot|lumpy|saggy)\b")
#: The parts the red flags are of, said to be fine: "I can feel my legs fine", "peeing is normal", "bowels OK".
_SIGNS_FINE = _rx(r"\b(?:(?:can|could)\s+(?:still\s+)?feel\s+(?:my|both|his|her)\s+(?:\w+\s+)?(?:legs?|feet|bum|"
                  r"bottom)|"
                  r"(?:legs?|feet|bladder|bowels?|peeing|weeing|pee|wee|waterworks|toilet|bum|bottom|feeling|sensation|"
                  r"temperature|temp)(?:\s+(?:and|&)\s+(?:\w+\s+)?\w+)?\s+(?:is|are|'s|feel|feels|seem|seems|both|"
                  r"all)?\s*"
                  r"(?:totally\s+|completely\s+|perfectly\s+|all\s+)?(?:fine|normal|ok|okay|good|grand|as usual))\b")
_BEETROOT = _rx(r"\b(?:beetroot|beets?|blackberr\w*|rhubarb|food colou?ring|(?:blood|urine|pee|wee) (?:tests?|sample|"
                r"results?)|rifampicin|nitrofurantoin)\b")
#: The child's own back, after their age: "my 10 year old has back pain", "my son, 9, says his back hurts".
_CHILDS_BACK = _rx(r"\b(?:his|her|their)\s+(?:\w+\s+)?(?:back|spine|backache)|\b(?:has|have|got|with|having|"
                   r"complain\w*(?: of| about)?|says?|saying|said|moan\w*(?: about)?)\s+(?:\w+\s+){0,2}?(?:back|spine|"
                   r"backache|bad back|sore back)\b")
#: A test for a condition, after its name: "a scoliosis check", "arthritis screening".
_SCREENED_FOR = _rx(r"\s*(?:syndrome\s+)?(?:checks?|check-?ups?|tests?|testing|screening|screenings)\b")
#: A negation close to a pain word: "no", "not", "never", "without", "n't".
_NEAR_NEGATION = _rx(r"\b(?:no|not|never|without|none|nor|neither|zero|dont|doesnt|didnt|isnt|wasnt|cant|wont|"
                     r"havent|hasnt|aint)\b|n't\b")
#: A denial held to a time or a condition, so the pain is told too: "no pain during the day (but at night...)", "no
#: pain when he sits", "no pain unless he lies down", "had no pain until she fell".
_DENIED_ONLY_WHEN = _rx(r"\s*(?:(?:at all|in (?:his|her|their|the) back|really|as such|now)\s+)?"
                        r"(?:during|when|whenever|unless|until|till|til|untill|except|while|whilst|before|"
                        r"apart from|other than|only|if|"
                        r"in the (?:day|daytime|morning|mornings|evening|evenings)|by day|first thing|till|up to)\b")
#: Where a sentence's stretches end, each telling one thing: a comma, "and", "but".
_STRETCH = _rx(r"[,;:]|\b(?:and|but|so|then|though|although)\b")
#: Words that make a stretch without a pain word about the pain still: "struggling for months", "had it for years".
_OWNS_PAIN = _rx(r"\b(?:it|its|it's|" + _PRONOUN + r"|the same|struggl\w*|suffer\w*|dealing|dealt|living with|"
                 r"lived with|putting up|put up|coping|coped|battl\w*|on and off|off and on|ongoing|bad|bother\w*|"
                 r"trouble\w*|problems?|issues?|injur\w*|agony|flare\w*|niggl\w*|bouts?|episodes?|attacks?|symptoms?)\b")
#: Treatment, visits and a limp are the pain's too: "tramadol for 4 months", "been to the GP three times since june",
#: "limping for 6 months", "seeing a chiropractor for a year", "heat pads every night for 5 months".
_PAINS_TOO = _rx(r"\b(?:pain ?killers?|pain ?relief|analgesics?|ibuprofen|nurofen|paracetamol|tylenol|advil|aspirin|"
                 r"naproxen|diclofenac|voltarol|co-?codamol|codeine|tramadol|morphine|oxycodone|gabapentin|pregabalin|"
                 r"amitriptyline|duloxetine|meds|medication|tablets|pills|gp|doctors?|drs?|physio\w*|chiro\w*|"
                 r"osteo\w*|hospital|a&e|a and e|clinic|consultant|specialist|scans?|x-?rays?|mri|injections?|"
                 r"limp\w*|heat ?pads?|hot water bottles?|tens|every day|every night|"
                 r"daily|nightly|on and off)\b")
#: The words of a length itself, and the fillers around one: what is left says whose it is ("teaching", "diabetic").
_BARE_TIME = _rx(r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple|several|"
                 r"many|half)\b|\b(?:days?|weeks?|months?|years?|yrs?|decades?|ages|since|for|over|about|around|"
                 r"nearly|almost|past|last|now|of|the|good|whole|well|i|i'?ve|ive|i'?m|im|been|have|has|had|"
                 r"just|like|or|so|yeah|yes|um|erm|mind)\b")
_FILLERS = frozenset({"s", "ve", "m", "t", "d", "ll"})
#: A pain's own time, said beside it: "today", "this week", "since Friday", "yesterday".
_OWN_TIME = _rx(r"\b(?:today|tonight|this (?:morning|afternoon|evening|week|weekend)|yesterday|last (?:night|week|"
                r"weekend)|(?:since|on|from) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)|"
                r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:morning|night|evening))\b")
#: The writer saying the question is for someone else: "I'm asking about my husband", "this is for my mum".
_FOR_ANOTHER = _rx(r"\b(?:asking (?:about|for|on behalf of)|(?:this|it|the question) is (?:about|for)|"
                   r"writing (?:about|for))\s+(?:my|our)\s+(?!(?:own|back|self)\b)\w+|\basking for (?:him|her|them)\b")
#: A count said as how often before "a year", "a week": "times a", "twice a", "days a" ("three days a week").
_PER = _rx(r"\b(?:times?|once|twice|thrice|x|days?|nights?|hours?|hrs?|mins?|minutes?|sessions?|goes)\s*$")
#: Pain said to be absent in the clause of a length: "no pain since", "pain-free for a year" (not "no pain
#: relief").
_NO_PAIN = _rx(r"\b(?:no|zero|not (?:had )?any|never had any|without (?:any )?|free (?:of|from))\s+"
               r"(?:(?:back|more|further|real)\s+)?(?:pain|aches?|trouble|problems?|issues?|twinges?)\b"
               r"(?!\s*(?:relief|killers?|relievers?|meds?|medicines?|medications?|drugs?|tablets?|pills?|patch\w*|"
               r"management|clinic|specialist|[- ]?free)\b|\s+(?:\w+\s+)?(?:works?|helps?|touches|shifts|stops)\b)"
               r"|(?<!\bno )\bpain[- ]free\b")
#: An age said as the name of a person ("my 2 year old", "our 16-year-old"): someone else's age, not the writer's.
#: (not "me": "me 16 year old, back pain start last week" is the writer's age said short)
_AGE_AS_PERSON = _rx(r"\b(?:my|our|your|his|her|their|the)\s+$")
#: A flare-up set off by the massage itself.
_AFTER_MASSAGE = _rx(r"\b(?:after|from|when|whenever|every time|each time|if|while|during)\s+"
                     r"(?:i\s+|a\s+|the\s+|my\s+)?(?:massag\w*|rub\w*|press\w*|roll\w*|knead\w*|foam roll\w*|"
                     r"work on it|use the (?:ball|gun|roller))")
#: Legs that stay weak or numb: no look-alike of tired or sat-on legs explains them.
_LASTING = _rx(r"\b(?:still (?:weak|numb|dead|tingl\w*|giving way)|days? later|(?:can'?t|cant|cannot|barely|hardly) "
               r"(?:walk|stand)|getting worse|worse and worse|won'?t go away)\b")
#: The writer setting their own pain beside someone else's: "mine's just started", "this is about MY back".
_MINE = _rx(r"\b(?:mine(?:'s| is| has| only| just)|my own\b|about my back|about me\b|as for me|me,? i)|"
            r"\b(?:tweaked|twinged|pulled|hurt|strained|ricked|cricked|jarred|did|done|put)\s+mine\b")
#: A question after it about the other person's pain: "what can she do for hers", "what helps him".
_ASKS_OF_OTHER = _rx(r"\b(?:what|how|which|can|could|should|would|will|does|do|is|any)\b[^.;!?]{0,30}?"
                     r"\b(?:she|he|they|him|her|hers|them|theirs)\b")
#: The pain named right after a length: "15 years of a bad back", "three months of this sciatica".
_OF_PAIN = _rx(r"\s+(?:of|with)\s+(?:a\s+|this\s+|the\s+|my\s+|constant\s+|on and off\s+)?(?:bad back|back pain|"
               r"backache|back ache|back trouble|back problems|pain|agony|sciatica|lumbago|aches?|(?:lower |"
               r"upper )?back "
               r"(?:pain|trouble|problems|issues))\b")
#: A role after a length: "32 years a postie", "20 years an electrician".
_ROLE_AFTER = _rx(r"\s+(?:a|an)\s+(?!(?:bit|lot|little|while|day|week|month|year|half|quarter|good|long|few|couple|"
                  r"nightmare|misery|struggle|pain|ache|agony|problem)\b)[a-z]+(?:\s*[.,;!?]|\s*$|\s+(?:and|now|here|"
                  r"by|in|at|for)\b)")
#: A sentence that opens with a length or a start, its subject left out: "since me wedding in april", "started in
#: june and it's december now", "its been four months now", "3 months of this".
_IMPLICIT = _rx(r"\W*(?:(?:honestly|tbh|well|yeah|yes|so|like|erm|um|ugh|and|oh|ok|okay)[\s,]+)*(?:ever since|since|"
                r"(?:it )?started|(?:it )?began|it'?s been|its been|it has been|been|going on|coming up|nearly|almost|"
                r"about|around|over|more than|(?:a |one )?quarter|half a|\d+|a|an|one|two|three|four|five|six|seven|"
                r"eight|nine|ten|eleven|twelve|eighteen|christmas|easter)\b")
_DOING = re.compile(r"\bof\s+([a-z]{2,}ing)\b|\b(?:i'?ve|ive|i have|i'?m|im|i am|we'?ve|we have|we'?re)\s+(?:been\s+)?"
                    r"([a-z]{2,}ing)\b")
_NOT_DOING = frozenset("nothing something anything everything morning mornings evening evenings spring during thing "
                       "things bring string sibling ceiling wedding pudding king sing ring swing sting wing".split())
#: Words of length or of lasting pain that say something else: a question of how long, what someone always said,
#: a chronic worrier, going on and on about something.
_NOT_A_LENGTH = _rx(r"\bhow long (?:should|do|can|would|shall|must|to|is|are|for)\b|"
                    r"\bwait\w* (?:a )?(?:long time|ages) "
                    r"(?:before|for)\b|\balways (?:said|says|told|tells|"
                    r"used to say|swore|reckoned)\b|\bchronic(?:ally)? (?:over-?thinker|worrier|worry-?wart|"
                    r"procrastinator|"
                    r"liar|moaner|complainer|whinger|insomniac|late|talker|people-pleaser|perfectionist|shopper|gamer|"
                    r"sceptic|skeptic|optimist|pessimist|overthinking|worrying|procrastination|lateness)\b|"
                    r"\bon and on (?:about|at me|and on)\b")
#: A long-term condition named for another part of the body: "arthritis in my hands", "knee arthritis" (the parts
#: flags.py names for a lump elsewhere, and the hips and shoulders).
_PART = rf"(?:{flags.ELSEWHERE}|hips?|shoulders?(?!\s+blades?))"
_ELSEWHERE = _rx(rf"\s+(?:in|of|on)\s+(?:my|his|her|their|both|the)?\s*(?:\w+\s+)?{_PART}\b")
_ELSEWHERE_BEFORE = _rx(rf"\b{_PART}\s+$")
#: The pain runs from a start said before it: "... and it's hurt ever since", "and since then my back ...".
_EVER_SINCE = _rx(r"\b(?:ever since|since then|since that day|since that time|from then on|ever after)\b|\bsince\W*$")
#: (Not "she's had", "has had": the present perfect says it is still going on.)
_PAST_PAIN_FOR_OTHER = _rx(r"\b(?:(?<!'s )(?<!shes )(?<!hes )(?<!has )(?<!have )(?<!'ve )had|was|were|used to)\b")


@dataclass(frozen=True)
class Finding:
    """One sign found in a message: which flag, at what level, where, for whom, and by which detectors."""

    flag: str
    level: Level
    start: int
    end: int
    subject: str = "self"
    person: str = ""
    detectors: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Assessment:
    """The level of a message, the signs that raised it, for whom, and whether to ask how long it hurts."""

    level: Level
    signs: tuple[str, ...] = ()
    #: Where in the message the signs were found, so search can look past them.
    spans: tuple[tuple[int, int], ...] = ()
    subject: str = "self"
    #: The message describes the person's own current pain, and neither its length nor a red flag is known.
    asks_duration: bool = False
    findings: tuple[Finding, ...] = field(default=(), compare=False)

    @property
    def reasons(self) -> tuple[str, ...]:
        """Return one line a sign on why the advice is shown ("Because you mentioned ...")."""
        from bot.safety.texts import default_texts

        return default_texts().reasons_for(self)

    def without_signs(self, text: str) -> str:
        """Return ``text`` with the words that raised the level removed."""
        for start, end in sorted(self.spans, reverse=True):
            text = text[:start] + " " + text[end:]
        return text


@lru_cache(maxsize=8192)
def _pain_in(text: str) -> bool:
    return bool(_PAIN.search(text)) or bool(_BACK.search(text) and _TROUBLE.search(text))


_INSULIN = _rx(r"\b(?:insulin|diabet\w*|type [12]|type one|type two|ozempic|mounjaro|wegovy|epipen|b12)\b")
_A_DRUG = _rx(r"\b(?:heroin|smack|speed|meth\w*|crack|cocaine|coke|ketamine|drugs?|gear|junk|needle exchange|"
              r"steroids|roids|junkie|addict\w*|iv drug|street)\b")
#: Years counted to an event after them: "going on 15 years since I fell", "a good few years since the crash".
_YEARS_SINCE = _rx(r"\b(?:\d+|a few|a good few|few|many|several|some|two|three|four|five|six|seven|eight|nine|ten|"
                   r"twenty|thirty|forty) (?:years?|yrs?|decades?) (?:now )?since\s+(?:\w+\s+){0,3}$")
#: A fall long over: "an old fall", "a fall years ago (healed)".
_OLD_FALL = _rx(r"\b(?:old|previous|past|earlier) (?:\w+ )?(?:fall|tumble)\b|\bhealed\b|\b(?:years?|decades?) ago\b|"
                r"\bin (?:19|20)\d\d\b|\blast year\b")
#: One leg or foot named, and no second: "my left leg's gone weak", "one leg is numb", "my leg's gone numb, just the
#: one" (not "my leg is numb and so is the other", "both legs").
_ONE_LIMB = _rx(r"\b(?:(?:left|right|one|l|r|my|his|her)\s+(?:\w+\s+)?(?:leg|foot|thigh|calf|shin)(?!s)|"
                r"(?:just|only) the one|"
                r"(?:leg|foot)\b[^.;!?]{0,40}\b(?:the (?:left|right)(?: one)?|on (?:the|my) (?:left|right)))\b")
_TWO_LIMBS = _rx(r"\b(?:legs|feet|thighs|calves|knees|both|either|neither|other|too|as well|waist down|lower body|"
                r"(?:two|2) (?:leg|foot))\b")  # (Pidgin "my two leg")
#: A thing done, right before "all the time": "my mates do it all the time", "I crack it all the time".
_DONE_IT = _rx(r"\b(?:do|does|did|doing|crack\w*|click\w*|pop\w*|use|uses|using|say|says|said|see|sees)\s+"
               r"(?:it|that|this|them|those|theirs)\s+$")
#: Knots as what will not go away: "knots in my back won't go away", "this knot never goes".
_KNOTS_BEFORE = _rx(r"\bknots?\b(?:\s+(?:in|on|under|by|near|beside)\s+(?:(?:my|the|me)\s+)?(?:\w+\s+)?"
                    r"(?:back|shoulders?|shoulder blades?|neck|traps))?\s+(?:just\s+|still\s+|really\s+)?$")
_NEVER_LET_UP = _rx(r"\b(?:it'?s|it has|it) never (?:really |fully |once )?(?:let|lets|letting) up\b")
#: A question asked in general: "in general", "generally speaking", "people who have ...", "for an article".
_GENERAL_MARK = _rx(r"\b(?:in general|generally(?: speaking)?|in theory|asking in general|people (?:who|that|with)|"
                    r"patients (?:who|that|with)|(?:workers|folk|those|anyone|someone|somebody) (?:who|that|with)|"
                    r"for (?:an?|my|our|the) (?:article|talk|newsletter|essay|blog|post|presentation|assignment|"
                    r"project|class|leaflet|poster)|doing a (?:little |short )?(?:talk|presentation|article))\b")
#: The writer's own pain told beside such a question: "I have had chronic pain for years", "my back has hurt".
_OWN_PAIN_TOLD = _rx(r"\b(?:i|i'?ve|ive|i'?m|im)\s+(?:\w+\s+){0,2}?(?:have|had|got|live|living|suffer\w*|deal\w*|"
                     r"struggl\w*)\b[^.;!?]{0,30}\b(?:pain|ache|backache|sciatica|bad back|it)\b|"
                     r"\b(?:my|me)\s+(?:own\s+)?(?:\w+\s+)?(?:back|pain|spine|neck|sciatica)\b")
#: A question opening on a treatment's worth: "does self massage work for ...", "can massage help ...".
_GENERAL_ASK = _rx(r"^\W*(?:(?:so|ok|hi|hey|quick question|question)\W+)*(?:does|do|can|could|will|would|is|are|"
                   r"should)\s+"
                   r"(?:\w+\s+){0,3}?(?:massag\w*|self[- ]massage|rubbing|foam rolling|stretch\w*|heat|it|this)\b"
                   r"[^.;!?]{0,40}\b(?:help|work|fix|do anything|any good|useful|any use|worth|good)\b")
_FIRST_PERSON_ANY = _rx(r"\b(?:i|i'?m|im|i'?ve|ive|my|me|mine|myself|i'?d)\b")


#: A role, a state or an activity the person has kept up: "I've been a hairdresser", "been clean", "learning the cello".
_ROLE = _rx(r"\b(?:been|am|was|i'?m|im|worked as|working as|work as|trained as|qualified as)\s+(?:a|an)\s+"
            # "been a mess", "been a nightmare" say how the back has been, not a role
            r"(?!(?:mess|nightmare|wreck|disaster|pain|problem|struggle|nuisance|bother|trouble|worry|battle|killer|"
            r"bit|little|lot|constant|nagging|real|total|complete|absolute|right|bad|proper|living)\b)[a-z-]+|"
            r"\b(?:been|am|was|i'?m|im|stayed|staying)\s+(?:clean|sober|married|single|divorced|retired|vegan|"
            r"vegetarian|self-employed|off work|off the \w+|on the same \w+)\b|"
            r"\b(?:i'?ve|ive|i have|we'?ve|we have|i|we|he'?s|she'?s|they'?ve)\s+(?:been|lived|stayed|worked)\s+"
            r"(?:here|there|abroad|away)\b|"
            r"\b(?:i'?ve|ive|i have|i|we'?ve|we have|he'?s|she'?s|he has|she has)\s+been\s+"
            r"(?!(?:having|feeling|getting|"
            r"suffering|struggling|dealing|living|coping|going|putting|waking|noticing|hurting|aching|experiencing|"
            r"trying|taking|in|on|off|like|with|to|through)\b)[a-z]+ing\b")


def _habit_duration(clause: str, offset: int) -> bool:
    """Return whether the words just before a length in the clause name a habit rather than the pain."""
    before = _HAD_IT.sub(" ", clause[:offset])  # "been living with it for years" is the pain's length
    # A role or activity counts unless the back follows it: "seeing the physio about my back since June".
    roles = [m for m in _ROLE.finditer(before) if not _BACK.search(before, m.end())]
    said = [m.span() for m in _PAIN.finditer(before)]  # "playing me up" is the pain, not a game
    habit = sorted([m for m in [*_HABIT.finditer(before), *roles]
                    if not any(a <= m.start() < b for a, b in said)], key=lambda m: m.start())
    pain = list(_STRONG_PAIN.finditer(before))
    if not habit:
        return False
    if not pain:
        return True
    return habit[-1].start() > pain[-1].start()


#: A start said lately, and a pain said to have come before (a teenager's own back pain is new unless said so).
_TEEN_RECENT = _rx(r"\b(?:started|starts?|starting|began|begun|beginning|came on|since|for (?:about |around |nearly |"
                   r"almost |like |over |the (?:past|last) )?(?:\d+|a|one|two|three|four|a few|a couple of|few) "
                   r"(?:days?|weeks?)|this (?:week|month)|last (?:week|month)|recently|lately|"
                   r"(?:days?|weeks?) ago)\b")
_TEEN_BEFORE = _rx(r"\b(?:before|again|same|usual|always|every (?:time|year|season|month|summer|winter)|loads|"
                   r"last (?:season|year|time)|on and off|off and on|comes? and goes?|keeps? coming back|years?|months|"
                   r"(?:since|from) (?:i was|age|childhood|a kid|a child)|as a (?:kid|child)|pregnan\w*|period\w*|"
                   # said to come often: "it happens a lot when I sleep on the sofa", "it usually does"
                   r"(?:happens?|happening|gets?|goes|comes?) (?:like (?:this|that) )?(?:a lot|often|all the time|"
                   r"loads|quite a bit)|often|usually|normally|whenever|tends? to|regularly|every (?:morning|night|day|"
                   r"week|weekend)|(?:my|an|the|his|her) old (?:\w+ )?(?:injury|injuries|problem|trouble)|flared up|"
                   r"flares? up|flaring up|flare-?ups?)\b")


#: A loss read from "gone" that goes on "back to normal": the control has come back.
_GONE = _rx(r"\b(?:gone|went)\s*$")
_GONE_BACK = _rx(r"\s+(?:all\s+|right\s+|straight\s+)?(?:back(?=\s+to\b|\s*$|\s*[.,;!?]|\s+(?:now|again|at last|"
                 r"thank\w*)\b)|to normal\b|normal again\b)")


#: A length into something begun that is not the pain: "3 months into my degree", "six weeks into the new job" (not
#: "three months into this back pain", "four months into my recovery from the disc").
_INTO_A_COURSE = _rx(r"\s+(?:in\s?to)\s+(?:my|his|her|our|the|a|this|their)\s+(?:new\s+|first\s+|\w+\s+)?"
                     r"(?:degree|course|job|role|apprenticeship|training|studies|placement|internship|residency|contract|marriage|"
                     r"relationship|pregnancy|term|semester|year|season|programme|program|plan|challenge)\b")
#: A person said to "have" a number of years, right before it: an age ("I have 56 years", "my husband has 62 years").
_HAS_YEARS = _rx(rf"\b(?:i|he|she|(?:my|our|his|her)\s+(?:{people.RELATIVES}))\s+(?:have|has)\s*$")


def _not_pain_length(low: str, d: durations.Duration) -> bool:
    """Return whether a stated length is an age, a pregnancy's weeks, or how often ("a couple times a year")."""
    before, after = low[max(0, d.start - 14):d.start], low[d.end:d.end + 14]
    if d.kind == "length" and re.match(r"an?\b", low[d.start:d.end]) and _PER.search(before) \
            and not re.search(r"\b(?:every|each|all)\s+(?:single\s+)?(?:day|night|week)\s*$",
                              low[max(0, d.start - 30):d.start]):
        return True  # how often, not how long: "a couple times a year", "twice a month", "three days a week" (not
        # "hurt me every day a year already": every day, for a year)
    if _AGE_AFTER.search(after) and re.search(r"\b(?:pain|ache|backache|problem|injury|trouble|issue|sciatica|"
                                              r"niggle)(?:'s| is| was| must be)\s+(?:about |nearly |almost |over |more "
                                              r"than |at least |well over |like )?$",
                                              low[max(0, d.start - 40):d.start]):
        return False  # "my back pain is more than 3 months old": the pain's age is its length
    if d.kind == "length" and _INTO_A_COURSE.match(low, d.end):
        return True  # "3 months into my physio degree", "four months into the new job"
    if _AGE_AFTER.search(after) or (_AGE_BEFORE.search(before) and d.kind == "length"
                                     and not re.search(r"\b(?:for|been|over|past|last)\s*$", before)):
        return True
    if d.kind == "length" and d.days >= 50 * 365 and re.search(r"\bin (?:all )?$", before):
        return True  # "never had a day's bother in 84 years": a life, not the pain
    if d.kind == "length" and d.days >= 13 * 365 and _HAS_YEARS.search(low, max(0, d.start - 40), d.start) \
            and re.match(r"\s*(?:old\b|$|[,.;:!?)\-]|(?:and|but|so|now|my|i|i'?m|im)\b)", after):
        return True  # "I have 56 years": an age said with "have", as Spanish and Portuguese speakers say it
    around = low[max(0, d.start - 30):d.end + 30]
    said = low[d.start:d.end]  # "30 weeks pregnant", "7 months along"; "since the birth 8 months ago" counts
    return bool(_PREGNANT.search(around)) and ("week" in said or "month" in said and d.kind == "length") or bool(
        re.match(r"^\s*(?:pregnant|along|gestation|pg)", after))


#: The rule patterns of every flag, in order, behind one screen (built on first use, again if ``FLAGS`` changes).
_RULES: tuple[tuple[Flag, ...], Screen, tuple[str, ...]] | None = None


def _rules() -> tuple[Screen, tuple[str, ...]]:
    global _RULES
    if _RULES is None or _RULES[0] is not FLAGS:
        pairs = [(flag.id, pattern) for flag in FLAGS for pattern in flag.patterns]
        _RULES = (FLAGS, Screen(p for _, p in pairs), tuple(f for f, _ in pairs))
    return _RULES[1], _RULES[2]


def _rule_hits(low: str, folded: str, start: int, end: int) -> Iterable[tuple[str, int, int]]:
    """Yield every rule pattern's matches in ``low[start:end]``, flag by flag and pattern by pattern; a pattern runs
    only where the words it cannot match without are all there (``folded`` is :func:`matching.fold` of ``low``)."""
    screen, ids = _rules()
    patterns = screen.patterns
    for i in screen.candidates(folded[start:end]):
        for m in patterns[i].finditer(low, start, end):
            if m.end() > m.start():
                yield ids[i], m.start(), m.end()


#: The writer's own wish to end their life or harm themselves, said in the first person: never a supposition or a
#: topic ("what if I want to kill myself", "reading about ways to kill myself"); not "what if I hang myself from a
#: pull-up bar to decompress", "I read that people in pain are more likely to be suicidal".
_OWN_WISH = _rx(r"\b(?:kill(?:ing)? (?:my ?self|meself)|end(?:ing)? (?:it all|my (?:own )?life)|take my (?:own )?life|"
                r"unaliv\w* (?:my ?self|meself)|(?:i'?m|im|i am|feel(?:ing)?|felt) (?:so |really |very )?suicidal|"
                r"(?:want|wanna|going|gonna|tempted|urge|need) to (?:hurt|harm|cut|burn|kill|end) "
                r"(?:my ?self|meself|it all|my life)|"
                r"(?:i|i'?d|i would) (?:want|wanna|wish) (?:to|i could|i was|i were) (?:just )?(?:die|be dead|dead)|"
                r"(?:how|ways?) to end my life|do it too)\b")
_NEGATIVE_PHRASE = _rx(r"\b(?:no|not|never|cant|dont|doesnt|isnt|wont|without|nothing|havent|didnt)\b")
#: Flags whose own wording holds a negation ("haven't had a wee", "doesn't ease when I lie down").
_NEGATED_WORDING = frozenset({"night-pain", "bladder-bowel", "trouble-peeing", "self-harm"})
#: Losses of bladder or bowel control, which an ending said after them does not undo ("couldn't control my bladder for
#: two days, it's better now" still needs the emergency check; an episode long past still may be over).
_LOSSES = frozenset({"bladder-bowel", "trouble-peeing"})
#: A passing cause named beside a loss said to be over makes it no sign: "food poisoning last week and didn't make it
#: to the loo in time once, all cleared up now", "trouble peeing with a UTI last month, cleared with antibiotics".
_LOSS_CAUSE = _rx(r"\b(?:food poisoning|stomach bug|tummy bug|sickness bug|gastro\w*|norovirus|d&v|diarrh\w*|"
                  r"diahorr?\w*|the runs|utis?|urine infection|urinary (?:tract )?infection|water infection|"
                  r"bladder infection|kidney infection|cystitis|antibiotics?|prostatitis)\b")
#: Flags whose look-alikes are known from anywhere in the sentence ("legs like jelly after leg day").
_WIDE = frozenset({"both-legs", "one-leg", "weight-loss", "steroids"})
#: Flags whose look-alikes describe the event from beside it: "my parked car got rear-ended".
_NEAR = frozenset({"serious-accident"})
#: What an emergency is made of (GUIDE's emergency flags): the legs or feet and what they feel, the bladder, the bowels
#: or the toilet, the saddle area, the chest or breathing, a fall, a height or a crash, harm to oneself. A message with
#: none of them is no emergency whatever the model reads in its shape ("I lifted a heavy box and my back went twinge
#: and then I went home and my wife said I should lie down" is a story, not a sign); the model may still flag it urgent.
_EMERGENCY_MATTER = _rx(
    r"\b(?:legs?|feet|foot|numb\w*|tingl\w*|feel\w*|felt|sensation|pee\w*|wee\w*|piss\w*|urin\w*|bladder|water|bowels?|"
    r"poo\w*|soil\w*|wet\w*|toilet|loo|can'?t go|cannot go|couldn'?t go|bum|butt\w*|bottom|groin|saddle|privates?|"
    r"genital\w*|crotch|down there|down below|pwet|chest|heart|breath\w*|arm|crash\w*|collision|accident|fall\w*|fell|"
    r"ladder|roof|stairs?|steps|scaffold\w*|height|metres?|meters?|ft|top of|came off|went down|landed|"
    r"slipp\w*|tumbl\w*|hit|knocked|thrown|car|bike|motorbike|truck|lorry|van|suicid\w*|kill\w*|die|dying|dead|end it|"
    r"overdose|harm\w*|"
    r"cut\w*|hang\w*|weak\w*|paraly\w*|move|moving|walk\w*|stand\w*|get up|control|hold\w*|leak\w*|dribbl\w*|"
    r"incontin\w*|pads?|nappy|diapers?|wheelchair|collaps\w*|ambulance|999|911|a&e|er)\b")
#: Cancer named: the rules read whose history it is and when; beside it the booster's urgent is not taken.
_CANCER_WORD = _rx(r"\b(?:cancers?|tumou?rs?|chemo\w*|oncolog\w*|leuk(?:a)?emia|lymphoma|carcinoma|metasta\w*)\b")
#: Medicines many take for years that neither are steroids nor lower immunity: beside one, the booster's urgent is
#: the model reading "on ... for years" as long-term steroids (the rules name steroids and immune-lowering drugs).
_ORDINARY_MEDICINE = _rx(r"\b(?:the (?:combined |mini |contraceptive )?pill|contraceptive|birth control|hrt|statins?|"
                         r"levothyroxine|thyroxine|metformin|blood pressure (?:tablets|pills|meds)|antidepressants?)\b")
#: A steroid taken as a cream, an inhaler or a jab: a look-alike only of the find it is part of ("prednisolone
#: tablets and a steroid inhaler": the tablets count).
_STEROID_FORM = _rx(r"\b(?:creams?|inhalers?|puffers?|ointments?|sprays?|nasal|nose|drops|eye|injections?|jabs?|"
                    r"shots?)\b")
#: Look-alikes of the serious-accident flag that cancel only the word they are ("by accident", "accidentally"), not
#: the event beside them: "dropped a plate on my back by accident", "I accidentally fell down the stairs".
#: An older person's fall said to be hard, or from a height, or one that left them down, hurt their head or broke a
#: bone: "went down hard", "a bad fall off the ladder", "she's lying on the sofa and can't get up" (not "tripped on the
#: rug and her back hurts a lot", which stays urgent).
_HARD_FALL = _rx(r"\b(?:went|go(?:es)?|gone|came|come) down (?:really |very |so |pretty |quite )?(?:hard|heavily|"
                 r"heavy|with a (?:thud|bang|crash|wallop|thump))\b|"
                 r"\b(?:fell|fall|fallen|landed|slipped|tripped|tumbled|dropped|came down|"
                 r"hit the (?:floor|ground|deck))\b[^.;!?]{0,25}?\b(?:hard|heavily|badly|"
                 r"with a (?:thud|bang|crash|wallop|thump))\b|"
                 + falls.LEFT_DOWN + r"|" + falls.HEAD_KNOCK + r"|" + falls.BROKE
                 + r"|\b(?:bad|nasty|big|serious|heavy|awful|terrible|horrible|huge|massive|proper|major)\s+"
                 r"(?:fall|tumble|spill)\b|\b(?:lying|laid|lay)\s+(?:there\s+)?(?:on|in)\s+(?:the|her|his|a)\s+"
                 r"(?:floor|ground|sofa|couch|settee|bed|bathroom|hall|kitchen|garden|yard)\b")
#: A plan told for now, and a means to die said in the same message (:meth:`_Reader._a_plan_and_a_means`).
_PLAN = _rx(r"\b(?:tonight(?:'s| is)|today(?:'s| is)) the (?:night|day)(?=\s*(?:[,.;!?]|$|for me\b|i do it\b|i go\b))|"
            r"\bthis is (?:goodbye|the end)(?=\s*(?:[,.;!?]|$))|\b(?:i'?m|i am) ready to go(?=\s*(?:[,.;!?]|$|now\b))|"
            # not away for a reason: "I won't be here tomorrow, I'm off to Spain"
            r"\b(?:won'?t|will not|wont) be (?:here|around) (?:tomorrow|much longer|by (?:the )?morning)\b"
            r"(?![^.;!?]{0,40}\b(?:off|going|away|trip|holiday|flight|fly\w*|travel\w*|because|cos|coz|cuz|as|since|"
            r"dentist|doctor|appointment|work\w*|shift|visit\w*|staying|wedding|conference)\b)|"
            r"\bsay(?:ing)? goodbye to (?:everyone|everybody|you all|the world)\b")
#: A means to die: a thing for nothing else, or medicines saved up or all of them (not "my painkillers" for the back).
_MEANS = _rx(r"\b(?:rope|noose|razor ?blades?|shotgun|gun|overdose|bridge|ledge|exhaust pipe|hosepipe)\b|"
             r"\b(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|collected|counted|all)\s+(?:up\s+)?(?:of\s+)?"
             r"(?:(?:my|the|his|her)\s+)?(?:sleeping\s+)?(?:pills|tablets|painkillers|meds)\b|"
             r"\b(?:pills|tablets|painkillers|meds)\s+(?:are\s+|all\s+)?(?:ready|lined up|counted out|saved up)\b")
#: Long-term conditions that name the spine itself (a disc, the vertebrae, a curve).
_OF_THE_SPINE = _rx(r"\b(?:dis[ck]s?|spondyl\w*|spinal|spine|vertebra\w*|scoliosis|kyphosis|stenosis|lumbar|"
                    r"osteochondrosis)\b")
_ONLY_ITSELF = _rx(r"by accident|accidental\w*|happy accident")
#: A knock said to be accidental is a small one: "I accidentally hit my back on the door frame" ("accidentally" cancels
#: all of it, as it did before :data:`_ONLY_ITSELF`).
_ACCIDENTAL_KNOCK = _rx(r"\s+(?:hit|bumped|banged|knocked|caught|smacked|whacked|clipped|bashed)\b")
#: A turn to another event between a look-alike and a find beside it.
_TURN = _rx(r",|\b(?:then|and|but|after that|later)\b")
_UNTRIED = _rx(r"\b(?:without (?:even )?trying|not (?:even )?trying to lose|for no (?:apparent )?reason|unexplained)\b")
_DIET = _rx(r"\b(?:on a diet|dieting|diet|calorie counting|slimming world|weight watchers|cutting|fasting|ozempic|"
            r"wegovy|mounjaro|gym|exercising|working out|running|swimming|cycling|started walking|"
            # Eating less on purpose: "since I cut out sugar", "gave up the booze", "smaller portions".
            r"cut(?:ting)? (?:out|down on|back on|down)|gave up|giving up|quit (?:sugar|carbs|booze|drinking|alcohol|"
            r"beer|takeaways|snacking)|keto|low[- ]carb|calories|healthy eating|eating (?:healthier|better|less)|"
            r"smaller portions)\b")


#: Words that may stand before "fever" when it is the person's fever; any other word makes a name or an
#: idiom of it ("hay fever", "cabin fever", "shopping fever", "dengue fever").
_FEVER_BEFORE = frozenset(
    "a an the high low slight mild bad little raging real proper huge big massive horrible awful terrible of with "
    "i'm im am are were seem seems look looks "
    "got have had has having running run runs spiking spiked and no any my his her their a bit small night constant "
    "persistent recurring recurrent strange weird sudden new grade low-grade nasty some this that mini cold sweaty "
    "also plus now still or sore achy chills shivers pain back feel feels feeling felt like as ongoing been is was "
    "be get gets getting got caught came come coming developed develop down very quite pretty really slightly n nd "
    "w wit wiv ad "
    "degree degrees c f i me you he she they we it but too even since for days weeks today yesterday this".split())
_FEVER_WORD = Pattern(re.compile(r"\b([a-z'-]+)[\s-]+fever", re.IGNORECASE))


def _named_fever(low: str, start: int, end: int) -> bool:
    """Return whether the fever found is a name or idiom: a word that is not a fever's own stands before it."""
    m = _FEVER_WORD.search(low, max(0, start - 20), end)
    if m is None or not start - 20 <= m.start(1) or m.end() < start:
        return False
    word = m.group(1).strip("'")
    return not (word in _FEVER_BEFORE or word.isdigit() or word.endswith("'s"))


#: A choice between heat and cold is a treatment question, not feeling hot and cold.
_HOT_OR_COLD = re.compile(r"\b(?:hot|warm|heat|heating)\s+or\s+(?:cold|cool|ice|icy)\b"
                          r"|\b(?:cold|cool|ice)\s+or\s+(?:hot|warm|heat)\b")

#: "chill" and "flu" that are not a fever: resting ("chill in bed", "chilling on the sofa", "chill out"), the cold
#: ("a chill in the air", "chilly"), and flu as an illness's or a jab's name ("when I have flu", "flu jab",
#: "man flu"); "the chills", "fluey" and "flu-like" still count.
_NOT_FEVER = _rx(r"\bchill(?:ing|ed|s)?\s+(?:out|in|on|at|with|for|till|until|about|around|a bit|for a bit|here|"
                 r"there|indoors|inside|today|tonight|this|the|my)\b|\bchilling\b|\bchilled\b(?!\s+to the bone)|"
                 r"\bchill pill|\band chill\b|\bchilly\b|\bchill (?:in|of) the (?:air|morning|evening|night|wind)|"
                 r"\b(?:have|has|had|having|got|get|gets|getting|caught|catch|with|after|since|from|off|man|stomach|"
                 r"tummy|gastric|bird|swine|proper|bad|the|a|of|like)\s+(?:the\s+|a\s+|bad\s+|touch of\s+|dose of\s+)?"
                 r"flu\b(?![\s-]*(?:like|ish|y\b|symptoms))|\bflu[\s-]+(?:jabs?|shots?|boosters?|vaccines?|vaccinations?|"
                 r"season|injections?|bug|virus|test)\b")


def _excluded(flag: str, low: str, start: int, end: int, c: Clause) -> bool:
    """Return whether a find is a known look-alike ("hay fever", "I crashed on the sofa")."""
    pattern = EXCLUDE.get(flag)
    sentence_end = c.sentence_start + len(c.sentence)
    if flag in _WIDE and low.startswith("..", sentence_end):  # "cant feel me legs... after leg day"
        sentence_end = min(len(low), sentence_end + 40)
    if flag in ("both-legs", "one-leg") and _LASTING.search(low, c.sentence_start, sentence_end):
        pattern = None  # legs still weak days after the match are not tired legs
    if flag == "injecting-drugs" and _A_DRUG.search(low):
        pattern = None  # insulin beside a drug named: "I inject heroin and insulin" is no insulin look-alike
    if pattern is not None:
        for m in pattern.finditer(low, c.sentence_start, sentence_end):
            # Only a look-alike the find is part of cancels it ("what temperature should the bath be" leaves
            # "a high temperature" before it); a named group "at" is the part that must hold the find.
            a, b = m.span("at") if "at" in pattern.groupindex and m.group("at") is not None else m.span()
            if (a < end and b > start) or (flag in _WIDE and not (flag == "steroids"
                                                                   and _STEROID_FORM.search(m.group()))):
                return True
            if flag in _NEAR and a < end + 25 and b > start - 25 and not _TURN.search(low[min(b, start):max(a, end)]) \
                    and not (_ONLY_ITSELF.fullmatch(m.group()) and not (m.group().startswith("accidental")
                                                                       and _ACCIDENTAL_KNOCK.match(low, b))):
                return True  # not across a turn to another event: "hit with a pillow, then slipped down the stairs"
    if flag == "fever" and _named_fever(low, start, end):
        return True
    if flag == "fever":  # "hot or cold for my back?" asks which to use; only the find itself is read so
        for rx in (_HOT_OR_COLD, _NOT_FEVER):  # a fever beside it still counts
            for m in rx.finditer(low, c.sentence_start, sentence_end):
                if m.start() < end and m.end() > start:
                    return True
    if flag == "weight-loss" and not _UNTRIED.search(low, c.sentence_start, sentence_end):
        # A cause the person guesses at ("I put it down to running round after the twins") does not explain a loss
        # they say came without trying.
        for m in _DIET.finditer(low, c.sentence_start, sentence_end):
            if not re.search(r"(?:\bnot|\bno|n'?t|\bwithout|\bnever|nt)\b(?:\s+\w+){0,3}\s*$",
                             low[max(0, m.start() - 30):m.start()]):
                return True
    return False


def _bank_hits(found: list[banks.BankMatch]) -> Iterable[tuple[str, int, int, bool]]:
    for match in found:
        yield match.flag, match.start, match.end, not _NEGATIVE_PHRASE.search(match.phrase)


#: Words after "long-term", "persistent" and the like that make them about something other than the pain.
_NOT_PAIN_NOUN = _rx(r"\s*(?:knots?|steroids?|medications?|meds|medicines?|treatments?|drugs?|use|users?|"
                     r"fatigue|kidney|obstructive|migraines?|sinusitis|lyme|urticaria|hives|bronchitis|insomnia|"
                     r"constipation|diarrh\w*|"
                     r"relationships?|plans?|"
                     r"goals?|jobs?|contracts?|care|carers?|memory|investments?|loans?|lease|rentals?|stay|visa|"
                     r"partners?|"
                     r"projects?|commitments?|cough|sick(?:ness)? leave|unemploy\w*|prescriptions?|inhalers?|"
                     r"antibiotics|condition of (?:my|his|her) (?:mum|dad|husband|wife))\b")


def _first_of_each(found: list[Clause]) -> list[Clause]:
    """Return the clauses in order, leaving out repeats of one already seen (same words, sentence, subject)."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for c in found:
        key = (c.text.strip(), c.sentence.strip(), c.subject)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


class _Reader:
    """Read one message: collect findings clause by clause."""

    def __init__(self, text: str, today: dt.date, detectors: tuple[str, ...]) -> None:
        self.low = prepare_own(text)
        self.folded = fold(self.low)
        self.raw = text
        self.today = today
        self.detectors = detectors
        self.clauses = clauses(self.low)
        self._starts = [c.start for c in self.clauses]
        #: Each clause once: a pasted line repeated 200 times is read once (same words, same subject).
        self.unique = _first_of_each(self.clauses)
        self.findings: dict[tuple[str, str], Finding] = {}
        self.pain_length_known = False
        self._banked: dict[tuple[int, int], list[banks.BankMatch]] = {}
        self.short_length = False
        self._durations_found: list[durations.Duration] | None = None
        #: A sign the rules or banks found and the message denies ("no tingling", "not in my legs at all").
        self.denied_in: set[int] = set()  # where the sentences that deny a sign start

    # What the whole message says, each read the first time it is asked (many messages never need some of them).

    @cached_property
    def back_any(self) -> bool:
        return bool(_BACK.search(self.low))

    @cached_property
    def pain_any(self) -> bool:
        return _pain_in(self.low)

    @cached_property
    def pain_other(self) -> bool:
        """Someone else's pain told, not denied: not "my niece has scoliosis and no pain at all", "she has no back
        problems"."""
        return any(_pain_in(c.text) and not self._pain_denied(c) for c in self.clauses if c.subject == "other")

    @cached_property
    def pain_told(self) -> bool:
        """A pain told in some clause and not denied there: not "osteoporosis but no pain"."""
        return any(_pain_in(c.text) and not self._pain_denied(c) for c in self.clauses)

    def _pain_denied(self, c: Clause) -> bool:
        """Return whether every pain word or trouble of the back in the clause is denied there."""
        found = [*_PAIN.finditer(self.low, c.start, c.end), *_TROUBLE.finditer(self.low, c.start, c.end)]
        return bool(found) and all(denied(c, m.start(), m.end(), self.low) and self._denied_near(c, m.start(), m.end())
                                   and not _DENIED_ONLY_WHEN.match(self.low, m.end()) for m in found)

    def _denied_near(self, c: Clause, start: int, end: int) -> bool:
        """Return whether a negation stands in the stretch before the find (since the last comma, "and" or "but") or in
        it: "no pain", "but never any back trouble", "doesn't hurt"; not "without any diet, and new back pain"."""
        head = re.split(r"[,;:]|\b(?:and|but|though|although)\b", self.low[c.start:start])[-1]
        return bool(_NEAR_NEGATION.search(head) or _NEAR_NEGATION.search(self.low, start, end))

    @cached_property
    def pain_self(self) -> bool:
        return any(_pain_in(c.text) for c in self.clauses if c.subject == "self")

    @cached_property
    def had_fall(self) -> bool:
        """A fall told as had ("I fell", "slid out of her chair"), not feared ("scared of falling")."""
        fall = falls.read(self.low)
        return fall is not None and fall.had

    @cached_property
    def trouble_any(self) -> bool:
        return bool(_TROUBLE.search(self.low)) or bool(CHRONIC_WORDS.search(self.low))

    @cached_property
    def fragment(self) -> bool:
        """A few fragments naming the back, or a reply that is only a length ("since last Christmas")."""
        return self._fragment() or durations.bare(self.low, self.today, known=self._all_durations)

    @cached_property
    def implied(self) -> bool:
        return bool(_IMPLIED.search(self.low))

    def _bank(self, c: Clause) -> list[banks.BankMatch]:
        """Return the bank phrasings in a clause, found once for both the red flags and the lengths."""
        key = (c.start, c.end)
        if key not in self._banked:
            self._banked[key] = banks.find(self.low, c.start, c.end)
        return self._banked[key]

    def add(self, flag: str, level: Level, start: int, end: int, c: Clause, detector: str) -> None:
        own_wish = flag == "self-harm" and _OWN_WISH.search(self.low, max(c.sentence_start, start - 25),
                                                             min(len(self.low), end + 25))
        if not own_wish and hypothetical(c, start, self.low, topic=flag != "self-harm"):
            return  # "what if I get a fever", "can a massage gun cause tingling in the legs?"; not the writer's
            # own wish to end their life, however asked or beside whatever they read ("what if I want to kill
            # myself", "I've been watching videos about self harm and I want to hurt myself")
        key = (flag, c.subject)
        old = self.findings.get(key)
        who = person(self.low[c.start:c.end]) if c.subject == "other" else ""
        if who == "the person you mention":
            who = next((p for p in (person(x.text) for x in self.clauses if x.subject == "other")
                        if p != "the person you mention"), who)
        if old is None:
            self.findings[key] = Finding(flag, level, start, end, c.subject, who, frozenset({detector}))
        else:
            self.findings[key] = Finding(old.flag, old.level, old.start, old.end, old.subject, old.person,
                                         old.detectors | {detector})

    # --- red flags ------------------------------------------------------------------------

    def _clause_at(self, offset: int) -> Clause | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.clauses[i] if i >= 0 and offset < self.clauses[i].end else None

    def _known(self, flag: str, subject: str, detector: str) -> bool:
        old = self.findings.get((flag, subject))
        return old is not None and detector in old.detectors

    def red_flags(self) -> None:
        hits: list[tuple[str, int, int, str, bool]] = []
        if "rules" in self.detectors:
            starts = sorted({(c.sentence_start, c.sentence_start + len(c.sentence)) for c in self.unique})
            for s_start, s_end in starts:
                hits += [(f, s, e, "rules", f not in _NEGATED_WORDING)
                         for f, s, e in _rule_hits(self.low, self.folded, s_start, s_end)]
        if "bank" in self.detectors:
            for c in self.unique:
                hits += [(f, s, e, "bank", i) for f, s, e, i in _bank_hits(self._bank(c)) if f != "long-duration"]
        for flag_id, start, end, detector, inside in hits:
            at = self._clause_at(start)
            if at is None or at.subject == "pet" or self._known(flag_id, at.subject, detector):
                continue
            if flag_id == "self-harm" and at.subject == "other" and (_JOIN_THE_DEAD.search(self.low, start, end)
                                                                   or _FAREWELL_TO.search(self.low, start, end)):
                at = dataclasses.replace(at, subject="self")  # "I want to join my late wife": the writer's own thought
            if denied(at, start, end, self.low, inside=inside):
                self.denied_in.add(at.sentence_start)
                continue
            if _excluded(flag_id, self.low, start, end, at) or not self._counts(flag_id, start, end, at):
                continue
            if flag_id == "both-legs" and self._one_leg_only(at):
                continue  # "my left leg's gone weak": one leg, the one-leg flag's urgent, not both legs' emergency
            self.add(flag_id, FLAG_BY_ID[flag_id].level, start, end, at, detector)
        self._hard_older_falls()
        self._a_plan_and_a_means()

    def _a_plan_and_a_means(self) -> None:
        """Add thoughts of ending one's life told as a plan beside a means, each said plainly on its own ("I've saved
        up my tablets. This is goodbye"; "got a rope ready, tonight's the night"): neither alone is the sign (a
        prescription collected, "tonight's the night" of a first date)."""
        if any(flag == "self-harm" for flag, _ in self.findings) or "rules" not in self.detectors:
            return
        plan, means = _PLAN.search(self.low), _MEANS.search(self.low)
        if plan is None or means is None:
            return
        at = self._clause_at(plan.start())
        if at is None or at.subject == "pet" or denied(at, plan.start(), plan.end(), self.low) \
                or hypothetical(at, plan.start(), self.low, topic=False):
            return
        self.findings[("self-harm", at.subject)] = Finding("self-harm", Level.EMERGENCY, plan.start(), plan.end(),
                                                           at.subject, "", frozenset({"rules"}))

    def _hard_older_falls(self) -> None:
        """Raise an older person's fall to a serious accident when it was hard (the brief: "a hard fall in an older
        person"): said to be hard or bad ("went down hard", "a nasty fall"), from a height, one that left them down
        or knocked their head, or at about 90 or over, when any fall can break a bone ("gran is 93, fell in the
        hall and her back is bad"); a plain trip at 80 stays urgent."""
        for (flag, subject), f in list(self.findings.items()):
            if flag != "older-fall" or ("serious-accident", subject) in self.findings:
                continue
            said = self.low[f.start:f.end]
            age = re.search(r"\d{2,3}", said)
            very_old = (90 <= int(age.group()) <= 110) if age else bool(re.search(r"\bninet|\b90s\b", said))
            if very_old or _HARD_FALL.search(self.low):
                self.findings[("serious-accident", subject)] = dataclasses.replace(
                    f, flag="serious-accident", level=Level.EMERGENCY)

    def _one_leg_only(self, c: Clause) -> bool:
        """Return whether the sentence names one leg or foot and never two ("left leg's gone weak", "just the one")."""
        sentence = c.sentence
        return bool(_ONE_LIMB.search(sentence)) and not _TWO_LIMBS.search(sentence)

    def other_languages(self) -> None:
        """Add the red flags and lengths said in the languages of :mod:`lexicons` (Spanish to Swahili); the
        English readings above do not apply to those words, so each find is the writer's own as told."""
        found_any = [found for found in lexicons.find(self.raw) if (found.flag, "self") not in self.findings]
        for said, start, end in lexicons.starts(self.raw):  # "desde o carnaval": counted from today, as in English
            if any(d.days >= durations.CHRONIC_DAYS for d in durations.find(said, self.today)):
                found_any.append(lexicons.Found("long-duration", "", start, end))
        if not found_any:
            return
        from bot.language import plainly_english  # the word list the search has loaded already
        from bot.search.spelling import english_words

        # The back named by a word that is not English ("espalda", "kamar", not "rug") says the language, however
        # many of the message's short words English shares ("me caí de la escalera y me duele la espalda").
        named = any(w.split()[-1] not in english_words() for w in lexicons.back_words(self.raw))
        if not named and plainly_english(self.raw):
            return  # "hurt my back at rugby, I'm not incontinent" is English, not Dutch
        for found in found_any:
            if (found.flag, "self") not in self.findings:
                level = Level.CHRONIC if found.flag == "long-duration" else FLAG_BY_ID[found.flag].level
                self.findings[(found.flag, "self")] = Finding(found.flag, level, found.start, found.end, "self", "",
                                                              frozenset({"rules"}))

    def _counts(self, flag_id: str, start: int, end: int, c: Clause) -> bool:
        flag = FLAG_BY_ID[flag_id]
        if flag_id in _LOSSES and _GONE.search(self.low, start, end) and _GONE_BACK.match(self.low, end):
            return False  # "control of my bladder has gone back to normal": the control is back, nothing lost
        if flag.kind == "acute" and resolved(c) and not recurs(c.sentence) \
                and (flag_id not in _LOSSES or _LONG_PAST.search(c.sentence) or _LOSS_CAUSE.search(c.sentence)):
            return False
        if flag.kind == "acute" and self._long_past(c):
            return False  # "I had a fever in 2018 with malaria, not now"
        if c.subject == "other":
            lump = flag_id == "lump-or-shape" and bool(_BACK.search(c.text))  # to be seen, painful or not
            if flag.kind == "risk" and not self.pain_other and not lump:
                return False
            if re.search(r"\b(?:died|passed away|passed on|rip|late (?:husband|wife|father|mother|dad|mum))\b", c.text):
                return False  # "my grandad's legs went weak before he died"
            recent = any(_RECENT.search(x.text) for x in self.clauses
                         if x.sentence_start == c.sentence_start and x.subject != "self")
            # "has had back pain" is now; "never had it before" tells no history
            perfect = re.sub(r"\b(?:(?:has|have|'s|'ve)\s+had|(?:hes|shes|theyve|theyre)\s+had)\b"
                             r"|(?<=\w)(?:'s|'ve)\s+had\b|\b(?:never|not|n'?t|nt)\s+(?:\w+\s+)?had\b"
                             # "had no back problems until this month" tells when it began
                             r"|\bhad no\b(?=(?:\s+[\w']+){1,4}?\s+(?:until|till|til|before)\b)"
                             # "curving more than it used to" compares with before, tells no history
                             r"|\bthan (?:it|she|he|they|i) used to\b",
                             " ", c.text)
            if flag.kind == "acute" and _OTHER_HISTORY.search(perfect) and not recent \
                    and not _HURTS_NOW.search(c.sentence):
                return False
            if flag.kind == "acute" and flag.level < Level.EMERGENCY and not self.pain_other and not lump:
                return False
        elif flag.kind == "risk" and not self.pain_self and self.pain_other and _FOR_ANOTHER.search(self.low):
            return False  # "I had breast cancer myself, but I'm asking about my husband, he pulled his back": the
            # writer's history, another's new pain
        elif flag.kind == "risk" and not (self.pain_any or self.back_any
                                          or flag_id == "osteoporosis" and self.had_fall):
            # A history said with no pain and no back ("I had cancer 10 years ago, is massage safe?", "massage for
            # cancer patients?"): the answer's own cautions cover it; the urgent advice is for new back pain.
            return False
        if flag_id == "age-onset":
            return self._age_onset(start, end, c)
        if flag_id == "older-fall":
            return self._older_fall(start, end)
        if flag_id == "heart-attack":
            where = self.back_any or bool(re.search(r"\b(?:chest|shoulders?)\b", self.low))
            if _BLADES.search(self.low, start, end):
                # Alone an ordinary upper-back ache; with a heart attack's other signs an emergency.
                return bool(_BLADES_WITH.search(self.low)) or (bool(_HEART_WITH.search(self.low))
                                                                and not _EFFORT.search(self.low))
            if _BREATHLESS.fullmatch(self.low, start, end):
                # "back pain and I'm short of breath and clammy"; not "out of breath and sweaty after my run".
                return where and self.pain_any and bool(_SWEATY.search(self.low)) and not _EFFORT.search(self.low)
            return where and bool(_HEART_WITH.search(self.low) or _JAW_AND_ARM.search(self.low))
        if flag_id == "tearing-pain":
            return bool(_SUDDEN_SEVERE.search(c.sentence))
        if flag_id == "trouble-peeing" and not _TOILET_WORD.search(self.low, start, end):
            # The toilet left unsaid ("can't go even though I'm bursting"): only of the back, not of a machine.
            sentence_end = c.sentence_start + len(c.sentence)
            return self.back_any and self.pain_any and not _MACHINE.search(self.low, c.sentence_start, sentence_end)
        if flag_id == "night-pain" and self._eased(c) and not (_WAKES.search(self.low, start, end)
                                                               and _LIE_EASED.search(c.sentence)):
            # Pain that wakes one from sleep is not eased by lying down: "eases when I lie down but wakes me every
            # night" (turning over is still a change of position: "wakes me but goes when I turn over")
            return False  # "aches at night but eases when I lie down": eased by rest, not the red flag
        if flag_id == "injecting-drugs" and _INSULIN.search(self.low) and not _A_DRUG.search(self.low):
            return False  # "I inject insulin for my diabetes, does that count as injecting?"
        if flag_id == "blood-in-urine":
            return not _BEETROOT.search(c.sentence)
        if flag_id in ("vomiting", "breathing-pain", "cough-sneeze"):
            return self.back_any and (self.pain_any or flag_id == "vomiting")
        if flag_id == "serious-accident" and self._dated_past(start, end, c):
            return False  # "my back has hurt since the car crash 6 years ago": that pain is long, not an emergency
        if flag_id == "serious-accident":
            fall = falls.read(self.low, c, (start, end))
            if fall is not None and not fall.serious:
                return False  # "fell off a chair", "tripped over the dog": the osteoporosis and age flags still read it
            if fall is not None and falls.of_a_thing(self.low, start, end):
                return False  # "my phone fell on the concrete": a thing's fall, nobody's
        if flag_id == "osteoporosis":  # with a fall, pain or not: "osteopenia, and I fell on my bum off a chair"
            # (a pain denied is none: "I have osteoporosis but no pain, just want to loosen up")
            return bool(_OSTEO_EVENT.search(self.low)) and (self.pain_told or self.had_fall)
        if flag_id == "cancer-history":
            # (within the find's own sentence: "is back pain ever cancer? I had breast cancer" tells a history)
            context = self.low[max(c.sentence_start, start - 30):min(c.sentence_start + len(c.sentence) + 1, end + 30)]
            if re.search(r"\b(?:for|with|of) (?:cancer patients|people with cancer)|prevent|risk of|cause cancer|"
                         r"causes cancer|give (?:me|you) cancer|scared of cancer|afraid of cancer|worried about cancer"
                         r"|cancer scare|is it cancer|could it be cancer|not cancer|cancer\?", context):
                return False
        return True

    def _eased(self, c: Clause) -> bool:
        """Return whether the sentence says the pain eases with rest or a change of position, or blames the bed (not
        "doesn't ease even when I lie down")."""
        for m in _EASED.finditer(c.sentence):
            if re.search(r"(?:n'?t|\bnot|\bnever|\bno)\b(?:\s+\w+){0,2}\s*$", c.sentence[:m.start()]) \
                    or re.search(r"\b(?:even|only|worse|not)\b", m.group()):
                continue
            return True
        return False

    def _dated_past(self, start: int, end: int, c: Clause) -> bool:
        """Return whether the event found at ``start:end`` is dated a month or more ago ("the crash 6 years ago",
        "my fall last year", "an accident as a teenager"), whatever the tense of the pain after it."""
        near = self.low[max(c.start, start - 40):min(c.end, end + 40)]
        if _YEARS_SINCE.search(self.low, max(c.start, start - 40), start):
            return True  # "a bad back going on 15 years since I fell off the hay wagon"
        if _LONG_PAST.search(near) and not re.search(r"\b(?:today|yesterday|this (?:morning|week)|last night|just now|"
                                                      r"(?:an? |\d+ )?(?:hours?|days?) ago)\b", near):
            return True
        if re.search(r"\b(?:today|yesterday|this (?:morning|week)|last night|just now|on (?:monday|tuesday|wednesday|"
                     r"thursday|friday|saturday|sunday)|(?:an? |\d+ )?(?:hours?|days?) ago)\b", near):
            return False  # "hit by a car yesterday, back pain since last spring"
        return any(d.kind in ("ago", "in", "start") and d.days >= 28 and d.start < end + 40 and d.end > start - 40
                   and c.start <= d.start < c.end for d in self._all_durations())

    def _all_durations(self) -> list[durations.Duration]:
        if self._durations_found is None:
            self._durations_found = durations.find(self.low, self.today)
        return self._durations_found

    def _older_fall(self, start: int, end: int) -> bool:
        """Return whether the age found is about 70 or over and the message tells of a fall with pain; or the person
        is called older ("Nan", "my elderly neighbour") and their sentence tells of a fall had ("Nan fell in the
        shower and her back hurts")."""
        said = self.low[start:end]
        if _OLDER_PERSON.fullmatch(said):
            # The fall must be another's, told in the older person's sentence: not "I slipped while walking my grandma
            # to church", "I work with old people and I tripped over a chair".
            c = self._clause_at(start)
            if c is None or not self.pain_any:
                return False
            for other in self.clauses:
                if other.sentence_start == c.sentence_start and other.subject not in ("self", ""):
                    fall = falls.read(self.low, other)
                    if fall is not None and fall.had:
                        return True
            return False
        m = re.search(r"\d{1,3}", said)
        old = (70 <= int(m.group()) <= 110) if m else bool(re.search(r"sevent|eight|ninet|70s|80s|90s", said))
        fall = falls.read(self.low)
        if fall is not None and _OLD_FALL.search(self.low, max(0, fall.start - 25), min(len(self.low), fall.end + 40)):
            return False  # "I'm 71 with a dodgy shoulder from an old fall (healed)": a fall long over
        return old and self.pain_any and fall is not None

    def _long_past(self, c: Clause) -> bool:
        """Return whether the clause tells of an episode a month or more ago ("in 2018", "years ago", "in the
        summer"), in the past tense, and not of now."""
        m = _LONG_PAST.search(c.text)
        # "last spring" is read as a start; said without "since" or "from" it dates the episode ("a fever last spring").
        dated = any((d.kind in ("in", "ago") or (d.kind == "start" and not re.search(
                        r"\b(?:since|from|started|starting|began|begun"
                        r"|beginning)\b[^.;!?]{0,12}$", self.low[c.start:d.start])))
                    and d.days >= 28 and c.start <= d.start < c.end for d in self._all_durations())
        if (m is None or (m.group("year") and int(m.group("year")) >= self.today.year)) and not dated:
            return False
        now = re.sub(r"\bnot (?:now|any ?more|currently|these days)\b", " ", c.text)
        return bool(_SIMPLE_PAST.search(c.text)) and not _CURRENT.search(now) and not recurs(c.sentence) \
            and not _ONGOING.search(c.sentence)  # "numbness in my groin 5 weeks ago and it's still there"

    def _age_onset(self, start: int, end: int, c: Clause) -> bool:
        if _THINGS_AGE.search(self.low, max(0, start - 45), start):
            return False  # "my mattress is about 3 years old": a thing's age
        words = {"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "ten": 10, "eleven": 11,
                 "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
                 "eighteen": 18, "nineteen": 19}
        if _CARRIED.search(self.low, max(0, start - 40), start) \
                and not _CHILDS_BACK.search(self.low, end, c.sentence_start + len(c.sentence)):
            return False  # "my back hurts from carrying my 3 year old daughter": the child's age, the writer's pain
        said = self.low[start:end]
        m = re.search(r"\d{1,3}|fifty|sixty|seventy|eighty|ninety|fifteen|sixteen|seventeen|eighteen|nineteen|"
                      r"fourteen|thirteen|twelve|eleven|ten", said)
        if m:
            age = int(m.group()) if m.group().isdigit() else words[m.group()]
            old_or_young = 50 <= age <= 110 or 8 <= age <= 19
            named = re.search(r"\bold\b|\byo\b|y/o|\byrs?\b|\byears?\b|\baged?\b|\bi'?m\b|\bim\b|\bam\b|\bturned\b|"
                              r"\bis\b|"
                              r"'s\b", said)
            theirs = self.pain_other if c.subject == "other" else self.pain_self
            # (a child's age only: "my 70 yo dad who just started having it" is the person with the pain)
            if c.subject == "self" and m.start() == 0 and age < 18 \
                    and _AGE_AS_PERSON.search(self.low, max(0, start - 8), start) \
                    and re.search(r"(?:\bold|\byo|y/o|\bo)$", said) \
                    and not _CHILDS_BACK.search(self.low, end, c.sentence_start + len(c.sentence)):
                return False  # "my 2 year old climbed on my back": the age is the child's, the back the writer's
            if named and 2 <= age <= 12 and self.back_any and theirs \
                    and (c.subject == "self" or _CHILDS_BACK.search(self.low, end, c.sentence_start + len(c.sentence))):
                return True  # a child's back pain is checked whether or not it is the first (NICE CKS)
            if named and 13 <= age <= 19 and c.subject == "self" and self.back_any and self.pain_self \
                    and _TEEN_RECENT.search(self.low) and not _TEEN_BEFORE.search(self.low):
                return True  # a teenager's own pain that began lately, not said to have come before: a new one
        else:
            old_or_young = bool(re.search(r"fift|sixt|sevent|eight|ninet|50s|60s|70s|80s|90s|late forties|late 40s|"
                                          r"pensioner|retire|oap|teen|school|year \d|sixth|gcse|a-level", said))
        if not old_or_young or not (self.pain_any or self.implied) or not self.back_any:
            return False
        return bool(_FIRST_TIME.search(self.low))

    # --- long-lasting pain ----------------------------------------------------------------

    def chronic(self) -> None:
        by_clause: dict[int, list[durations.Duration]] = {}
        for d in self._all_durations():
            at = self._clause_at(d.start)
            if at is not None:
                by_clause.setdefault(at.start, []).append(d)
        for c in self.unique:
            if c.subject == "pet":
                continue
            self._durations(c, by_clause.get(c.start, []))
        for c in self.unique:
            if c.subject == "pet":
                continue
            self._chronic_words(c)
        mine = _MINE.search(self.low)
        if mine is not None and not _ASKS_OF_OTHER.search(self.low, mine.end()) and (
                self._short_for_self(mine.start()) or (
                _OWN_TIME.search(self.low, mine.start())  # "I tweaked mine yesterday", no length of the writer's own
                and not any(d.start > mine.start() and d.days >= 42 for d in self._all_durations()))):
            # "My sister's had back pain for years, mine's just started since Wednesday": the writer asks of theirs.
            for key in [k for k in self.findings if k[1] == "other" and self.findings[k].level is Level.CHRONIC]:
                del self.findings[key]

    def _durations(self, c: Clause, mine: list[durations.Duration]) -> None:
        clause = c.text
        has_pain = _pain_in(clause) or (bool(_REFERS.search(clause)) and (self.pain_any or self.trouble_any)) \
            or bool(_HAD_IT.search(clause)) or self.fragment \
            or (self.implied and (len(self.low) < 160 or bool(_REFERS.search(clause)))) \
            or self._implicit_subject(c)
        # A start in a clause of its own, the pain in the next: "since my operation in spring (gallbladder) the
        # back pain never left me", "three months to the day since I slipped, and my back is still sore".
        # In a short message the pain may be its own sentence: "years now. back pain. tired of it".
        owner = c if has_pain else next((x for x in self.clauses if (x.sentence_start == c.sentence_start
                                                                     or len(self.low) <= 80)
                                         and x.start != c.start and (_pain_in(x.text) or _HAD_IT.search(x.text))),
                                        None)
        over = resolved(c) and not recurs(c.sentence)
        lengths = [d for d in mine if d.kind == "length" and not _not_pain_length(self.low, d)]
        # A start said without "since" or "from" dates an episode: "a bad back last summer that went on for ages".
        dated = [d for d in mine if d.kind == "start" and d.days > 60
                 and not _SINCE_BEFORE.search(self.low[c.start:d.start])]
        anchored = any(d.kind in ("in", "ago") and d.days > 60 for d in mine) or _PAST_ANCHOR.search(clause) or dated
        simple_past = bool(_SIMPLE_PAST.search(clause)) and not _CURRENT.search(clause)
        # In a short message the going on may be its own sentence: "Christmas a year ago it started. Still got it."
        ongoing = bool(_ONGOING.search(c.sentence) or (len(self.low) <= 200 and _ONGOING.search(self.low))) \
            and not over
        # Another's pain told in the past: "my mum had back trouble for years".
        others_past = c.subject == "other" and bool(_PAST_PAIN_FOR_OTHER.search(clause)) \
            and not _CURRENT.search(clause)
        for d in mine:
            if d.kind == "in":
                if ongoing and (has_pain or _pain_in(c.sentence)) and d.days >= durations.CHRONIC_DAYS:
                    self.pain_length_known = True
                    self.add("long-duration", Level.CHRONIC, d.start, d.end, c, "rules")
                continue  # "I hurt my back in the spring and it still hasn't settled"
            if _not_pain_length(self.low, d) or self._not_the_pains(c, d, lengths) \
                    or self._length_elsewhere(c, d.start):
                continue
            since = d.kind == "start" or re.match(r"\s*(?:to the day\s+)?(?:since|ago)\b", self.low[d.end:d.end + 20])
            # Without a pain in the clause, the pain of the next may run from it: when the clause opens with the
            # length or with "since" ("since my op in spring (gallbladder) the back pain never left me"), or the
            # pain runs "ever since" ("a car accident back in 2019 and my back's been sore ever since").
            if not (has_pain or owner is not None and since and (self._opens_with(c, d)
                                                                 or _EVER_SINCE.search(owner.text))):
                continue
            self.pain_length_known = True
            if d.days < 42:
                self.short_length = True
            if d.days < durations.CHRONIC_DAYS or over or others_past:
                continue
            if _NO_PAIN.search(clause) and not recurs(c.sentence):
                continue  # "since I changed jobs 2 years ago no pain", "pain-free for a year": the length of none
            if d.kind == "length" and anchored and simple_past and not recurs(clause):
                continue  # "I had back pain for 6 months in 2019": over
            if d in dated and simple_past and not recurs(clause) and not _ONGOING.search(c.sentence):
                continue  # "had a bad back last winter that lasted ages": that episode is dated, not running since
            self.add("long-duration", Level.CHRONIC, d.start, d.end, owner or c, "rules")  # owner is c with a pain
        if "bank" in self.detectors and has_pain and not over:
            for match in self._bank(c):
                inside = not _NEGATIVE_PHRASE.search(match.phrase)
                if match.flag == "long-duration" and not denied(c, match.start, match.end, self.low, inside=inside):
                    if others_past or anchored and simple_past and not recurs(clause):
                        continue  # another's past pain; "my back gave me trouble for six months in 2019"
                    if _habit_duration(clause, match.start - c.start):
                        continue
                    if _KNOTS_BEFORE.search(self.low, c.start, match.start) \
                            or _NOT_PAIN_NOUN.match(self.low, match.end):
                        continue  # "knots in my back won't go away", "a persistent knot by my shoulder blade"
                    if not durations.find(self.low[match.start:match.end], self.today) \
                            and self._asked_in_general(c, match.start):
                        continue  # "would rubbing help chronic back pain in general?"
                    if match.phrase.startswith("flare") and _AFTER_MASSAGE.search(c.sentence):
                        continue  # "every time I massage it, it flares up"
                    if self._not_a_length(c, match.start, match.end) or self._length_elsewhere(c, match.start):
                        continue  # "how long should I be at it?", "mum always said to rest it", "a chronic worrier"
                    if any(d.days < durations.CHRONIC_DAYS and d.kind in ("start", "length") and d.start <= match.start
                           and match.end <= d.end for d in mine):
                        continue  # the rules read the same words as a short time: "since the school run this morning"
                    self.pain_length_known = True
                    self.add("long-duration", Level.CHRONIC, match.start, match.end, c, "bank")

    def _length_elsewhere(self, c: Clause, at: int) -> bool:
        """Return whether a length or a start at ``at`` stands in a stretch of its sentence with no pain in it (a job,
        a condition, a place: "been teaching for 20 years", "at the call centre since 2011"), while the pain is told
        in another stretch with a time of its own ("today my back's stiff", "back stiff since Friday")."""
        sentence_end = c.sentence_start + len(c.sentence)
        cuts = [c.sentence_start, *(m.end() for m in _STRETCH.finditer(self.low, c.sentence_start, sentence_end)),
                sentence_end]
        stretches = list(zip(cuts, cuts[1:], strict=False))
        here = next(((a, b) for a, b in stretches if a <= at < b), None)
        if here is None or _pain_in(self.low[here[0]:here[1]]) or _OWNS_PAIN.search(self.low, here[0], here[1]) \
                or _BACK.search(self.low, here[0], here[1]) or _PAINS_TOO.search(self.low, here[0], here[1]):
            return False  # "my lower back since the summer", "tramadol for 4 months", "been to the GP since june"
        words = set(re.findall(r"[a-z]+", _BARE_TIME.sub(" ", self.low[here[0]:here[1]])))
        if not words - _FILLERS:
            return False  # a bare length ("for 5 months now, and today it's worse") is the pain's
        short = [d.start for d in self._all_durations() if d.days < 42]
        return any(_pain_in(self.low[a:b]) and (_OWN_TIME.search(self.low, a, b) or any(a <= x < b for x in short))
                   for a, b in stretches if (a, b) != here)

    def _not_the_pains(self, c: Clause, d: durations.Duration, lengths: list[durations.Duration]) -> bool:
        """Return whether a length, a start or a time ago in the clause is a habit's, a role's or a place's rather than
        the pain's: "a desk job for 20 years", "15 years on the checkouts", "had this mattress since 2009", "I got a
        new mattress 4 months ago", "3 years ago I had back pain for 2 weeks"."""
        local = d.start - c.start
        if d.kind == "length" and _OF_PAIN.match(self.low, d.end):
            return False  # "15 years of nursing and 15 years of a bad back": the second is the pain's
        if d.kind == "length":
            return _habit_duration(c.text, local) or bool(_HABIT_AFTER.match(self.low, d.end)) \
                or self._place_after(d.end) or bool(_ROLE_AFTER.match(self.low, d.end))
        if d.kind == "start":
            keyword = list(re.finditer(r"\b(?:since|from|started|began|start)\b", c.text[:local + 12]))
            return bool(keyword) and _habit_duration(c.text, keyword[-1].start())
        if d.kind == "ago":
            return any(x.days < 42 for x in lengths) or _habit_duration(c.text, local)
        return False

    def _opens_with(self, c: Clause, d: durations.Duration) -> bool:
        """Return whether the clause opens with the length or start ``d``, or with "since": "since my op in spring"."""
        head = self.low[c.start:d.start]
        return len(re.findall(r"[\w']+", head)) <= 1 or bool(re.match(r"\W*(?:ever since|since|from)\b", head))

    def _about_pain(self, c: Clause, start: int, end: int) -> bool:
        """Return whether a generic word of frequency is said of the pain: a pain, the back or "it" just before it,
        or a pain word right after it ("constant ache")."""
        before = self.low[max(c.start, start - 40):start]
        after = re.match(r"\s*([\w']+)", self.low[end:end + 20])
        return bool(_PAIN.search(before) or _BACK.search(before) or re.search(r"\b(?:it|this|that|it'?s)\b", before)
                    or (after and _PAIN.fullmatch(after.group(1))))

    def _short_for_self(self, mine: int) -> bool:
        """Return whether the writer gives their own pain a short length or a recent start (in a clause of theirs, or
        after the word that sets theirs apart, at ``mine``)."""
        for d in self._all_durations():
            at = self._clause_at(d.start)
            theirs = at is not None and (at.subject == "self" or d.start > mine)
            if theirs and d.kind in ("length", "start") and d.days < 42:
                return True
        return False

    def _implicit_subject(self, c: Clause) -> bool:
        """Return whether a short message opens a sentence with a length or a start and no subject of its own, as a
        reply about one's back does in a back-care chat: "since the wedding in April", "3 months of this"."""
        # Another's event may date it ("since my son's wedding in April") when nobody's pain is named.
        whose = c.subject == "self" or (c.subject == "other" and not self.pain_any)
        # A doing in the clause is what the length is of: "three decades of farming", "I've been learning the piano".
        doing = any((m.group(1) or m.group(2)) not in _NOT_DOING for m in _DOING.finditer(c.text))
        return (len(self.low) <= 200 and whose and c.start == c.sentence_start and not doing
                and bool(_IMPLICIT.match(self.low, c.start, c.end)))

    def _not_a_length(self, c: Clause, start: int, end: int) -> bool:
        """Return whether a find of lasting pain is part of a phrase that says something else (``_NOT_A_LENGTH``)."""
        return any(m.start() < end for m in _NOT_A_LENGTH.finditer(self.low, max(c.start, start - 9), end + 14))

    def _place_after(self, end: int) -> bool:
        """Return whether a length is followed by where or with whom it was spent: "15 years on the checkouts"."""
        m = re.match(r"\s*(?:on|in|at|behind|with|as|for)\s+(?:the|a|an|my|our|his|her|their)\s+([\w'-]+)",
                     self.low[end:end + 40])
        return m is not None and not (_PAIN.fullmatch(m.group(1)) or _BACK.fullmatch(m.group(1))
                                      or m.group(1) in ("same", "pain", "painkillers", "meds", "medication", "tablets",
                                                        "trot", "go", "whole", "lower", "upper", "left", "right"))

    def _fragment(self) -> bool:
        """Return whether the message is a few fragments naming a part of the back and nothing else to do."""
        body = _FRAGMENT_BODY.search(self.low) if len(self.low) < 90 else None
        plain = re.search(r"\b(?:my|me|the) back\b", self.low) if len(self.low) < 50 and "?" not in self.low else None
        return bool(body or plain) and not _HABIT.search(self.low)

    def _chronic_words(self, c: Clause) -> None:
        if "rules" not in self.detectors:
            return
        over = resolved(c) and not recurs(c.sentence)
        other_past = c.subject == "other" and bool(_OTHER_HISTORY.search(c.text)) and not _CURRENT.search(c.text)
        for m in [*CONDITIONS.finditer(self.low, c.start, c.end), *_ACRONYM.finditer(self.raw, c.start, c.end)]:
            if c.subject == "other" and not self.pain_other and not _BACK.search(c.text) \
                    and not (_OF_THE_SPINE.search(m.group()) and not self.pain_any):
                continue  # "my aunt has fibromyalgia and I'm learning massage to help her" (a condition of the spine
                # itself is the back's when the message tells of no pain, had or denied: "my hubby has degenerative disc
                # disease, he wants a massage"; not "my brother has AS, I just have a sore neck from work")
            if c.subject == "other" and not self.pain_other and _pain_in(c.text) and self._pain_denied(c):
                continue  # "my niece has scoliosis and no pain at all, how do I massage her back"
            if _SCREENED_FOR.match(self.low, m.end()) and not _pain_in(c.sentence):
                continue  # "a scoliosis check at school": a test for it, not the condition (not "i have scoliosis
                # test results back and it hurts so much": a pain beside it keeps the condition)
            if _ELSEWHERE.match(self.low, m.end()) or _ELSEWHERE_BEFORE.search(self.low, max(0, m.start() - 25),
                                                                                m.start()):
                continue  # "arthritis in my hands": not the back's
            if not denied(c, m.start(), m.end(), self.low, inside=False) and not other_past:
                self.add("long-term-condition", Level.CHRONIC, m.start(), m.end(), c, "rules")
                break
        if not over and not (self.pain_any or self.back_any):
            # Only a pain lets up: "it started in June and it's never really let up" tells a pain without naming it.
            let_up = _NEVER_LET_UP.search(self.low, c.start, c.end)
            if let_up is not None and not other_past and not denied(c, let_up.start(), let_up.end(), self.low,
                                                                    inside=False):
                self.pain_length_known = True
                self.add("said-chronic", Level.CHRONIC, let_up.start(), let_up.end(), c, "rules")
        if over or not (self.pain_any or self.back_any):
            return
        for m in NO_TIME_WITHOUT.finditer(self.low, c.start, c.end):
            if self._not_a_length(c, m.start(), m.end()) or _NOT_PAIN_NOUN.match(self.low, m.end()):
                continue
            if not other_past and not hypothetical(c, m.start(), self.low):
                self.pain_length_known = True
                self.add("said-chronic", Level.CHRONIC, m.start(), m.end(), c, "rules")
                return
        if not self.pain_any:
            return
        for m in CHRONIC_WORDS.finditer(self.low, c.start, c.end):
            if denied(c, m.start(), m.end(), self.low, inside=False) or other_past:
                continue
            if self._asked_in_general(c, m.start()):
                continue  # "does massage help people with chronic back pain, generally speaking?"
            if _NOT_PAIN_NOUN.match(self.low, m.end()) or self._not_a_length(c, m.start(), m.end()):
                continue  # "long-term steroids", "a persistent cough", "goes on and on about breathing"
            if VAGUE_CHRONIC.fullmatch(m.group()) and self.short_length:
                continue
            if any(d.days < 42 and d.kind in ("start", "length") and m.end() <= d.start <= m.end() + 12
                   for d in self._all_durations()):
                continue  # "on and off for a few days": the length said with it is short
            if VAGUE_CHRONIC.fullmatch(m.group()) and _habit_duration(c.text, m.start() - c.start) \
                    and not _pain_in(self.low[c.start:m.end()]):
                continue
            if _GENERIC.fullmatch(m.group()) and _DONE_IT.search(self.low, max(c.start, m.start() - 25), m.start()):
                continue  # "is it bad to crack my back? my mates do it all the time": what they do, not a pain
            if m.group().startswith(("won", "doesn", "never")) and _KNOTS_BEFORE.search(self.low, c.start, m.start()):
                continue  # "knots in my back won't go away, how do I release them": the knot entry's question
            if _GENERIC.fullmatch(m.group()) and not self._about_pain(c, m.start(), m.end()):
                continue  # "my 2 year old wants carrying all the time, back sore today"
            if m.group().startswith("flare") and _AFTER_MASSAGE.search(c.sentence):
                continue  # "every time I massage it, it flares up": the massage aggravates it, nothing says how long
            self.pain_length_known = True
            self.add("said-chronic", Level.CHRONIC, m.start(), m.end(), c, "rules")
            break

    def _asked_in_general(self, c: Clause, start: int) -> bool:
        """Return whether long-lasting pain is asked about in general, not told as the writer's: a question with no
        pain of the writer's in the message ("can self-massage help chronic back pain?"), or one said to be general
        ("in general", "people who have chronic pain", "for an article")."""
        if _GENERAL_MARK.search(self.low):
            return not _OWN_PAIN_TOLD.search(self.low)
        return bool(_GENERAL_ASK.search(self.low, c.sentence_start, start)) and not _FIRST_PERSON_ANY.search(self.low)

    # --- the trained model: a recall booster ------------------------------------------------

    def model(self, text: str) -> None:
        """Flag a message about back pain that the rules and banks leave at none when the model is sure
        enough it is flagged (:func:`learned.boost`), for the writer unless only someone else has pain."""
        about = self.about_pain()
        if self.findings or not about:
            return
        if self.denied_in and self.short_length:
            return  # the signs checked and denied, the pain given a short length ("no numbness in my legs or around my
            # bottom, I have checked. The back has been painful for five days"): the model reads the denied words
        from bot.safety import learned  # its model file is loaded (a few ms) only for such a message

        cap = Level.URGENT if self._minor_falls_only() or not _EMERGENCY_MATTER.search(self.low) else Level.EMERGENCY
        level = learned.boost(Level.NONE, learned.current_model().proba(text), True, cap=cap)
        if level is Level.URGENT and _ORDINARY_MEDICINE.search(self.low):
            return  # "on the pill for 3 years and my back started hurting": the model reads a medicine taken for years
            # as steroids or immune-lowering drugs, which the rules name themselves
        if level is Level.URGENT and _CANCER_WORD.search(self.low):
            return  # the rules read cancer and found no history of the writer's ("I'm a cancer patient's daughter"):
            # the model, which knows no whose, does not overrule them on the same word
        if not self.allows(level):
            return
        self_ = any(c.subject == "self" for c in about)
        who = "" if self_ else next((p for p in (person(c.text) for c in about if c.subject == "other")), "")
        self.findings[("learned", "self")] = Finding(f"learned-{level}", level, 0, 0,
                                                     "self" if self_ else "other", who, frozenset({"model"}))

    def _minor_falls_only(self) -> bool:
        """Return whether the message tells of a fall had and every one is minor ("fell out of bed this morning"), or
        speaks of falling only in senses that are no fall ("fell asleep on the sofa"): the rules have judged it, so
        the booster may not call it an emergency."""
        told = [f for f in (falls.read(self.low, c) for c in self.unique) if f is not None and f.had]
        return (bool(told) and not any(f.serious for f in told)) or (not told and falls.only_look_alikes(self.low))

    def about_pain(self) -> list[Clause]:
        """Return the clauses about pain or the back the booster may read; none when they are only a pet's or over.

        A pain word or the back ("since the summer hols, lower back"); not "my dog's back has been sore since
        spring", nor "it hurt for months but it's gone now".
        """
        # (not a clause that denies the pain it names: "my sister has AS but no pain these days")
        about = [c for c in self.unique if (_pain_in(c.text) or _BACK.search(c.text)) and not self._pain_denied(c)]
        fine = {c.sentence_start for c in self.clauses if _SIGNS_FINE.search(c.text)}
        if about and all(c.sentence_start in self.denied_in | fine for c in about):
            return []  # told beside signs denied ("not in my legs, no tingling, I can pee fine"): the rules read it
        return [] if all(c.subject == "pet" or resolved(c) for c in about) else about

    def allows(self, level: Level) -> bool:
        """Return whether the booster may give ``level``: not chronic when the rules read any length or start in
        the message, the pain's or one they set aside (the model knows no dates: "since Easter" is four weeks in
        May; nor whose length it is: "stretching every day for a year")."""
        if level is Level.NONE:
            return False
        return level is not Level.CHRONIC or not (self.pain_length_known or self._all_durations())

    # --- the result -------------------------------------------------------------------------

    def result(self) -> Assessment:
        findings = sorted(self.findings.values(), key=lambda f: (-f.level, f.start))
        saddle = [f for f in findings if f.flag == "saddle-numbness"]
        # "numbness between my legs" is the saddle's, not both legs' (nor one leg's): one reason, not three
        findings = [f for f in findings if f.flag not in ("both-legs", "one-leg")
                    or not any(s.start <= f.start and f.end <= s.end for s in saddle)]
        if not findings:
            return Assessment(Level.NONE, asks_duration=self._asks())
        level = findings[0].level
        top = [f for f in findings if f.level == level]
        subject = "self" if any(f.subject == "self" for f in top) else "other"
        return Assessment(level, tuple(dict.fromkeys(f.flag for f in findings)),
                          tuple((f.start, f.end) for f in findings if f.end > f.start), subject, False,
                          tuple(findings))

    def _asks(self) -> bool:
        if self.pain_length_known:
            return False
        for c in self.unique:
            if c.subject == "self" and _pain_in(c.text) and self.back_any and _ASKS.search(c.text) \
                    and not resolved(c):
                return True
        return False
def assess(text: str, *, today: dt.date | None = None, detectors: tuple[str, ...] = DETECTORS) -> Assessment:
    """Return the safety level of a whole message (never cut), the signs that raised it, and for whom.

    ``today`` is the date durations are counted from ("since Easter"); ``detectors`` picks the rule
    patterns ("rules"), the phrase banks ("bank") and the trained booster of :mod:`bot.safety.learned`
    ("model", fitted at build time and loaded on first use, a few ms; consulted only when the others find
    nothing in a message about pain or the back); all three by default.
    """
    reader = _Reader(text, today or dt.date.today(), detectors)
    reader.red_flags()
    if "rules" in detectors:
        reader.other_languages()
    reader.chronic()
    if "model" in detectors:
        reader.model(text)
    return reader.result()
