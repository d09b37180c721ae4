"""Give the memory that start-up used and no longer needs back to the system."""

from __future__ import annotations

import ctypes
import gc


def release() -> None:
    """Collect garbage, keep what is left out of later collections, and return free heap pages to the system.

    Building the search index leaves freed heap behind (about 2 MB on the shipped knowledge base) that glibc
    keeps unless asked (``malloc_trim``); elsewhere only the collection is done. Call it once, after start-up.
    """
    gc.collect()
    gc.freeze()  # start-up's objects live as long as the process: later collections need not walk them
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the C library the interpreter runs on
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to trim
        return
    trim(0)
