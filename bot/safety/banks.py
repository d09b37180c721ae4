"""The second detector: each flag as a bank of lay phrasings, matched on word stems with typo tolerance.

A phrasing matches a clause when every content word of it (stemmed, with the search synonyms, so
"hurts", "aching" and "pain" are one word) occurs in the clause, in any order, close together;
a word of five letters or more also matches a typo of it (rapidfuzz ratio >= 85).  Negation,
whose symptom it is and whether it is over are decided by the same clause reading as the rules.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot import memory
from bot.text import ENGLISH_STEMMER, STOP_WORDS

#: Words the banks keep although search drops them: they change what a phrase means.
_KEEP = frozenset("cant dont doesnt isnt wont no not never without both down off up out over all can for since always "
                  "ago now every ever still past last whole give gives go going get got make makes down feel "
                  "need needs help myself me even there".split())
_STOP = STOP_WORDS - _KEEP
#: A few words that mean the same here (search's synonyms map "hot" to "heat", which would not do).
_SAME = {"hurt": "pain", "hurts": "pain", "hurting": "pain", "ache": "pain", "aches": "pain", "aching": "pain",
         "achy": "pain", "painful": "pain", "sore": "pain", "agony": "pain", "killing": "pain", "meself": "myself",
         "himself": "myself", "herself": "myself", "themselves": "myself", "themself": "myself", "yourself": "myself",
         "mum": "mother", "mom": "mother",
         "pian": "pain", "pani": "pain", "bak": "back", "numm": "numb", "nmb": "numb", "num": "numb", "lgs": "legs",
         "legz": "legs", "bum": "bottom", "butt": "bottom", "arse": "bottom", "wee": "pee",
         "weeing": "pee", "peeing": "pee", "urinate": "pee", "urine": "pee", "cannot": "cant", "cnt": "cant",
         "couldnt": "cant",
         "unable": "cant", "kgs": "kg", "kilos": "kg", "kilo": "kg", "paralyzed": "paralysed", "tumor": "tumour",
         "piss": "pee",
         "ches": "chest", "widdle": "pee", "trubble": "trouble", "fevor": "fever", "fevar": "fever", "legg": "leg",
         # "felling" is a tree felled or a slip for "feeling", not a fall ("two days felling trees").
         "felling": "feeling", "weeker": "weaker", "wieght": "weight", "wight": "weight", "loosing": "losing",
         "numness": "numbness"}


@memory.refilled
@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Return the stem the banks compare, after the few synonyms above."""
    return ENGLISH_STEMMER.stemWord(_SAME.get(word, word))

