"""A person's own health condition, stated as the context of a question ("I have asthma, can I massage my back?").

Most conditions are no subject of back care ("asthma", "diabetes", "a pacemaker"): read as words of the message, they
would mark it as another domain's, so "I have asthma, is it ok to massage my back" would be told "I only know about
back care".  Stated as the person's own ("I have X", "I'm X", "with my X", "X sufferer", "diagnosed with X",
"on X medication"), a condition is the setting of what is asked: :func:`spans` finds where, so that the question is
read without it, and the condition then picks the entry about massaging with a condition (and its caution, where the
knowledge base has one).  Whose the condition is matters: "my dog has diabetes" is not the person's, and a condition
beside a question that is not about massaging ("I have asthma, which inhaler is best") stays another domain's.
"""

from __future__ import annotations

import re

#: Conditions by kind, as people name them.  Back conditions the knowledge base answers itself (sciatica, a slipped
#: disc, pregnancy, osteoporosis) are left to their entries and cautions.
_CONDITIONS = "|".join([
    # breathing
    r"asthma|asthmatic|copd|emphysema|bronchiectasis|cystic fibrosis|sleep apn[o]?ea",
    # blood sugar and glands
    r"(?:type (?:1|2|one|two|i|ii) )?diabet(?:es|ic)|pre-?diabet(?:es|ic)|thyroid(?: (?:problems?|issues?|condition|"
    r"disease))?|(?:under|over)active thyroid|hypo-?thyroid(?:ism)?|hyper-?thyroid(?:ism)?|addison'?s(?: disease)?|"
    r"cushing'?s(?: syndrome)?",
    # nerves and the brain
    r"epilep(?:sy|tic)|seizures|multiple sclerosis|m\.?s\.?(?= |,|\.|$)|parkinson'?s(?: disease)?|dementia|"
    r"alzheimer'?s|(?:peripheral )?neuropathy|motor neurone disease|mnd|migraines|cerebral palsy|"
    r"had a stroke|spina bifida",
    # heart and blood
    r"(?:high|low) blood pressure|hypertension|hypotension|high bp|heart (?:condition|disease|problems?|issues?|"
    r"failure|murmur|trouble)|a bad heart|angina|atrial fibrillation|afib|a-fib|arrhythmia|pacemaker|defibrillator|"
    r"(?:a |heart )?stent|varicose veins?|spider veins|poor circulation|circulation problems|raynaud'?s|"
    r"ana?emi[ac]|haemophilia|hemophilia|sickle cell|high cholesterol|lymphoedema|lymphedema",
    # skin
    r"eczema|psoriasis|dermatitis|rosacea|hives|sensitive skin|acne",
    # joints, muscles and connective tissue
    r"(?:rheumatoid |psoriatic |osteo-?)?arthritis|osteoarthritis|gout|lupus|fibromyalgia|fibro|hypermobility|"
    r"hypermobile|ehlers[- ]danlos(?: syndrome)?|h?eds|pots|polymyalgia|ankylosing spondylitis|scleroderma|"
    r"scoliosis|kyphosis|(?:spinal )?stenosis|spondylosis|spondylolisthesis|"
    r"(?:hip|knee|shoulder|joint) replacements?|(?:a )?new (?:hip|knee)|(?:a )?metal plate|rods in my \w+",
    # gut, kidneys, liver
    r"ibs|irritable bowel(?: syndrome)?|crohn'?s(?: disease)?|(?:ulcerative )?colitis|coeliac(?: disease)?|"
    r"celiac(?: disease)?|diverticulitis|kidney (?:disease|condition|problems?|issues?|stones?|failure)|"
    r"liver (?:disease|condition|problems?|issues?)|a (?:hiatus |hiatal |umbilical |inguinal )?hernia|hernia|"
    r"endometriosis|pcos|a stoma|stoma",
    # the whole body, the immune system
    r"chronic fatigue(?: syndrome)?|m\.?e\.?/?cfs|long covid|hiv|an autoimmune (?:disease|condition)|"
    r"autoimmune (?:disease|condition)|a (?:long-?term |chronic |medical |health |heart |skin )?condition",
    # generic shapes: "Bechterew's disease", "Sjogren's syndrome", "a bleeding disorder"
    r"\w+'?s (?:disease|syndrome)|(?:a |an )?\w+ (?:disorder|syndrome)",
])
_CONDITION = re.compile(rf"\b(?:{_CONDITIONS})\b", re.IGNORECASE)

#: Medicines taken for a condition: "on blood pressure medication", "I take insulin", "on steroids".
_MEDICINE = re.compile(
    r"(?:\b(?:i'?m|im|i am|i'?ve been|ive been|been|currently|still)\s+(?:on|taking|using)|\bi (?:take|use)|\bon)\s+"
    r"(?:(?:\w+|\w+'s)\s+){0,3}?"
    r"(?:medications?|meds|medicines?|tablets|pills|insulin|steroids|prednisolone|prednisone|antidepressants?|"
    r"ssris?|statins?|beta[- ]?blockers?|metformin|methotrexate|immunosuppressants?|biologics?|chemo(?:therapy)?|"
    r"hrt|levothyroxine|inhalers?)\b"
    # ... and what for: "I take tablets for epilepsy", "on inhalers for my asthma".
    rf"(?:\s+for\s+(?:my\s+|a\s+|an\s+|the\s+)?(?:{_CONDITIONS})\b)?",
    re.IGNORECASE)

