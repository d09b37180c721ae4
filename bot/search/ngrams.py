"""TF-IDF over the character trigrams of words: a similarity that survives typos, inflections and compounds.

Each text is cut into the trigrams of its space-padded words (" roller " -> " ro", "rol", ..., "er "),
weighted by sublinear term frequency times IDF, and normalised; the similarity is their cosine.
Built once at load as one posting list per trigram, so a message costs one pass over its own trigrams.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from functools import cached_property, lru_cache
from itertools import chain, repeat
from typing import Any

from bot.search.lazynp import np

#: A trigram found in more than this share of texts (and more than MIN_PRUNED of them) is skipped at query time.
MAX_DF_SHARE = 0.05
MIN_PRUNED = 2000
#: Texts below this cosine are not returned.
MIN_SIMILARITY = 0.15
#: In a plain index, an n-gram found in more than this share of the texts is "common": its weights are also kept as
#: one row of every text's (zeros where it lacks it), and a message's common n-grams are added only for the texts
#: that can still reach MIN_SIMILARITY once its other n-grams are added (see ``NgramIndex._similar_plain``).
COMMON_SHARE = 2 / 3
#: Products of float32 weights at least this large are multiples of 2**-51: their sums below 4 are exact in a
#: double whatever their order (the common n-grams are added after the others only when every product is).
_EXACT_FROM = 2.0 ** -28
#: 1 + log(count) for the counts a query has, worked out once (the same floats as math.log gives each time).
_LOGGED = 64
_LOG1P = [0.0, *(1.0 + math.log(c) for c in range(1, _LOGGED))]


def _cut(word: str, low: int, high: int) -> tuple[str, ...]:
    padded = f" {word} "
    return tuple(padded[i: i + n] for n in range(low, high + 1) for i in range(max(len(padded) - n + 1, 1)))


#: A message's words, cut once each. Building an index cuts its own words without this cache (they would stay in it,
#: about 1 KB a word), and its size bounds what a long-running bot keeps of the words it was sent.
_word_grams = lru_cache(maxsize=4096)(_cut)


def trigrams(text: str, low: int = 3, high: int = 3, cut: dict[str, tuple[str, ...]] | None = None) -> Counter[str]:
    """Return the character n-grams (``low`` to ``high`` long) of the space-padded words of ``text``, counted.

    A long pooled text repeats its words many times: each distinct word is cut once (and once for all the texts
    that share ``cut``).
    """
    cut = {} if cut is None else cut
    out: Counter[str] = Counter()
    for w, c in Counter(text.split()).items():
        grams = cut.get(w)
        if grams is None:
            grams = cut[w] = _cut(w, low, high)
        for g in grams:
            out[g] += c
    return out


class NgramIndex:
    """Character-trigram TF-IDF vectors of some texts, and their cosine with a query.

    ``plain`` keeps the postings in machine arrays (float32, as numpy's) instead of numpy arrays: for a small
    knowledge base that is as fast and spares importing numpy (15 MB at rest). Both give the same cosines to the
    bit. Either way all the postings are three flat arrays, each n-gram's a slice of them: n-gram ``k`` (its
    number in ``_grams``) has the texts ``_texts[_bounds[k]:_bounds[k + 1]]`` with the weights at the same
    places, and its IDF at ``_idf[k]`` (a pruned n-gram keeps its IDF and has no postings).
    """

    def __init__(self, texts: list[str], *, low: int = 3, high: int = 3, extra: list[str] | None = None,
                 extra_weight: float = 0.0, plain: bool = False) -> None:
        """Index ``texts``; ``extra[i]`` (an answer, say) adds its n-grams to text ``i`` at ``extra_weight``."""
        self._range = (low, high)
        self.plain = plain
        n = max(len(texts), 1)
        self._size = len(texts)
        # One (text, n-gram, count) cell per n-gram of each text, in the order of their first appearance.
        vocab: dict[str, int] = {}
        self._grams = vocab
        self._unknown_idf = math.log(1 + n) + 1.0
        limit = max(MIN_PRUNED, int(MAX_DF_SHARE * n))
        self._idf: array[float]
        self._bounds: array[int]
        self._texts: Any
        self._weights: Any
        if plain or (extra is not None and extra_weight > 0.0):
            rows, cols, counts = _cells(texts, low, high, extra, extra_weight, vocab)
            if plain:
                self._build_plain(rows, cols, counts, n, limit)
            else:
                chunk = (np.asarray(rows, dtype=np.int32), np.asarray(cols, dtype=np.int32),
                         np.asarray(counts, dtype=np.float64))
                del rows, cols, counts
                self._build_arrays([chunk], n, limit)
        else:
            self._build_arrays(_cell_arrays(texts, low, high, vocab), n, limit)

    def _build_arrays(self, chunks: list[tuple[Any, Any, Any] | None], n: int, limit: int) -> None:
        """Make the postings from ``chunks`` of cells: (texts, n-grams, counts) arrays of consecutive texts.

        Each text's cells are all in one chunk, in their order, and the chunks in the texts' order. A chunk is
        weighed as soon as the IDFs are known, only its cells of n-grams that are kept are kept, and it is then
        dropped: at 100,000 phrasings there are millions of cells, and fewer than half are kept. The arithmetic
        is the same as on all the cells at once, in the same order (a text's norm is its own cells' sum).
        """
        width = len(self._grams)
        df = np.zeros(width, dtype=np.int64)
        for chunk in chunks:
            assert chunk is not None
            df += np.bincount(chunk[1], minlength=width)
        idf = np.log((1 + n) / (1 + df)) + 1.0
        self._idf = array("d", idf.astype(np.float64).tobytes())
        kept = df <= limit
        bounds = np.r_[0, np.cumsum(np.where(kept, df, 0))].astype(np.int64)
        self._bounds = array("q", bounds.tobytes())
        # Each kept cell goes straight to its place in the postings (each n-gram's texts in order): where its n-gram's
        # next free place is, plus how many cells of the same n-gram come before it in the chunk. So all the cells
        # are never held at once, nor a sort of them all: the same arrays as a stable sort of all cells by n-gram.
        texts = np.empty(int(bounds[-1]), dtype=np.int32)
        weights = np.empty(int(bounds[-1]), dtype=np.float32)
        at = bounds[:-1].copy()  # each n-gram's next free place
        for i, chunk in enumerate(chunks):
            assert chunk is not None
            row, col, counts = chunk
            chunks[i] = None  # freed as soon as it is weighed
            values = counts.astype(np.float64)  # becomes the TF, then the TF-IDF
            del chunk, counts
            counted = values >= 1.0
            np.log(values, out=values, where=counted)
            np.add(values, 1.0, out=values, where=counted)  # 1 + log(count); a fractional count as it is
            del counted
            values *= idf[col]
            local = row - row[0] if len(row) else row  # the chunk's texts from 0
            norms = np.sqrt(np.bincount(local, weights=np.square(values)))
            norms[norms == 0] = 1.0
            values /= norms[local]
            del norms, local
            keep = kept[col]
            row, col = row[keep], col[keep].astype(np.int64)
            values = values[keep].astype(np.float32)  # rounded to float32 one by one, as before placing
            del keep
            order = np.argsort(col, kind="stable")  # the chunk's cells by n-gram, in their order within each
            col = col[order]
            first = np.flatnonzero(np.r_[True, col[1:] != col[:-1]]) if len(col) else np.empty(0, np.intp)
            rank = np.arange(len(col)) - np.repeat(first, np.diff(np.r_[first, len(col)]))
            places = at[col] + rank
            texts[places] = row[order]
            weights[places] = values[order]
            at[col[first]] += np.diff(np.r_[first, len(col)])
            del row, col, values, order, first, rank, places
        self._texts = texts
        self._weights = weights

    def _build_plain(self, rows: list[int], cols: list[int], counts: list[float], n: int, limit: int) -> None:
        # The same operations as _build_arrays, in the same order, on Python floats.
        df = [0] * len(self._grams)
        for k in cols:
            df[k] += 1
        idf = [math.log((1 + n) / (1 + d)) + 1.0 for d in df]
        self._idf = array("d", idf)
        values = [(1.0 + math.log(c) if c >= 1.0 else c) * idf[k] for c, k in zip(counts, cols, strict=True)]
        squares = [0.0] * self._size
        for r, v in zip(rows, values, strict=True):
            squares[r] += v * v
        norms = [math.sqrt(x) or 1.0 for x in squares]
        bounds = array("q", [0])
        for d in df:
            bounds.append(bounds[-1] + (d if d <= limit else 0))
        self._bounds = bounds
        # Each n-gram's cells in the cells' order (text by text), as a stable sort by n-gram puts them.
        total, code = bounds[-1], "H" if self._size <= 1 << 16 else "I"
        self._texts = texts = array(code, bytes(array(code).itemsize * total))
        self._weights = weights = array("f", bytes(4 * total))  # float32: each value rounded as it is stored
        at = bounds[:-1]  # where each n-gram's next cell goes
        for r, k, v in zip(rows, cols, values, strict=True):
            if df[k] <= limit:
                i = at[k]
                texts[i] = r
                weights[i] = v / norms[r]
                at[k] = i + 1
        self._common = max(int(COMMON_SHARE * self._size), 1)

    @cached_property
    def _rows(self) -> tuple[dict[int, tuple[array[float], float]], float, list[float]]:
        """Return the common n-grams' rows (the texts' weights, zeros elsewhere) with their largest weight, the
        least weight of all, and each text's norm over the common n-grams alone. Made on the first message, not with
        the postings: a few small objects made among the build's temporaries would keep a megabyte of them resident
        (75.1 against 74.1 MB at rest)."""
        texts, weights, bounds = self._texts, self._weights, self._bounds
        rows: dict[int, tuple[array[float], float]] = {}
        squares = [0.0] * self._size
        for k in range(len(bounds) - 1):
            a, b = bounds[k], bounds[k + 1]
            if b - a > self._common:
                row = array("f", bytes(4 * self._size))
                for i in range(a, b):
                    row[texts[i]] = weights[i]
                    squares[texts[i]] += weights[i] * weights[i]
                rows[k] = (row, max(weights[a:b]))
        return rows, min(weights) if len(weights) else 0.0, [math.sqrt(x) for x in squares]

    def similar(self, text: str) -> tuple[Any, Any]:
        """Return the texts whose cosine with ``text`` reaches MIN_SIMILARITY (indices) and those cosines.

        numpy arrays, or lists when the index is ``plain``.
        """
        low, high = self._range
        counts: dict[str, int] = {}  # trigrams(text), as a plain dict: the n-grams in their order of appearance
        get = counts.get
        for w, c in Counter(text.split()).items():
            for g in _word_grams(w, low, high):
                counts[g] = get(g, 0) + c
        if not counts or not self._size:
            return self._empty()
        number, idf, unknown = self._grams.get, self._idf, self._unknown_idf
        vec = [(k := number(g), (_LOG1P[c] if c < _LOGGED else 1.0 + math.log(c)) * (unknown if k is None else idf[k]))
               for g, c in counts.items()]
        norm = math.sqrt(math.fsum([v * v for _, v in vec])) or 1.0
        bounds = self._bounds
        if self.plain:
            plain = [(k, a, b, v / norm) for k, v in vec if k is not None and (a := bounds[k]) < (b := bounds[k + 1])]
            if not plain:
                return [], []
            return self._similar_plain(plain, array("f", [q for _, _, _, q in plain]))
        hits = [(a, b, v / norm) for k, v in vec if k is not None and (a := bounds[k]) < (b := bounds[k + 1])]
        if not hits:
            return self._empty()
        texts, weights = self._texts, self._weights
        all_ids = np.concatenate([texts[a:b] for a, b, _ in hits])
        all_vals = np.concatenate([weights[a:b] * np.float32(q) for a, b, q in hits])
        sims = np.bincount(all_ids, weights=all_vals, minlength=self._size)
        keep = np.flatnonzero(sims >= MIN_SIMILARITY)
        return keep.astype(np.intp), np.minimum(sims[keep], 1.0)

    def _empty(self) -> tuple[Any, Any]:
        if self.plain:
            return [], []
        return np.empty(0, dtype=np.intp), np.empty(0, dtype=np.float64)

    def _similar_plain(self, hits: list[tuple[int, int, int, float]], weights: array[float]) -> tuple[Any, Any]:
        """Add up each n-gram's products with the query's (``weights``, float32), in the n-grams' order.

        ``hits`` are the n-grams (number, slice of the postings, weight). float32 times float32 is exact in a double;
        storing the products as float32 rounds them as numpy's product does, and each text's sum is taken in the
        same order as numpy's ``bincount``, or in another order when that cannot change a bit (see ``_EXACT_FROM``):
        the n-grams found in most texts are then added last, and only for the texts that the others bring close
        enough to MIN_SIMILARITY for them to reach it. Those add at most their largest weights times the query's,
        and (Cauchy-Schwarz) at most the text's norm over the common n-grams times the query's over those it has.
        """
        texts, vals = self._texts, self._weights
        (rows, least, norms), common = self._rows, self._common
        later = [(k, q) for (k, a, b, _), q in zip(hits, weights, strict=True) if b - a > common]
        if later and least * min(weights) >= _EXACT_FROM:
            hits_now = [(a, b) for _, a, b, _ in hits if b - a <= common]
            weights = array("f", [q for (_, a, b, _), q in zip(hits, weights, strict=True) if b - a <= common])
        else:
            hits_now, later = [(a, b) for _, a, b, _ in hits], []
        products = array("f", [v * q for (a, b), q in zip(hits_now, weights, strict=True) for v in vals[a:b]])
        sims = [0.0] * self._size
        for i, p in zip(chain.from_iterable([texts[a:b] for a, b in hits_now]), products, strict=True):
            sims[i] += p
        if later:  # each text near enough: its products with the common n-grams, added up at once (exact sums)
            bound = math.fsum([q * rows[k][1] for k, q in later]) * (1.0 + 2.0 ** -20)  # above any rounding up
            reach = math.sqrt(math.fsum([q * q for _, q in later])) * (1.0 + 2.0 ** -20)
            pairs = [(rows[k][0], q) for k, q in later]
            for i in [i for i, (s, x) in enumerate(zip(sims, norms, strict=True))
                      if s + min(bound, reach * x) >= MIN_SIMILARITY]:
                sims[i] += sum(array("f", [row[i] * q for row, q in pairs]))
        keep = [i for i, s in enumerate(sims) if s >= MIN_SIMILARITY]
        return keep, [min(sims[i], 1.0) for i in keep]


def _cells(texts: list[str], low: int, high: int, extra: list[str] | None, extra_weight: float,
           vocab: dict[str, int]) -> tuple[list[int], list[int], list[float]]:
    """Return the (text, n-gram, count) cells of ``texts`` (``extra`` added at ``extra_weight``), one by one."""
    cut: dict[str, tuple[str, ...]] = {}
    grams: list[Counter[str]] = [trigrams(t, low, high, cut) for t in texts]
    if extra is not None and extra_weight > 0.0:
        for g, more in zip(grams, extra, strict=True):
            for k, c in trigrams(more, low, high, cut).items():
                g[k] += extra_weight * c  # type: ignore[assignment]
    rows: list[int] = []
    cols: list[int] = []
    counts: list[float] = []
    for i, g in enumerate(grams):
        for k, c in g.items():
            rows.append(i)
            cols.append(vocab.setdefault(k, len(vocab)))
            counts.append(c)
    return rows, cols, counts


#: Texts whose cells are worked out at once by _cell_arrays (bounds its temporary arrays).
CHUNK = 100


def _cell_arrays(texts: list[str], low: int, high: int,
                 vocab: dict[str, int]) -> list[tuple[Any, Any, Any] | None]:
    """Return the cells _cells returns, in the same order, as numpy arrays, CHUNK texts a chunk.

    Each distinct word is cut once. Each text's (word, count) pairs are expanded into the word's n-grams with
    numpy, and repeated n-grams of a text summed (counts are whole numbers, so the order of adding them cannot
    matter). Each chunk is kept in the smallest integer types that hold it (texts int32; n-grams and counts
    often 16 and 8 bits): a few bytes a cell instead of 16.
    """
    words: dict[str, int] = {}
    t_idx, w_idx, w_cnt = array("i"), array("i"), array("i")
    for i, t in enumerate(texts):
        counted = Counter(t.split())
        t_idx.extend(repeat(i, len(counted)))
        w_idx.extend([words.setdefault(w, len(words)) for w in counted])
        w_cnt.extend(counted.values())
    flat = array("i")
    lengths = array("i")
    for w in words:
        ids = [vocab.setdefault(g, len(vocab)) for g in _cut(w, low, high)]
        flat.extend(ids)
        lengths.append(len(ids))
    gram_ids = np.frombuffer(flat, dtype=np.int32) if flat else np.empty(0, dtype=np.int32)
    length = np.frombuffer(lengths, dtype=np.int32) if lengths else np.empty(0, dtype=np.int32)
    start = np.cumsum(length) - length
    text = np.frombuffer(t_idx, dtype=np.int32) if t_idx else np.empty(0, dtype=np.int32)
    word = np.frombuffer(w_idx, dtype=np.int32) if w_idx else np.empty(0, dtype=np.int32)
    count = np.frombuffer(w_cnt, dtype=np.int32) if w_cnt else np.empty(0, dtype=np.int32)
    width = max(len(vocab), 1)
    gram_type = np.min_scalar_type(width - 1)
    chunks: list[tuple[Any, Any, Any] | None] = []
    bounds = np.searchsorted(text, np.arange(0, len(texts) + CHUNK, CHUNK)) if len(text) else np.zeros(1, np.intp)
    for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        if a == b:
            continue
        lens = length[word[a:b]]
        total = int(lens.sum())
        offsets = np.arange(total) - np.repeat(np.cumsum(lens) - lens, lens)
        gram = gram_ids[np.repeat(start[word[a:b]], lens) + offsets].astype(np.int64)
        row = np.repeat(text[a:b], lens).astype(np.int64)
        key = (row - int(text[a])) * width + gram  # text-major, as the cells are wanted
        order = np.argsort(key, kind="stable")  # a cell's first appearance leads its run of equal keys
        sorted_key = key[order]
        first = np.flatnonzero(np.r_[True, sorted_key[1:] != sorted_key[:-1]])
        sums = np.add.reduceat(np.repeat(count[a:b], lens)[order], first)
        appear = order[first]
        back = np.argsort(appear)  # back to the order of first appearance (distinct places: no ties to keep)
        cells = appear[back]
        sums = sums[back]
        chunks.append((row[cells].astype(np.int32), gram[cells].astype(gram_type),
                       sums.astype(np.min_scalar_type(int(sums.max())))))
    return chunks