BANKS: dict[str, tuple[str, ...]] = {
    "bladder-bowel": (
        "pee bed not wake", "pee bed doesnt wake", "wet bed didnt wake", "wet bed without waking",
        "wets bed doesnt wake",
        "wet myself", "peed myself", "pee myself", "wee myself", "pooed myself", "soiled myself", "messed myself",
        "leaking pee", "leaking urine", "leaking wee", "leak urine", "cant hold pee", "cant hold wee",
        "cant hold it in",
        "cant hold my bladder", "cant control bladder", "cant control bowels", "lost control bladder",
        "lost control bowels", "no control bladder", "no control bowels", "bladder control gone", "bowel control gone",
        "dont know when need pee", "cant feel when need pee", "cant feel when need wee", "cant feel bladder full",
        "didnt make it toilet", "accident pants", "accident underwear", "accidents trousers", "wet bed",
        "incontinence", "incontinent", "cant pee", "cant wee", "cant urinate", "unable pee", "unable urinate",
        "not peed all day", "havent peed", "havent wee", "not peed since", "cant poo", "bowels not working",
        "bladder not working", "wearing pads leaks", "pee just comes out", "urine dribbles out", "poo came out",
        "cant stop pee", "cant stop wee", "cant empty bladder", "bladder wont empty", "pee without noticing",
        "wee without noticing", "bladder gone funny", "bowels gone funny", "leaking when walk",
        "urine comes out automatically", "urine leaking unknowingly", "urine passing without control",
        "pee comes out alone",
        "passing urine unknowingly", "motions without control", "cant control motions", "cant hold urine",
        "cant hold motion", "no control over urine", "woke bed wet", "found bed wet", "wetting bed now",
        "cant tell bladder full", "bladder numb", "bladder feels numb", "dribbling pee constantly",
        "pee dribbles all time", "bladder full nothing comes", "poo knickers", "poo pants", "poo underwear",
        "widdled myself", "pissed kecks", "pissed pants", "pissed trousers", "pee without realising",
        "pee without realizing", "no feeling needing toilet", "no urge go toilet", "leaky bum",
        "sat in wet didnt feel", "didnt feel myself wet",
        "dont know when need toilet", "no longer know when need toilet", "cant tell when need wee",
        "cant tell when need pee",
    ),
    "trouble-peeing": (
        "went pee couldnt", "tried pee couldnt", "tried wee couldnt", "went wee couldnt", "wait before water starts",
        "strain before water starts", "water wont start", "water slow start",
        "trouble peeing", "trouble starting pee", "hard start peeing", "hard to pee", "hard to wee",
        "struggle to pee", "struggle to wee", "struggling pee", "pee wont start", "wee wont start",
        "takes ages to pee", "takes ages start wee", "takes forever to pee", "weak stream", "weak flow pee",
        "strain to pee", "strain to wee", "difficulty urinating", "difficulty passing urine", "pee slow start",
        "peeing difficult", "weeing difficult", "peeing feels different", "peeing feels strange", "wee feels weird",
        "bladder feels full cant go", "stop start pee", "cant get pee going",
        "urine not coming easily", "urine not coming properly", "urine not passing properly", "urine drop by drop",
        "wait long time toilet urine", "urine takes long time come", "pee comes in trickle", "urine flow less",
        "struggling pass water", "struggle pass water",
        "stand waiting pee", "waiting waiting pee", "pee dribbles out",
        "pee flow weaker", "barely tinkle", "urine jet weak",
        "concentrate to pee", "press belly to pee", "pee comes in spurts", "urine passes with effort",
        "feels blocked when wee", "feels blocked when pee", "strain to pass urine",
    ),
    "saddle-numbness": (
        "lost feeling back end", "numb back end", "cant tell if sitting on chair", "cant feel chair under me",
        "cant feel seat under me",
        "numb bum", "numb butt", "numb bottom", "numb groin", "numb crotch", "numb genitals", "numb private parts",
        "numb between legs", "numb down there", "numb inner thighs", "numb saddle", "numbness bum",
        "numbness groin", "numbness genitals", "numbness private", "numbness between legs", "numbness down there",
        "numbness inner thigh", "numbness buttocks", "numbness backside", "numbness around anus",
        "tingling bum", "tingling groin", "tingling between legs", "tingling genitals", "tingling down there",
        "pins needles bum", "pins needles groin", "pins needles between legs", "cant feel bum", "cant feel bottom",
        "cant feel groin", "cant feel genitals", "cant feel private parts", "cant feel down there",
        "cant feel toilet paper", "cant feel loo roll", "cant feel tissue wipe", "cant feel when wipe",
        "wiping feels numb", "wiping feels strange", "wiping feels different", "wipe feel nothing",
        "toilet paper feel nothing", "cant feel toilet seat", "sitting toilet feels numb", "bum feels dead",
        "bottom feels dead", "bum gone numb", "bum cheeks numb", "butt cheeks numb", "saddle area numb",
        "saddle numbness", "vagina numb", "penis numb", "numb willy", "numb balls", "numb testicles",
        "lost feeling genitals", "lost feeling bum", "lost sensation groin", "no feeling bum", "no feeling groin",
        "no feeling between legs", "no feeling down there", "feel nothing down there", "sex feels numb",
        "numb around back passage", "numb perineum",
        "numb when wipe", "numb wiping", "tush numb", "numb gooch", "loss feeling between legs",
        "reduced sensation genitals", "reduced feeling genitals", "cant feel anything during sex", "cant feel sex",
        "numb pum pum", "numb down below", "numbness down below",
        "bum fizzy", "bits cotton wool", "privates feel dead", "numb between cheeks",
        # "sensation" beside "feeling".
        "no sensation down there", "no sensation bottom", "no sensation groin", "no sensation between legs",
        "lost sensation down there",
    ),
    "both-legs": (
        "both legs numb", "both legs weak", "both legs tingling", "both legs dead", "both legs giving way",
        "both legs gave way", "both legs heavy", "both feet numb", "both feet tingling", "both legs pins needles",
        "=legs gave way", "=legs giving way", "=legs give out", "=legs went from under me", "=legs collapsed",
        "=legs like jelly", "jelly =legs", "=legs wont hold me", "=legs wont work", "=legs not working",
        "=legs stopped working",
        "=legs feel dead", "=legs numb", "=legs weak", "=legs gone weak", "=legs gone numb", "cant feel =legs",
        "cant move =legs", "cant feel my feet", "cant stand up =legs", "cant walk =legs weak", "lost feeling =legs",
        "lost strength =legs", "no feeling =legs", "no strength =legs", "numb waist down", "numb from waist down",
        "paralysed", "paralyzed", "cant lift either leg", "weakness both legs", "numbness both legs",
        "=legs buckle", "=legs buckling", "=legs feel heavy weak",
        "=legs not listening", "=legs spaghetti", "=legs just went",
        "no power =legs", "=legs no power", "=knees buckling", "=knees keep buckling",
        "=knees giving way", "cant weight bear either leg",
        "cant bear weight either leg", "both calves numb", "both thighs numb", "both knees numb", "wobbly newborn foal",
        "=legs feel someone elses", "dragging both =legs",
        "=legs turned mush", "=legs mush", "lower half dead", "lower half numb",
        "=legs paralysed", "=legs shaking weak", "unsteady both legs",
    ),
    "chest-pain": (
        "chest pain", "chest hurts", "chest hurting", "chest aches", "chest tight", "chest tightness",
        "tight chest", "pain chest", "pain into chest", "pain spreads chest", "pain goes through chest",
        "pain radiates chest", "pressure chest", "crushing chest", "chest feels heavy", "heavy chest",
        "chest burning", "sharp pain chest", "stabbing chest", "pain front chest", "pain breastbone",
        "pain sternum", "heart hurts", "heart pain", "pain around heart", "chest squeezing",
        "pain through to chest", "pain between shoulder blades chest", "pain wraps round chest",
        "pain goes through to front", "goes right through front", "clutching chest", "pain under left boob",
        "pain under boob", "chest catches breathe", "tight ribs front back",
        "vice round chest", "hurts across bust", "pain across bust", "pain across chest", "chest pains",
    ),
    "serious-accident": (
        "tractor turned over", "tractor rolled", "tractor flipped", "tractor overturned", "quad rolled",
        "quad flipped", "atv rolled", "atv flipped", "mower rolled over",
        "car crash", "car accident", "road accident", "traffic accident", "motorbike accident", "bike accident",
        "crashed car", "crashed bike", "crashed motorbike", "rear ended", "hit by car", "hit by van",
        "hit by bus", "knocked off bike", "knocked down car", "run over", "fell off ladder", "fell from ladder",
        "fell off roof", "fell from roof", "fell down stairs", "fell downstairs", "fell down flight stairs",
        "fell from height", "fell off horse", "thrown off horse", "came off bike", "came off motorbike",
        "came off horse", "fell off balcony", "fell off scaffolding", "fell off wall", "fell out tree",
        "fell off trampoline", "fell through ceiling", "fell through loft", "fell backwards onto",
        "landed on back", "landed flat on back", "landed on tailbone", "slipped landed back",
        "slipped on ice landed", "bad fall", "nasty fall", "serious fall", "big fall", "heavy fall",
        "skiing accident", "rugby tackle", "tackled hard", "hit hard back", "kicked by horse",
        "assaulted", "beaten up", "attacked", "whiplash", "accident at work", "work accident",
        "crash yesterday", "accident yesterday", "accident last week",
        "fell from terrace", "fell off terrace", "fell from roof top", "fell from rooftop", "fell from first floor",
        "fell from building", "fell from tree", "fell off porch", "fell off deck", "fell out of deer stand",
        "hit by auto", "hit by rickshaw", "hit by okada", "okada accident", "scooty accident", "auto accident",
        "knocked down by bike", "hit by truck", "hit by pickup", "boda boda accident", "fell from pole",
        "car flipped", "car overturned", "rickshaw overturned", "auto overturned", "something heavy fell on me",
        "pinned under car", "trapped under car", "hit by falling debris",
         "dived shallow water", "fell out loft", "fell out window", "bashed by bus",
        "hit tree sledging", "thrown from car",
    ),
    "fever": (
        "fever", "temperature", "high temp", "running temp", "feel hot shivery", "hot shivery", "hot and cold",
        "shivering", "shivers", "chills", "the =shakes", "rigors", "night sweats", "sweating night", "burning up",
        "feverish", "feel flu", "flu like", "fluey", "sweaty shivery", "hot cold sweats", "thermometer says",
        "temp 38", "temp 39", "temp 40", "38 degrees", "39 degrees", "101 degrees", "102 degrees",
        "infection", "feel poorly hot", "feel unwell hot",
        "body heat high", "high body temperature", "temp 101", "temp 102",
        "temp 103", "temperature 101", "temperature 102", "fever 101", "fever 102", "down with malaria",
        "soaked sheets sweat", "sheets soaked sweat", "forehead burning",
        "feel rough hot", "baking hot achy", "lagnat", "burning with fever", "feel hot and cold", "running a fever",
    ),
    "weight-loss": (
        "lost weight without trying", "losing weight without trying", "lost weight not dieting",
        "lost wait without trying", "losing wait without trying",  # dictated
        "losing weight not dieting", "lost weight no reason", "losing weight no reason",
        "lost weight dont know why", "losing weight dont know why", "weight falling off", "weight dropping off",
        "clothes loose not dieting", "clothes hanging off", "clothes too big", "trousers falling down",
        "lost stone without trying", "lost kilos without trying", "lost kg without trying",
        "dropped weight without trying", "dropped pounds without trying", "unexplained weight loss",
        "weight loss unexplained", "weight loss without trying", "lost weight eating normally",
        "lost weight eating same", "losing weight eating normally", "belt extra notch not dieting",
        "lost lot weight suddenly", "suddenly lost weight", "mystery weight loss",
    ),
    "cancer-history": (
        "cancer", "had cancer", "breast cancer", "prostate cancer", "lung cancer", "bowel cancer", "tumour",
        "tumor", "chemo", "chemotherapy", "radiotherapy", "in remission", "leukaemia", "leukemia", "lymphoma",
        "myeloma", "melanoma", "oncologist", "mastectomy", "cancer survivor", "cancer treatment",
        "cancer years ago", "cancer spread", "secondaries",
        "radiation treatment", "radium treatment", "cobalt treatment", "tamoxifen", "letrozole", "anastrozole",
        "exemestane", "zoladex", "goserelin", "prostap", "enzalutamide", "abiraterone", "bicalutamide", "herceptin",
        "hormone jabs prostate", "hormone injections prostate", "hormone therapy breast", "stage 4 cancer",
        "cancer came back", "secondary cancer",
        "bone secondaries",
    ),
    "night-pain": (
        "gets me up night", "gets me up in night", "resting does nothing", "rest does nothing",
        "lying down does nothing",
        "wakes me up", "wakes me night", "wake up pain", "woke me up pain", "keeps me up night", "keeps me awake",
        "cant sleep pain", "cant get sleep pain", "pain worse night", "worse at night", "worst at night",
        "night pain", "hurts more night", "agony night", "throbbing night",
        "rest doesnt help", "resting doesnt help", "lying down doesnt help", "lying down doesnt ease",
        "doesnt ease lying", "doesnt ease rest", "doesnt ease resting", "not eased rest", "not eased lying",
        "no position helps", "no position comfortable", "cant get comfortable any position",
        "nothing helps even lying", "hurts even resting", "hurts even lying still", "pain even lying still",
        "pain even when resting", "pain even in bed", "pain doesnt change position", "pain same whatever position",
        "constant pain day night", "pain all night", "hurts all night", "pain 24 7", "doesnt let up even rest",
        "pain doesnt go when lie down", "pain doesnt stop when still", "worst at 3am", "worse at 2am",
        "pain 4am every night", "no better after rest", "rest makes no better", "cant lie flat pain",
        # Woken on several nights, the count between: "woke up 3 nights this week from back pain".
        "woke nights pain", "woken nights pain", "wake nights pain", "waking nights pain", "up nights pain",
        "woke every night because back", "wake every night because back", "waking every night because back",
        # Out of bed in the night to walk it off: "I have to get out of bed at night and walk because of the pain".
        "get out bed night pain", "get up night walk pain", "out bed night walk around pain",
    ),
    "lump-or-shape": (
        "swollen bit on back", "swollen bit come up", "something come up on back", "bump come up on back",
        "lump come up on back",
        "lump back", "lump spine", "lump on back", "lump near spine", "bump spine", "bump on back",
        "swelling back", "swelling spine", "swollen back", "swollen spine", "spine looks different",
        "back looks different", "back changed shape", "spine changed shape", "back different shape",
        "spine bent", "spine curved suddenly", "new curve spine",
        "hump back", "new hump", "back sticking out", "bone sticking out", "lump growing", "growth back",
        "lopsided back", "shoulder higher now", "getting shorter", "lost height", "back bent to one side",
        "spine tilted one side", "back tilted to side", "spine not straight anymore", "back leaning to one side new",
        "one hip higher now",
    ),
    "foot-drop": (
        "foot wont come up", "foot doesnt come up", "keep tripping foot", "foot wont lift", "toes keep catching",
        "foot drop", "drop foot", "foot slaps", "foot slapping", "foot flops", "foot floppy", "foot drags",
        "dragging foot", "foot catches", "tripping over toes", "trip over toes", "toes catch", "toes catching",
        "toes drag", "cant lift foot", "cant lift toes", "cant raise foot", "cant walk on heels",
        "cant stand on heels", "foot wont lift", "foot wont go up", "foot weak", "ankle weak", "scuffing foot",
        "foot hangs down", "foot slap floor", "foot flapping", "foot flaps",
    ),
    "one-leg": (
        "leg numb", "leg weak", "leg weaker", "leg going weak", "leg getting weaker", "leg gone numb",
        "leg feels dead", "leg dead", "leg gives way", "leg gave way", "leg giving way", "leg buckled",
        "leg buckles", "leg collapsed", "knee gave way", "knee buckles", "cant feel leg", "cant feel my leg",
        "cant lift leg", "cant move leg", "lost feeling leg", "lost strength leg", "no feeling leg",
        "no strength leg", "numbness leg", "weakness leg", "numb thigh", "numb calf", "numb shin", "thigh numb",
        "calf numb", "numb foot", "foot numb", "left leg numb", "right leg numb", "left leg weak",
        "right leg weak", "leg like jelly", "leg not working", "leg heavy weak",
    ),
    "steroids": (
        "steroid pills", "steroid tablets", "on steroids long time", "steroid pills long time",
        "steroids", "steroid tablets", "on steroids", "taking steroids", "prednisolone", "prednisone",
        "long term steroids", "steroids for years", "dexamethasone", "steroid pills", "wysolone", "omnacortil",
        "deflazacort", "medrol", "deltasone", "betnesol", "dexona",
    ),
    "injecting-drugs": (
        "inject drugs", "injecting drugs", "injected drugs", "iv drug", "iv drugs", "shoot up", "shooting up",
        "heroin", "needle drugs", "share needles", "sharing needles", "dirty needles", "drug user",
        "injecting heroin", "ex user inject", "used to inject drugs", "ex heroin user",
        "former drug user", "former iv drug user", "used to use needles",
    ),
    "low-immunity": (
        "weak immune system", "immune system weak", "low immune system", "immune system low",
        "immunocompromised", "immunosuppressed", "immunosuppressants", "hiv", "transplant", "kidney transplant",
        "liver transplant", "anti rejection drugs", "on chemo", "having chemo", "methotrexate", "biologics",
        "humira", "low white cells", "immune system compromised", "immune system not good",
    ),
    "osteoporosis": (
        "osteoporosis", "osteopenia", "brittle bones", "thin bones", "weak bones", "fragile bones",
        "low bone density", "bone density low",
    ),
}

