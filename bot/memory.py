"""Give the memory that start-up used and no longer needs back to the system."""

from __future__ import annotations

import ctypes
import gc


def release() -> None:
    """Collect garbage and return free heap pages to the system.

    Building the search index leaves freed heap behind (about 2 MB on the shipped knowledge base) that glibc
    keeps unless asked (``malloc_trim``); elsewhere only the collection is done. Call it once, after start-up.
    """
    gc.collect()  # no gc.freeze(): a /reload replaces the knowledge base, whose old cycles must stay collectable
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library the interpreter runs on
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to trim
        return
    trim(0)
