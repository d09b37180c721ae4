"""Give the memory that start-up used and no longer needs back to the system, and keep the collector off it."""

from __future__ import annotations

import ctypes
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol, TypeVar

#: The youngest generation is collected after this many new objects (Python's default is 700). A reply leaves
#: some behind for a while (futures, tasks, requests), and at 700 the collector ran every ten replies or so and
#: each round promoted them towards the older, costlier generations: in ``python -m bench replies`` the collector
#: took 0.9-1.0 s of every 5,100 replies at 700, 0.2 s at 10,000. Cyclic garbage waits a little longer for it.
YOUNG_THRESHOLD = 10_000


class _Cached(Protocol):
    def cache_clear(self) -> None: ...


_C = TypeVar("_C", bound=_Cached)
#: The ``cache_clear`` of each cache :func:`refilled` marks.
_REFILLED: list[Callable[[], None]] = []


def refilled(cached: _C) -> _C:
    """Mark a ``functools.lru_cache`` of a pure function that start-up fills with words messages rarely bring back
    (every word of the knowledge base and the phrase banks, stemmed or looked up once while they are read) and that
    messages fill again with their own: :func:`release` empties it (about 0.5 MB at rest for the stems and the word
    frequencies). Use it above ``@lru_cache``."""
    _REFILLED.append(cached.cache_clear)
    return cached


def release() -> None:
    """Collect garbage, return free heap pages to the system, and freeze what is left for the collector.

    Building the search index leaves freed heap behind (about 2 MB on the shipped knowledge base) that glibc
    keeps unless asked (``malloc_trim``); elsewhere only the collection is done. What is alive then (the knowledge
    base, the index, the word lists, the libraries: about 90,000 objects the collector tracks) is moved out of its
    sight (``gc.freeze``), so its older generations' rounds no longer walk them all; objects are still
    freed as ever when nothing refers to them; and the youngest generation is collected less often
    (``YOUNG_THRESHOLD``). Call it once after start-up, and again after the knowledge base is replaced (/reload):
    it first unfreezes, so the old one's reference cycles are collected too. The caches marked :func:`refilled`
    are emptied first: the same answers, a message's words looked up again when it brings them.
    """
    for clear in _REFILLED:
        clear()
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    young, older, oldest = gc.get_threshold()
    gc.set_threshold(max(YOUNG_THRESHOLD, young), older, oldest)
    trim()


def trim() -> None:
    """Return the heap's free pages to the system (glibc's ``malloc_trim``; elsewhere nothing).

    Also called once a trained model is loaded on the first message (:mod:`bot.safety.learned`,
    :mod:`bot.search.learned`): reading a model file takes a few times its size for a moment (the file's bytes,
    its strings), and glibc keeps what is freed in the middle of the heap unless asked.
    """
    try:
        malloc_trim = ctypes.CDLL(None).malloc_trim  # the C library the interpreter runs on
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to trim
        return
    malloc_trim(0)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Keep the cyclic garbage collector from running while a large structure is built (a ``with`` or a decorator).

    Reading a knowledge base makes hundreds of thousands of YAML nodes, none of them in a reference cycle that
    needs the collector (they are freed as usual when dropped). The collector would still walk them all again and
    again as they pile up: two thirds of the reading time with 100,000 phrasings. It runs again as before
    afterwards; if it was already off, it stays off.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