#: Phrasings that say the pain is long-lasting.
CHRONIC_BANK: tuple[str, ...] = (
    "for ages", "for years", "years now", "for months", "months now", "months and months", "years and years",
    "donkeys years", "donkeys", "yonks", "forever", "since forever", "as long as remember", "all my life",
    "whole life", "long time", "very long time", "such long time", "chronic", "persistent", "long term",
    "long standing", "never goes away", "never gone away", "never really goes", "wont go away", "always hurts",
    "always had bad back", "had bad back years", "keeps coming back", "comes back every", "on and off years",
    "on off years", "years on off", "flares up every", "flare ups years", "physio said chronic",
    "doctor said chronic", "gp said chronic", "half a year", "year and half", "most of year", "whole year",
    "all year", "since last year", "since year before", "since i was kid", "since i was teenager",
    "since childhood", "since school", "since my teens", "decade", "decades", "since my twenties",
    "since having kids", "since my pregnancy", "since i had kids",
)


@dataclass(frozen=True)
class BankMatch:
    """A phrasing of a flag found in a clause, and where."""

    flag: str
    phrase: str
    start: int
    end: int


_TOKEN = re.compile(r"[\w']+")


@memory.refilled
@lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    word = word.lower().replace("'", "")
    return re.sub(r"(\w)\1{2,}", r"\1\1", word)


