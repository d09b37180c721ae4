"""Fuzzy search over every question and alternate, which knows when it does not know.

Plain ``WRatio`` scores anything that shares a word with the knowledge base at about 85, so
"how often should I change my car's oil" looks as good as "how often should I massage".  This
index scores meaning-bearing words, and keeps a spelling-robust view beside them:

1. At load, every phrasing is reduced to the set of its content stems (stop words dropped,
   everyday synonyms mapped to the knowledge base's words).  Each stem weighs its IDF times how
   specific the word is in English, so "effleurage" counts for more than "back", and "time" or
   "long" cannot pick an entry on their own.  Each phrasing is also a TF-IDF vector of the
   character trigrams of its content words (:mod:`bot.search.ngrams`).
2. A message is read the same way: chat spellings written out ("wat r u"), then each word the
   knowledge base does not know is corrected when a knowledge-base word is likelier
   (:mod:`bot.search.spelling`); a word still unknown keeps a high weight, so an off-topic word
   pulls the score down instead of being ignored (lay words, "waist", "niggle", are read first: :mod:`bot.search.lay`).
3. An entry's word score is the Tversky similarity of the message's weighted stems with its best
   phrasing; its character score is the cosine of the character 2-4-grams of the message's content
   words with all its phrasings' pooled (:mod:`bot.search.ngrams`).  The blend is multiplied by the gate:
   how much of the message the domain vocabulary covers.  There "back" and "massage" weigh as domain
   evidence however many entries use them; beside them, with nothing of another domain, an unknown word
   is the person's context and weighs less, as do the commonest English words and the words of a story
   ("my mum", "at the weekend"); a word of another domain, "the car's oil", weighs double against it
   (:mod:`bot.search.domain`).  A message without a back-care word at all scores less.
4. A long message is also scored sentence by sentence, a sentence that asks weighing most; two
   sentences that confidently ask for two different entries give two answers.
5. A message that is exactly one of the phrasings ("who are you") is that entry.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any, cast

from bot.knowledge import Entry, KnowledgeBase
from bot.search import idioms, parts
from bot.search.domain import (
    ANIMALS,
    CONTEXT,
    OFF_DOMAIN,
    SUBJECT_CUES,
    TIMES,
    complaining,
    off_domain,
    patients,
    standing,
)
from bot.search.lay import LAY_WORDS, heard
from bot.search.lazynp import np
from bot.search.ngrams import NgramIndex
from bot.search.spelling import REAL_WORD_SLIPS, Correction, Speller, zipf
from bot.text import ANCHORS, CHAT_WORDS, STOP_WORDS, expand_chat, senses, stem, words

#: The stems of the back's body: beside one of these, a common word the knowledge base lacks is cheap.
BODY = frozenset(stem(w) for w in "back backs spine shoulder shoulders neck blade blades tailbone hip hips buttock "
                 "bum muscle muscles rib ribs lumbar".split())
#: Words that say the message is about backs and self-massage however common they are ("back", "massage"): in
#: the gate they weigh at least ``anchor_weight`` times a word the knowledge base lacks, since their low IDF
#: (they fit many entries) says nothing about whether the message is on topic.
#: Words with a common other sense ("paint roller", "knead the dough", "a DVD disc") are left out.
DOMAIN = BODY | frozenset(stem(w) for w in "massage massaging rub rubbing effleurage sciatica sciatic spasm spasms "
                          "posture lumbar vertebra vertebrae".split())
#: A tool named in full ("a foam roller", "a spiky ball") says the message is about self-massage as surely as a word
#: of the back: "roller" or "ball" alone has other senses (a paint roller, a football).  "Tennis ball" is left out:
#: its other sense (the game, a dog's toy, a walker's feet) is as common.
TOOL_NAMES = frozenset({("foam", "roller"), ("foam", "rollers"), ("spiky", "ball"), ("spiky", "balls"),
                        ("massage", "ball"), ("massage", "balls")})
#: How a back feels when something is wrong with it: beside a word of the back's body, as sure as a second one.
COMPLAINTS = frozenset(stem(w) for w in "pain hurt ache sore stiff tight tense twinge spasm cramp locked seized "
                       "strain strained tweak tweaked pulled wrecked killing knot knots".split())
#: A message of stop words only that holds a small-talk phrasing and at most NEAR_EXACT_MORE more words is that
#: entry, at this score ("what can you do for me", "what sort of stuff can you do"); longer ones are not looked at.
NEAR_EXACT = 80.0
NEAR_EXACT_WORDS = 8
NEAR_EXACT_MORE = 4
#: At most this many content words of a message are scored (a 10,000-character line is cut).
MAX_QUERY_WORDS = 48
#: Entries ranked for each part of a message, and how many of the best phrasings are searched for them.
RANKED = 8
#: Up to this many phrasings the index is kept in Python lists and scored without numpy (as fast at this size,
#: and 15 MB less at rest); above it, as numpy arrays. Both give the same scores to the bit.
PLAIN_PHRASINGS = 5000
#: On the plain path, the stems in more than this share of the phrasings ("massage", "back"; at most COMMON_STEMS
#: of them) are scored per entry and group of phrasings rather than phrasing by phrasing (see _rank_plain).
COMMON_SHARE = 0.125
#: A knowledge-base word at least this common in English ("take", "time", "long") does not by itself say what a
#: message asks.
SPECIFIC_ZIPF = 5.5
#: Words that ask whether massage is safe: beside a condition or a story, what that condition's entry answers,
#: so by themselves they ask nothing specific.
WHETHER_SAFE = frozenset(stem(w) for w in "safe safely safety dangerous danger risk risky harm harmful wise bad "
                         "alright allowed ok okay".split())
#: ... unless it follows one of these, as "how long" and "what time" do.
_QUESTION = frozenset("how what which".split())
COMMON_STEMS = 4
#: A whole message covered less than this by back-care words, with a word of another domain in it, is about that
#: domain: a sentence of it with no back-care word does not answer for it ("... plant tulip bulbs. When is the right
#: time?").
WEAK_WHOLE = 0.3


@dataclass(frozen=True)
class Match:
    """An entry and how well a message matched it (0-100)."""

    entry: Entry
    score: float


@dataclass(frozen=True)
class SearchResult:
    """The confident answer, if any, close runners-up for "did you mean", and a second question's answer."""

    best: Match | None
    alternatives: tuple[Match, ...]
    also: tuple[Match, ...] = ()


class Search:
    """One message scored by :meth:`SearchIndex.search`: its answer for any ``limit``, and its reading."""

    __slots__ = ("_index", "_ranked", "_result", "_scored", "text")

    def __init__(self, index: SearchIndex, text: str, result: SearchResult | None,
                 scored: list[PartScore] | None = None, ranked: list[Ranked] | None = None) -> None:
        self._index, self.text, self._result, self._scored, self._ranked = index, text, result, scored, ranked

    def result(self, limit: int = 3) -> SearchResult:
        """Return :meth:`SearchIndex.find`'s answer with ``limit`` alternatives at most."""
        if self._result is not None:
            return self._result
        assert self._scored is not None and self._ranked is not None
        return self._index._result(self.text, self._scored, self._ranked, limit)

    @property
    def reading(self) -> Reading:
        """Return the whole message's reading: :meth:`SearchIndex.read` of it (made now for an exact phrasing)."""
        return self._index.read(self.text) if self._scored is None else self._scored[0].reading


