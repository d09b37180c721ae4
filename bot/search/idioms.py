"""Ways of saying a thing that its words alone do not say, read as the knowledge base's words.

Each rule is a kind of wording, not a sentence: "my wife's back" and "rub his shoulders" are someone else's
back whoever the person is; "what's the point of it" asks what it is good for (not about trigger points or a
point in time); "good pain or bad pain" is discomfort against pain ("good" alone is a stop word); "threw my
back out" and "my back went" are a back that has locked; "can't get to it" is a spot out of reach; "last
night" and "all the time" date a story or say how often, they are not the time of day.  The rules run on the
words of a message and of every phrasing alike, so the tokens they write match each other.
"""

from __future__ import annotations

#: The token for another person's back or body: phrasings and messages about it both carry it.
SOMEONE_ELSE = "someoneelse"
#: The token for what massage is good for ("what's the point", "does it do anything").
BENEFIT = "benefit"

#: People whose back a person may massage (as a possessive, "wifes", or an object, "rub my wife").
_PEOPLE = frozenset("""
wife husband hubby partner missus boyfriend girlfriend bf gf fiance fiancee spouse mum mom mam mammy mother dad
father son daughter kid kids child baby toddler teenager sister brother nan nana gran granny grandma grandmother
grandad grandpa grandfather grandparent grandson granddaughter grandchild grandkid nephew niece relative friend mate
pal flatmate housemate roommate colleague coworker teammate neighbour neighbor client patient auntie aunt uncle cousin
lad lass man woman guy bloke fella lady boy girl stepdad stepmum mama papa mommy mummy daddy mamaw abuela abuelo
""".split())
_PRONOUNS = frozenset("her his him their them".split())
_BODY = frozenset("back backs shoulder shoulders neck spine lower upper muscles legs".split())
_RUBS = frozenset("massage massaging massaged rub rubbing rubbed knead kneading".split())
_RUB_NOUNS = frozenset("massage rub backrub massages rubs".split())
#: Between a person and "a massage": how they ask for one ("my dad wants me to give him a back rub").
_WANTS = frozenset("wants wanted asked asks needs need would like likes loves love me to a back give for gentle good "
                   "proper quick nice keeps asking always".split())
_COMPLAINT = frozenset("pain pains hurt hurts ache aches aching sore soreness discomfort".split())
#: "threw my back out", "put my back out", "did my back in".
_THREW = frozenset("threw throw thrown throwing put putting popped pop did done".split())
_WENT = frozenset("went gone goes go going".split())
#: "dug the veg patch yesterday": "since morning" without "this", and "all morning", date a story as well.
_STORY_WHEN = frozenset("last this yesterday since all".split())
_TIMES_OF_DAY = frozenset("night morning evening afternoon".split())
_LAST = frozenset("week weekend month year time summer winter spring autumn christmas sunday monday tuesday wednesday "
                  "thursday friday saturday".split()) | _TIMES_OF_DAY
#: "time" in these says how often or how long, not the time of day or a session's length: "all the time" is usually.
_TIME_IDIOMS = {("most", "of", "the"): "usually", ("all", "the"): "usually", ("some", "of", "the"): "usually",
                ("half", "the"): "usually", ("every",): "whenever", ("a", "long"): "months", ("for", "long"): "months",
                ("same",): "together"}
_ANYTHING = frozenset("anything owt aught much nothing any".split())
_CANT = frozenset("cant cannot couldnt cudnt".split())
_WHATS = frozenset("whats what wats".split())
#: After "my husband ... a massage", these make it the writer's own back (or the person's own).
_OWN = frozenset("my me myself own".split())
_PERSON_WORDS = frozenset("someone somebody anyone he she they someoneelse elses".split())
_YOU = frozenset("you u ya this bot".split())
#: After "for", these leave what massage is good for unsaid ("for your back"); anything else names it
#: ("does it do anything for sciatica" asks about sciatica).
_NO_AIM = frozenset("my your ur the a back backs you me people anyone someone us it myself yourself".split())


def _aimless(rest: list[str]) -> bool:
    """Return whether the words after "do anything" name nothing it is for ("for sciatica" does)."""
    if "for" not in rest[:3]:
        return True
    after = rest[rest.index("for") + 1: rest.index("for") + 5]
    return all(w in _NO_AIM for w in after)


_POSSESSIVES = frozenset(p + "s" for p in _PEOPLE if len(p) > 2) | {"elses"}
#: Words that name a person (names_a_person).
_NAMING = _PEOPLE | _POSSESSIVES | _PERSON_WORDS
#: A message without one of these has no one else's back in it.
_SOMEONE_TRIGGERS = _PEOPLE | _PRONOUNS | _POSSESSIVES | {"give", "giving", "gave"}


#: Chat spellings the shared table (bot.text.CHAT_WORDS) lacks, read before typo correction ("soz" is not "son").
CHAT = {"soz": "sorry", "sry": "sorry", "srry": "sorry", "pls": "please", "plz": "please", "ty": "thanks",
        "prob": "probably", "probs": "probably", "def": "definitely", "defo": "definitely", "deffo": "definitely",
        "tbf": "", "ngl": "", "fr": "", "ikr": "", "smh": "", "lmk": "let me know", "rly": "really", "realy": "really",
        "gonna": "going to", "gotta": "got to", "kinda": "kind of", "dunno": "dont know",
        "cus": "because", "coz": "because", "sumthin": "something", "sumthing": "something", "nd": "and",
        "rite": "right", "yr": "year", "yrs": "years", "cannae": "cannot", "canna": "cannot", "nowt": "nothing",
        "wi": "with", "nah": "no", "summat": "something", "wetin": "what", "tmr": "tomorrow", "mins": "minutes",
        "gimme": "give me", "lemme": "let me", "aight": "alright", "ight": "alright", "overkill": "too much",
        "ott": "too much",
        # Nigerian Pidgin ("my back dey pain me", "abeg") and Taglish ("masakit likod ko", "ok ba", "daily po")
        "dey": "is", "abeg": "please", "una": "you", "likod": "back", "masakit": "sore", "sakit": "pain",
        "ngayon": "now", "po": "", "ba": "", "lang": "only", "binti": "leg", "nangangalay": "numb",
        "ngalay": "numb", "salamat": "thanks",
        # Jamaican English ("rubbing yuh own back good fi yuh")
        "yuh": "you", "fi": "for", "bredda": "", "wahgwan": "hello",
        # Irish, Scots and Northern English "you" ("what can ye do", "youse")
        "ye": "you", "yez": "you", "youse": "you", "yous": "you",
        # Hinglish ("kamar akad gayi", "garam sikai")
        "kamar": "back", "akad": "stiff", "akadna": "stiff", "sikai": "heat", "garam": "hot", "gayi": ""}


