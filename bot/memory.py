"""Give the memory that start-up used and no longer needs back to the system, and keep the collector off it."""

from __future__ import annotations

import ctypes
import gc


def release() -> None:
    """Collect garbage, return free heap pages to the system, and freeze what is left for the collector.

    Building the search index leaves freed heap behind (about 2 MB on the shipped knowledge base) that glibc
    keeps unless asked (``malloc_trim``); elsewhere only the collection is done. What is alive then (the knowledge
    base, the index, the word lists: about a million objects) is moved out of the cyclic collector's sight
    (``gc.freeze``), so its full collections, every few hundred replies, no longer walk them all; objects are still
    freed as ever when nothing refers to them. Call it once after start-up, and again after the knowledge base is
    replaced (/reload): it first unfreezes, so the old one's reference cycles are collected too.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library the interpreter runs on
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to trim
        return
    trim(0)
