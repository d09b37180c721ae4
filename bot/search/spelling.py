"""A typo corrector that weighs likelihood: how common a word is, how likely the slip, and the context.

A word is corrected to a knowledge-base word when the knowledge-base word, weighed by how common it
is in English (symspellpy's frequency list), boosted for the knowledge base's own vocabulary and for
forming one of its word pairs with a neighbour, and discounted by the cost of the slip (a key next to
the intended one, a swapped or doubled letter cost less), is more likely than the word as typed.
So "keg" becomes "leg" and "bak" "back", but "car" stays "car" and "paint" stays "paint".
"""

from __future__ import annotations

import importlib.util
import math
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot import memory

#: The rows of a QWERTY keyboard; a key's neighbours are the keys around it.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
#: Slips onto another real word that only the context gives away ("my lower bake"): read as the
#: knowledge-base word only when it then forms one of the knowledge base's word pairs with a neighbour.
REAL_WORD_SLIPS = {"bake": "back", "message": "massage", "messages": "massage", "messaging": "massaging",
                   "form": "foam", "pane": "pain", "mussels": "muscles", "sole": "sore", "bowl": "ball",
                   # and sound-alikes: "my back is soar", "foam role", "bad poster"
                   "soar": "sore", "role": "roll", "poster": "posture", "waste": "waist"}

#: Log10 odds against one slip of full cost (about one word in a hundred is mistyped that way).
SLIP_PENALTY = 3.0
#: Log10 boosts: a word of the knowledge base's phrasings, of its answers, or part of one of its word pairs.
PHRASE_BOOST = 1.5
ANSWER_BOOST = 0.5
PAIR_BOOST = 1.5
#: Log10 odds a correction must win by when what was typed is itself an English word and no neighbour makes
#: a phrase of the knowledge base with the correction: "sore loser" stays "loser" (not "lower"), while
#: "keg pain" reads "leg pain" and a slip onto a rare word ("bal" for "ball") is still read.
REAL_WORD_MARGIN = 0.5
#: A word at least this common in English (Zipf scale) is corrected only when a neighbour makes a knowledge-base
#: word pair with the correction: "fell" stays "fell", "fan" stays "fan".
COMMON_ZIPF = 4.0
#: The frequency (Zipf scale, log10 per billion words) assumed for a knowledge-base word English lacks.
UNLISTED_ZIPF = 3.0


def _neighbours() -> dict[str, frozenset[str]]:
    pos = {ch: (r, c + 0.5 * r) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}
    return {a: frozenset(b for b, (r2, c2) in pos.items() if b != a and abs(r - r2) <= 1 and abs(c - c2) <= 1.0)
            for a, (r, c) in pos.items()}


NEIGHBOURS = _neighbours()


def _sub_cost(a: str, b: str) -> float:
    if b in NEIGHBOURS.get(a, ()):
        return 0.7
    return 1.0


def _indel_cost(word: str, i: int) -> float:
    """Return the cost of inserting or deleting ``word[i]``: less when it doubles a neighbour, least at the end.

    A last letter held down is how chat stretches a word ("hii", "pleasee").
    """
    ch = word[i]
    if i == len(word) - 1 and i > 0 and word[i - 1] == ch:
        return 0.25
    if (i > 0 and word[i - 1] == ch) or (i + 1 < len(word) and word[i + 1] == ch):
        return 0.5
    return 1.0


def slip_cost(typed: str, meant: str) -> float:
    """Return a keyboard-aware edit distance: substitutions, insertions, deletions and swaps, weighted."""
    n, m = len(typed), len(meant)
    d = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        d[i][0] = d[i - 1][0] + _indel_cost(typed, i - 1)
    for j in range(1, m + 1):
        d[0][j] = d[0][j - 1] + _indel_cost(meant, j - 1)
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            a, b = typed[i - 1], meant[j - 1]
            best = min(d[i - 1][j] + _indel_cost(typed, i - 1), d[i][j - 1] + _indel_cost(meant, j - 1),
                       d[i - 1][j - 1] + (0.0 if a == b else _sub_cost(a, b)))
            if i > 1 and j > 1 and a == meant[j - 2] and typed[i - 2] == b and a != b:
                best = min(best, d[i - 2][j - 2] + 0.6)
            d[i][j] = best
    return d[n][m]


