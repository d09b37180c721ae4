"""The Telegram adapter: python-telegram-bot handlers that render the core's replies.

Named ``tgbot`` so that it is never mistaken for the ``telegram`` package itself.
"""

from __future__ import annotations

import contextlib
import importlib
import sys

#: What PTB imports for its webhook server only (tornado, with curses and multiprocessing: about 3.4 MB resident).
WEBHOOK_SERVER = "tornado"


def polling_only() -> bool:
    """Import python-telegram-bot without its webhook server, for a process that only polls; return whether it did.

    PTB imports tornado whenever it is installed, and treats it as absent (``start_webhook`` then says which
    extra to install) when importing it fails, which is what this makes it do for the one import of
    ``telegram.ext``; ``tornado`` itself stays importable afterwards.  Does nothing once ``telegram.ext`` is
    imported.  Call it before anything imports ``telegram``; never in a process that serves a webhook.
    """
    if "telegram.ext" in sys.modules or WEBHOOK_SERVER in sys.modules:
        return False
    sys.modules[WEBHOOK_SERVER] = None  # type: ignore[assignment]  # Python's way to make an import fail
    try:
        importlib.import_module("telegram.ext")
    finally:
        with contextlib.suppress(KeyError):
            del sys.modules[WEBHOOK_SERVER]
    return True
