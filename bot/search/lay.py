"""Lay words for the body and its complaints, read as the words the knowledge base uses.

People describe a back in their own words: "my waist" for the lower back, "a niggle" for a twinge,
"throbbing" for an ache, "my soldiers" (a slip onto a real word) for the shoulders, "the long drive" for
sitting.  These are mapped by kind, before typo correction, so a statement finds its entry without an
alternate per wording.  A word the knowledge base's phrasings use itself is never remapped.
"""

from __future__ import annotations

_KINDS = {
    "body places": {
        "waist": "lower back", "lowerback": "lower back", "coccyx": "tailbone", "sacrum": "tailbone",
        "nape": "neck", "glute": "buttock", "glutes": "buttock", "midback": "mid back",
        "shoulderblade": "shoulder blade", "shoulderblades": "shoulder blades",
    },
    "real-word slips": {"soldiers": "shoulders", "soldier": "shoulder", "solders": "shoulders",
                        "boulders": "shoulders"},
    "kneading spelt as it sounds": {"nead": "knead", "neading": "kneading", "neaded": "kneaded",
                                    "kneeding": "kneading"},
    "complaints": {
        "niggle": "twinge", "niggles": "twinge", "niggling": "twinge", "niggly": "twinge",
        "throbbing": "ache", "throbs": "ache", "throb": "ache", "agony": "pain", "agonising": "pain",
        "agonizing": "pain", "knotty": "knots", "lumpy": "knots", "creaky": "stiff", "rigid": "stiff",
        "wrenched": "strained", "wrench": "strain", "jammed": "locked",
        "flareup": "flare", "relieve": "relief", "relieving": "relief",
    },
    "a medicine's dose": {"dosage": "dose", "dosages": "dose", "doses": "dose", "dosing": "dose"},
    "tools by brand": {"theracane": "massage tool", "backnobber": "massage tool", "thumper": "massage gun",
                       "pistol": "gun"},
    "painkillers by brand": {"panadol": "paracetamol", "calpol": "paracetamol", "tylenol": "paracetamol",
                             "crocin": "paracetamol", "dolo": "paracetamol", "advil": "ibuprofen",
                             "nurofen": "ibuprofen", "motrin": "ibuprofen", "brufen": "ibuprofen",
                             "combiflam": "ibuprofen", "profen": "ibuprofen", "aleve": "naproxen",
                             "naprosyn": "naproxen", "disprin": "aspirin", "anadin": "aspirin", "excedrin": "aspirin",
                             "voltaren": "diclofenac", "voltarol": "diclofenac", "solpadeine": "codeine"},
    "a word in another sense (learners' English)": {"respiration": "breathing", "specialist": "doctor",
                                                      "specialists": "doctor", "consult": "see",
                                                      "consulting": "seeing"},
    "making worse": {"worsen": "make worse", "worsens": "makes worse", "worsened": "made worse",
                     "worsening": "getting worse", "aggravate": "make worse", "aggravates": "makes worse"},
    "a thing, in dialect": {"yoke": "gadget", "yokes": "gadgets"},
    "desk work by another name": {"studying": "desk", "revising": "desk", "homework": "desk"},
    "housework and diy": {"hoovering": "diy", "hoovered": "diy", "vacuuming": "diy", "vacuumed": "diy",
                          "decorating": "diy", "wallpapering": "diy", "plastering": "diy", "mopping": "diy",
                          "scrubbing": "diy"},
    "complaints, vividly": {"ruining": "wrecking", "ruined": "wrecked", "destroying": "wrecking",
                            "destroyed": "wrecked", "banjaxed": "wrecked", "knackered": "wrecked",
                            "goosed": "wrecked", "bolloxed": "wrecked"},
    "heavy things lifted or moved": {"wardrobe": "heavy boxes", "wardrobes": "heavy boxes", "dresser": "heavy boxes",
                                     "plasterboard": "heavy boxes", "crates": "heavy boxes",
                                     "almirah": "heavy boxes", "almirahs": "heavy boxes", "almira": "heavy boxes",
                                     "shifted": "moved", "shifting": "moving"},
    "positions, in dialect": {"laid": "lying", "lay": "lie"},
    "massage in other traditions' words": {"malish": "massage", "maalish": "massage", "malis": "massage",
                                           "maalis": "massage", "hilot": "massage", "sobada": "massage",
                                           "sobadora": "massage therapist", "abhyanga": "oil massage"},
    "rubs and balms by name": {"vicks": "balm", "bengay": "balm", "moov": "balm", "iodex": "balm", "zambuk": "balm",
                               "icyhot": "balm", "tigerbalm": "balm", "amrutanjan": "balm", "robb": "balm",
                               "pomada": "balm", "efficascent": "liniment", "mahanarayan": "medicated oil",
                               "embrocation": "liniment", "deepheat": "deep heat"},
    "older words for back trouble": {"lumbago": "lower back pain", "rheumatics": "aches", "rheumatiz": "aches",
                                     "rheumatism": "aches"},
    "sitting for long": {"drive": "sitting", "driving": "sitting", "drove": "sitting", "commute": "sitting",
                         "commuting": "sitting", "flight": "sitting"},
}
LAY_WORDS: dict[str, str] = {w: meant for kind in _KINDS.values() for w, meant in kind.items()}


#: Words heard for a back-care word, as voice dictation writes them ("sigh attica", "Tennyson ball", "f a large",
#: "eff-loo-rage"): read as that word before anything else, so no single letter or sound-alike is corrected apart.
HEARD: dict[tuple[str, ...], str] = {
    ("sigh", "attica"): "sciatica", ("sci", "attica"): "sciatica", ("psy", "attica"): "sciatica",
    ("sigh", "attic", "a"): "sciatica", ("sigh", "addict", "a"): "sciatica", ("sciatic", "ah"): "sciatica",
    ("thera", "cane"): "massage tool", ("thera", "canes"): "massage tool", ("back", "nobber"): "massage tool",
    ("tennyson", "ball"): "tennis ball", ("tennyson", "balls"): "tennis balls", ("tennis", "bowl"): "tennis ball",
    **{(f, m, e): "effleurage" for f in ("f", "ef", "eff", "ff", "efe") for m in ("a", "la", "loo", "lu", "flur",
                                                                                 "fler", "flu", "ler", "lur", "flo")
       for e in ("large", "rage", "ahj", "raj", "rahj", "razh", "rarge", "raje")},
    **{(f, e): "effleurage" for f in ("effle", "effloo", "eflu", "efflu", "eff", "ef") for e in ("rage", "raj", "rahj",
                                                                                              "ahj", "razh")},
    # and a phrase whose first word would read as another subject: "massage my baby bump" is the pregnancy's
    ("baby", "bump"): "pregnancy bump", ("baby", "bumps"): "pregnancy bump",
}
_HEARD_SIZES = tuple(sorted({len(k) for k in HEARD}, reverse=True))
_HEARD_FIRST = frozenset(k[0] for k in HEARD)


def heard(ws: list[str]) -> list[str]:
    """Return ``ws`` with each sound-alike of :data:`HEARD` written as the word meant."""
    if _HEARD_FIRST.isdisjoint(ws):
        return ws
    out: list[str] = []
    i = 0
    while i < len(ws):
        for size in _HEARD_SIZES:
            meant = HEARD.get(tuple(ws[i: i + size]))
            if meant is not None:
                out.extend(meant.split())
                i += size
                break
        else:
            out.append(ws[i])
            i += 1
    return out