class WordFrequencies:
    """How common each English word is, kept compactly: sorted 64-bit word hashes beside Zipf values.

    82,765 words as a dict of strings would take about 25 MB; as two machine arrays they take about 0.8 MB
    (and need no numpy, which alone would add 15 MB at rest). The hashes are Python's own, so they are only
    compared within the process that made them.
    """

    def __init__(self, rows: Iterable[tuple[str, int]]) -> None:
        hashes, counts = array("q"), array("d")  # raw machine numbers: no Python object per word
        for word, count in rows:
            hashes.append(hash(word))
            counts.append(count)
        total = math.fsum(counts) or 1.0  # integers well below 2**53: exact, as any order of summing them
        order = sorted(range(len(hashes)), key=hashes.__getitem__)  # stable, as numpy's argsort(kind="stable")
        self._hashes = array("q", (hashes[i] for i in order))
        log_total = math.log10(total)
        # Zipf value times ten, rounded half to even: 7.0 for "the" is 70.
        self._zipf = array("h", (round((math.log10(max(counts[i], 1.0)) + 9.0 - log_total) * 10) for i in order))

    def __len__(self) -> int:
        return len(self._hashes)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.zipf(word) is not None

    def zipf(self, word: str) -> float | None:
        """Return the Zipf value of ``word`` (7 for "the", 3 for rare words), or None if it is not listed."""
        h = hash(word)
        i = bisect_left(self._hashes, h)
        if i < len(self._hashes) and self._hashes[i] == h:
            return self._zipf[i] / 10
        return None


def _rows() -> Iterator[tuple[str, int]]:
    # Found without importing symspellpy (only its data file is used): the package's import costs memory.
    spec = importlib.util.find_spec("symspellpy")
    folder = spec.submodule_search_locations if spec is not None else None
    if not folder:
        raise RuntimeError("symspellpy is not installed: run `make venv` (it ships the English word frequencies)")
    with (Path(next(iter(folder))) / "frequency_dictionary_en_82_765.txt").open(encoding="utf-8") as f:
        for line in f:  # line by line: the whole file as a list of strings would stay in the heap
            word, _, count = line.rstrip("\n").partition(" ")
            if count.isdigit():
                yield word, int(count)


@lru_cache(maxsize=1)
def english_words() -> WordFrequencies:
    """Return the English word frequencies (symspellpy's list, from Google Books n-grams), loaded once."""
    return WordFrequencies(_rows())


@memory.refilled
@lru_cache(maxsize=65536)
def zipf(word: str) -> float | None:
    """Return how common ``word`` is in English (Zipf scale: 7 for "the", 3 for rare words), or None."""
    return english_words().zipf(word)


@dataclass(frozen=True)
class Correction:
    """A word as typed, what it was read as, and the log10 odds that decided it."""

    typed: str
    meant: str
    odds: float


class WordPairs:
    """A set of word pairs (two words side by side in a phrasing) for ``in``, held as the pairs' sorted 64-bit
    hashes (Python's own of the tuple, as :class:`WordFrequencies` holds words): 8 bytes a pair, where a set of the
    tuples took about 160 (0.8 MB for the shipped knowledge base's 4,982 pairs, 0.04 MB so).

    A pair it lacks is taken for one it has only when their hashes are equal: about ``n / 2**64`` a look-up.
    """

    __slots__ = ("_hashes",)

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        self._hashes = array("q", sorted(set(map(hash, pairs))))

    def __len__(self) -> int:
        return len(self._hashes)

    def __contains__(self, pair: tuple[str, str]) -> bool:
        h = hash(pair)
        hashes = self._hashes
        i = bisect_left(hashes, h)
        return i < len(hashes) and hashes[i] == h


