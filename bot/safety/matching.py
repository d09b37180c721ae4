"""Faster matching of the safety patterns, never different: a pattern without its case folding on lower-case text,
and run only on text that holds the words it cannot match without.

:class:`Pattern` wraps a compiled case-insensitive pattern. On ASCII text without capitals (every prepared message
in English) it matches with the same pattern compiled without ``re.IGNORECASE``, which finds the same matches
(spans and groups) there, two to thirty times faster: Python's matcher cannot skip ahead on a case-insensitive
alternation. Any other text goes to the pattern as compiled. :func:`case_free` says whether a pattern can be read
so (no capital letters in it, no flags of its own inside).

:func:`needs` reads a compiled pattern with the standard library's own parser and returns one to three groups of
strings (lower-case ASCII) such that every match of the pattern holds at least one string of each group: for
``\\b(?:lost|no)\\s+control\\s+of\\s+(?:my\\s+)?(?:bladder|bowels?)`` the groups ``("control",)``,
``("bladder", "bowel")`` and ``("of",)``. Text without a string of each group cannot hold a match, so the pattern
need not run on it. A :class:`Screen` finds, with one scan of a text, which of many patterns may match in it.

This only ever skips work that would find nothing: where a pattern cannot be read (a construct this module does
not follow), :func:`needs` returns None and the pattern runs every time. What a pattern matches is never changed.

Case: the strings are compared with :func:`fold` of the text, which maps every character that a pattern (with or
without ``re.IGNORECASE``) matches to an ASCII letter or digit onto that one, offsets kept ("K", the Kelvin sign,
the dotted capital I and the long s among them; Unicode digits, which ``\\d`` matches, to ASCII digits).
tests/test_safety_matching.py checks the table over every code point, and all of this on the corpora.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

try:  # the standard library's own parser of patterns (Python 3.11+); without it every pattern simply runs as before
    _c: Any = importlib.import_module("re._constants")
    _p: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - other Pythons
    _c = _p = None

#: The characters outside ASCII that a case-insensitive pattern matches to an ASCII letter, and the capitals.
FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k",
                      **{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}})
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def fold(text: str) -> str:
    """Return ``text`` with every character that a pattern matches as an ASCII letter or digit written as that one,
    letters in lower case; one character for one, so offsets are kept."""
    if text.isascii():
        return text.lower()
    out = text.translate(FOLD)
    if _OTHER_DIGIT.search(out):
        import unicodedata  # only for a message with digits of another script

        out = _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group(), 0)), out)
    return out


#: A set of alternatives larger than this is given up (or cut to its first letters, when needed strings).
_LIMIT = 64
#: At most this many groups are kept for a pattern: the most telling.
_GROUPS = 3

_Set = frozenset[str]
#: What is known of a piece of a pattern: the strings it matches (when there are few), the strings every match of
#: it starts with, and groups of strings of which every match holds one of each.
_Info = tuple["_Set | None", "_Set | None", "tuple[_Set, ...]"]
_NOTHING: _Info = (None, None, ())
_EMPTY: _Info = (frozenset({""}), frozenset({""}), ())
_DIGITS = frozenset("0123456789")


def _union_all(*sets: Iterable[str] | None) -> _Set:
    out: set[str] = set()
    for one in sets:
        out.update(one or ())
    return frozenset(out)


def _char(code: int) -> _Set | None:
    ch = chr(code)
    return frozenset({ch.lower()}) if ch.isascii() else None


def _as_need(found: _Set | None) -> _Set | None:
    return None if found is None or "" in found or len(found) > _LIMIT else found


def _cost(need: _Set) -> float:
    """Return about how likely a text holds one of ``need``: short strings are everywhere."""
    return sum(0.15 ** (len(s) - 1) for s in need)


def _groups(*needs: _Set | None, more: Iterable[_Set] = ()) -> tuple[_Set, ...]:
    """Return the groups given, once each, in their order (which is the pattern's: the same in every process)."""
    return tuple(dict.fromkeys(n for n in (*needs, *more) if n))


def _ranked(groups: Iterable[_Set]) -> list[_Set]:
    """Return the groups most telling first (the least likely to be in a text)."""
    return sorted(groups, key=lambda n: (_cost(n), sorted(n)))


def _best(info: _Info) -> _Set | None:
    """Return the one group of strings that best stands for a piece (one of them is in every match)."""
    exact, starts, groups = info
    found = _groups(_as_need(exact), _as_need(starts), more=groups)
    return min(found, key=_cost) if found else None  # the first of equals


def _join(a: _Set | None, b: _Set | None) -> _Set | None:
    if a is None or b is None or len(a) * len(b) > _LIMIT:
        return None
    return frozenset(x + y for x in a for y in b)


def _union(sets: Sequence[_Set | None]) -> _Set | None:
    if any(s is None for s in sets):
        return None
    out = _union_all(*sets)
    return out if len(out) <= _LIMIT else None


def _shrink(need: _Set) -> _Set | None:
    """Return at most ``_LIMIT`` strings implied by ``need`` (the start of a string is in every text it is)."""
    for width in (5, 4, 3):
        out = frozenset(s[:width] for s in need)
        if len(out) <= _LIMIT:
            return out
    return None


def _sequence(items: Sequence[tuple[Any, Any]]) -> _Info:
    run: _Set | None = frozenset({""})  # the strings the items since the last unknown one spell together
    groups: list[_Set] = []
    whole, prefix = True, None
    literal = _c.LITERAL
    spelt: list[str] = []  # ASCII letters in a row, joined to the run at once (as one by one, faster)
    for item in getattr(items, "data", items):  # a parsed SubPattern's list itself: faster to walk
        if item[0] is literal and item[1] < 128:
            spelt.append(chr(item[1]).lower())
            continue
        if spelt:
            word, spelt = "".join(spelt), []
            run = frozenset({word}) if run is None else frozenset(r + word for r in run)
        exact, starts, needs = _node(item)
        groups += needs
        joined = _join(run, exact)
        if joined is not None:
            run = joined
            continue
        head = _join(run, starts)  # the run, then how this item starts
        if (need := _as_need(head if head is not None else run)) is not None:
            groups.append(need)
        if whole:
            prefix = head if head is not None else run
        whole, run = False, exact
    if spelt:
        word = "".join(spelt)
        run = frozenset({word}) if run is None else frozenset(r + word for r in run)
    if (need := _as_need(run)) is not None:
        groups.append(need)
    if whole:
        return run, run, _groups(more=groups)
    return None, prefix, _groups(more=groups)


def _node(item: tuple[Any, Any]) -> _Info:
    op, av = item
    c = _c
    if op is c.LITERAL:
        one = _char(av)
        return one, one, ()
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                one = _char(value)
            elif kind is c.RANGE and value[1] - value[0] < 10:
                parts = [_char(x) for x in range(value[0], value[1] + 1)]
                one = None if any(x is None for x in parts) else _union_all(*parts)
            elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                one = _DIGITS  # \d: fold() writes every other decimal digit as an ASCII one
            else:
                return _NOTHING  # a negated class, \w, \s, a wide range
            if one is None:
                return _NOTHING
            chars |= one
        exact = frozenset(chars)
        return exact, exact, ()
    if op is c.SUBPATTERN:
        return _sequence(av[3])
    if op is c.ATOMIC_GROUP:
        return _sequence(av)
    if op is c.BRANCH:
        branches = [_sequence(b) for b in av[1]]
        bests = [_best(b) for b in branches]
        union = None if any(b is None for b in bests) else _union_all(*bests)
        need = None if union is None else union if len(union) <= _LIMIT else _shrink(union)
        return _union([e for e, _, _ in branches]), _union([p for _, p, _ in branches]), _groups(need)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, sub = av
        info = _sequence(sub)
        if low == 0:
            optional = info[0] | {""} if info[0] is not None and high == 1 else None
            return optional, optional, ()
        if low == high == 1:
            return info
        return None, info[1], _groups(_as_need(info[0]), more=info[2])
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _EMPTY  # a position or a look-around: nothing of the text is taken (and its words may lie outside)
    return _NOTHING  # any character, a back-reference, a conditional group


def _minimal(need: _Set) -> tuple[str, ...]:
    """Return the strings of ``need`` that hold none of the others (a longer one is never found without them)."""
    kept: list[str] = []
    for s in sorted(need, key=len):  # any string one holds is shorter, so seen (or one it holds is kept) first
        if not any(k in s for k in kept):
            kept.append(s)
    return tuple(sorted(kept))


_Reading = tuple["tuple[tuple[str, ...], ...] | None", bool]

#: What :func:`reading` gives for every pattern the safety package screens or reads case-free, worked out at build
#: time (``python -m bot.safety.screens``, also run by ``make models``) so that a process need not parse them: about
#: 0.45 s of the first message. Keyed by :func:`key`; a pattern it lacks (edited since) is parsed as before.
SHIPPED = Path(__file__).resolve().parent / "data" / "screen.json"
#: The command that rebuilds :data:`SHIPPED`.
REBUILD = "make screen (python -m bot.safety.screens)"


def key(pattern: str, flags: int) -> str:
    """Return the key of a pattern and its flags in :data:`SHIPPED` (64 bits of BLAKE2b: the same in every process)."""
    return hashlib.blake2b(f"{int(flags)}:{pattern}".encode(), digest_size=8).hexdigest()


def shipped() -> dict[str, _Reading]:
    """Return :data:`SHIPPED`'s readings by key (empty when the file is missing or unreadable)."""
    return _shipped()[0]


def shipped_scans() -> dict[str, str]:
    """Return :data:`SHIPPED`'s scans (see :class:`Screen`) by the key of their words (see :func:`words_key`)."""
    return _shipped()[1]


@lru_cache(maxsize=1)
def _shipped() -> tuple[dict[str, _Reading], dict[str, str]]:
    try:
        data = json.loads(SHIPPED.read_bytes())
        rows, scans = data["patterns"], data["scans"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}, {}
    # Each string and each group held once: the same words come in many patterns (0.9 MB as read, 0.7 MB so).
    once: dict[Any, Any] = {}

    def one(value: Any) -> Any:
        return once.setdefault(value, value)

    def groups(found: list[list[str]] | None) -> tuple[tuple[str, ...], ...] | None:
        return None if found is None else one(tuple(one(tuple(one(w) for w in g)) for g in found))

    return {k: (groups(found), bool(no_capitals)) for k, found, no_capitals in rows}, dict(scans)


def words_key(words: Iterable[str]) -> str:
    """Return the key of a screen's words in :data:`SHIPPED` (64 bits of BLAKE2b)."""
    return hashlib.blake2b("\n".join(words).encode(), digest_size=8).hexdigest()


def scan_source(words: Sequence[str]) -> str:
    """Return the source of the pattern that finds, at every position, the longest of ``words`` (sorted) there."""
    return f"(?=({_trie(words)}))"


@lru_cache(maxsize=4096)
def _read(pattern: str, flags: int) -> _Reading:
    """Return a pattern's needs (see :func:`needs`) and whether it has no capitals to match (see :func:`case_free`):
    as shipped (:data:`SHIPPED`), else from one parse of it."""
    known = shipped().get(key(pattern, flags))
    return known if known is not None else reading(pattern, flags)


def reading(pattern: str, flags: int) -> _Reading:
    """Return a pattern's needs and whether it has no capitals to match, from one parse of it (what is shipped)."""
    if _p is None:
        return None, False
    try:
        tree = _p.parse(pattern, flags).data
    except Exception:  # noqa: BLE001 - a pattern this reading does not follow simply runs as compiled
        return None, False
    try:
        exact, starts, groups = _sequence(tree)
    except Exception:  # noqa: BLE001
        return None, _no_capitals(tree)
    kept: list[tuple[str, ...]] = []
    for group in (_minimal(g) for g in _ranked(_groups(_as_need(exact), _as_need(starts), more=groups))):
        if not any(_implies(k, group) for k in kept) and len(kept) < _GROUPS:
            kept.append(group)
    return tuple(kept) or None, _no_capitals(tree)


def _implies(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Return whether text holding a string of ``a`` always holds one of ``b`` (each of ``a`` holds one of ``b``)."""
    return all(any(y in x for y in b) for x in a)


class _Source(Protocol):
    @property
    def pattern(self) -> str: ...

    @property
    def flags(self) -> int: ...


def needs(pattern: _Source) -> tuple[tuple[str, ...], ...] | None:
    """Return groups of strings such that every match of ``pattern`` holds one string of each group (compare
    them with :func:`fold` of the text), most telling first; None when nothing is known (the pattern must run)."""
    return _read(pattern.pattern, pattern.flags)[0]


def possible(groups: tuple[tuple[str, ...], ...] | None, folded: str) -> bool:
    """Return whether a pattern whose :func:`needs` are ``groups`` may match in the folded text."""
    if groups is None:
        return True
    return all(any(s in folded for s in group) for group in groups)


def _trie(words: Iterable[str]) -> str:
    """Return a regular expression that matches, at a position, the longest of ``words`` starting there."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


class Screen:
    """Which of a list of patterns may match in a text: one scan of the text for the most telling group of every
    pattern at once, then the other groups of the few patterns left."""

    def __init__(self, patterns: Iterable[Pattern | re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        self.needs = tuple(needs(p) for p in self.patterns)
        self._always = tuple(i for i, n in enumerate(self.needs) if n is None)
        by_word: dict[str, set[int]] = {}
        for i, n in enumerate(self.needs):
            for s in n[0] if n else ():
                by_word.setdefault(s, set()).add(i)
        words = sorted(by_word)
        # A word found at a position stands for every needed word it starts with (the scan reports the longest).
        # Each word's patterns as a sorted tuple, one tuple shared by the words with the same ones: the rules'
        # screen has 2,207 words and 628 distinct sets, 0.6 MB as a frozenset a word, 0.04 MB so.
        shared: dict[tuple[int, ...], tuple[int, ...]] = {}
        self._by_word = {w: shared.setdefault(t, t) for w in words
                         for t in [tuple(sorted(set().union(*(by_word[w[:k]] for k in range(1, len(w) + 1)
                                                              if w[:k] in by_word))))]}
        self._rest = tuple(n[1:] if n else () for n in self.needs)
        # The scan's source as shipped (:data:`SHIPPED`): making it takes longer than compiling it.
        source = shipped_scans().get(words_key(words)) if words else None
        self._scan = re.compile(source or scan_source(words)) if words else None

    def cannot(self, folded: str) -> set[object]:
        """Return the patterns that cannot match anywhere in ``folded`` (see :func:`fold`)."""
        may = set(self.candidates(folded))
        return {p for i, p in enumerate(self.patterns) if i not in may}

    def candidates(self, folded: str) -> list[int]:
        """Return, in order, the indices of the patterns that may match somewhere in ``folded`` (see :func:`fold`)."""
        found = set(self._scan.findall(folded)) if self._scan is not None else ()
        if not found:
            return list(self._always)
        by_word, rest = self._by_word, self._rest
        out = list(self._always)
        for i in frozenset[int]().union(*(by_word[w] for w in found)):
            for group in rest[i]:
                for s in group:
                    if s in folded:
                        break
                else:
                    break
            else:
                out.append(i)
        out.sort()
        return out


#: Characters outside ASCII that a case-insensitive pattern matches to an ASCII letter (see ``FOLD``).
_SPECIAL = frozenset(ord(c) for c in "\u0130\u0131\u017f\u212a")


def _no_capitals(items: Iterable[tuple[Any, Any]]) -> bool:
    """Return whether a parsed pattern has no capital ASCII letter (nor a letter that folds to ASCII) to match,
    and no flags of its own inside, so that without case folding it matches lower-case ASCII text the same."""
    c = _c
    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL):
            if 65 <= av <= 90 or av in _SPECIAL:
                return False
        elif op is c.IN:
            for kind, value in av:
                if kind in (c.LITERAL, c.NOT_LITERAL) and (65 <= value <= 90 or value in _SPECIAL):
                    return False
                if kind is c.RANGE and (value[0] <= 90 and value[1] >= 65
                                        or any(value[0] <= x <= value[1] for x in _SPECIAL)):
                    return False
                if kind not in (c.LITERAL, c.NOT_LITERAL, c.RANGE, c.NEGATE, c.CATEGORY):
                    return False
        elif op is c.SUBPATTERN:
            if av[1] or av[2] or not _no_capitals(av[3]):
                return False
        elif op is c.BRANCH:
            if not all(_no_capitals(b) for b in av[1]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if not _no_capitals(av[2]):
                return False
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if not _no_capitals(av[1]):
                return False
        elif op is c.ATOMIC_GROUP:
            if not _no_capitals(av):
                return False
        elif op not in (c.AT, c.ANY, c.CATEGORY, c.GROUPREF):
            return False  # a conditional group or anything else: kept as compiled
    return True


def case_free(pattern: re.Pattern[str] | Pattern) -> re.Pattern[str] | None:
    """Return ``pattern`` compiled without ``re.IGNORECASE`` when it then matches lower-case ASCII text exactly as
    before, or None (it is not case-insensitive, or has capitals or flags of its own inside)."""
    if not pattern.flags & re.IGNORECASE or not _read(pattern.pattern, pattern.flags)[1]:
        return None
    try:
        return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
    except re.error:  # pragma: no cover - it compiled with the flag
        return None


def plain(text: str) -> bool:
    """Return whether ``text`` is ASCII without capitals (where :func:`case_free` patterns match the same)."""
    return text.isascii() and (text.islower() or text == text.lower())


class Pattern:
    """A pattern that matches exactly as ``re.compile(pattern, flags)`` does, faster on lower-case ASCII text (see
    :func:`case_free`), compiled on first use: most rule patterns never run in a process that has seen a few
    messages, since the screen finds the words they need in none of them. It has the methods of ``re.Pattern`` the
    safety code uses."""

    __slots__ = ("_compiled", "fast", "pattern", "flags")

    def __init__(self, compiled: re.Pattern[str] | str, flags: int = 0) -> None:
        if isinstance(compiled, str):
            self._compiled: re.Pattern[str] | None = None
            self.pattern = compiled
            #: As the compiled pattern's (a pattern of text is Unicode unless ASCII is asked for).
            self.flags = int(flags if flags & re.ASCII else flags | re.UNICODE)
        else:
            self._compiled = compiled
            self.pattern = compiled.pattern
            self.flags = compiled.flags
        #: The case-free copy, or the pattern as compiled when there is none; worked out on the first lower-case text.
        self.fast: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The pattern compiled as written (on first use)."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self.flags)
        return compiled

    @property
    def groupindex(self) -> Mapping[str, int]:
        """As ``re.Pattern.groupindex``."""
        return self.compiled.groupindex

    @property
    def groups(self) -> int:
        """As ``re.Pattern.groups``."""
        return self.compiled.groups

    def _for(self, text: str) -> re.Pattern[str]:
        if text.isascii() and (text.islower() or text == text.lower()):
            fast = self.fast
            if fast is None:  # the pattern as written is compiled only when it has no case-free copy
                fast = self.fast = case_free(self) or self.compiled
            return fast
        return self.compiled

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As ``re.Pattern.search``."""
        return self._for(text).search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As ``re.Pattern.match``."""
        return self._for(text).match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As ``re.Pattern.fullmatch``."""
        return self._for(text).fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """As ``re.Pattern.finditer``."""
        return self._for(text).finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        """As ``re.Pattern.findall``."""
        return self._for(text).findall(text, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        """As ``re.Pattern.sub`` (a template's escapes and group references are the same in both)."""
        return self._for(text).sub(repl, text, count)

    def __repr__(self) -> str:
        return f"Pattern({self.pattern!r}, {self.flags})"
