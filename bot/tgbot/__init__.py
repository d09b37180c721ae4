"""The Telegram adapter: python-telegram-bot handlers that render the core's replies.

Named ``tgbot`` so that it is never mistaken for the ``telegram`` package itself.
"""

from __future__ import annotations

import contextlib
import importlib
import sys

#: What PTB imports for its webhook server only (tornado, with curses and multiprocessing: about 3.4 MB resident).
WEBHOOK_SERVER = "tornado"
#: What PTB imports for its JobQueue (APScheduler, with tzlocal and multiprocessing: about 0.9 MB resident). BackCare
#: has no JobQueue: the database is its schedule and the ticker works it (bot/core/ticker.py).
JOB_QUEUE = "apscheduler"


def lean_import(*, webhook: bool = False) -> bool:
    """Import python-telegram-bot without its JobQueue's scheduler, and without its webhook server unless ``webhook``.

    PTB imports APScheduler and tornado whenever they are installed, and treats each as absent when importing it
    fails (no default JobQueue; ``start_webhook`` says which extra to install), which is what this makes them do
    for the one import of ``telegram.ext``; both stay importable afterwards.  Return whether it imported PTB: it
    does nothing once ``telegram.ext`` (or either of them) is imported.  Call it before anything imports
    ``telegram``.
    """
    hidden = (JOB_QUEUE,) if webhook else (JOB_QUEUE, WEBHOOK_SERVER)
    if "telegram.ext" in sys.modules or any(name in sys.modules for name in hidden):
        return False
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # Python's way to make an import fail
    try:
        importlib.import_module("telegram.ext")
    finally:
        for name in hidden:
            with contextlib.suppress(KeyError):
                del sys.modules[name]
    return True


def polling_only() -> bool:
    """Import python-telegram-bot for a process that only polls (never one that serves a webhook): lean_import()."""
    return lean_import(webhook=False)
