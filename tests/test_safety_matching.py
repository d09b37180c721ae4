"""The triage's faster matching finds exactly what the patterns as written find (bot/safety/matching.py).

Two shortcuts, both only ever skipping work: a rule pattern runs only on a sentence holding the words it cannot
match without (:class:`Screen`), and a case-insensitive pattern matches lower-case ASCII text with its copy
compiled without the flag (:class:`Pattern`). Each is checked against the plain way on the development corpora and
on random text, and the word lists are checked on every match of every safety pattern.
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.safety import banks, clauses, durations, falls, flags, triage
from bot.safety.clauses import prepare
from bot.safety.matching import FOLD, Pattern, Screen, case_free, fold, needs, plain, possible
from tests.corpora import corpus

DATA = Path(__file__).resolve().parent / "data"
#: The development corpora (never the held-out parts).
DEV = ("queries_dev.yaml", "safety_dev.yaml", "safety_probes.yaml")
TEXTS = [item["text"] for name in DEV for item in corpus(DATA / name)]
ALL = "\n".join(TEXTS)

PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _compiled(p: object) -> re.Pattern[str]:
    return p.compiled if isinstance(p, Pattern) else p  # type: ignore[return-value]


def _safety_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Return every pattern the safety package compiles, by name, as compiled (not the faster copies)."""
    out = [(f"{f.id}#{i}", _compiled(p)) for f in flags.FLAGS for i, p in enumerate(f.patterns)]
    out += [(f"exclude:{k}", _compiled(p)) for k, p in flags.EXCLUDE.items()]
    for module in (flags, falls, triage, clauses, durations, banks):
        out += [(f"{module.__name__}.{k}", _compiled(v)) for k, v in vars(module).items()
                if isinstance(v, (re.Pattern, Pattern))]
    return out


PATTERNS = _safety_patterns()
#: The same, each with its faster copy.
FAST = [(name, p, Pattern(p)) for name, p in PATTERNS]
#: What a pattern is compiled from: a few are the same pattern under two names (``flags.CONDITIONS`` is
#: ``triage.CONDITIONS``), and match the same.
_KEYS = [(p.pattern, p.flags) for _, p, _ in FAST]


Found = list[tuple[tuple[int, int], tuple[str | None, ...]]]


@functools.cache
def _prepared_corpora() -> tuple[tuple[str, ...], str]:
    """Return the corpus messages prepared as the triage reads them: those that are lower-case ASCII (what the
    case-free copies match), one by one (each once: a message the corpora hold twice is matched alike), and the
    others as one text."""
    lows = list(map(prepare, TEXTS))
    return tuple(dict.fromkeys(low for low in lows if plain(low))), "\n".join(low for low in lows if not plain(low))


@functools.cache
def _fast_found() -> list[dict[int, Found]]:
    """Return each pattern's matches on each lower-case message of :func:`_prepared_corpora` by its faster copy (in
    :data:`FAST`'s order; by the message's position, where it matches), once a session: two tests read them
    (tests/scheduling.py runs both on one worker)."""
    lows, found = _prepared_corpora()[0], {}
    for (_, _, f), key in zip(FAST, _KEYS, strict=True):  # a pattern named twice (the same source) is matched once
        if key not in found:
            found[key] = {i: hits for i, low in enumerate(lows) if (hits := _found(f, low))}
    return [found[key] for key in _KEYS]