def _possessive(w: str) -> bool:
    """Return whether ``w`` is a person's possessive written without its apostrophe ("wifes", "mums", "elses")."""
    return w in _POSSESSIVES


def names_a_person(ws: list[str] | tuple[str, ...]) -> bool:
    """Return whether words name a person, so that "his back" is someone else's ("my dog ... his back" is not)."""
    return not _NAMING.isdisjoint(ws)


#: Words about the asking itself.
_ASKING = frozenset("suggest suggestions suggestion pointers recommendations recommendation wondering wondered "
                    "curious genuinely asking specifically particularly especially mainly".split())
_EVERY_WHEN = frozenset("day night morning evening".split())
_GO = frozenset("go going goes reach reaching getting".split())
_LIMBS = frozenset("hand hands arm arms fingers".split())
_NOT_GOING = _CANT | {"not", "dont", "wont", "arent"}
_PROFESSIONALS = frozenset("physio physiotherapist doctor gp doc osteopath osteo chiropractor chiro nurse midwife "
                           "consultant therapist masseuse".split())
_ADVISED = frozenset("said says told tells suggested suggests recommended recommends showed shows advised advises "
                     "gave gives taught wants reckons thinks".split())
_FINE = frozenset("good healthy normal nice ok okay".split())
#: "go hard", "go super soft": how hard a massage presses, in a message about massaging.
_GO_PRESS = frozenset("go goes going".split())
_HOW_HARD = frozenset("hard harder soft softer gentle gentler gently deep deeper light lighter".split())
_PRESSES = _RUBS | frozenset("press pressing pressure".split())
#: Real words typed for "knead" ("kneeling", "need"): read as it beside a technique or a part of the back rubbed.
_KNEAD_SLIPS = {"kneeling": "kneading", "needing": "kneading", "need": "knead", "kneel": "knead"}
_TECHNIQUES = frozenset("stroking stroke strokes effleurage technique techniques method move motion tapping "
                        "percussion friction pressure".split())
_KNEADED = frozenset("back shoulders shoulder neck muscles muscle knot knots".split())


#: After "need my back", what makes it done to the back as kneading is ("need my back with my fists", "how do I need
#: my shoulders properly", the message's end); anything else is a need ("I need my back looked at", "... to stop").
_AS_KNEADED = frozenset("with like properly using gently correctly right myself how or and before after deep deeply "
                        "firmly hard muscles muscle out".split())
_WHOSE = frozenset("my the your ur me".split())
#: What a need of the back is for: "need my back muscles to relax", "need my back properly looked at".
_NEEDED = frozenset("to looked checked seen sorted fixed examined treated scanned assessed".split())
_WHERE = frozenset("lower upper mid middle".split())


def _needs_done_to(after: list[str]) -> bool:
    """Return whether the words after "need" say it is done to the back ("need my back with my fists")."""
    if not after or after[0] not in _WHOSE:
        return False
    rest = [w for w in after[1:] if w not in _WHERE]
    if _NEEDED & set(rest[1:5]):
        return False  # "I need my back muscles to relax", "need my back and shoulders sorted": a need
    return bool(rest) and rest[0] in _KNEADED and (len(rest) == 1 or rest[1] in _AS_KNEADED)


def _kneading_meant(ws: list[str], i: int) -> bool:
    """Return whether "kneeling" or "need" at ``i`` stands for kneading: beside a technique, or done to the back."""
    before, after = ws[i - 1] if i else "", ws[i + 1: i + 5]
    if ws[i] == "need":  # "I need a massage" is a need: only "the need technique", "do need on it"
        if before in ("the", "do", "doing") and bool(after) and (after[0] in _TECHNIQUES or after[0] in ("on",)):
            return True
        return _needs_done_to(after)
    if {"knee", "knees", "floor", "kneel", "ground", "kneeling"} & set(ws[:i] + ws[i + 1:]) or "for" in after[:1]:
        return False  # kneeling on the floor, on my knees, for a while: kneeling
    near = set(ws[max(i - 4, 0): i + 5])
    return bool(_TECHNIQUES & near) or (after[:1] in (["on"], ["my"]) and bool(_KNEADED & set(after)))


_READ_TRIGGERS = _FINE | frozenset("point do out in seized seize seizes seizing get reaching reached caught catches "
                                   "catching twanged pinged stuck supposed meant".split()) | _WENT \
    | _KNEAD_SLIPS.keys() | _EVERY_WHEN | _PROFESSIONALS | _GO


