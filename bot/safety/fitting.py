"""Fitting the safety model of :mod:`bot.safety.learned` with numpy: for the bench, the tests and the build only.

The bot never imports this module: it loads the fitted weights from ``bot/safety/data/model.bin``
(``python -m bench.safety_cv --copy`` writes it) and predicts in plain Python.  :func:`proba` is the numpy
prediction the shipped arithmetic is checked against.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

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


def fit(counts: Sequence[Counter[str]], levels: Sequence[Level]) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """Return the vocabulary, idf (float32) and weights ``(levels, features + 1)`` (float32, the last column the
    bias) fitted on the documents' n-gram ``counts`` labelled ``levels`` (levels weighted by :data:`CLASS_POWER`)."""
    df = Counter(g for c in counts for g in c)
    vocab = {g: i for i, g in enumerate(sorted(g for g, n in df.items() if n >= MIN_DF))}
    idf = np.array([math.log((1 + len(counts)) / (1 + df[g])) + 1 for g in vocab], dtype=np.float32)
    cols, vals, rows = _sparse(counts, vocab, idf)
    y = np.array([int(level) for level in levels])
    k, n, v = len(Level), len(y), len(vocab) + 1
    onehot = np.eye(k, dtype=np.float32)[y]
    freq = np.bincount(y, minlength=k).astype(np.float32)
    weight = ((n / (k * np.maximum(freq, 1))) ** CLASS_POWER)[y][:, None].astype(np.float32)
    weight /= weight.sum()
    w = np.zeros((k, v), dtype=np.float32)
    velocity = np.zeros_like(w)
    for _ in range(STEPS):  # Nesterov's accelerated gradient on the weighted, L2-penalised log loss
        ahead = w + MOMENTUM * velocity
        z = _rowsum(vals[:, None] * ahead[:, cols].T, rows, n)
        resid = (_softmax(z) - onehot) * weight
        per = resid[rows] * vals[:, None]
        grad = np.stack([np.bincount(cols, weights=per[:, c], minlength=v) for c in range(k)]).astype(np.float32)
        grad[:, :-1] += L2 * ahead[:, :-1]
        velocity = MOMENTUM * velocity - RATE * grad
        w = w + velocity
    return vocab, idf, w


def proba(counts: Counter[str], vocab: dict[str, int], idf: np.ndarray, weights: np.ndarray,
          pad: float = PAD) -> np.ndarray:
    """Return the probability of each level for a document's n-gram ``counts``, the numpy way."""
    return _softmax(_vector(counts, vocab, idf, pad)[None, :] @ weights.T)[0]


def _sparse(counts: Sequence[Counter[str]], vocab: dict[str, int],
            idf: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the non-zero (column, value, row) triples of the documents' vectors, bias column included."""
    cols: list[np.ndarray] = []
    vals: list[np.ndarray] = []
    rows: list[np.ndarray] = []
    for r, c in enumerate(counts):
        v = _vector(c, vocab, idf)
        nz = np.flatnonzero(v)
        cols.append(nz)
        vals.append(v[nz])
        rows.append(np.full(len(nz), r))
    return np.concatenate(cols), np.concatenate(vals), np.concatenate(rows)


def _rowsum(values: np.ndarray, rows: np.ndarray, n: int) -> np.ndarray:
    """Return the per-row sums of ``values`` (rows sorted ascending, every row present)."""
    starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
    out = np.zeros((n, values.shape[1]), dtype=np.float32)
    out[rows[starts]] = np.add.reduceat(values, starts, axis=0)
    return out


def _vector(counts: Counter[str], vocab: dict[str, int], idf: np.ndarray, pad: float = PAD) -> np.ndarray:
    v = np.zeros(len(vocab) + 1, dtype=np.float32)
    for g, n in counts.items():
        i = vocab.get(g)
        if i is not None:
            v[i] = (1 + math.log(n)) * idf[i]
    norm = math.sqrt(float(np.dot(v, v)) + pad)
    if norm:
        v /= norm
    v[-1] = 1.0
    return v


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    out: np.ndarray = e / e.sum(axis=1, keepdims=True)
    return out