def _plain_rule_hits(low: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Every rule pattern's matches in a sentence, the plain way: each pattern as compiled, all of them."""
    return [(flag.id, m.start(), m.end()) for flag in flags.FLAGS for p in flag.patterns
            for m in p.finditer(low, start, end) if m.end() > m.start()]


def _sentences(low: str) -> list[tuple[int, int]]:
    return sorted({(c.sentence_start, c.sentence_start + len(c.sentence)) for c in clauses.clauses(low)})


def _same_rule_hits(text: str) -> None:
    low = prepare(text)
    folded = fold(low)
    for start, end in _sentences(low) or [(0, len(low))]:
        assert list(triage._rule_hits(low, folded, start, end)) == _plain_rule_hits(low, start, end)


# --- fold: one character for one, every case-insensitive match kept --------------------------------------------


def test_fold_maps_every_character_a_pattern_takes_for_ascii_onto_it() -> None:
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    folded = fold(everything)
    assert len(folded) == len(everything)  # offsets are kept
    for m in re.finditer(r"[\x00-\x7f]", everything, re.IGNORECASE):
        ch = m.group()
        assert folded[m.start()].isascii() and re.fullmatch(re.escape(folded[m.start()]), ch, re.IGNORECASE), ch
    for m in re.finditer(r"\d", everything):
        assert folded[m.start()] in "0123456789"
    assert all(len(v) == 1 for v in FOLD.values())  # type: ignore[arg-type]


def test_fold_of_ascii_is_lower_case() -> None:
    assert fold("My BACK hurts, 3 Weeks") == "my back hurts, 3 weeks"
    assert fold("\u0130stanbul \u212aelvin \u017fore, \u0663 days") == "istanbul kelvin sore, 3 days"


# --- needs: what every match holds ------------------------------------------------------------------------------


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\b(?:lost|no)\s+control\s+of\s+(?:my\s+)?(?:bladder|bowels?)\b",
     (("control",), ("bladder", "bowel"), ("of",))),
    (r"\bnumb\w*\s+(?:bum|groin)", (("numb",), ("bum", "groin"))),
    (r"dis[ck]s?", (("disc", "disk"),)),
    (r"(?<!hay )fever", (("fever",),)),  # a look-behind's words may lie outside the text searched
    (r"\w+ing\b", (("ing",),)),
    (r"\d{1,3} years", ((" years",), ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"))),
])
def test_needs_reads_the_words_every_match_holds(pattern: str, expected: tuple[tuple[str, ...], ...]) -> None:
    assert needs(re.compile(pattern, re.IGNORECASE)) == expected


@pytest.mark.parametrize("pattern", [r"\w+", r".{3}", r"(?:pain)?", r"[^.]+", r"(a)?(?(1)b|c)"])
def test_needs_is_none_when_a_match_may_hold_anything(pattern: str) -> None:
    assert needs(re.compile(pattern)) is None
    assert possible(None, "")


def test_every_match_of_every_safety_pattern_holds_its_needs() -> None:
    # Any text will do for this (a match must hold its needs wherever it is): the corpora, prepared as the triage
    # reads them (the lower-case ASCII messages one by one, the rest as one text), and as written for the patterns
    # that may read the raw message. The lower-case messages' matches are the ones the case-free test below compares.
    checked = 0
    (lows, other), found = _prepared_corpora(), _fast_found()
    for (name, p, f), on_low in zip(FAST, found, strict=True):
        groups = needs(p)
        if groups is None:
            continue
        spans = [(lows[i], start, end) for i, hits in on_low.items() for (start, end), _ in hits]
        for subject in (other, ALL) if case_free(p) is None else (other,):
            spans += [(subject, m.start(), m.end()) for m in f.finditer(subject)]
        for subject, start, end in spans:
            if end > start:
                checked += 1
                assert possible(groups, fold(subject[start:end])), name
    assert checked > 10_000


def test_nearly_every_rule_pattern_is_screened() -> None:
    unknown = [name for name, p in PATTERNS if "#" in name and needs(p) is None]
    assert not unknown


# --- Screen: the rule patterns run only where they may match, and find the same ---------------------------------


def test_screen_finds_every_rule_match_on_the_corpora() -> None:
    # A lower-case ASCII message of one sentence is one window, the whole message: there the plain way's matches are
    # its faster copies' matches on the message, which the case-free test below works out once (tests/scheduling.py
    # runs the three tests on one worker) and compares with the patterns as compiled. The other windows are
    # matched here, each rule pattern on each of them.
    lows, found = _prepared_corpora()[0], _fast_found()
    position = {low: i for i, low in enumerate(lows)}
    rules = [(flag.id, f"{flag.id}#{k}") for flag in flags.FLAGS for k in range(len(flag.patterns))]
    assert [name for name, _, _ in FAST[:len(rules)]] == [name for _, name in rules]  # FAST starts with the rules
    shared = 0
    for text in dict.fromkeys(TEXTS):  # a message the corpora hold twice is checked once
        low = prepare(text)
        folded, i = fold(low), position.get(low)
        for start, end in _sentences(low) or [(0, len(low))]:
            if i is not None and (start, end) == (0, len(low)):
                shared += 1
                plain_hits = [(flag, a, b) for (flag, _), on_low in zip(rules, found, strict=False)
                              for (a, b), _ in on_low.get(i, ()) if b > a]
            else:
                plain_hits = _plain_rule_hits(low, start, end)
            assert list(triage._rule_hits(low, folded, start, end)) == plain_hits, text
    assert shared > 1000


