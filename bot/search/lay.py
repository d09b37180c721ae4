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
    "sitting for long": {"drive": "sitting", "driving": "sitting", "drove": "sitting", "commute": "sitting",
                         "commuting": "sitting", "flight": "sitting"},
}
LAY_WORDS: dict[str, str] = {w: meant for kind in _KINDS.values() for w, meant in kind.items()}