@dataclass(frozen=True)
class Reading:
    """A message as the index reads it: its words after chat spellings and typos, and its content stems."""

    words: tuple[str, ...]
    stems: tuple[str, ...]
    corrections: tuple[Correction, ...]


@dataclass(frozen=True)
class Ranked:
    """One entry's best phrasing for a part of a message: the blended score and what it is made of."""

    entry_id: str
    score: float
    words: float  # the word (Tversky) similarity, 0-100
    chars: float  # the character-trigram cosine, 0-100
    covered: float  # the share of the message's back-care word weight that the phrasing has (0-1)


@dataclass
class PartScore:
    """How one sentence of a message (or the whole of it) scored: the gate and the best entries."""

    text: str
    asks: bool
    reading: Reading
    coverage: float
    anchor: float
    ranked: list[Ranked] = field(default_factory=list)
    #: For ``--explain``: the stems that marked another domain, and the back's or massage's words among them.
    cues: frozenset[str] = frozenset()
    domain: frozenset[str] = frozenset()
    #: Cue words not counted against an entry whose phrasing has them beside the same neighbour ("olive oil"),
    #: by entry id, with the gate that entry gets: (cues excused, coverage, anchor).
    excused: dict[str, tuple[frozenset[str], float, float]] = field(default_factory=dict)