def test_screen_leaves_out_only_patterns_that_cannot_match() -> None:
    screen = Screen([re.compile(r"\bcontrol of (?:my )?bladder", re.I), re.compile(r"\w+"),
                     re.compile(r"\bfever\b", re.I)])
    assert screen.candidates(fold("I lost CONTROL of my bladder")) == [0, 1]
    assert screen.candidates(fold("a high fever")) == [1, 2]
    assert screen.candidates("") == [1]


#: Words the rule patterns need (so random text holds matches), with capitals, other scripts and digits.
VOCABULARY = sorted({s.strip() for _, p in PATTERNS if "#" in _ for g in needs(p) or () for s in g if s.strip()})
EXTRA = ["", " ", "  ", ", ", ". ", "? ", "! ", "\n", "'", "-", "My", "BACK", "Pain", "I", "İ", "ı", "ſ", "K",
         "٣", "3", "12", "55", "years", "old", "both", "legs", "numb", "my", "his", "her", "and", "but", "not", "no",
         "can't", "can’t", "wee", "since", "months", "😣", "é", "Ünïcödé"]
token = st.one_of(st.sampled_from(VOCABULARY), st.sampled_from(EXTRA), st.text(max_size=4))


@PROPERTY
@given(st.lists(st.tuples(token, st.sampled_from([" ", "", ", ", ". ", " and ", "\n"])), max_size=30))
@example([("I have lost control of my bladder", " "), ("and both legs are numb", ".")])
@example([("İ", ""), ("NUMB", " "), ("bum", "")])
def test_screen_finds_every_rule_match_on_random_text(parts: list[tuple[str, str]]) -> None:
    _same_rule_hits("".join(a + b for a, b in parts))


# --- Pattern: without the case flag on lower-case ASCII, as compiled on anything else ---------------------------


def _found(p: re.Pattern[str] | Pattern, text: str) -> Found:
    return [(m.span(), m.groups()) for m in p.finditer(text)]


def test_case_free_copies_find_the_same_on_the_corpora() -> None:
    assert sum(case_free(p) is not None for _, p, _ in FAST) > 150
    # What the triage matches, message by message (a raw text with capitals goes to the pattern as compiled). The
    # copies' matches are on every message; the patterns as compiled (their case folding makes them twice as slow)
    # run on the messages a screen of them all admits, since a match holds its needs (checked above), elsewhere
    # finding nothing: which the copies must find there too.
    lows, found = _prepared_corpora()[0], _fast_found()
    distinct = {key: p for (_, p, _), key in zip(FAST, _KEYS, strict=True)}
    screen = Screen(distinct.values())
    admitted: list[list[int]] = [[] for _ in distinct]
    for i, low in enumerate(lows):
        for k in screen.candidates(low):
            admitted[k].append(i)
    plain = {key: {i: hits for i in admitted[k] if (hits := _found(p, lows[i]))}
             for k, (key, p) in enumerate(distinct.items())}
    assert sum(map(len, admitted)) < len(lows) * len(distinct) / 2  # the screen leaves most out
    for (name, _, _), key, fast in zip(FAST, _KEYS, found, strict=True):
        assert fast == plain[key], name


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(token, st.sampled_from([" ", "", ", ", ". "])), max_size=20))
def test_case_free_copies_find_the_same_on_random_text(parts: list[tuple[str, str]]) -> None:
    text = "".join(a + b for a, b in parts)
    for subject in (text, prepare(text)):
        for name, p, f in FAST:
            assert _found(f, subject) == _found(p, subject), name
            assert f.sub("#", subject) == p.sub("#", subject), name


@pytest.mark.parametrize("pattern", [r"[A-Z]+", r"Kelvin", r"(?-i:x)", r"\u212a", r"[\u0100-\u0200]"])
def test_a_pattern_with_capitals_or_flags_inside_keeps_its_case_folding(pattern: str) -> None:
    assert case_free(re.compile(pattern, re.IGNORECASE)) is None