def read(ws: list[str], *, person: bool | None = None) -> list[str]:
    """Return the words ``ws`` (normalised, chat spellings written out) with the idioms read as the rules say.

    ``person``: whether the message these words are part of names a person (by default, whether they do).
    """
    out = _not_to(_who_are_you(_phrases(_story_times(_unaddressed(ws)))))
    out = _someone_else(out, names_a_person(out) if person is None else person)
    if not _ASKING.isdisjoint(out):  # "please suggest something", "genuinely asking": how it is asked, not what
        out = [w for w in out if w not in _ASKING]
    if _READ_TRIGGERS.isdisjoint(out):  # most phrasings: no word below is read otherwise
        return [w for w in out if w] if "" in out else out
    n = len(out)
    for i, w in enumerate(out):
        if w not in _READ_TRIGGERS:
            continue
        before = out[i - 1] if i else ""
        after = out[i + 1] if i + 1 < n else ""
        if w == "point" and ((before == "the" and (after in ("of", "in") or (i > 1 and out[i - 2] in _WHATS)))
                             or (before in ("any", "no", "") and after in ("of", "in", "to"))) \
                and not _YOU & set(out[i + 1: i + 3]) and _aimless(out[i + 1:]):
            out[i] = BENEFIT  # "what's the point of it", "is there any point in rubbing it" (not "of you": the bot)
        elif w == "do" and (after in _ANYTHING or (before in ("even", "actually", "really") and after != "it")) \
                and _aimless(out[i + 1:]) and not _YOU & set(out[max(i - 3, 0): i]):
            out[i] = BENEFIT  # "does it actually do anything", "what does massage even do for your back"
        elif w in _FINE and (after in _COMPLAINT or (after in ("or", "vs", "v", "versus", "and", "from")
                                                   and i + 2 < n and out[i + 2] == "bad"
                                                   and _COMPLAINT & set(out[i + 3: i + 5]))):
            out[i] = "discomfort"  # "good pain or bad pain", "tell good sore from bad sore", "a healthy ache"
        elif w in ("out", "in") and before == "back" and i > 1 and (out[i - 2] in _THREW or
                                                                     (i > 2 and out[i - 3] in _THREW)):
            out[i] = "locked"  # "threw my back out", "did my back in"
        elif w in _WENT and before == "back" and after in ("", "out", "again", "this", "when", "while", "on", "and"):
            out[i] = "locked"  # "my back went out", "my back's gone again"
        elif w in ("seized", "seize", "seizes", "seizing"):
            out[i] = "locked"
        elif w in ("caught", "catches", "catching", "twanged", "pinged") \
                and ({"back", "backs"} & set(out[max(i - 3, 0): i])
                     or (before == "it" and after == "me" and {"back", "backs"} & set(out))):
            out[i] = "locked"  # "my back has caught", "my back's twanged": it has locked or gone into spasm
        elif w in _KNEAD_SLIPS and _kneading_meant(out, i):
            out[i] = _KNEAD_SLIPS[w]  # "is kneeling better than stroking", "the need technique": a slip for kneading
        elif w in _GO_PRESS and _HOW_HARD & set(out[i + 1: i + 3]) and _PRESSES & set(out):
            out[i] = "press"  # "go soft or go hard when you massage", "I go super hard": how hard to press
        elif w in ("supposed", "meant") and after == "to":
            out[i] = "should"  # "how hard am I supposed to press": how it is asked, not whether it should hurt
        elif w == "stuck" and after in ("bent", "bending", "crooked", "hunched", "stooped", "leaning"):
            out[i] = "locked"  # "stuck bent over": a back that has locked
        elif w == "get" and before in _CANT:
            out[i] = "reach"  # "a spot I can't get to"
        elif w in _GO and before in _NOT_GOING and i > 1 and _LIMBS & set(out[i - 3: i - 1]):
            out[i] = "reach"  # "where my hands don't go", "the part my arms can't get"
        elif w in _PROFESSIONALS and before in ("my", "the", "a", "our") and after in _ADVISED:
            out[i] = out[i + 1] = ""  # "my physio said to use a ball": who advised it, not a question about seeing one
        elif w in ("reaching", "reached") and after in ("for", "up", "down", "over", "across", "into"):
            out[i] = "bending"  # "pulled something reaching for a box": how it happened, not a spot out of reach
        elif w in _EVERY_WHEN and before in ("every", "each") and _RUBS & set(out[max(i - 5, 0): i]):
            out[i - 1: i + 1] = ["daily", ""]  # "rubbing my back every night": how often, not the time of day
    return [w for w in out if w]


