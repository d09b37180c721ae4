"""Fitting a multinomial logistic regression over sparse TF-IDF counts with numpy: for the bench, the tests and the
build only.

The bot never imports this module: the models it loads (:mod:`bot.safety.learned`, :mod:`bot.search.learned`) were
fitted with it at build time and are predicted in plain Python.  :func:`proba` is the numpy prediction the shipped
arithmetic is checked against.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, repeat

import numpy as np


@dataclass(frozen=True)
class Settings:
    """How a model is fitted.

    ``class_power``: each class's documents weigh (n / (classes * count)) ** class_power (1 weighs the classes as if
    equally common, 0 as they come).  ``pad`` is added to a document's squared TF-IDF length before it is made unit
    length (a short message keeps its probabilities nearer the base rates).  ``min_df``: a feature is kept when at
    least this many documents have it.
    """

    min_df: int = 2
    class_power: float = 0.5
    pad: float = 2000.0
    l2: float = 1e-3
    steps: int = 100
    rate: float = 2.0
    momentum: float = 0.9


def fit(counts: Sequence[Counter[str]], labels: Sequence[int], classes: int,
        settings: Settings = Settings()) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """Return the vocabulary, idf (float32) and weights ``(classes, features + 1)`` (float32, the last column the
    bias) fitted on the documents' feature ``counts`` labelled ``labels`` (0 .. classes - 1)."""
    df = Counter(g for c in counts for g in c)
    vocab = {g: i for i, g in enumerate(sorted(g for g, n in df.items() if n >= settings.min_df))}
    idf = np.array([math.log((1 + len(counts)) / (1 + df[g])) + 1 for g in vocab], dtype=np.float32)
    cols, vals, rows = _sparse(counts, vocab, idf, settings.pad)
    y = np.array([int(label) for label in labels])
    k, n, v = classes, len(y), len(vocab) + 1
    onehot = np.eye(k, dtype=np.float32)[y]
    freq = np.bincount(y, minlength=k).astype(np.float32)
    weight = ((n / (k * np.maximum(freq, 1))) ** settings.class_power)[y][:, None].astype(np.float32)
    weight /= weight.sum()
    w = np.zeros((k, v), dtype=np.float32)
    velocity = np.zeros_like(w)
    for _ in range(settings.steps):  # Nesterov's accelerated gradient on the weighted, L2-penalised log loss
        ahead = w + settings.momentum * velocity
        # np.take along the first axis of contiguous copies gathers several times faster than ahead[:, cols] and
        # resid[rows]; the products, their order and so the fitted weights are the same to the bit.
        z = _rowsum(vals[:, None] * np.take(np.ascontiguousarray(ahead.T), cols, axis=0), rows, n)
        resid = (_softmax(z) - onehot) * weight
        per = np.take(np.ascontiguousarray(resid.T), rows, axis=1) * vals  # (classes, non-zeros)
        grad = np.stack([np.bincount(cols, weights=per[c], minlength=v) for c in range(k)]).astype(np.float32)
        grad[:, :-1] += settings.l2 * ahead[:, :-1]
        velocity = settings.momentum * velocity - settings.rate * grad
        w = w + velocity
    return vocab, idf, w


def proba(counts: Counter[str], vocab: dict[str, int], idf: np.ndarray, weights: np.ndarray,
          pad: float) -> np.ndarray:
    """Return the probability of each class for a document's feature ``counts``, the numpy way."""
    return _softmax(vector(counts, vocab, idf, pad)[None, :] @ weights.T)[0]


def proba_many(counts: Sequence[Counter[str]], vocab: dict[str, int], idf: np.ndarray, weights: np.ndarray,
               pad: float) -> np.ndarray:
    """Return the class probabilities of many documents, one row each."""
    cols, vals, rows = _sparse(counts, vocab, idf, pad)
    return _softmax(_rowsum(vals[:, None] * weights[:, cols].T, rows, len(counts)))


def _sparse(counts: Sequence[Counter[str]], vocab: dict[str, int], idf: np.ndarray,
            pad: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the non-zero (column, value, row) triples of the documents' vectors, bias column included.

    The values are :func:`vector`'s to the bit, without making a dense vector for each document. Only each
    document's squared length is still taken as :func:`vector` takes it, on one dense row reused for all of them:
    BLAS sums the squares in an order of its own, and summed over the non-zero values alone about a thousand of
    the safety model's 8,405 lengths come out a bit away (and the fitted model with them).
    """
    n_feat = len(vocab)
    # Every document's n-grams in one go (-1 for one outside the vocabulary), and then those in it.
    col = np.fromiter(map(vocab.get, chain.from_iterable(counts), repeat(-1)), dtype=np.intp)
    tf = np.fromiter(chain.from_iterable(c.values() for c in counts), dtype=np.intp, count=len(col))
    row = np.repeat(np.arange(len(counts), dtype=np.intp), [len(c) for c in counts])
    known = col >= 0
    row, col, tf = row[known], col[known], tf[known]
    order = np.lexsort((col, row))  # each document's columns ascending, as np.flatnonzero gives them
    row, col, tf = row[order], col[order], tf[order]
    if len(tf) and tf.min() < 1:
        raise ValueError("a feature's count must be at least 1")
    logs = np.array([0.0] + [1 + math.log(n) for n in range(1, int(tf.max(initial=0)) + 1)], dtype=np.float32)
    val = logs[tf] * idf[col]  # float32 times float32: vector's (1 + math.log(n)) * idf[i]
    ends = np.cumsum(np.bincount(row, minlength=len(counts)))
    dense = np.zeros(n_feat + 1, dtype=np.float32)
    norms = np.empty(len(counts), dtype=np.float64)
    start = 0
    for r, end in enumerate(ends.tolist()):
        at, x = col[start:end], val[start:end]
        dense[at] = x
        norms[r] = math.sqrt(float(np.dot(dense, dense)) + pad)
        dense[at] = 0.0
        start = end
    norms[norms == 0] = 1.0  # vector leaves a document of length 0 as it is
    val /= norms.astype(np.float32)[row]
    # the bias column, last in each document's row
    row = np.concatenate([row, np.arange(len(counts), dtype=np.intp)])
    col = np.concatenate([col, np.full(len(counts), n_feat, dtype=np.intp)])
    val = np.concatenate([val, np.ones(len(counts), dtype=np.float32)])
    order = np.lexsort((col, row))
    return col[order], val[order], row[order]


def _rowsum(values: np.ndarray, rows: np.ndarray, n: int) -> np.ndarray:
    """Return the per-row sums of ``values`` (rows sorted ascending, every row present)."""
    starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
    out = np.zeros((n, values.shape[1]), dtype=np.float32)
    out[rows[starts]] = np.add.reduceat(values, starts, axis=0)
    return out


def vector(counts: Counter[str], vocab: dict[str, int], idf: np.ndarray, pad: float) -> np.ndarray:
    """Return a document's TF-IDF vector, scaled by its padded length, with a 1 for the bias at the end."""
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