def test_pattern_uses_the_copy_only_on_plain_text() -> None:
    p = Pattern(re.compile(r"\bback\b", re.IGNORECASE))
    assert p.search("my BACK").span() == (3, 7)  # type: ignore[union-attr]
    assert p.fast is None  # not worked out before a lower-case text comes
    assert p.search("my back").span() == (3, 7)  # type: ignore[union-attr]
    assert p.fast is not None and p.fast is not p.compiled and not p.fast.flags & re.IGNORECASE
    assert p.search("my bac\u212a") is not None  # the Kelvin sign folds to k: matched by the pattern as compiled
    assert not plain("My back") and plain("my back, 3 weeks") and plain("")


# --- random patterns: needs and case-free copies hold for any pattern of these shapes --------------------------

ATOMS = ["a", "b", "ab", "ba", "i", "k", "s", "[ab]", "[a-c]", r"\d", r"\w", ".", r"\s", "'", "é"]


@st.composite
def regex(draw: st.DrawFn, depth: int = 0) -> str:
    """A small pattern made of literals, classes, groups, alternation, repeats and look-arounds."""
    if depth > 2 or draw(st.integers(0, 3)) == 0:
        return draw(st.sampled_from(ATOMS))
    kind = draw(st.sampled_from(["seq", "alt", "rep", "look", "bound"]))
    if kind == "seq":
        return "".join(draw(st.lists(regex(depth + 1), min_size=2, max_size=3)))
    if kind == "alt":
        return "(?:" + "|".join(draw(st.lists(regex(depth + 1), min_size=2, max_size=3))) + ")"
    if kind == "rep":
        return "(?:" + draw(regex(depth + 1)) + ")" + draw(st.sampled_from(["?", "*", "+", "{2}", "{1,3}", "{0,2}"]))
    if kind == "look":
        return draw(st.sampled_from(["(?=", "(?!", "(?<=", "(?<!"])) + draw(st.sampled_from(ATOMS)) + ")"
    return r"\b" + draw(regex(depth + 1))


@settings(max_examples=500, deadline=None)
@given(regex(), st.text(alphabet="abcikAKsS 1٣İıſK'é-", max_size=30), st.booleans())
def test_needs_and_case_free_hold_for_random_patterns(source: str, text: str, icase: bool) -> None:
    try:
        p = re.compile(source, re.IGNORECASE if icase else 0)
    except re.error:
        return
    groups = needs(p)
    for m in p.finditer(text):
        if m.end() > m.start():
            assert possible(groups, fold(m.group()))
    if groups is not None and not possible(groups, fold(text)):
        assert all(m.end() == m.start() for m in p.finditer(text))
    fast = case_free(p)
    if fast is not None and plain(text):
        assert _found(fast, text) == _found(p, text)


# --- the banks' typo search: only the words of a length that can reach its cutoff are offered ----------------------


def test_the_bank_typo_search_offered_words_of_reachable_lengths_finds_what_it_finds_among_all() -> None:
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import OSA

    _, vocab = banks._compiled()
    words = list(banks._words())
    typed = {w for w in TEXTS[:400] for w in re.findall(r"[a-z]{5,}", w.lower())}
    typed |= {w[:k] + w[k + 1:] for w in words[:300] for k in (1, len(w) // 2)}  # a letter left out
    typed |= {w + "s" for w in words[:300]} | {w[:3] + "xx" + w[3:] for w in words[:100]}  # added
    checked = 0
    for word in sorted(typed):
        like, slips = banks._near_in_length(len(word))
        assert process.extract(word, like, scorer=fuzz.ratio, score_cutoff=85, limit=3) == [
            (c, s, like.index(c)) for c, s, _ in process.extract(word, vocab, scorer=fuzz.ratio, score_cutoff=85,
                                                                limit=3)], word
        found = process.extract(word, words, scorer=OSA.distance, score_cutoff=1, limit=3)
        assert [c for c, _, _ in process.extract(word, slips, scorer=OSA.distance, score_cutoff=1, limit=3)] == \
            [c for c, _, _ in found], word
        checked += bool(found)
    assert checked > 100