#: Two- and three-word phrases that mean one thing, by kind, written as the knowledge base's words.
_PHRASES: dict[tuple[str, ...], str] = {
    # where on the back
    **{(w, "of", d, b): meant for w, meant in (("small", "lower back"), ("bottom", "lower back"),
                                               ("base", "lower back"), ("top", "upper back"))
       for d in ("my", "me", "the", "your", "ur", "his", "her") for b in ("back", "spine")},
    # how long it has lasted
    ("long", "term"): "chronic", ("longterm",): "chronic", ("long", "standing"): "chronic",
    ("longstanding",): "chronic", ("long", "lasting"): "chronic", ("ongoing",): "chronic",
    # a little pain is discomfort; more pain is worse
    ("a", "little", "pain"): "discomfort", ("little", "bit", "pain"): "discomfort", ("little", "pain"): "discomfort",
    ("bit", "of", "pain"): "discomfort", ("a", "bit", "sore"): "discomfort", ("slight", "pain"): "discomfort",
    ("hurt", "more"): "worse", ("hurts", "more"): "worse", ("hurting", "more"): "worse", ("more", "pain"): "worse",
    ("more", "painful"): "worse", ("more", "sore"): "worse", ("sorer",): "worse", ("ached", "more"): "worse",
    ("aches", "more"): "worse", ("pain", "become", "more"): "worse", ("pain", "becomes", "more"): "worse",
    ("pain", "gets", "more"): "worse", ("pain", "increases"): "worse", ("pain", "increased"): "worse",
    ("pain", "is", "more"): "worse", ("pain", "more"): "worse", ("paining", "more"): "worse",
    # "is massage allowed?" asks whether it is safe
    ("allowed",): "safe", ("permitted",): "safe",
    # not safe: when massage is best left alone (the token a "when should I not ..." question carries)
    ("unsafe",): "not safe whennot", ("not", "safe"): "not safe whennot",
    # politeness is not the subject ("bother" is otherwise "worth")
    ("sorry", "to", "bother", "you"): "", ("soz", "to", "bother", "you"): "", ("sorry", "to", "bother"): "",
    ("hate", "to", "bother", "you"): "",
    # going at it too hard is pressing too hard ("I think I went at it too hard last night")
    # (bare "went too hard" only before when it was: "went too hard at the gym" is training, not pressing)
    **{(g, *at, "too", h): "pressed too hard" for g in ("went", "go", "going", "gone", "goes")
       for at in (("at", "it"), ("in",)) for h in ("hard", "heavy", "rough", "deep")},
    **{(g, "too", h, f): f"pressed too hard {f}" for g in ("went", "gone") for h in ("hard", "heavy", "rough", "deep")
       for f in ("last", "yesterday", "earlier", "this", "on", "with")},
    # pain here this minute: what the entry for pain now answers ("right" and "now" alone are stop words)
    ("right", "now"): "rightnow", ("now", "now"): "rightnow", ("this", "minute"): "rightnow",
    ("right", "this", "minute"): "rightnow", ("this", "very", "minute"): "rightnow",
    # "breathing down my neck" is someone watching over one, not breath or a neck
    **{("breathing", "down", d, "neck"): "pestering" for d in ("my", "me", "your", "his", "her", "our", "their")},
    # contacting a doctor, in other words: "bother the GP", "go to the clinic", "book in with my GP"
    **{("bother", d, p): "see the doctor" for d in ("the", "my", "a", "your") for p in ("gp", "doctor", "doc", "docs",
                                                                                       "doctors", "physio")},
    **{(v, "to", d, p): f"{v} to the doctor" for v in ("go", "going", "get", "goto") for d in ("the", "a")
       for p in ("clinic", "hospital", "surgery", "walkin")},
    ("book", "in", "with"): "see", ("booked", "in", "with"): "see",
    # whether massage should hurt at all asks about good and bad discomfort ("is it meant to hurt")
    **{(m, "to", h): "should discomfort" for m in ("meant", "supposed") for h in ("hurt", "ache", "sting")},
    **{("should", "it", h): "should it discomfort" for h in ("hurt", "ache", "sting")},
    # doing "it" on oneself is self-massage ("what position is best for doing it myself")
    **{(d, "it", *o): "self massage" for d in ("do", "doing") for o in (("myself",), ("on", "myself"),
                                                                        ("to", "myself"), ("by", "myself"))},
    # what goes wrong is a mistake
    ("get", "wrong"): "mistake", ("gets", "wrong"): "mistake", ("go", "wrong"): "mistake",
    ("goes", "wrong"): "mistake", ("do", "wrong"): "mistake", ("doing", "wrong"): "mistake",
    # the worst thing to do is a mistake, not a back getting worse
    ("worst", "thing"): "mistake", ("worst", "things"): "mistake",
    # "are there times when I should not": when, not how often
    ("are", "there", "times", "when"): "when", ("times", "when"): "when",
    # working from home is desk work
    ("working", "from", "home"): "desk", ("work", "from", "home"): "desk",
    # a cold is an illness, not the cold of an ice pack
    ("a", "cold"): "a flu", ("got", "cold"): "got flu", ("the", "flu"): "the flu",
    # "what's wrong with me" asks for a diagnosis; "is that wrong", "what do I do wrong" do not
    ("wrong", "with", "me"): "diagnose me", ("wrong", "with", "my"): "diagnose my",
    ("wrong", "with", "it"): "diagnose it", ("wrong", "with", "myself"): "diagnose me",
    ("wrong", "wiv", "me"): "diagnose me",
    # "this bot is useless" speaks to the bot, as "you're useless" does: not how to use the bot
    ("this", "bot", "is"): "you are", ("the", "bot", "is"): "you are", ("this", "bot", "isnt"): "you arent",
    ("useless", "bot"): "useless", ("stupid", "bot"): "useless", ("rubbish", "bot"): "rubbish",
    ("terrible", "bot"): "terrible", ("hopeless", "bot"): "useless",
    # "behind my back" is done without someone knowing; a hard disk is a computer's; a pregnancy test is not care
    **{("behind", d, "back"): "unbeknown" for d in ("my", "me", "your", "his", "her", "our", "their")},
    ("hard", "disk"): "harddisk", ("hard", "disc"): "harddisk", ("hard", "drive"): "harddisk",
    ("pregnancy", "test"): "pregnancytest",
    # "hurts so good" is the good kind of pain
    ("hurts", "so", "good"): "discomfort", ("hurt", "so", "good"): "discomfort",
    # a cry of pain
    ("ouch",): "pain", ("ow",): "pain", ("oww",): "pain", ("owch",): "pain", ("oof",): "pain", ("owie",): "pain",
    # cutting the grass or a hedge is garden work, not a cut to keep massage off
    **{(c, d, g): f"mowing {d} {g}" for c in ("cut", "cutting", "cuttin") for d in ("the", "my", "our", "a")
       for g in ("grass", "lawn", "lawns", "hedge", "hedges")},
    # learners' English: a word in another language's sense ("embarazada", "sensible", "en qué momento")
    **{("embarrassed", n, u): f"pregnant {n} {u}" for n in ("1", "2", "3", "4", "5", "6", "7", "8", "9", "one", "two",
                                                            "three", "four", "five", "six", "seven", "eight", "nine")
       for u in ("month", "months", "weeks")},
    ("sensible", "skin"): "sensitive skin", ("skin", "is", "very", "sensible"): "skin is very sensitive",
    ("skin", "is", "sensible"): "skin is sensitive",
    ("in", "which", "moment"): "when", ("in", "what", "moment"): "when", ("more", "good"): "better",
    ("make", "massage"): "do massage", ("make", "a", "massage"): "do a massage",
    ("make", "the", "massage"): "do the massage",
    ("must", "hurt"): "should discomfort", ("must", "it", "hurt"): "should it discomfort",
    ("you", "fit", "do"): "you can do",
    # a word heard for another ("phone roller", "eye brew profen"): what voice dictation writes
    ("phone", "roller"): "foam roller", ("phone", "rollers"): "foam rollers", ("phone", "rolling"): "foam rolling",
    ("eye", "brew", "ibuprofen"): "ibuprofen", ("i", "brew", "ibuprofen"): "ibuprofen",
    ("lover", "back"): "lower back", ("lover", "backs"): "lower back", ("my", "lumber"): "my lower back",
    ("lumber", "region"): "lower back", ("lumber", "area"): "lower back", ("icy", "hot"): "balm",
    ("tiger", "bomb"): "tiger balm", ("tiger", "bam"): "tiger balm",
    # a massage that harms: worse
    ("more", "harm", "than", "good"): "worse", ("harm", "than", "good"): "worse",
    # a leg that "goes to sleep" is numb ("leg dey sleep" arrives as "leg is sleep")
    **{(leg, v, sl): "leg goes numb" for leg in ("leg", "legs", "foot", "feet") for v in ("is", "goes", "go", "falls",
                                                                                       "fall", "keeps")
       for sl in ("sleep", "asleep")},
    # a disc hernia, as other languages name it ("lumbar hernia", "hernia de disco")
    **{(a, h): "herniated disc" for a in ("lumbar", "disc", "disk", "spinal", "discal", "back") for h in ("hernia",
                                                                                                     "hernias")},
    ("hernia", "of", "disc"): "herniated disc", ("hernia", "disc"): "herniated disc",
    # when things changed is the story, not the subject: "since covid", "since lockdown"
    ("since", "covid"): "since earlier", ("since", "lockdown"): "since earlier", ("home", "office"): "desk",
    # which comes first: massage before or after the other thing
    ("what", "order"): "before or after", ("which", "order"): "before or after",
    ("which", "first"): "before or after",
    # "w/o" is without
    ("with", "o"): "without",
    # "in bits" is a back in a bad way ("my back's in bits", "I'm in bits after moving house")
    **{(w, "in", "bits"): f"{w} wrecked" for w in ("im", "is", "am", "back", "backs", "was", "been")},
    # to shift a thing is to move it ("helped shift the sofa"), not a work shift
    **{("shift", d): f"move {d}" for d in ("the", "my", "a", "some", "our", "his", "her", "their", "all", "that")},
    # sending a thing back to the shop is a refund, not a back
    **{("return", x): f"refund {x}" for x in ("a", "the", "it", "this", "my")},
    # "what good is rubbing it", "is it good for you": what massage is good for
    ("what", "good", "is"): "benefit", ("what", "good", "does"): "benefit", ("what", "good", "will"): "benefit",
    # "is it a strain or something worse": what it is, not a back getting worse
    ("something", "worse"): "something else", ("something", "serious"): "something else",
    ("something", "more", "serious"): "something else", ("something", "sinister"): "something else",
    # "crack when I stretch": the stretch is when it happens, not the stretches asked about
    **{(w, "i", st): f"{w} i move" for w in ("when", "whenever", "anytime", "everytime", "if", "as")
       for st in ("stretch", "stretched", "twist", "turn")},
    # a class or a lesson given online is desk work
    **{("online", c): "desk" for c in ("class", "classes", "lesson", "lessons", "teaching", "meetings", "calls")},
    # "see you" is goodbye, not seeing a doctor
    ("see", "you"): "bye",
    # "I'm sat here in agony": where the person is, not sitting as a cause
    ("sat", "here"): "here", ("sitting", "here"): "here", ("sat", "there"): "there",
    # "low back" is the lower back
    ("low", "back"): "lower back",
    # a stiff neck and a doctor, in other words
    ("crick",): "stiff", ("cricked",): "stiff", ("pcp",): "doctor", ("chiro",): "chiropractor",
}
#: Each phrase's first word -> the lengths its phrases have, longest first.
_STARTS: dict[str, tuple[int, ...]] = {}
for _key in _PHRASES:
    _STARTS[_key[0]] = tuple(sorted({*_STARTS.get(_key[0], ()), len(_key)}, reverse=True))