class SearchIndex:
    """Every phrasing of every entry, preprocessed once, scored against a message on demand."""

    def __init__(self, kb: KnowledgeBase, *, match_cutoff: float = 40.0, suggest_cutoff: float = 30.0,
                 margin: float = 4.0, confident: float = 55.0, coverage_power: float = 1.5,
                 missing_cost: float = 0.7, extra_cost: float = 0.3, no_anchor_factor: float = 0.8,
                 char_weight: float = 0.5, statement_weight: float = 0.9, sentences: bool = True,
                 unknown_factor: float = 1.0, cue_factor: float = 2.0, char_scale: float = 3.0,
                 answer_weight: float = 0.0, char_low: int = 2, char_high: int = 4, char_smalltalk: bool = False,
                 char_mode: str = "blend",
                 relative_margin: float = 0.2, cover_lead: float = 0.15, common_factor: float = 0.2,
                 common_zipf: float = 6.0, lay: bool = True, common_needs_body: bool = False, common_from: float = 5.0,
                 anchor_weight: float = 1.0, lenient: float = 0.5, two_answers: bool = True,
                 both_fit: float = 80.0, context_factor: float = 0.3, excuse_pairs: bool = True,
                 smalltalk_domain: bool = True, sentence_smalltalk: bool = True,
                 statement_defers: bool = True, complaint_sure: bool = True, lead_confident: float = 45.0) -> None:
        self.kb = kb
        self.match_cutoff = match_cutoff
        self.suggest_cutoff = suggest_cutoff
        self.margin = margin
        self.confident = confident
        self.coverage_power = coverage_power
        self.missing_cost = missing_cost
        self.extra_cost = extra_cost
        self.no_anchor_factor = no_anchor_factor
        self.char_weight = char_weight
        self.statement_weight = statement_weight
        self.sentences = sentences
        self.unknown_factor = unknown_factor
        self.cue_factor = cue_factor
        self.char_scale = char_scale
        self._char_settings = (char_low, char_high, answer_weight)
        self.char_smalltalk = char_smalltalk
        self.char_mode = char_mode
        self.relative_margin = relative_margin
        self.cover_lead = cover_lead
        self.common_factor = common_factor
        self.common_zipf = common_zipf
        self.common_from = common_from
        self.common_needs_body = common_needs_body
        self.anchor_weight = anchor_weight
        self.lenient = lenient
        self.two_answers = two_answers
        self.both_fit = both_fit
        self.context_factor = context_factor
        self.excuse_pairs = excuse_pairs
        self.smalltalk_domain = smalltalk_domain
        self.sentence_smalltalk = sentence_smalltalk
        self.statement_defers = statement_defers
        self.complaint_sure = complaint_sure
        self.lead_confident = lead_confident

        # Built entry by entry, each entry's temporaries dropped before the next: at 100,000 phrasings a structure
        # made for the whole knowledge base and converted at the end would hold tens of MB more at once.
        self._entry_stems: dict[str, frozenset[str]] = {}  # the stems of each entry's phrasings
        df: dict[str, int] = defaultdict(int)  # how many entries have each stem
        raw: list[tuple[Entry, tuple[str, ...]]] = []  # each phrasing's entry and distinct stems, sorted
        phrase_words: set[str] = set()
        answer_words: set[str] = set()
        answer_stems: set[str] = set()
        pairs: set[tuple[str, str]] = set()
        # Two stems side by side (in order) -> the entries whose phrasings have them, in the knowledge base's order: a
        # tuple shared by all the pairs of one entry, a list while more entries are added.
        neighbours: dict[tuple[str, str], tuple[str, ...] | list[str]] = {}
        content_words: dict[str, None] = {}  # the phrasings' content words, in the order they first come
        self._exact: dict[str, Entry] = {}
        ngram_texts: list[str] = []  # each entry's phrasings' content words pooled, for the entries with stems
        ngram_answers: list[str] = []  # and its answer's
        answer_content: dict[str, str] = {}  # answer -> its content words, joined
        canon: dict[str, str] = {}  # one string per distinct word, shared by the sets and word pairs kept below
        chat_free = CHAT_WORDS.keys().isdisjoint  # then expand_chat() would return the same words
        for entry in kb.entries.values():
            pooled: list[str] = []  # the entry's content words, chat spellings written out
            stems_here: set[str] = set()
            sides: set[tuple[str, str]] = set()
            for phrasing in entry.phrasings:
                ws = [canon.setdefault(w, w) for w in words(phrasing)]  # normalised once per phrasing
                chat = senses(ws if chat_free(ws) else expand_chat(ws))  # most phrasings have no chat spelling
                self._exact.setdefault(" ".join(chat), entry)
                idiomatic = idioms.read(chat)
                if chat == ws:  # most phrasings: no chat spelling nor a word read in another sense, so read once
                    content = [w for w in idiomatic if w not in STOP_WORDS]
                    chat_content = [w for w in content if not w.isdigit()]  # as _content(idiomatic)
                else:
                    chat_content = _content(idiomatic)
                    content = [w for w in idioms.read(ws) if w not in STOP_WORDS]
                pooled += chat_content
                pairs.update(zip(ws, ws[1:], strict=False))
                seq = [stem(w) for w in chat_content]
                sides.update(zip(seq, seq[1:], strict=False))  # put in order once per entry, below
                # A tuple: a third of a frozenset's memory. The same words as chat_content have its stems.
                stems = tuple(sorted(set(seq) if chat == ws and len(content) == len(chat_content)
                                     else {stem(w) for w in content}))
                content_words.update(dict.fromkeys(content))
                if stems:
                    raw.append((entry, stems))
                    stems_here.update(stems)
                phrase_words.update(ws)
            if entry.answer not in answer_content:  # many entries may share an answer: each is read once
                aws = [canon.setdefault(w, w) for w in _content(words(entry.answer))]
                answer_content[entry.answer] = " ".join(aws)
                answer_words.update(aws)
                answer_stems.update(stem(w) for w in aws)
            one = (entry.id,)
            for side in {(a, b) if a <= b else (b, a) for a, b in sides}:
                had = neighbours.get(side)
                if had is None:
                    neighbours[side] = one
                elif isinstance(had, tuple):
                    neighbours[side] = [*had, entry.id]
                else:
                    had.append(entry.id)
            if stems_here:
                self._entry_stems[entry.id] = frozenset(stems_here)
                for s in stems_here:
                    df[s] += 1
                ngram_texts.append(" ".join(pooled))
                ngram_answers.append(answer_content[entry.answer])
        del canon
        for side, had in neighbours.items():
            if not isinstance(had, tuple):
                neighbours[side] = tuple(had)  # in place: each list is dropped as its tuple is made
        #: Tuples, not frozensets: a pair of stems is 56 bytes, a frozenset of two 216.
        self._neighbours = cast(dict[tuple[str, str], tuple[str, ...]], neighbours)
        del neighbours

        # Each stem's most common surface word, for how specific it is: the first of the commonest in English.
        surface: dict[str, str] = {}
        for w in content_words:
            s = stem(w)
            if s not in surface or (zipf(w) or 0.0) > (zipf(surface[s]) or 0.0):
                surface[s] = w
        del content_words
        n_entries = max(len(self._entry_stems), 1)
        #: Stems in a quarter of the entries or more ("massage", "back"): a sentence of only these asks nothing.
        self._generic = frozenset(s for s, d in df.items() if d >= n_entries / 4)
        #: Stems that can say what a message asks: known to an entry other than small talk, and not generic.
        self._specific = frozenset(s for entry_id, entry_set in self._entry_stems.items()
                                   if not kb.entries[entry_id].is_smalltalk
                                   for s in entry_set if s not in self._generic)
        self._idf = {s: math.log(1.0 + n_entries / d) * _specificity(surface.get(s, s)) for s, d in df.items()}
        #: Weight of a word the phrasings never use: as rare as the rarest word.
        self._unknown_weight = math.log(1.0 + n_entries)
        #: Words found only in answers are on-topic but weaker evidence than a phrasing's word.
        self._answer_only = answer_stems - set(self._idf)

        postings: dict[str, list[int]] = defaultdict(list)
        for i, (_, stems) in enumerate(raw):
            for s in stems:
                postings[s].append(i)
        # Scoring runs on arrays (each stem's phrasings; each phrasing's weight and kind), so a message
        # costs a few vectorised passes rather than a Python loop over every phrasing sharing a word.
        self._plain = len(raw) <= PLAIN_PHRASINGS
        array = list if self._plain else np.array
        self._postings = {s: array(ids) for s, ids in postings.items()}
        del postings
        # Sum in a fixed order, so a phrasing's weight (and so every tie) is the same in every process.
        self._phrase_weights = array([math.fsum(self._idf[s] for s in stems) for _, stems in raw])
        self._phrase_smalltalk = array([e.is_smalltalk for e, _ in raw])
        self._entry_ids = list(dict.fromkeys(e.id for e, _ in raw))
        self._position = position = {entry_id: n for n, entry_id in enumerate(self._entry_ids)}
        self._phrase_entries = array([position[e.id] for e, _ in raw])
        del raw
        if self._plain:
            self._group_common()
        # Each entry's phrasings pooled, with its answer at a lower weight, as one character n-gram vector (scoring
        # by the best phrasing, or the best group of 1-16, lost on the dev part: docs/quality.md). The texts are
        # kept only until the vectors are made (at once, unless the character score is off).
        self._entry_smalltalk = array([kb.entries[entry_id].is_smalltalk for entry_id in self._entry_ids])
        self._smalltalk_positions = [k for k, entry_id in enumerate(self._entry_ids)
                                     if kb.entries[entry_id].is_smalltalk]
        self._ngram_index: NgramIndex | None = None
        self._ngram_source: tuple[list[str], list[str]] | None = (ngram_texts, ngram_answers)
        del ngram_texts, ngram_answers, answer_content
        if char_weight > 0.0:
            self._ngrams()

        #: Small talk's phrasings as sets of words, for a message of stop words around one ("who are you then").
        self._smalltalk_keys = [(key, frozenset(key.split()), entry) for key, entry in self._exact.items()
                                if entry.is_smalltalk]
        #: Lay words read as the knowledge base's, when it does not use them itself and knows what they mean.
        self._lay = {w: meant for w, meant in LAY_WORDS.items() if lay and w not in phrase_words
                     and all(stem(m) in self._idf for m in meant.split() if m not in STOP_WORDS)}
        self._speller = Speller(phrase_words, answer_words, STOP_WORDS, pairs)
        self._known_words = self._speller.known  # the phrasings', the answers' and the stop words
        # An animal is the subject only where it is what is massaged (domain.patients: the whole message refused).
        self._subject_cues = frozenset(stem(w) for w in SUBJECT_CUES - ANIMALS)

    def _group_common(self) -> None:
        """Group the phrasings by entry and by which of the commonest stems they have, lightest first.

        A phrasing that shares only common stems with a message has the same intersection as every other phrasing
        of its group, so the lightest of them scores highest: _rank_plain scores that one, not all of them.
        """
        n = len(self._phrase_weights)
        common = sorted((s for s, ids in self._postings.items() if len(ids) > COMMON_SHARE * n),
                        key=lambda s: (-len(self._postings[s]), s))[:COMMON_STEMS]
        self._common_bits = {s: 1 << b for b, s in enumerate(common)}
        masks = [0] * n
        for s, bit in self._common_bits.items():
            for i in self._postings[s]:
                masks[i] |= bit
        self._phrase_common = bytes(masks)
        groups: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i, m in enumerate(masks):
            if m:
                groups[(m, self._phrase_entries[i])].append(i)
        weights = self._phrase_weights
        self._common_groups: dict[int, list[tuple[int, tuple[int, ...]]]] = {}
        for (m, e), ids in sorted(groups.items()):
            self._common_groups.setdefault(m, []).append((e, tuple(sorted(ids, key=lambda i: (weights[i], i)))))
        #: For each set of common stems a message may have (a mask), the groups merged by what they share with it:
        #: made on first use (see :meth:`_merged`).
        self._merged_groups: list[tuple[tuple[int, tuple[tuple[int, ...], ...]], ...] | None] = \
            [None] * (1 << len(common))

    def _merged(self, mask: int) -> tuple[tuple[int, tuple[tuple[int, ...], ...]], ...]:
        """Return, for a message with the common stems of ``mask``, each intersection with it (a mask) and each
        entry's phrasings that share exactly those common stems with the message, lightest first.

        The phrasings of one entry whose common stems differ but meet the message's in the same ones have the same
        intersection with it (when they have none of its rarer stems), so only the lightest of them can score
        highest: one group per entry and intersection, not per entry and set of common stems.
        """
        merged = self._merged_groups[mask]
        if merged is None:
            weights = self._phrase_weights
            by_sub: dict[int, dict[int, list[int]]] = {}
            for m, members in self._common_groups.items():
                sub = m & mask
                if sub:
                    entries = by_sub.setdefault(sub, {})
                    for e, group in members:
                        entries.setdefault(e, []).extend(group)
            merged = self._merged_groups[mask] = tuple(
                (sub, tuple(tuple(sorted(ids, key=lambda i: (weights[i], i))) for _, ids in sorted(entries.items())))
                for sub, entries in sorted(by_sub.items()))
        return merged

    def _ngrams(self) -> NgramIndex:
        if self._ngram_index is None:
            assert self._ngram_source is not None  # kept until the vectors are made
            (texts, answers), self._ngram_source = self._ngram_source, None
            low, high, answer_weight = self._char_settings
            self._ngram_index = NgramIndex(texts, low=low, high=high, extra=answers, extra_weight=answer_weight,
                                           plain=self._plain)
        return self._ngram_index

    # --- preprocessing a message ---------------------------------------------------------

    def read(self, text: str, *, person: bool | None = None) -> Reading:
        """Return the words of a message after chat spellings and typo correction, and its content stems.

        ``person`` says whether the whole message names a person (for a sentence of it: "her back" is someone
        else's); by default, whether ``text`` does.
        """
        chat = idioms.CHAT
        ws = [m for w in senses(heard(expand_chat(words(text))[: MAX_QUERY_WORDS * 4]))
              for m in (chat[w] if w in chat else self._lay.get(w, w)).split()]
        fixed: list[str] = []
        corrections: list[Correction] = []
        stems: list[str] = []
        speller, idf, answer_only, known = self._speller, self._idf, self._answer_only, self._known_words
        last = len(ws) - 1
        for i, w in enumerate(ws):
            if w in STOP_WORDS or w.isdigit():
                fixed.append(w)
                continue
            s = stem(w)
            found = None
            # A word of another domain or of a person's story is never read as a back-care word.
            if w not in OFF_DOMAIN and w not in CONTEXT:
                before, after = ws[i - 1] if i else "", ws[i + 1] if i < last else ""
                if w in REAL_WORD_SLIPS and not _messages_someone(ws, i):
                    found = speller.slip(w, before, after)
                if found is None and s not in idf and s not in answer_only and w not in known:
                    found = speller.correct(w, before, after)
            if found is not None:
                corrections.append(found)
                w = found.meant
            fixed.append(w)
        fixed = idioms.good_for_you(idioms.long_lasting(idioms.read(fixed, person=person)))
        for w in fixed:
            if w not in STOP_WORDS and not w.isdigit() and (s := stem(w)) not in stems and len(stems) < MAX_QUERY_WORDS:
                stems.append(s)
        return Reading(tuple(fixed), tuple(stems), tuple(corrections))

    def specific_stems(self, text: str) -> frozenset[str]:
        """Return the stems of ``text`` that say what it asks beyond a back and massaging it ("gun", "often").

        "can I still massage my back" has none; "can I use a massage gun" has "gun".  A word among the commonest
        of English, or one that many entries share, counts only after a question word ("how long"): "i take ..."
        asks nothing about time.
        """
        ws = self.read(text).words
        out = set()
        for i, w in enumerate(ws):
            s = stem(w)
            after_question = bool(_QUESTION & set(ws[max(i - 2, 0): i]))
            if (s in self._specific and (zipf(w) or 0.0) < SPECIFIC_ZIPF) or (
                    after_question and s in self._idf and s not in DOMAIN):  # "how long", "how often"
                out.add(s)
        return frozenset(out)

    def entry_stems(self, entry_id: str) -> frozenset[str]:
        """Return the content stems of an entry's phrasings (empty for an unknown entry)."""
        return self._entry_stems.get(entry_id, frozenset())

    def query_stems(self, text: str) -> list[str]:
        """Return the content stems of a message, typos corrected against the vocabulary."""
        return list(self.read(text).stems)

    def _weight(self, s: str, cues: frozenset[str] = frozenset(), z: float | None = None,
                body: bool = True, context: bool = False) -> tuple[float, float]:
        """Return a stem's weight in the gate and how far it counts as a back-care word (0-1)."""
        if s in cues:  # a word of another domain, or "back" in "the back seat"
            return self._unknown_weight * self.cue_factor, 0.0
        if s in self._idf:
            return self._idf[s], 1.0
        if s in self._answer_only:
            return self._unknown_weight * 0.5, 0.5
        factor = self._commonness(z) if body else 1.0
        if context:  # "my mum", "at the weekend": the person's story, not the subject
            factor = min(factor, self.context_factor)
        return self._unknown_weight * self.unknown_factor * factor, 0.0

    def _coverage(self, stems: tuple[str, ...], weights: list[tuple[float, float]], cues: frozenset[str],
                  tools: frozenset[str] = frozenset(), doing: bool = False,
                  stands: frozenset[str] = frozenset(), owned: frozenset[str] = frozenset()) -> float:
        """Return the share of the message's weight that is back-care vocabulary (0-1), the gate.

        A word of the back or of massage ("back", "massage") is domain evidence however many entries use it,
        so it weighs at least ``anchor_weight`` times an unknown word.  Beside one, with nothing of another
        domain, a word the knowledge base lacks is most likely the person's context ("a gimmick", "early for
        xmas") and weighs ``lenient``; beside two ("my back ... massage it"), so does a cue word ("shea
        butter", "like kneading bread"), which otherwise weighs ``cue_factor`` times an unknown word; except a cue
        that ``stands`` as the subject (:func:`bot.search.domain.standing`: "my horse's shoulder").
        """
        domain = {s for s in stems if s in DOMAIN and s in self._idf and s not in cues}
        if not cues:  # "a foam roller for the paint": the paint's roller
            domain |= {s for s in stems if s in tools and s in self._idf}
        sure = len(domain) >= 2 or (self.complaint_sure and bool(domain & BODY) and not cues & self._subject_cues
                                    and any(s in COMPLAINTS for s in stems))
        # "my back is sore" (the back's body and a complaint) is as sure as two such words: a cue word in the
        # person's story ("reaching up to the top shelf") weighs little, unless it stays the subject (SUBJECT_CUES).
        # Doing "it" ("can I do it sat on a stool") speaks of the massage as a back-care word would.
        lenient = self.lenient if sure or ((domain or doing) and not cues) else 1.0
        if domain & BODY and any(s in COMPLAINTS for s in stems):
            # "my knee hurts and my lower back is sore": the back is a subject too; not an animal's own complaint
            # ("my pony has a stiff back": its back is the stiff one)
            stands &= owned
        floor = self.anchor_weight * self._unknown_weight
        total = known = 0.0
        for s, (w, share) in zip(stems, weights, strict=True):
            if s == _SOMEONE_ELSE:  # whose back it is says nothing about whether the message is about backs
                continue
            if s in domain:
                w = max(w, floor)
            elif share == 0.0 and s not in stands:  # "my horse's shoulder" is the horse's, however sure
                w *= lenient / self.cue_factor if sure and s in cues else lenient
            total += w
            known += w * share
        return known / total if total else 0.0

    def _gate(self, stems: tuple[str, ...], cues: frozenset[str], zipfs: dict[str, float | None],
              context: frozenset[str], tools: frozenset[str] = frozenset(),
              doing: bool = False, stands: frozenset[str] = frozenset(),
              owned: frozenset[str] = frozenset()) -> tuple[float, float, float]:
        """Return the gate of a message with these cue words: its coverage, anchor factor and back-care weight."""
        # An unknown word among the commonest of English ("said", "through") is near a function word and weighs
        # little; a rarer one ("marathon", "bowline") keeps its full weight against the message.
        body = not self.common_needs_body or any(s in BODY and s not in cues for s in stems)
        weights = [self._weight(s, cues, zipfs.get(s), body, s in context) for s in stems]
        known_total = sum(w * known for w, known in weights)
        coverage = self._coverage(stems, weights, cues, tools, doing, stands & cues, owned & cues)
        # A message with no back-care word at all ("how many weeks are in a year") is weak evidence; to a back-care
        # bot, doing "it" ("is twice a day too much to do it") is the massage.
        anchor = 1.0 if any(s in ANCHORS and s not in cues for s in stems) or (doing and not cues) \
            else self.no_anchor_factor
        if anchor < 1.0 and stems and all(s in _TIME_STEMS for s in stems):
            # Only the times of a story ("how many weeks are there in a year"): weaker still.
            anchor *= self.no_anchor_factor
        return coverage, anchor, known_total

    def _excused(self, ws: tuple[str, ...], cues: frozenset[str]) -> list[tuple[str, str]]:
        """Return (entry id, cue stem) for each cue word that a phrasing of the entry has beside the same neighbour.

        "olive oil from the kitchen" is how the oils entry is asked, not cooking: its "olive" does not count
        against that entry (it still does against every other).
        """
        if not cues or not self.excuse_pairs:
            return []
        seq = [stem(w) for w in _content(list(ws))]
        out = []
        for i, s in enumerate(seq):
            if s not in cues:
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(seq):
                    t = seq[j]
                    out += [(entry_id, s) for entry_id in self._neighbours.get((s, t) if s <= t else (t, s), ())]
        return out

    def _excused_factors(self, part: PartScore) -> list[tuple[int, float]]:
        """Return (entry position, its gate factor) for the entries some cue word is excused for."""
        return [(self._position[entry_id], 100.0 * coverage ** self.coverage_power * anchor)
                for entry_id, (_, coverage, anchor) in part.excused.items() if entry_id in self._position]

    def _commonness(self, z: float | None) -> float:
        """Return how much an unknown word weighs against a message: less the more common it is in English.

        A common word ("yesterday", "roommate" aside) says little about the topic; a rare one ("bowline")
        marks a subject the knowledge base does not cover.
        """
        if self.common_factor >= 1.0:
            return 1.0
        if z is None:
            return 1.0
        # Full weight at common_from and below, common_factor at common_zipf and above, linear between.
        t = min(1.0, max(0.0, (z - self.common_from) / max(self.common_zipf - self.common_from, 0.1)))
        return 1.0 - t * (1.0 - self.common_factor)

    # --- scoring ---------------------------------------------------------------------------

    def _score_part(self, text: str, asks: bool, *, with_chars: bool = False, cutoff: float | None = None,
                    person: bool | None = None) -> PartScore:
        """Return the gate of ``text`` and its entries ranked by the blended score (0-100).

        With ``cutoff``, a part whose entries all score below it whatever their characters (so nothing of it can
        count) is ranked on its words alone: its scores are then lower than they would be, and still below it.
        """
        reading = self.read(text, person=person)
        stems = reading.stems
        if not stems:
            return PartScore(text, asks, reading, 0.0, 0.0)
        # A story's imagery and setting ("stiff as a board", "getting out of the car") are not what it is about.
        figurative = idioms.story_words(reading.words)
        at = [i for i in off_domain(list(reading.words)) if i not in figurative]
        # A word read in another sense at one place keeps its own at another ("getting back into the gym after my
        # back went", "my blood pressure is fine, how much pressure should I use"), and "back" beside sciatica or a
        # massage is the body's ("easing back into running after sciatica").
        sensed = {stem(w) for w in (reading.words[i] for i in at) if w not in OFF_DOMAIN and w not in SUBJECT_CUES}
        kept = {s for s in sensed if any(stem(w) == s and i not in at for i, w in enumerate(reading.words))}
        if _BACK in sensed and any(s in DOMAIN and s != _BACK for s in stems):
            kept.add(_BACK)
        if kept:
            at = [i for i in at if stem(reading.words[i]) not in kept]
        cues = frozenset(c for c in (stem(reading.words[i]) for i in at) if c in stems)
        zipfs = {stem(w): zipf(w) for w in reading.words}
        context = frozenset(stem(w) for i, w in enumerate(reading.words)
                            if w in CONTEXT or _STORY_NUMBER.fullmatch(w) or i in figurative
                            or _named_rub(reading.words, i))
        tools = frozenset(stem(b) for a, b in pairwise(reading.words) if (a, b) in TOOL_NAMES)
        doing = _does_it(reading.words)
        stands = frozenset(stem(reading.words[i]) for i in standing(reading.words, at))
        owned = frozenset(stem(reading.words[i]) for i in complaining(reading.words, at))
        coverage, anchor, known_total = self._gate(stems, cues, zipfs, context, tools, doing, stands, owned)
        domain = frozenset(s for s in stems if s in DOMAIN and s in self._idf and s not in cues)
        part = PartScore(text, asks, reading, coverage, anchor, cues=cues, domain=domain)
        by_entry: dict[str, set[str]] = defaultdict(set)
        # Only a word of another domain is excused beside its neighbour ("olive oil"); a word read in its other
        # sense by its neighbours ("back up my laptop") is not.
        lexical = frozenset(stem(reading.words[i]) for i in at if reading.words[i] in OFF_DOMAIN)
        for entry_id, cue in self._excused(reading.words, cues & lexical):
            by_entry[entry_id].add(cue)
        gates: dict[frozenset[str], tuple[float, float]] = {}
        for entry_id, excused in by_entry.items():
            key = frozenset(excused)
            if key not in gates:
                gates[key] = self._gate(stems, cues - key, zipfs, context, tools, doing, stands, owned)[:2]
            part.excused[entry_id] = (key, *gates[key])
        if self._plain:
            return self._rank_plain(part, known_total, with_chars=with_chars, cutoff=cutoff)
        shared = np.zeros(len(self._phrase_weights), dtype=np.float64)
        for s in stems:
            w = self._idf.get(s)
            if w is not None:  # a stem's postings are distinct, so this adds w once to each of its phrasings
                shared[self._postings[s]] += w
        n_entries = len(self._entry_ids)
        entry_word = np.zeros(n_entries, dtype=np.float64)
        entry_cover = np.zeros(n_entries, dtype=np.float64)
        ids = np.flatnonzero(shared > 0.0)
        if len(ids):
            inter = shared[ids]
            missing = np.maximum(self._phrase_weights[ids] - inter, 0.0)  # words of the phrasing the message lacks
            extra = np.maximum(known_total - inter, 0.0)  # back-care words of the message the phrasing lacks
            with np.errstate(invalid="ignore", divide="ignore"):
                word_sim = np.where(
                    self._phrase_smalltalk[ids],  # "thanks" matches "thanks!", not "thanks, how often should I massage"
                    inter / (inter + missing + extra),
                    inter / (inter + self.missing_cost * missing + self.extra_cost * extra),  # Tversky
                )
            word_sim = np.nan_to_num(word_sim)
            # Each entry scores as its best phrasing; its cover is the most of the message any phrasing has.
            phrase_entries = self._phrase_entries[ids]
            np.maximum.at(entry_word, phrase_entries, word_sim)
            if known_total:
                np.maximum.at(entry_cover, phrase_entries, np.minimum(inter / known_total, 1.0))
        entry_char = np.zeros(n_entries, dtype=np.float64)
        if self.char_weight > 0.0 or with_chars:
            query = " ".join(_content(list(reading.words)))
            char_ids, char_sims = self._ngrams().similar(query)
            entry_char[char_ids] = np.minimum(char_sims * self.char_scale, 1.0)  # one vector per entry
        if self.char_mode == "max":
            blend = np.maximum(entry_word, self.char_weight * entry_char)
        else:
            blend = (1.0 - self.char_weight) * entry_word + self.char_weight * entry_char
        if not self.char_smalltalk:  # small talk is matched by its words: "thanks" is not "thanks, how often ..."
            blend[self._entry_smalltalk] = entry_word[self._entry_smalltalk]
            for k in self._smalltalk_positions:
                blend[k] *= self._smalltalk_factor(part, known_total, k)
        scores = 100.0 * coverage ** self.coverage_power * anchor * blend
        for k, factor in self._excused_factors(part):
            scores[k] = factor * blend[k]
        hit = np.flatnonzero(scores > 0.0)
        if not len(hit):
            return part
        if len(hit) > RANKED:
            hit = hit[np.argpartition(-scores[hit], RANKED - 1)[:RANKED]]
        for k in hit[np.lexsort((hit, -scores[hit]))]:  # by score, ties by entry
            part.ranked.append(Ranked(self._entry_ids[k], float(scores[k]), 100.0 * float(entry_word[k]),
                                      100.0 * float(entry_char[k]), float(entry_cover[k])))
        return part

    def _rank_plain(self, part: PartScore, known_total: float, *, with_chars: bool,
                    cutoff: float | None = None) -> PartScore:
        """Rank the entries for ``part`` as _score_part does, on Python lists (a small index): the same floats.

        A phrasing's intersection with the message is its stems' weights added in the message's order, as the
        numpy path adds them. Only the phrasings with a rarer stem of the message are scored one by one; of those
        that share only the commonest stems ("massage", "back") with it, each entry's lightest of those with the same
        intersection is scored (:meth:`_merged`; the same intersection and a lighter phrasing score at least as high,
        to the bit).
        """
        idf, bits, postings = self._idf, self._common_bits, self._postings
        order: list[tuple[float, int, Any]] = []  # (weight, common bit or 0, postings) in the message's order
        mask = 0
        rare: set[int] = set()
        for s in part.reading.stems:
            w = idf.get(s)
            if w is None:
                continue
            bit = bits.get(s, 0)
            mask |= bit
            order.append((w, bit, postings[s]))
            if not bit:
                rare.update(postings[s])
        shared = dict.fromkeys(rare, 0.0)  # 0.0 + w is w: as the sum that starts from the first stem
        if rare:
            common = self._phrase_common
            for w, bit, ids in order:
                if bit:
                    for i in rare:
                        if common[i] & bit:
                            shared[i] += w
                else:
                    for i in ids:
                        shared[i] += w
        candidates = list(shared.items())
        if mask:
            for sub, groups in self._merged(mask):
                inter = 0.0
                for w, bit, _ in order:
                    if bit & sub:
                        inter += w
                for group in groups:
                    for i in group:
                        if i not in rare:
                            candidates.append((i, inter))
                            break
        n_entries = len(self._entry_ids)
        entry_word = [0.0] * n_entries
        most = [0.0] * n_entries  # each entry's largest intersection: its cover is that over known_total
        weights, smalltalk, entries = self._phrase_weights, self._phrase_smalltalk, self._phrase_entries
        missing_cost, extra_cost = self.missing_cost, self.extra_cost
        for i, inter in candidates:  # comparisons rather than max() and min(): this loop is the hot one
            if inter <= 0.0:
                continue
            missing = weights[i] - inter
            missing = missing if missing > 0.0 else 0.0
            extra = known_total - inter
            extra = extra if extra > 0.0 else 0.0
            if smalltalk[i]:
                word_sim = inter / (inter + missing + extra)
            else:
                word_sim = inter / (inter + missing_cost * missing + extra_cost * extra)
            e = entries[i]
            if word_sim > entry_word[e]:
                entry_word[e] = word_sim
            if inter > most[e]:
                most[e] = inter
        # A division by the same number keeps the order of what it divides (rounded or not), and so does the cap at
        # 1: the largest intersection's cover is the largest cover, to the bit.
        entry_cover = [(c if (c := m / known_total) < 1.0 else 1.0) if m else 0.0 for m in most] if known_total \
            else [0.0] * n_entries
        entry_char = [0.0] * n_entries
        factor = 100.0 * part.coverage ** self.coverage_power * part.anchor
        excused = self._excused_factors(part)
        if with_chars or (self.char_weight > 0.0 and (cutoff is None or cutoff <= self._char_bound(
                entry_word, factor, excused))):
            char_ids, char_sims = self._ngrams().similar(" ".join(_content(list(part.reading.words))))
            for k, sim in zip(char_ids, char_sims, strict=True):  # one vector per entry
                entry_char[k] = min(sim * self.char_scale, 1.0)
        # An entry with neither a word nor a character in common scores 0 and is not ranked: only the others count.
        char_weight, keep_word = self.char_weight, not self.char_smalltalk
        blend: dict[int, float] = {}
        for k in range(n_entries):
            if not (entry_word[k] > 0.0 or entry_char[k] > 0.0):
                continue
            w = entry_word[k]
            if keep_word and self._entry_smalltalk[k]:
                blend[k] = w * self._smalltalk_factor(part, known_total, k)
            elif self.char_mode == "max":
                blend[k] = max(w, char_weight * entry_char[k])
            else:
                blend[k] = (1.0 - char_weight) * w + char_weight * entry_char[k]
        scores = {k: factor * b for k, b in blend.items()}
        for k, own in excused:
            if k in blend:
                scores[k] = own * blend[k]
        hit = sorted([(-v, k) for k, v in scores.items() if v > 0.0])[:RANKED]  # by score, ties by entry
        for _, k in hit:
            part.ranked.append(Ranked(self._entry_ids[k], scores[k], 100.0 * entry_word[k], 100.0 * entry_char[k],
                                      entry_cover[k]))
        return part

    def _smalltalk_factor(self, part: PartScore, known_total: float, k: int) -> float:
        """Return how far small talk's word score stands beside the back's or massage's words in the message.

        "is a back massage alright?" is not a greeting: in small talk's Tversky score the message's domain words
        weigh as much as a word it lacks (``anchor_weight`` times an unknown word), not their low IDF.
        """
        if not self.smalltalk_domain or not part.domain:
            return 1.0
        floor = self.anchor_weight * self._unknown_weight
        own = self._entry_stems.get(self._entry_ids[k], frozenset())
        excess = math.fsum(max(floor - self._idf[s], 0.0) for s in sorted(part.domain) if s not in own)
        return known_total / (known_total + excess) if known_total + excess > 0.0 else 1.0

    def _char_bound(self, entry_word: list[float], factor: float, excused: list[tuple[int, float]]) -> float:
        """Return the most any entry could score with the best character score (1.0), as _rank_plain works it out.

        A score is its gate factor times the blend, and the blend grows with the character score, rounding
        included: no entry's real score is above this.
        """
        char_weight, smalltalk = self.char_weight, self._entry_smalltalk if not self.char_smalltalk else None
        if self.char_mode == "max":
            blends = [max(w, char_weight * 1.0) for w in entry_word]
        else:
            blends = [(1.0 - char_weight) * w + char_weight * 1.0 for w in entry_word]
        if smalltalk is not None:
            blends = [w if small else b for b, w, small in zip(blends, entry_word, smalltalk, strict=True)]
        most = factor * max(blends, default=0.0)  # a larger blend never scores less
        for k, own in excused:
            most = max(most, own * blends[k])
        return most

    def score_parts(self, text: str, *, with_chars: bool = False) -> list[PartScore]:
        """Return the whole message's scores, then each sentence's when it has more than one.

        ``with_chars`` computes the character score even when it does not count (for ``--explain``).
        """
        return self._scored(text, with_chars=with_chars)

    def _scored(self, text: str, *, with_chars: bool = False, for_find: bool = False) -> list[PartScore]:
        """Return score_parts(text); ``for_find`` skips the characters of parts that cannot count in find().

        In find() only the whole message's entries that reach ``suggest_cutoff`` count, and only a sentence whose
        top entry reaches ``match_cutoff``.
        """
        pieces = parts.split(text)
        whole = self._score_part(text, any(parts.asks(text, p) for p in pieces) or "?" in text, with_chars=with_chars,
                                 cutoff=self.suggest_cutoff if for_find else None)
        if len(pieces) <= 1 or not self.sentences:
            return [whole]
        cutoff = self.match_cutoff if for_find else None
        person = idioms.names_a_person(whole.reading.words)
        return [whole, *(self._score_part(p, parts.asks(text, p), with_chars=with_chars, cutoff=cutoff, person=person)
                         for p in pieces)]

    def is_exact(self, text: str) -> bool:
        """Return whether ``text`` is one of the phrasings as it is."""
        return _exact_key(text) in self._exact

    def find(self, text: str, *, limit: int = 3) -> SearchResult:
        """Return the entry that answers ``text`` with confidence, or close alternatives, or nothing."""
        return self.search(text).result(limit)

    def search(self, text: str) -> Search:
        """Score ``text`` once: :meth:`Search.result` is then :meth:`find`'s answer for any ``limit``, and
        :attr:`Search.reading` the whole message's reading (:meth:`read`), without scoring or reading it again.

        Nothing is kept in the index: a caller holds the search for one message (settings may change between two).
        """
        exact = self._exact.get(_exact_key(text))
        if exact is not None:
            return Search(self, text, SearchResult(Match(exact, 100.0), ()))
        scored = self._scored(text, for_find=True)
        if patients(scored[0].reading.words):
            # An animal's back or a baby's massage ("my horse has a bad back. Can I massage it?") is nothing the
            # knowledge base is for, in any sentence of the message.
            return Search(self, text, SearchResult(None, ()), scored)
        if not scored[0].reading.stems and (near := self._near_exact(scored[0].reading.words)) is not None:
            return Search(self, text, SearchResult(Match(near, NEAR_EXACT), ()), scored)
        combined: dict[str, Ranked] = {}
        for n, part in enumerate(scored):
            part_ranked = part.ranked
            if n and part.domain and self.sentence_smalltalk:
                # A sentence about the back or massage is not small talk ("he asked me to massage it for him").
                part_ranked = [r for r in part_ranked if not self.kb.entries[r.entry_id].is_smalltalk]
            # A sentence adds to the whole message's scores only when it points at one entry by itself:
            # "massage ok?" or "is back massage allowed?" after a story fits a dozen entries and says nothing.
            if n and (not self._clear(part_ranked, strict=True)
                      or set(part.reading.stems) <= self._generic | WHETHER_SAFE):
                continue
            if n and not part.domain and scored[0].cues - part.cues and (
                    scored[0].coverage < WEAK_WHOLE or not scored[0].domain and scored[0].anchor < 1.0
                    and part_ranked and not self.kb.entries[part_ranked[0].entry_id].is_smalltalk):
                # "I should like to plant tulip bulbs. When is the right time?": a sentence with no back-care word
                # of its own asks about what the others name, another domain's thing; so does one when nothing in
                # the message is of back care ("I'd like to learn the backstroke. Where do I begin?").
                continue
            if n == 0 or part.asks:  # r.score * 1.0 is r.score: the part's own Ranked is the one combined
                for r in part_ranked:
                    if r.entry_id not in combined or r.score > combined[r.entry_id].score:
                        combined[r.entry_id] = r
                continue
            if self.statement_defers and self._clear(scored[0].ranked):
                continue  # the whole message is clear by itself: a statement in it does not pull it elsewhere
            factor = self.statement_weight
            for r in part_ranked:
                if r.entry_id not in combined or r.score * factor > combined[r.entry_id].score:
                    combined[r.entry_id] = replace(r, score=r.score * factor)
        # A tie goes to the phrasing nearer in its letters ("ok ta, that's grand": "ta" is in "ta-ra" too, and the
        # thanks' phrasings are the closer), then to the id, so the order never depends on the dict's.
        ranked = sorted((r for r in combined.values() if r.score >= self.suggest_cutoff),
                        key=lambda r: (-r.score, -r.chars, r.entry_id))
        if not ranked:
            return Search(self, text, SearchResult(None, ()), scored)
        if _questions(text) and any(r.score >= self.match_cutoff and not self._social(r.entry_id) for r in ranked):
            # A question that an entry answers is not a greeting or a goodbye ("is it best done at night?" is not
            # "night night"): those are no plausible reading of it.
            ranked = [r for r in ranked if not self._social(r.entry_id)]
        return Search(self, text, None, scored, ranked)

    def _result(self, text: str, scored: list[PartScore], ranked: list[Ranked], limit: int) -> SearchResult:
        """Return find()'s answer from the message's parts and its entries ranked (at least one)."""
        shown = ranked[: max(limit + 1, 2)]  # two at least: a message may get two answers
        matches = [Match(self.kb.entries[r.entry_id], round(min(r.score, 100.0), 1)) for r in shown]
        if len(ranked) > 1 and self._social(ranked[0].entry_id) and self._social(ranked[1].entry_id):
            return SearchResult(matches[0], ())  # "ok cheers, bye": thanks or goodbye, either is a fine reply
        if not self._clear(ranked, one_word=len(scored[0].reading.stems) <= 1):
            if self.two_answers and self._complementary(ranked, scored[0].reading):
                # "kneading my lower back?": two strong entries that each answer a different part of it.
                return SearchResult(matches[0], tuple(matches[2: limit + 1]), (matches[1],))
            return SearchResult(None, tuple(matches[:limit]))
        top = matches[0]
        return SearchResult(top, tuple(matches[1: limit + 1]), self._second(scored[1:], top))

    def _social(self, entry_id: str) -> bool:
        """Return whether an entry is a greeting, thanks or goodbye: small talk that asks nothing ("Hello")."""
        entry = self.kb.entries[entry_id]
        return entry.is_smalltalk and not entry.question.rstrip().endswith("?")

    def _near_exact(self, ws: tuple[str, ...]) -> Entry | None:
        """Return the small-talk entry a message of stop words only is, give or take a few words ("what can you do")."""
        if not ws or len(ws) > NEAR_EXACT_WORDS:
            return None
        have = set(ws)
        fits = [(len(key), key, entry) for key, key_words, entry in self._smalltalk_keys
                if len(ws) - len(key_words) <= NEAR_EXACT_MORE and key_words <= have]
        return max(fits, key=lambda f: (f[0], f[1]))[2] if fits else None

    def _clear(self, ranked: list[Ranked], *, strict: bool = False, one_word: bool = False) -> bool:
        """Return whether the top entry should be answered rather than offered among others.

        It must reach the cutoff and lead the next entry: by a wide margin when both fit the same words of
        the message (a real ambiguity), by a small one when the top entry fits more of them.
        """
        if not ranked or ranked[0].score < self.match_cutoff:
            return False
        top = ranked[0]
        second = ranked[1] if len(ranked) > 1 else None
        gap = top.score - (second.score if second else 0.0)
        if strict or second is None or second.score < self.match_cutoff:
            return gap >= self.margin if strict else top.score >= self.match_cutoff
        if one_word and second.covered >= top.covered - 0.05:
            # One content word that several entries read alike ("warm up"): a real ambiguity.
            return gap >= max(self.margin, self.relative_margin * top.score)
        if top.covered >= second.covered + self.cover_lead:
            # The top entry fits clearly more of the message's words: the runner-up is not a plausible reading
            # (``lead_confident`` rather than ``confident``: "sat in the car for hours and my back is killing me").
            return top.score >= self.lead_confident or gap >= self.margin
        return gap >= self.margin or (top.score >= self.confident and gap >= self.margin / 3
                                      and top.covered >= second.covered)

    def _complementary(self, ranked: list[Ranked], reading: Reading) -> bool:
        """Return whether the top two entries both fit and each answers a part of the message the other does not.

        Then the message asks about both ("can I use kneading on my lower back?"), not one of two.  Both must be
        confident and clear of a third; either fits as well as a phrasing of its own would (``both_fit``), or each
        has words of the message the other lacks.  An "or" between their words offers a choice ("massage or
        rest?"): that is for the person to pick, so it stays "did you mean".
        """
        if len(ranked) < 2 or ranked[1].score < self.confident:
            return False
        third = ranked[2].score if len(ranked) > 2 else 0.0
        if ranked[1].score - third < self.margin:  # a third as close: a vague message, not two questions
            return False
        message = set(reading.stems)
        first = self._entry_stems.get(ranked[0].entry_id, frozenset()) & message
        second = self._entry_stems.get(ranked[1].entry_id, frozenset()) & message
        first, second = first - second, second - first
        stems = [stem(w) for w in reading.words]
        at = [i for i, s in enumerate(stems) if s in first or s in second]
        if at and "or" in reading.words[min(at): max(at) + 1]:
            return False
        return ranked[1].score >= self.both_fit or (bool(first - self._generic) and bool(second - self._generic))

    def _second(self, pieces: list[PartScore], top: Match) -> tuple[Match, ...]:
        """Return the answer to a second question in another sentence, when one asks for another entry."""
        if len(pieces) < 2:
            return ()
        main = next((p for p in pieces if p.ranked and p.ranked[0].entry_id == top.entry.id), None)
        for part in pieces:
            if part is main or not part.ranked or not (part.asks or len(words(part.text)) <= 3):
                continue
            first = part.ranked[0]
            entry = self.kb.entries[first.entry_id]
            if (first.entry_id != top.entry.id and not entry.is_smalltalk and first.score >= self.confident
                    and self._clear(part.ranked)):
                return (Match(entry, round(min(first.score, 100.0), 1)),)
        return ()


