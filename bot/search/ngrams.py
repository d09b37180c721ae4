"""TF-IDF over the character trigrams of words: a similarity that survives typos, inflections and compounds.

Each text is cut into the trigrams of its space-padded words (" roller " -> " ro", "rol", ..., "er "),
weighted by sublinear term frequency times IDF, and normalised; the similarity is their cosine.
Built once at load as one posting list per trigram, so a message costs one pass over its own trigrams.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from functools import lru_cache
from typing import Any

from bot.search.lazynp import np

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
    """Character-trigram TF-IDF vectors of some texts, and their cosine with a query.

    ``plain`` keeps the postings as Python lists and machine arrays (float32, as numpy's) instead of numpy
    arrays: for a small knowledge base that is as fast and spares importing numpy (15 MB at rest). Both give
    the same cosines to the bit.
    """

    def __init__(self, texts: list[str], *, low: int = 3, high: int = 3, extra: list[str] | None = None,
                 extra_weight: float = 0.0, plain: bool = False) -> None:
        """Index ``texts``; ``extra[i]`` (an answer, say) adds its n-grams to text ``i`` at ``extra_weight``."""
        self._range = (low, high)
        self.plain = plain
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
        names = list(vocab)
        self._unknown_idf = math.log(1 + n) + 1.0
        limit = max(MIN_PRUNED, int(MAX_DF_SHARE * n))
        self._postings: dict[str, tuple[Any, Any]]
        if plain:
            self._build_plain(names, rows, cols, counts, n, limit)
        else:
            self._build_arrays(names, rows, cols, counts, n, limit)

    def _build_arrays(self, names: list[str], rows: list[int], cols: list[int], counts: list[float], n: int,
                      limit: int) -> None:
        row = np.array(rows, dtype=np.int32)
        col = np.array(cols, dtype=np.int64)
        count = np.array(counts, dtype=np.float64)
        df = np.bincount(col, minlength=len(names))
        idf = np.log((1 + n) / (1 + df)) + 1.0
        self._idf = dict(zip(names, idf.tolist(), strict=True))
        tf = np.where(count >= 1.0, 1.0 + np.log(np.maximum(count, 1.0)), count)
        values = tf * idf[col]
        norms = np.sqrt(np.bincount(row, weights=values * values, minlength=self._size))
        values /= np.where(norms > 0, norms, 1.0)[row]
        order = np.argsort(col, kind="stable")  # postings: each n-gram's texts in order
        col, row, values = col[order], row[order], values[order].astype(np.float32)
        starts = np.flatnonzero(np.r_[True, col[1:] != col[:-1]]) if len(col) else np.empty(0, dtype=np.intp)
        ends = np.r_[starts[1:], len(col)].astype(np.intp)
        self._postings = {names[int(col[a])]: (row[a:b], values[a:b])
                          for a, b in zip(starts.tolist(), ends.tolist(), strict=True) if b - a <= limit}

    def _build_plain(self, names: list[str], rows: list[int], cols: list[int], counts: list[float], n: int,
                     limit: int) -> None:
        # The same operations as _build_arrays, in the same order, on Python floats.
        df = [0] * len(names)
        for k in cols:
            df[k] += 1
        idf = [math.log((1 + n) / (1 + d)) + 1.0 for d in df]
        self._idf = dict(zip(names, idf, strict=True))
        values = [(1.0 + math.log(c) if c >= 1.0 else c) * idf[k] for c, k in zip(counts, cols, strict=True)]
        squares = [0.0] * self._size
        for r, v in zip(rows, values, strict=True):
            squares[r] += v * v
        norms = [math.sqrt(x) or 1.0 for x in squares]
        postings: dict[int, tuple[list[int], list[float]]] = {}
        for r, k, v in zip(rows, cols, values, strict=True):
            ids, vals = postings.setdefault(k, ([], []))
            ids.append(r)
            vals.append(v / norms[r])
        self._postings = {names[k]: (ids, array("f", vals)) for k, (ids, vals) in postings.items()
                          if len(ids) <= limit}

    def similar(self, text: str) -> tuple[Any, Any]:
        """Return the texts whose cosine with ``text`` reaches MIN_SIMILARITY (indices) and those cosines.

        numpy arrays, or lists when the index is ``plain``.
        """
        g = trigrams(text, *self._range)
        if not g or not self._size:
            return self._empty()
        vec = {k: (1.0 + math.log(c)) * self._idf.get(k, self._unknown_idf) for k, c in g.items()}
        norm = math.sqrt(math.fsum(v * v for v in vec.values())) or 1.0
        hits = [(self._postings[k], v / norm) for k, v in vec.items() if k in self._postings]
        if not hits:
            return self._empty()
        if self.plain:
            return self._similar_plain(hits)
        all_ids = np.concatenate([ids for (ids, _), _ in hits])
        all_vals = np.concatenate([vals * np.float32(q) for (_, vals), q in hits])
        sims = np.bincount(all_ids, weights=all_vals, minlength=self._size)
        keep = np.flatnonzero(sims >= MIN_SIMILARITY)
        return keep.astype(np.intp), np.minimum(sims[keep], 1.0)

    def _empty(self) -> tuple[Any, Any]:
        if self.plain:
            return [], []
        return np.empty(0, dtype=np.intp), np.empty(0, dtype=np.float64)

    def _similar_plain(self, hits: list[tuple[tuple[list[int], array[float]], float]]) -> tuple[Any, Any]:
        sims: dict[int, float] = {}
        for (ids, vals), q in hits:
            q32 = array("f", (q,))[0]
            # float32 times float32 is exact in a double; storing it as float32 rounds it as numpy's product does.
            for i, p in zip(ids, array("f", [v * q32 for v in vals]), strict=True):
                sims[i] = sims.get(i, 0.0) + p
        keep = sorted(i for i, s in sims.items() if s >= MIN_SIMILARITY)
        return keep, [min(sims[i], 1.0) for i in keep]