#: The phrases of one word, and the first two words of the longer ones: a phrase starts only where these are.
_ONE_WORD = frozenset(key[0] for key in _PHRASES if len(key) == 1)
_FIRST_TWO = frozenset(key[:2] for key in _PHRASES if len(key) > 1)


def _phrases(ws: list[str]) -> list[str]:
    """Return ``ws`` with each phrase of _PHRASES written as what it means ("the small of my back": lower back)."""
    if _ONE_WORD.isdisjoint(ws) and _FIRST_TWO.isdisjoint(zip(ws, ws[1:], strict=False)):
        return ws  # no phrase can start anywhere
    out: list[str] = []
    i = 0
    while i < len(ws):
        for size in _STARTS.get(ws[i], ()):
            meant = _PHRASES.get(tuple(ws[i: i + size]))
            if meant is not None:
                out.extend(meant.split())  # "" drops the phrase
                i += size
                break
        else:
            out.append(ws[i])
            i += 1
    return out


#: How people address each other after a greeting or thanks ("cheers pet", "ta love", "night hun"): not a subject.
_ADDRESS = frozenset("pet love luv hun hon duck duckie chuck hen mate pal darling dear sweetie babe bud buddy dude "
                     "bro fam lovely doll petal flower treacle".split())
_THANKS = frozenset("cheers thanks thank thankyou ta thx ty hi hello hey hiya heya howdy yo".split())
_GREETINGS = frozenset("cheers thanks thank thankyou ta thx hiya hi hello hey heya morning night evening bye tara "
                       "cheerio alright you".split())
#: The words _unaddressed drops after a greeting or thanks, and the letters (in ASCII) it joins or drops.
_ADDRESSED = _ADDRESS | {"bot", "backcare"}
_LETTERS = frozenset("bcdefghjklmnopqrstuvwxyz")