_SOMEONE_ELSE = stem(idioms.SOMEONE_ELSE)
_TIME_STEMS = frozenset(stem(w) for w in TIMES)
_BACK = stem("back")
#: A clock time, an age, a weight or a count with its unit ("3pm", "84yo", "20kg", "2nd"): part of a person's story.
_STORY_NUMBER = re.compile(r"\d+(?:am|pm|h|hr|hrs|yo|y|yr|yrs|kg|kgs|lb|lbs|st|nd|rd|th|s|k|km|mi|ft|m|min|mins)")


_QUESTION_WORDS = frozenset("how what when where which why who whose can could should is are am do does did will would "
                            "shall may might must".split())


_DO = frozenset("do doing did done".split())
#: What is rubbed on: the word before one of these is its name or brand ("mahanarayan oil", "kokum butter cream").
_RUBBED_ON = frozenset("oil oils balm balms cream creams gel gels liniment".split())


def _named_rub(ws: tuple[str, ...], i: int) -> bool:
    """Return whether the word at ``i`` names an oil or a cream by the word after it (not "engine oil": a cue)."""
    return i + 1 < len(ws) and ws[i + 1] in _RUBBED_ON and ws[i] not in OFF_DOMAIN and ws[i] not in STOP_WORDS


def _does_it(ws: tuple[str, ...]) -> bool:
    """Return whether words speak of doing "it" or "this" ("been doing it twice a day", "can I do this standing")."""
    return any(w in _DO and nxt in ("it", "this") for w, nxt in pairwise(ws))