def content(phrase: str) -> tuple[str, ...]:
    """Return the stems a phrasing needs, in order; a word written ``=word`` must be that very word ("=legs" is not
    "leg")."""
    out = []
    for m in re.finditer(r"=?[\w']+", phrase):
        w = _norm(m.group().lstrip("="))
        if w and w not in _STOP:
            out.append("=" + _SAME.get(w, w) if m.group().startswith("=") else stem(w))
    return tuple(out)


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[tuple[str, str, tuple[str, ...]], ...], tuple[str, ...]]:
    items = [(flag, p, content(p)) for flag, phrases in BANKS.items() for p in phrases]
    # Lengths keep their exact words: "for months" must not match "for two days last month".
    items += [("long-duration", p, tuple("=" + _norm(t) for t in _TOKEN.findall(p) if _norm(t) not in _STOP))
              for p in CHRONIC_BANK]
    vocab = sorted({s for _, _, stems in items for s in stems})
    return tuple(i for i in items if i[2]), tuple(vocab)


#: Real words one slip away from a bank word, never read as its typo ("injection" is not "infection").
_REAL = frozenset("injection injections infect infects leaning setting settings cancel boxes house short hands while "
                  "write though party easing cheers lived loosen weaken ached childs swears shooting shopping bowls "
                  "weeks weekly feeling healing sealing dealing reading leading heading heating beating seating "
                  "sitting fitting hitting lifting shifting drifting gifting resting testing nesting posting hosting "
                  "costing tasting wasting along around asleep bladder ladder close could dinner eight footy fully "
                  "ground hours kneel least light looks loose party plain round should speed table thing think "
                  "thought three train words works worst shaving shaved shaven".split())


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    """Return every word the phrasings are written with, and its stem (typos are measured on whole words)."""
    out = {_norm(t): stem(_norm(t)) for p in (q for qs in BANKS.values() for q in qs) for t in _TOKEN.findall(p)}
    return {w: s for w, s in out.items() if w not in _STOP and len(w) >= 4}