def _unaddressed(ws: list[str]) -> list[str]:
    """Return ``ws`` without a term of address after a greeting or thanks, with letters read as one word.

    "B&Q" and "D&D" arrive as two letters: they are one name ("bq", "dd"); a stray letter alone is dropped.
    Always a new list (read() changes it in place).
    """
    if _ADDRESSED.isdisjoint(ws) and _LETTERS.isdisjoint(ws) and " ".join(ws).isascii():
        return list(ws)  # no term of address, no letter alone
    out: list[str] = []
    for i, w in enumerate(ws):
        if i and ((w in _ADDRESS and ws[i - 1] in _GREETINGS) or (w in ("bot", "backcare") and ws[i - 1] in _THANKS)):
            continue  # "cheers pet", "thanks bot", "hello bot" ("morning bot" keeps it: "morning" alone is ambiguous)
        if len(w) == 1 and w.isalpha() and w not in ("i", "a"):
            if i and len(ws[i - 1]) == 1 and ws[i - 1].isalpha() and ws[i - 1] not in ("i", "a"):
                out[-1] += w  # the second letter of "b q"
            elif i + 1 < len(ws) and len(ws[i + 1]) == 1 and ws[i + 1].isalpha() and ws[i + 1] not in ("i", "a"):
                out.append(w)  # the first: joined to the next
            continue
        out.append(w)
    return out


#: "when should I not massage" asks when it is unsafe; "what should I not do" asks which mistakes to avoid.
WHEN_NOT = "whennot"
WHAT_NOT = "whatnot"
_NEGATIVES = frozenset("not shouldnt mustnt cant cannot avoid never dont".split())
_WHEN_WHAT = frozenset("when what whats".split())


#: Before "time(s)", words that make it an occasion ("is there ever a time", "are there times"), not a time of day.
_OCCASION = frozenset("a any ever certain there".split())
#: After such a time, what says it is one not to massage ("a time it's a bad idea", "times you should never").
_NOT_THEN = _NEGATIVES | frozenset("bad dangerous unsafe harmful risky".split())


def _times_not(ws: list[str]) -> list[str]:
    """Return ``ws`` with an occasion not to massage ("is there ever a time massage is a bad idea") read as when not
    to: the time of day is not what is asked."""
    for i, w in enumerate(ws):
        if w in ("time", "times") and i and ws[i - 1] in _OCCASION and ws[i + 1: i + 2] != ["of"] \
                and _NOT_THEN & set(ws[i + 1: i + 7]):
            return [*ws[:i], "when", WHEN_NOT, *ws[i + 1:]]
    return ws


def _not_to(ws: list[str]) -> list[str]:
    """Return ``ws`` with WHEN_NOT or WHAT_NOT after a question that starts "when ... not" or "what ... not"."""
    if "time" in ws or "times" in ws:
        ws = _times_not(ws)
    if _WHEN_WHAT.isdisjoint(ws[:3]):
        return ws
    at = next((i for i, w in enumerate(ws[:3]) if w in _WHEN_WHAT), None)
    if at is None or not _NEGATIVES & set(ws[at + 1: at + 5]):
        return ws
    return [*ws[: at + 1], WHEN_NOT if ws[at] == "when" else WHAT_NOT, *ws[at + 1:]]


#: What the bot may be asked to be ("are you a real person or a computer?").
_BEINGS = frozenset("bot robot chatbot computer machine ai human person doctor physio physiotherapist nurse real "
                    "automated".split())
_ASK_BEING = (("are", "you"), ("r", "you"), ("is", "this"), ("is", "it"), ("talking", "to"), ("chatting", "to"),
              ("chatting", "with"), ("speaking", "to"), ("you", "a"))
_ASK_FIRST = frozenset(first for first, _ in _ASK_BEING)
#: The token for asking what the bot is.
WHO_ARE_YOU = "whoareyou"


def _who_are_you(ws: list[str]) -> list[str]:
    """Return ``ws`` with WHO_ARE_YOU after the first being that "are you a ...", "is this a ..." ask about."""
    if _BEINGS.isdisjoint(ws) or _ASK_FIRST.isdisjoint(ws):
        return ws
    for i in range(len(ws) - 1):
        if (ws[i], ws[i + 1]) == ("you", "are") and i + 2 < len(ws):
            # learners' word order, "you are doctor or robot?": the being straight after, a choice of two
            at = i + 3 if ws[i + 2] in ("a", "an") else i + 2
            if at < len(ws) and ws[at] in _BEINGS and "or" in ws[at + 1: at + 3]:
                return [*ws[: at + 1], WHO_ARE_YOU, *ws[at + 1:]]
        if (ws[i], ws[i + 1]) in _ASK_BEING:
            for j in range(i + 2, min(i + 6, len(ws))):
                if ws[j] in _BEINGS:
                    return [*ws[: j + 1], WHO_ARE_YOU, *ws[j + 1:]]
    return ws


#: Before "like a" or "as a", these make what follows a simile of how the back feels or moves.
_FEELS = frozenset("stiff bent sore tight hard rigid stuck locked seized walk walking walked move moving moved creak "
                   "creaking feel feels felt feeling hobbling hobble shuffling twisted over up double".split())
_SIMILE_STOP = frozenset("and but so because when then now today yesterday i my it its is was after before since "
                          "from for with at in on all this that every getting".split())


#: Vehicles a story happens in ("getting out of the car", "hours on the train"): a place, not the subject.
_VEHICLES = frozenset("car cars van bus train taxi cab plane lorry truck tube coach tractor".split())
_INTO = frozenset("in into inside from off on".split())
#: ... as the words before "in the car" say: a person's doing, not the car's oil.
_GETTING = frozenset("getting got get gets climbing climbed climb sat sitting sit stuck hours hour ages day all "
                     "driving drove travelling traveling riding journey lifting lifted bending bent twisting twisted "
                     "reaching reached".split())


