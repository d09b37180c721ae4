"""TF-IDF over the character trigrams of words: a similarity that survives typos, inflections and compounds.

Each text is cut into the trigrams of its space-padded words (" roller " -> " ro", "rol", ..., "er "),
weighted by sublinear term frequency times IDF, and normalised; the similarity is their cosine.
Built once at load as one posting list per trigram, so a message costs one pass over its own trigrams.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

import numpy as np

#: A trigram found in more than this share of texts (and more than MIN_PRUNED of them) is skipped at query time.
MAX_DF_SHARE = 0.05
MIN_PRUNED = 2000
#: Texts below this cosine are not returned.
MIN_SIMILARITY = 0.15


def trigrams(text: str, low: int = 3, high: int = 3) -> Counter[str]:
    """Return the character n-grams (``low`` to ``high`` long) of the space-padded words of ``text``, counted."""
    out: Counter[str] = Counter()
    for w in text.split():
        padded = f" {w} "
        for n in range(low, high + 1):
            out.update(padded[i: i + n] for i in range(max(len(padded) - n + 1, 1)))
    return out


def _tf(count: float) -> float:
    """Return the sublinear term frequency of a count (a weighted count below 1 counts as itself)."""
    return 1.0 + math.log(count) if count >= 1.0 else count


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
        df: Counter[str] = Counter()
        for g in grams:
            df.update(g.keys())
        n = max(len(texts), 1)
        self._size = len(texts)
        self._idf = {g: math.log((1 + n) / (1 + d)) + 1.0 for g, d in df.items()}
        self._unknown_idf = math.log(1 + n) + 1.0
        ids: dict[str, list[int]] = defaultdict(list)
        values: dict[str, list[float]] = defaultdict(list)
        for i, g in enumerate(grams):
            vec = {k: _tf(c) * self._idf[k] for k, c in g.items()}
            norm = math.sqrt(math.fsum(v * v for v in vec.values())) or 1.0
            for k in sorted(vec):
                ids[k].append(i)
                values[k].append(vec[k] / norm)
        limit = max(MIN_PRUNED, int(MAX_DF_SHARE * n))
        self._postings = {k: (np.array(ids[k], dtype=np.int32), np.array(values[k], dtype=np.float32))
                          for k in ids if len(ids[k]) <= limit}

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