@lru_cache(maxsize=1)
def _by_first_stem() -> dict[str, tuple[int, ...]]:
    """Return, for each stem, the phrasings that start with it (only those can match where it is absent)."""
    out: dict[str, list[int]] = {}
    for i, (_, _, stems) in enumerate(_compiled()[0]):
        out.setdefault(stems[0], []).append(i)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=64)
def _near_in_length(n: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the bank stems a word of ``n`` letters can be 85% like (``fuzz.ratio``: the difference in length is at
    most 15% of the two lengths together), and the bank words it can be one slip from (one letter longer or shorter at
    most), each in its own order: the other choices can never be found, so :func:`_matches` leaves them out."""
    _, vocab = _compiled()
    return (tuple(c for c in vocab if 100 * abs(len(c) - n) <= 16 * (len(c) + n)),
            tuple(w for w in _words() if abs(len(w) - n) <= 1))


@lru_cache(maxsize=65536)
def _matches(word: str) -> frozenset[str]:
    """Return the bank stems a message word stands for (itself, or what it is a typo of)."""
    _, vocab = _compiled()
    s = stem(word)
    out = {s} if s in vocab else set()
    if "=" + word in vocab:
        out.add("=" + word)
    # The "g" of "-ing" dropped, as in speech: "leakin", "peein", "wettin".
    if len(word) >= 5 and word.endswith("in") and word not in _REAL and stem(word + "g") in vocab:
        out.add(stem(word + "g"))
    if "=" + _SAME.get(word, word) in vocab:
        out.add("=" + _SAME.get(word, word))
    if len(word) >= 5 and word not in _REAL:
        like, slips = _near_in_length(len(word))
        for choice, _score, _ in process.extract(word, like, scorer=fuzz.ratio, score_cutoff=85, limit=3):
            if abs(len(choice) - len(s)) <= 2 and not choice.startswith("="):
                out.add(choice)
        # One slip (a letter left out, added, changed or two swapped) in a word of seven letters or more, or two
        # letters swapped in a shorter one, the first letter right: "numbess", "genitels", "paralised", "wieght".
        words = _words()
        if word not in _REAL:
            for choice, _dist, _ in process.extract(word, slips, scorer=OSA.distance, score_cutoff=1, limit=3):
                if choice[0] == word[0] and len(choice) >= 5 and (len(word) >= 7 or sorted(word) == sorted(choice)):
                    out.add(words[choice])
    return frozenset(out)


def find(text: str, start: int, end: int) -> list[BankMatch]:
    """Return the bank phrasings found in ``text[start:end]`` (one clause), best (longest) per flag first."""
    # Only content words count for closeness: "tingling in my groin" is as close as "tingling groin".
    found_tokens = [(m.start(), m.end(), _norm(m.group())) for m in _TOKEN.finditer(text, start, end)]
    kept = [t for t in found_tokens if t[2] not in _STOP]
    tokens = [(a, b) for a, b, _ in kept]
    where: dict[str, list[int]] = {}
    words = [w for _, _, w in kept]
    for i, word in enumerate(words):
        for s in _matches(word):
            where.setdefault(s, []).append(i)
    for i in range(len(words) - 1):  # a word typed in two: "osteo porosis", "incon tinent"
        joined = words[i] + words[i + 1]
        if len(joined) >= 8 and min(len(words[i]), len(words[i + 1])) >= 3:
            for s in _matches(joined) - _matches(words[i]) - _matches(words[i + 1]):
                if not s.startswith("="):
                    where.setdefault(s, []).append(i)
    found: dict[str, BankMatch] = {}
    best_len: dict[str, int] = {}
    items, _ = _compiled()
    by_first = _by_first_stem()
    for flag, phrase, stems in (items[i] for i in sorted(i for s in where for i in by_first.get(s, ()))):
        if len(stems) <= best_len.get(flag, 0) - 1 or any(s not in where for s in stems):
            continue
        if len(set(stems)) < len(stems) and any(len(where[s]) < stems.count(s) for s in set(stems)):
            continue  # "months and months" needs the word twice
        # A length is said in a run of words in its order, not pieced from two ("since 3 days, had the same last
        # year" is not "since last year"; "school bag since 3 days" is not "since school"): at most one word between.
        lasting = flag == "long-duration"
        span = _window([where[s] for s in stems], len(stems) + (1 if len(stems) <= 2 or lasting else 3), lasting)
        if span is None:
            continue
        first, last = span
        if len(stems) > best_len.get(flag, 0):
            best_len[flag] = len(stems)
            found[flag] = BankMatch(flag, phrase, tokens[first][0], tokens[last][1])
    return list(found.values())


def _nearest(positions: list[int], anchor: int) -> int:
    """Return the position in the sorted ``positions`` nearest to ``anchor``."""
    i = bisect.bisect_left(positions, anchor)
    if i == 0:
        return positions[0]
    if i == len(positions):
        return positions[-1]
    return positions[i] if positions[i] - anchor < anchor - positions[i - 1] else positions[i - 1]


def _window(positions: list[list[int]], width: int, ordered: bool = False) -> tuple[int, int] | None:
    """Return the first and last token of the tightest choice of one position per word, if within ``width`` (and,
    when ``ordered``, with the words in the phrasing's order)."""
    best: tuple[int, int] | None = None
    for anchor in positions[0]:
        if ordered:
            chosen = [anchor]
            for p in positions[1:]:
                after = [x for x in p if x > chosen[-1]]
                if not after:
                    break
                chosen.append(after[0])
            if len(chosen) < len(positions):
                continue
        else:
            chosen = [anchor] + [_nearest(p, anchor) for p in positions[1:]]
        lo, hi = min(chosen), max(chosen)
        if hi - lo < width and (best is None or hi - lo < best[1] - best[0]):
            best = (lo, hi)
    return best