#: Massage done like something else ("kneading like bread dough"): what follows "like" is imagery.
_KNEADS = frozenset("knead kneading kneaded kneads need needing pummel pummelling pummeling pound pounding".split()) \
    | _RUBS
#: What a person watches while they massage ("while watching the telly"): the setting, not the subject.
_WATCHING = frozenset("while watching watch".split())


#: Doings that strain a back: what follows them ("lifted the generator", "repotting the tulsi", "feed the dog")
#: is what was lifted, dug or fed, the story's setting, when the message says the back now hurts.
_STRAINING = frozenset("""
lift lifts lifted lifting carry carries carried carrying move moves moved moving shift shifts shifted shifting
haul hauls hauled hauling lug lugs lugged lugging heave heaved heaving drag dragged dragging hoist hoisted hoisting
shovel shovelled shoveled shovelling shoveling dig digs dug digging repot repotted repotting plant planted planting
feed fed feeding pick picked picking load loaded loading unload unloaded unloading stack stacked stacking
mow mowed mowing cut cutting chop chopped chopping clean cleaned cleaning wash washed washing gardening walk walked
walking bath bathed bathing groom grooming
""".split())
#: What ends the thing strained over: the story going on ("... and my back", "since", "now").
_STRAIN_STOP = frozenset("""
and but so because cos cause when then now today yesterday since after before while last this is was has have
had i im ive it its me myself left made
""".split())
#: ... and the back and its complaint, which the rule needs in the message.
_STRAIN_BODY = frozenset("back backs spine shoulder shoulders neck hip hips".split())
_STRAIN_HURTS = frozenset("""
pain pains painful hurt hurts hurting ache aches aching achy sore stiff stiffness tight tense tired locked seized
strained twinge killing wrecked agony spasm spasms cramp
""".split())
_DETERMINER = frozenset("the a an my our his her their some all of".split())


def _strain_ends(w: str) -> bool:
    return w in _STRAIN_STOP or w in _STRAIN_BODY or w in _STRAIN_HURTS or w in _RUBS


def _strained_over(ws: list[str] | tuple[str, ...]) -> set[int]:
    """Return the positions of what a back was strained over: "lifting bales", "shifted my sister's almirah"."""
    if _STRAINING.isdisjoint(ws) or _STRAIN_BODY.isdisjoint(ws) or _STRAIN_HURTS.isdisjoint(ws):
        return set()
    out: set[int] = set()
    for i, w in enumerate(ws):
        if w not in _STRAINING:
            continue
        for j in range(i + 1, min(i + 9, len(ws))):
            nxt = ws[j]
            if nxt == "and" and j + 1 < len(ws) and not _strain_ends(ws[j + 1]) and ws[j + 1] not in _DETERMINER:
                continue  # "the tulsi and money plants": one thing strained over, not the story going on
            if _strain_ends(nxt):
                break
            if nxt not in _DETERMINER:
                out.add(j)
    return out


def story_words(ws: list[str] | tuple[str, ...]) -> frozenset[int]:
    """Return the positions of words that are a story's imagery or setting, not its subject.

    Similes of how the back feels or moves ("stiff as a board", "bent over like a question mark"), the
    vehicle a story happens in ("getting out of the car", "three hours on the train"; not "my car's oil"),
    and what a hurting back was strained over ("lifted the generator into the boot and my back is tight").
    """
    out: set[int] = _strained_over(ws)
    for i in range(1, len(ws) - 2):
        if ws[i] in ("like", "as") and ws[i + 1] in ("a", "an", "some") and ws[i - 1] in _FEELS:
            for j in range(i + 2, min(i + 5, len(ws))):
                if ws[j] in _SIMILE_STOP:
                    break
                out.add(j)
    for i, w in enumerate(ws):
        if w == "like" and _KNEADS & set(ws[max(i - 6, 0): i]):
            for j in range(i + 1, min(i + 5, len(ws))):  # "knead it like bread dough", "pummel it like steak"
                if ws[j] in _SIMILE_STOP or ws[j] in _RUBS:
                    break
                out.add(j)
        if w in _WATCHING and (w != "while" or i + 1 < len(ws) and ws[i + 1] not in _RUBS) and not (
                i and ws[i - 1] == "worth"):  # "is it worth watching" asks about the show
            out.add(i)
            for j in range(i + 1, min(i + 6, len(ws))):  # "while watching the telly", "while the match is on"
                if ws[j] in _SIMILE_STOP - {"the", "my", "a", "on", "i"} or ws[j] in _RUBS or ws[j] == "too":
                    break
                out.add(j)
        if w in _VEHICLES and i > 2 and ws[i - 1] in ("the", "my", "a") and (
                (ws[i - 2] in _INTO and ws[i - 3] in _GETTING) or (ws[i - 2] == "of" and ws[i - 3] == "out")):
            out.add(i)
    return frozenset(out)


_TIME_TRIGGERS = _LAST | {"last", "ages", "time"}


_LONG = frozenset("months years yrs decade decades".split())
_FOR = frozenset("for over past last nearly almost about".split())


def long_lasting(ws: list[str]) -> list[str]:
    """Return a message's words with "chronic" after a duration of months or years ("for nearly two years",
    "since 2019", "since last year").

    For messages only: the phrasings say "chronic" or "for months" as they are.
    """
    out: list[str] = []
    for i, w in enumerate(ws):
        out.append(w)
        before = ws[max(i - 4, 0): i]
        since = i > 0 and ws[i - 1] == "since"
        year = len(w) == 4 and w.isdigit() and w[:2] in ("19", "20")
        if (w in _LONG and _FOR & set(before)) or (since and (year or (w == "last" and ws[i + 1: i + 2] == ["year"]))):
            out.append("chronic")
    return out


_FOR_YOU = frozenset("you ya yourself".split())
_WHOSE_BACK = frozenset("the my your ur a".split())