#: Before a condition, words that make it the person's own: "I have", "I've got really bad", "I'm", "with my",
#: "diagnosed with", "because of my", "as an".
_OWN_BEFORE = re.compile(
    r"(?:\b(?:i|i'?ve|ive|i'?m|im|i am)(?:\s+(?:also|just|recently|already|been|now|still|actually|always|have|"
    r"had|got|was|do|did))*\s+(?:have|has|had|got|get|suffer(?:ed)?(?:\s+(?:from|with))?|live with|"
    r"diagnosed with|was diagnosed with|with)"
    r"|\b(?:i'?m|im|i am)(?:\s+(?:also|a|an))?"
    r"|\b(?:with|w/|because of|due to|as|living with|suffering (?:from|with)|diagnosed with|"
    r"dealing with|managing)(?:\s+(?:my|a|an))?"
    r"|\b(?:as |for )?(?:someone|somebody|a person|people|a woman|a man) (?:with|who has|who have|living with)"
    r"|\b(?:if|when|while) (?:you|one) (?:have|has|'ve got|ve got|are|suffer from)"
    r"|\bmy)"
    r"(?:\s+(?:a|an|the|some|bad|severe|mild|moderate|chronic|really|quite|pretty|very|early|stage|long-?standing|"
    r"diagnosed|lifelong|well controlled|controlled|[1-4]))*\s+$",
    re.IGNORECASE)
#: At the start of a message, the frame without "I" ("got MS, ...", "have had lupus for years, ...").
_OPENING = re.compile(r"^\W*(?:(?:have |had |has )?(?:got|have|had|suffer\w*(?: from| with)?|living with|live with|"
                      r"diagnosed with|dealing with))(?:\s+(?:a|an|the|bad|severe|mild|chronic|really|very))*\s+$",
                      re.IGNORECASE)
#: After a condition named alone at the start of a message, the punctuation that makes it a label ("Asthmatic, ...").
_LABEL = re.compile(r"^\s*[,:;.!-]")
#: After a condition, words that make it the person's own: "psoriasis sufferer", "asthmatic here", "lupus patient".
_OWN_AFTER = re.compile(r"^\s*(?:(?:sufferer|patient|warrior)(?:\s+here)?|here)\b", re.IGNORECASE)
#: After a condition, where it is when that is not the back ("arthritis in my hands"): part of the condition's words.
_WHERE = re.compile(r"^\s+(?:in|on) (?:my|both(?: my)?|the) (?:hands?|fingers?|thumbs?|wrists?|knees?|feet|foot|"
                    r"ankles?|toes?|elbows?|legs?|chest|lungs?|face|arms?|scalp)\b", re.IGNORECASE)
#: After a condition, when it began or was treated ("last year", "two years ago"): the condition's story, no question.
_WHEN = re.compile(r"^\s+(?:(?:fitted|implanted|put in|installed|done)(?=\W|$)|"
                   r"(?:last|this) (?:year|month|week|spring|summer|autumn|fall|winter)|"
                   r"(?:a|an|one|two|three|four|five|six|a few|a couple of|few|\d+) "
                   r"(?:years?|months?|weeks?|days?) ago|"
                   r"recently|in (?:19|20)\d\d|since (?:19|20)\d\d|since (?:i was (?:a )?\w+|childhood|birth)|"
                   r"for (?:years|ages|decades|life|a (?:few|couple of) (?:years|months)|"
                   r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several) (?:years|months|weeks)))\b",
                   re.IGNORECASE)
#: Before a condition, someone or something else's ("my dog has", "my cat's"): not the person's own.
_NOT_OWN = re.compile(r"\b(?:my|our|the|his|her|their)\s+(?:\w+\s+)?(?:dog|dogs|puppy|cat|cats|kitten|horse|pony|"
                      r"rabbit|pet|pets)(?:'?s)?\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each condition ``text`` states as the person's own, frame words included.

    "I have asthma, is it ok to massage my back" gives the span of "I have asthma"; "my dog has diabetes" none.
    """
    out: list[tuple[int, int]] = []
    for m in _CONDITION.finditer(text):
        before = text[max(0, m.start() - 60): m.start()]
        if _NOT_OWN.search(before):
            continue
        own = _OWN_BEFORE.search(before)
        after = _OWN_AFTER.match(text[m.end():])
        # ... or named alone at the start, as a label of oneself: "Type 1 diabetic, how should I massage my back".
        head = text[: m.start()]
        opening = m.start() <= 40 and (_OPENING.match(head) is not None
                                       or not head.strip(" \t\n\"'(-") and bool(_LABEL.match(text[m.end():])))
        if own is None and after is None and not opening:
            continue
        start = 0 if opening else m.start() - (len(before) - own.start()) if own is not None else m.start()
        end = m.end() + (after.end() if after is not None else 0)
        where = _WHERE.match(text[end:])
        end += where.end() if where is not None else 0
        when = _WHEN.match(text[end:])
        out.append((start, end + (when.end() if when is not None else 0)))
    for m in _MEDICINE.finditer(text):
        if not _NOT_OWN.search(text[max(0, m.start() - 60): m.start()]):
            out.append(m.span())
    merged: list[tuple[int, int]] = []
    for s, e in sorted(out):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def without(text: str) -> str:
    """Return ``text`` with the conditions it states as the person's own cut out (each replaced by a space)."""
    found = spans(text)
    if not found:
        return text
    for s, e in reversed(found):
        text = f"{text[:s]} {text[e:]}"
    # What is left reads as a message of its own: ", is it ok to massage my back" is "is it ok to massage my back".
    return re.sub(r"\s+", " ", text).strip(" ,.;:-")
