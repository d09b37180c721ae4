"""Fitting the safety model of :mod:`bot.safety.learned` with numpy: for the bench, the tests and the build only.

The bot never imports this module: it loads the fitted weights from ``bot/safety/data/model.bin``
(``make models`` writes it) and predicts in plain Python.  The arithmetic is :mod:`bot.learning.fitting`'s, shared
with the answer model; :func:`proba` is the numpy prediction the shipped arithmetic is checked against.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from bot.learning import fitting as _shared
from bot.safety.levels import Level

MIN_DF = 2
#: Each level's messages weigh (n / (levels * count)) ** CLASS_POWER: 1 would weigh the levels as if equally common,
#: 0 as they come.  The ordinary messages are most of the training data (the answer corpus and the knowledge base's
#: phrasings); half-way keeps the rarer flagged levels heard without making "none" the exception
#: (``python -m bench.safety_cv`` compared 0, 0.3, 0.5, 0.7 and 1 out of writer).
CLASS_POWER = 0.5
#: Added to a message's squared TF-IDF length before it is made unit length: a message of a few words (about 30
#: characters: "my back went out this morning") keeps its probabilities nearer the levels' base rates instead of
#: being read as surely as a paragraph (``python -m bench.safety_cv`` compared 0, 1000, 2000, 3000 and 6000).
PAD = 2000.0
L2 = 1e-3
STEPS = 100
RATE = 2.0
MOMENTUM = 0.9
SETTINGS = _shared.Settings(min_df=MIN_DF, class_power=CLASS_POWER, pad=PAD, l2=L2, steps=STEPS, rate=RATE,
                            momentum=MOMENTUM)


def fit(counts: Sequence[Counter[str]], levels: Sequence[Level]) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """Return the vocabulary, idf (float32) and weights ``(levels, features + 1)`` (float32, the last column the
    bias) fitted on the documents' n-gram ``counts`` labelled ``levels`` (levels weighted by :data:`CLASS_POWER`)."""
    return _shared.fit(counts, [int(level) for level in levels], len(Level), SETTINGS)


def proba(counts: Counter[str], vocab: dict[str, int], idf: np.ndarray, weights: np.ndarray,
          pad: float = PAD) -> np.ndarray:
    """Return the probability of each level for a document's n-gram ``counts``, the numpy way."""
    return _shared.proba(counts, vocab, idf, weights, pad)