def good_for_you(ws: list[str]) -> list[str]:
    """Return a message's words with BENEFIT after "good for you" ("is rubbing your own back good for you or not").

    For messages only: the phrasings that say it ("is self massage good for you") would otherwise lose to those that
    do not, for a message that asks "is it good for the back".
    """
    if "good" not in ws or BENEFIT in ws:
        return ws
    rubbing = not _RUBS.isdisjoint(ws)  # "is massaging good for the back": what massage does for it
    for i in range(len(ws) - 2):
        if ws[i] == "good" and ws[i + 1] == "for" and (ws[i + 2] in _FOR_YOU or (rubbing and ws[i + 2] in _WHOSE_BACK
                                                                                   and "back" in ws[i + 3: i + 4])):
            return [*ws[: i + 1], BENEFIT, *ws[i + 1:]]
    return ws


def _story_times(ws: list[str]) -> list[str]:
    """Return ``ws`` with the words that date a story or say how often it happens read as such.

    "sore since this morning" and "last week" are "earlier"; "all the time" is "usually", "every time" "whenever",
    "for a long time" and "for ages" "months": none of them is the time of day or a session's length.
    """
    if not _TIME_TRIGGERS & set(ws):
        return ws
    out: list[str] = []
    for i, w in enumerate(ws):
        after = ws[i + 1] if i + 1 < len(ws) else ""
        if w == "last" and after in _LAST:
            continue  # "last week" is one "earlier"
        if w == "ages" and i and ws[i - 1] in ("for", "in"):  # "sore for ages": a long time, as "months" is
            out.append("months")
            continue
        if w == "time":
            idiom = next(((k, v) for k, v in _TIME_IDIOMS.items() if tuple(ws[max(i - len(k), 0): i]) == k), None)
            if idiom is not None:
                keys, meant = idiom
                del out[len(out) - (len(keys) - (keys[0] == "a")):]  # "a" stays: "for a long time" is "for a months"
                out.append(meant)
                continue
        out.append("earlier" if (w in _TIMES_OF_DAY and i and ws[i - 1] in _STORY_WHEN)
                   or (w in _LAST and i and ws[i - 1] == "last") else w)
    return out


def _someone_else(ws: list[str], person: bool) -> list[str]:
    """Return ``ws`` with SOMEONE_ELSE after the person whose back it is.

    "my wife's back" ("wifes back"), "rub his shoulders", "massage my partner", "give my dad a back rub",
    "my partner wants a back rub", "massage it for her": the person may be anyone, so the knowledge base's
    phrasings need not name them all.
    """
    if not _SOMEONE_TRIGGERS & set(ws):
        return ws
    n = len(ws)
    marked: set[int] = set()
    # "his back" is someone else's when the message names a person ("my dog ... his back" does not).
    for i, w in enumerate(ws):
        nxt = ws[i + 1: i + 3]
        if (_possessive(w) or (w in _PEOPLE and i and ws[i - 1] in ("my", "our", "a", "the"))) and _BODY & set(nxt):
            marked.add(i)  # "my wifes back", "my mum back", "a friends shoulders"
        elif w in ("her", "his", "their") and person and nxt[:1] and nxt[0] in _BODY:
            marked.add(i)  # "rub her back"
        elif (w in _PEOPLE or (w in _PRONOUNS and person)) and nxt[:1] != ["own"] and i and (
                ws[i - 1] in _RUBS or (ws[i - 1] in ("my", "our") and i > 1 and ws[i - 2] in _RUBS)):
            marked.add(i)  # "massage him", "rub my wife"
        elif w in _PEOPLE and i and ws[i - 1] in ("my", "our"):
            # "my partner wants a back rub", "my dad asked me for a massage"; not "my husband massages my back"
            rest = ws[i + 1: i + 7]
            at = next((k for k, r in enumerate(rest) if r in _RUB_NOUNS), None)
            if at is not None and set(rest[:at]) <= _WANTS and not _OWN & set(rest[at + 1: at + 4]):
                marked.add(i)
        elif w in ("give", "giving", "gave") and i + 1 < n and _RUB_NOUNS & set(ws[i + 1: i + 6]):
            for j in range(i + 1, min(i + 4, n)):
                if ws[j] in _PEOPLE or ws[j] in _PRONOUNS or _possessive(ws[j]):
                    marked.add(j)  # "give my partner a back massage", "give him a rub"
                    break
        elif w in _PRONOUNS - {"their"} and person and i and ws[i - 1] == "for" and _RUBS & set(ws[max(i - 5, 0): i]):
            marked.add(i)  # "massage it for her"
    if not marked:
        return list(ws)
    return [x for i, w in enumerate(ws) for x in ((w, SOMEONE_ELSE) if i in marked else (w,))]


#: Who the person is, written out ("my husband", "our Siobhan's") in :func:`as_own`: before a person word.
_WHOSE = frozenset("my our your his her their a the me".split())
_AS_OWN = {"he": "i", "she": "i", "they": "i", "him": "me", "her": "my", "his": "my", "their": "my", "them": "me",
           "hes": "im", "shes": "im", "theyre": "im"}


def as_own(ws: list[str] | tuple[str, ...]) -> list[str]:
    """Return ``ws`` told as the writer's own back: the person and their pronouns read as "I", "me" and "my".

    "my husband has a knot in his back, should I press on it?" asks what "I have a knot in my back" asks;
    whose back it is is a second question (how to massage someone else), not the first.
    """
    out: list[str] = []
    for i, w in enumerate(ws):
        if w in _PEOPLE or _possessive(w):
            if out and out[-1] in _WHOSE:
                out.pop()
            out.append("my" if _possessive(w) or (i + 1 < len(ws) and ws[i + 1] in _BODY) else "i")
        elif w == SOMEONE_ELSE:
            continue
        else:
            out.append(_AS_OWN.get(w, w))
    return out
