"""Fuzzy search over every question and alternate, which knows when it does not know.

Plain ``WRatio`` scores anything that shares a word with the knowledge base at about 85, so
"how often should I change my car's oil" looks as good as "how often should I massage".  This
index scores meaning-bearing words instead:

1. At load, every phrasing is reduced to the set of its content stems (stop words dropped,
   everyday synonyms mapped to the knowledge base's words) and each stem gets an IDF weight, so
   "effleurage" counts for more than "back".
2. A message is reduced the same way; a word the knowledge base does not know is first corrected
   against its vocabulary with ``rapidfuzz`` (typos), and if it is still unknown it keeps a high
   weight, so an off-topic word pulls the score down instead of being ignored.
3. The score of a phrasing is the Tversky similarity of the two weighted stem sets (a word of the
   phrasing that the message lacks costs more than an extra word of the message), multiplied by
   how much of the message the domain vocabulary covers.  An entry scores as its best phrasing.
4. A message that is exactly one of the phrasings ("who are you") is that entry, even when all its
   words are stop words.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.knowledge import Entry, KnowledgeBase
from bot.text import ANCHORS, STOP_WORDS, english_words, normalise, stem, words

#: At most this many content words of a message are scored (a 10,000-character line is cut).
MAX_QUERY_WORDS = 48


@dataclass(frozen=True)
class Match:
    """An entry and how well a message matched it (0-100)."""

    entry: Entry
    score: float


@dataclass(frozen=True)
class SearchResult:
    """The confident answer, if any, and the close runners-up for "did you mean"."""

    best: Match | None
    alternatives: tuple[Match, ...]

    @property
    def matched(self) -> bool:
        """Return whether an entry was found with confidence."""
        return self.best is not None


@dataclass(frozen=True)
class _Phrase:
    entry_id: str
    stems: frozenset[str]
    weight: float
    smalltalk: bool


class SearchIndex:
    """Every phrasing of every entry, preprocessed once, scored against a message on demand."""

    def __init__(self, kb: KnowledgeBase, *, match_cutoff: float = 40.0, suggest_cutoff: float = 30.0,
                 margin: float = 6.0, confident: float = 55.0, coverage_power: float = 1.5,
                 missing_cost: float = 0.7, extra_cost: float = 0.3, no_anchor_factor: float = 0.6) -> None:
        self.kb = kb
        self.match_cutoff = match_cutoff
        self.suggest_cutoff = suggest_cutoff
        self.margin = margin
        self.confident = confident
        self.coverage_power = coverage_power
        self.missing_cost = missing_cost
        self.extra_cost = extra_cost
        self.no_anchor_factor = no_anchor_factor

        entry_stems: dict[str, set[str]] = defaultdict(set)
        raw: list[tuple[Entry, frozenset[str]]] = []
        surface: set[str] = set()
        phrase_words: set[str] = set()
        answer_stems: set[str] = set()
        self._exact: dict[str, Entry] = {}
        for entry in kb.entries.values():
            for phrasing in entry.phrasings:
                self._exact.setdefault(normalise(phrasing), entry)
                ws = [w for w in words(phrasing) if w not in STOP_WORDS]
                stems = frozenset(stem(w) for w in ws)
                if stems:
                    raw.append((entry, stems))
                    entry_stems[entry.id] |= stems
                surface.update(ws)
                phrase_words.update(ws)
            answer_words = [w for w in words(entry.answer) if w not in STOP_WORDS and not w.isdigit()]
            surface.update(answer_words)
            answer_stems.update(stem(w) for w in answer_words)

        n_entries = max(len(entry_stems), 1)
        df: dict[str, int] = defaultdict(int)
        for stems in entry_stems.values():
            for s in stems:
                df[s] += 1
        self._idf = {s: math.log(1.0 + n_entries / d) for s, d in df.items()}
        #: Weight of a word the phrasings never use: as rare as the rarest word.
        self._unknown_weight = math.log(1.0 + n_entries)
        #: Words found only in answers are on-topic but weaker evidence than a phrasing's word.
        self._answer_only = answer_stems - set(self._idf)

        # Sum in a fixed order, so a phrasing's weight (and so every tie) is the same in every process.
        self._phrases = [_Phrase(e.id, stems, math.fsum(self._idf[s] for s in sorted(stems)), e.is_smalltalk)
                         for e, stems in raw]
        postings: dict[str, list[int]] = defaultdict(list)
        for i, phrase in enumerate(self._phrases):
            for s in phrase.stems:
                postings[s].append(i)
        # Scoring runs on arrays (each stem's phrasings; each phrasing's weight and kind), so a message
        # costs a few vectorised passes rather than a Python loop over every phrasing sharing a word.
        self._postings = {s: np.array(ids, dtype=np.intp) for s, ids in postings.items()}
        self._phrase_weights = np.array([p.weight for p in self._phrases], dtype=np.float64)
        self._phrase_smalltalk = np.array([p.smalltalk for p in self._phrases], dtype=bool)
        self._entry_ids = list(dict.fromkeys(p.entry_id for p in self._phrases))
        position = {entry_id: n for n, entry_id in enumerate(self._entry_ids)}
        self._phrase_entries = np.array([position[p.entry_id] for p in self._phrases], dtype=np.intp)

        self._known_words = frozenset(surface | STOP_WORDS)
        self._phrase_words = frozenset(phrase_words | STOP_WORDS)
        by_initial: dict[str, list[str]] = defaultdict(list)
        for w in sorted(self._known_words):
            by_initial[w[0]].append(w)
        self._by_initial = dict(by_initial)
        self._corrections: dict[str, str | None] = {}
        english_words()  # load the dictionary now (0.2 s) rather than on the first message with a typo

    # --- preprocessing a message ---------------------------------------------------------

    def _correct(self, word: str) -> str | None:
        """Return the known word that ``word`` is a typo of, or None."""
        if word in self._corrections:
            return self._corrections[word]
        fixed = None
        # A real English word is not a typo: "car" must not become "care", nor "paint" "pain".
        if len(word) >= 3 and not word.isdigit() and word not in english_words():
            candidates = self._by_initial.get(word[0], [])
            close = process.extract(word, candidates, scorer=fuzz.ratio, score_cutoff=75.0, limit=5)
            if close:
                # Among close words prefer the fewest typing slips, a swap counting as one ("lnog"
                # is "long", not "log"), then words people use in questions, then the closest spelling.
                fixed = min(close, key=lambda c: (OSA.distance(word, c[0]), c[0] not in self._phrase_words,
                                                  -c[1]))[0]
        if len(self._corrections) < 100_000:
            self._corrections[word] = fixed
        return fixed

    def query_stems(self, text: str) -> list[str]:
        """Return the content stems of a message, typos corrected against the vocabulary."""
        out: list[str] = []
        for w in words(text):
            if w in STOP_WORDS or w.isdigit():
                continue
            s = stem(w)
            if s not in self._idf and s not in self._answer_only and w not in self._known_words:
                fixed = self._correct(w)
                if fixed is not None:
                    if fixed in STOP_WORDS:
                        continue
                    s = stem(fixed)
            if s not in out:
                out.append(s)
            if len(out) >= MAX_QUERY_WORDS:
                break
        return out

    def _weight(self, s: str) -> tuple[float, float]:
        """Return a stem's weight and how far it counts as a back-care word (0-1)."""
        if s in self._idf:
            return self._idf[s], 1.0
        if s in self._answer_only:
            return self._unknown_weight * 0.5, 0.5
        return self._unknown_weight, 0.0

    # --- scoring ---------------------------------------------------------------------------

    def _phrase_scores(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Return the phrasings that share a word with ``text`` (their indices) and their scores (0-100)."""
        stems = self.query_stems(text)
        if not stems:
            return np.empty(0, dtype=np.intp), np.empty(0, dtype=np.float64)
        weights = [self._weight(s) for s in stems]
        total = sum(w for w, _ in weights)
        known_total = sum(w * known for w, known in weights)
        coverage = known_total / total
        shared = np.zeros(len(self._phrases), dtype=np.float64)
        for s in stems:
            w = self._idf.get(s)
            if w is not None:  # a stem's postings are distinct, so this adds w once to each of its phrasings
                shared[self._postings[s]] += w
        ids = np.flatnonzero(shared)  # every IDF weight is > 0
        inter = shared[ids]
        factor = coverage ** self.coverage_power
        # A message with no back-care word at all ("how many weeks are in a year") is weak evidence.
        anchor = 1.0 if any(s in ANCHORS for s in stems) else self.no_anchor_factor
        missing = np.maximum(self._phrase_weights[ids] - inter, 0.0)  # words of the phrasing the message lacks
        extra = np.maximum(known_total - inter, 0.0)  # back-care words of the message the phrasing lacks
        similarity = np.where(
            self._phrase_smalltalk[ids],  # "thanks" matches "thanks!", not "thanks, how often should I massage"
            inter / (inter + missing + extra),
            inter / (inter + self.missing_cost * missing + self.extra_cost * extra),  # Tversky: missing costs more
        )
        return ids, 100.0 * factor * anchor * similarity

    def find(self, text: str, *, limit: int = 3) -> SearchResult:
        """Return the entry that answers ``text`` with confidence, or close alternatives, or nothing."""
        exact = self._exact.get(normalise(text))
        if exact is not None:
            return SearchResult(Match(exact, 100.0), ())
        ids, scores = self._phrase_scores(text)
        keep = scores >= self.suggest_cutoff  # an entry below the cutoff is not even suggested
        best = np.zeros(len(self._entry_ids), dtype=np.float64)
        np.maximum.at(best, self._phrase_entries[ids[keep]], scores[keep])  # an entry scores as its best phrasing
        found = np.flatnonzero(best)
        if len(found) > limit + 1:  # only the first few are shown: keep them and any tied with the last
            floor = np.partition(best[found], -(limit + 1))[-(limit + 1)]
            found = found[best[found] >= floor]
        ranked = sorted(zip([self._entry_ids[n] for n in found.tolist()], best[found].tolist(), strict=True),
                        key=lambda kv: (-kv[1], kv[0]))
        if not ranked:
            return SearchResult(None, ())
        matches = [Match(self.kb.entries[eid], round(sc, 1)) for eid, sc in ranked[: limit + 1]]
        top = matches[0]
        runner_up = matches[1].score if len(matches) > 1 else 0.0
        gap = top.score - runner_up
        # A clear winner, or a strong one not tied with another entry ("back massage" is two topics).
        clear = gap >= self.margin or (top.score >= self.confident and gap >= self.margin / 3)
        if top.score >= self.match_cutoff and clear:
            return SearchResult(top, tuple(matches[1: limit + 1]))
        return SearchResult(None, tuple(matches[:limit]))