def _messages_someone(ws: list[str], i: int) -> bool:
    """Return whether "message" at ``i`` is sent to a person ("message my mum and tell her"), not a massage of their
    back ("message my mums back" is the slip)."""
    if ws[i] not in ("message", "messages", "messaging"):
        return False
    j = i + 1 + (i + 1 < len(ws) and ws[i + 1] in ("my", "your", "his", "her", "our"))
    return j < len(ws) and ws[j] in CONTEXT and (j + 1 == len(ws) or stem(ws[j + 1]) not in BODY)


def _questions(text: str) -> bool:
    """Return whether ``text`` is a question: it has a question mark or starts with a question word."""
    ws = words(text[:80])
    return "?" in text or bool(ws and ws[0] in _QUESTION_WORDS)


def _content(ws: list[str]) -> list[str]:
    """Return the content words of ``ws`` (stop words and numbers dropped), as the character score reads them."""
    return [w for w in ws if w not in STOP_WORDS and not w.isdigit()]


def _exact_key(text: str) -> str:
    """Return the form in which a message is looked up among the phrasings as it is ("what can u do")."""
    return " ".join(expand_chat(words(text)))


def _specificity(word: str) -> float:
    """Return how much a word says about a topic, from how common it is in English (0.35-1)."""
    z = zipf(word)
    if z is None:
        return 1.0
    return min(1.0, max(0.35, (7.0 - z) / 2.5))