class Speller:
    """Correct the words of a message towards a vocabulary, weighing how likely each reading is."""

    def __init__(self, phrase_words: Iterable[str], answer_words: Iterable[str], stop_words: Iterable[str],
                 pairs: Iterable[tuple[str, str]]) -> None:
        self._phrase = frozenset(phrase_words)
        self._answer = frozenset(answer_words) - self._phrase
        self._stop = frozenset(stop_words)
        self._known = self._phrase | self._answer | self._stop
        self._pairs = pairs if isinstance(pairs, WordPairs) else WordPairs(pairs)
        self._choices = sorted(w for w in self._known if len(w) >= 2 and not w.isdigit())
        self._cache: dict[tuple[str, str, str], Correction | None] = {}
        #: Per typed word, what :meth:`_best` works out without its neighbours (a word comes between many).
        self._options: dict[str, tuple[float | None, tuple[tuple[str, float], ...]]] = {}

    @property
    def known(self) -> frozenset[str]:
        """Return every word left as it is: the phrasings', the answers' and the stop words."""
        return self._known

    def _prior(self, word: str) -> float:
        z = zipf(word)
        base = UNLISTED_ZIPF if z is None else z
        # The boost shrinks for common words: "take" is in the phrasings, but says little.
        specific = min(1.0, max(0.3, (7.0 - base) / 2.5))
        if word in self._phrase and word not in self._stop:
            return base + PHRASE_BOOST * specific
        return base + ANSWER_BOOST * specific if word in self._answer else base

    def slip(self, word: str, before: str = "", after: str = "") -> Correction | None:
        """Return the knowledge-base word that a real word stands for here ("lower bake"), or None."""
        meant = REAL_WORD_SLIPS.get(word)
        if meant is not None and ((before, meant) in self._pairs or (meant, after) in self._pairs):
            return Correction(word, meant, PAIR_BOOST)
        return None

    def correct(self, word: str, before: str = "", after: str = "") -> Correction | None:
        """Return the likelier reading of ``word`` between its neighbours, or None to keep it as typed."""
        if len(word) < 3 or word.isdigit() or word in self._known:
            return None
        key = (word, before, after)
        if key in self._cache:
            return self._cache[key]
        found = self._best(word, before, after)
        if len(self._cache) < 100_000:
            self._cache[key] = found
        return found

    def _choices_for(self, word: str) -> tuple[float | None, tuple[tuple[str, float], ...]]:
        """Return the typed word's own frequency (Zipf) and the words it may stand for, each with its odds before a
        neighbour is looked at, in rapidfuzz's order: the same for every pair of neighbours, so worked out once."""
        known = self._options.get(word)
        if known is not None:
            return known
        typed_zipf = zipf(word)
        if typed_zipf is None and len(word) > 4 and word.endswith("s"):
            typed_zipf = zipf(word[:-1])  # "womens", "nains": a possessive without its apostrophe, not a slip
        real = typed_zipf is not None
        limit = 1 if len(word) <= 4 else 2
        close = process.extract(word, self._choices, scorer=OSA.distance, score_cutoff=limit, limit=25)
        options: list[tuple[str, float]] = []
        for meant, _, _ in close:
            if real and meant in self._stop:
                continue  # "win" is not "in", "tie" not "the": a real word read as a stop word would just vanish
            cost = slip_cost(word, meant)
            if cost > (1.0 if len(word) <= 4 else 2.0):
                continue
            options.append((meant, self._prior(meant) - SLIP_PENALTY * cost))
        known = (typed_zipf, tuple(options))
        if len(self._options) < 100_000:
            self._options[word] = known
        return known

    def _best(self, word: str, before: str, after: str) -> Correction | None:
        typed_zipf, options = self._choices_for(word)
        real = typed_zipf is not None
        keep = typed_zipf if typed_zipf is not None else -math.inf
        best: Correction | None = None
        paired = False
        for meant, odds in options:
            pair = self._paired(meant, before, after, content_only=real)
            if pair:
                odds += PAIR_BOOST
            if best is None or odds > best.odds:
                best, paired = Correction(word, meant, odds), pair
        if best is None or best.odds <= keep:
            return None
        if real and (best.odds - keep <= REAL_WORD_MARGIN or keep >= COMMON_ZIPF) and not (
                paired and (keep < COMMON_ZIPF or best.odds - keep > REAL_WORD_MARGIN)):
            return None
        return Correction(word, best.meant, round(best.odds - (keep if keep > -math.inf else 0.0), 2))

    def _paired(self, meant: str, before: str, after: str, *, content_only: bool) -> bool:
        """Return whether ``meant`` forms one of the knowledge base's word pairs with a neighbour.

        For a word that is itself English, the neighbour must be a content word: "lower bake" is "lower back",
        but "the village hall on a Thursday" is not "ball on".
        """
        return (((before, meant) in self._pairs and not (content_only and before in self._stop))
                or ((meant, after) in self._pairs and not (content_only and after in self._stop)))
