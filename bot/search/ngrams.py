"""TF-IDF over the character trigrams of words: a similarity that survives typos, inflections and compounds.

Each text is cut into the trigrams of its space-padded words (" roller " -> " ro", "rol", ..., "er "),
weighted by sublinear term frequency times IDF, and normalised; the similarity is their cosine.
Built once at load as one posting list per trigram, so a message costs one pass over its own trigrams.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache

import numpy as np

#: A trigram found in more than this share of texts (and more than MIN_PRUNED of them) is skipped at query time.
MAX_DF_SHARE = 0.05
MIN_PRUNED = 2000
#: Texts below this cosine are not returned.
MIN_SIMILARITY = 0.15


@lru_cache(maxsize=200_000)
def _word_grams(word: str, low: int, high: int) -> tuple[str, ...]:
    padded = f" {word} "
    return tuple(padded[i: i + n] for n in range(low, high + 1) for i in range(max(len(padded) - n + 1, 1)))


def trigrams(text: str, low: int = 3, high: int = 3) -> Counter[str]:
    """Return the character n-grams (``low`` to ``high`` long) of the space-padded words of ``text``, counted.

    A long pooled text repeats its words many times: each distinct word is cut once.
    """
    out: Counter[str] = Counter()
    for w, c in Counter(text.split()).items():
        for g in _word_grams(w, low, high):
            out[g] += c
    return out


class NgramIndex:
    """Character-trigram TF-IDF vectors of some texts, and their cosine with a query."""

    def __init__(self, texts: list[str], *, low: int = 3, high: int = 3, extra: list[str] | None = None,
                 extra_weight: float = 0.0) -> None:
        """Index ``texts``; ``extra[i]`` (an answer, say) adds its n-grams to text ``i`` at ``extra_weight``."""
        self._range = (low, high)
        grams: list[Counter[str]] = [trigrams(t, low, high) for t in texts]
        if extra is not None and extra_weight > 0.0:
            for g, more in zip(grams, extra, strict=True):
                for k, c in trigrams(more, low, high).items():
                    g[k] += extra_weight * c  # type: ignore[assignment]
        n = max(len(texts), 1)
        self._size = len(texts)
        # One (text, n-gram, count) triple per cell, then TF-IDF and the norms as whole arrays.
        vocab: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        counts: list[float] = []
        for i, g in enumerate(grams):
            for k, c in g.items():
                rows.append(i)
                cols.append(vocab.setdefault(k, len(vocab)))
                counts.append(c)
        row = np.array(rows, dtype=np.int32)
        col = np.array(cols, dtype=np.int64)
        count = np.array(counts, dtype=np.float64)
        df = np.bincount(col, minlength=len(vocab))
        idf = np.log((1 + n) / (1 + df)) + 1.0
        names = list(vocab)
        self._idf = dict(zip(names, idf.tolist(), strict=True))
        self._unknown_idf = math.log(1 + n) + 1.0
        tf = np.where(count >= 1.0, 1.0 + np.log(np.maximum(count, 1.0)), count)
        values = tf * idf[col]
        norms = np.sqrt(np.bincount(row, weights=values * values, minlength=self._size))
        values /= np.where(norms > 0, norms, 1.0)[row]
        order = np.argsort(col, kind="stable")  # postings: each n-gram's texts in order
        col, row, values = col[order], row[order], values[order].astype(np.float32)
        starts = np.flatnonzero(np.r_[True, col[1:] != col[:-1]]) if len(col) else np.empty(0, dtype=np.intp)
        ends = np.r_[starts[1:], len(col)].astype(np.intp)
        limit = max(MIN_PRUNED, int(MAX_DF_SHARE * n))
        self._postings = {names[int(col[a])]: (row[a:b], values[a:b])
                          for a, b in zip(starts.tolist(), ends.tolist(), strict=True) if b - a <= limit}

    def similar(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Return the texts whose cosine with ``text`` reaches MIN_SIMILARITY (indices) and those cosines."""
        g = trigrams(text, *self._range)
        if not g or not self._size:
            return np.empty(0, dtype=np.intp), np.empty(0, dtype=np.float64)
        vec = {k: (1.0 + math.log(c)) * self._idf.get(k, self._unknown_idf) for k, c in g.items()}
        norm = math.sqrt(math.fsum(v * v for v in vec.values())) or 1.0
        hits = [(self._postings[k], v / norm) for k, v in vec.items() if k in self._postings]
        if not hits:
            return np.empty(0, dtype=np.intp), np.empty(0, dtype=np.float64)
        all_ids = np.concatenate([ids for (ids, _), _ in hits])
        all_vals = np.concatenate([vals * np.float32(q) for (_, vals), q in hits])
        sims = np.bincount(all_ids, weights=all_vals, minlength=self._size)
        keep = np.flatnonzero(sims >= MIN_SIMILARITY)
        return keep.astype(np.intp), np.minimum(sims[keep], 1.0)
