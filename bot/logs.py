"""Logging set-up: no bot token or webhook secret in any line, and no request URLs from httpx at INFO."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
CHAT_LOG = "backcare-chat.log"


class RedactFilter(logging.Filter):
    """Replace secrets (the bot token, the webhook secret) in every record with a placeholder."""

    def __init__(self, secrets: Mapping[str, str]) -> None:
        """``secrets`` maps each secret to the placeholder shown instead, e.g. ``{token: "[bot token]"}``."""
        super().__init__()
        # Longest first, so a secret that contains another is masked whole.
        self.secrets = sorted(((s, p) for s, p in secrets.items() if s), key=lambda sp: -len(sp[0]))

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record's message with the secrets masked; never drop the record."""
        if not self.secrets:
            return True
        message = record.getMessage()
        text = message
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        for secret, placeholder in self.secrets:
            text = text.replace(secret, placeholder)
            if record.exc_text:
                record.exc_text = record.exc_text.replace(secret, placeholder)
        if text != message:
            record.msg, record.args = text, None
        return True


def chat_log_path(db_path: Path | str) -> Path:
    """Return where the terminal chat writes its warnings: beside a SQLite database, else here."""
    folder = db_path.parent if isinstance(db_path, Path) else Path()
    return (folder / CHAT_LOG).resolve()


def setup(level: str = "INFO", *, secrets: Mapping[str, str] | None = None, path: Path | None = None) -> Path | None:
    """Configure the root logger once: format, level, and the secrets filter on every handler.

    With ``path`` the lines go to that file (created at the first line) instead of stderr, unless its
    folder cannot be written. Return the file the lines go to, or None for stderr.
    """
    if path is not None and not os.access(path.parent, os.W_OK):
        path = None
    handler: logging.Handler = (logging.StreamHandler() if path is None
                                else logging.FileHandler(path, encoding="utf-8", delay=True))
    handler.setFormatter(logging.Formatter(FORMAT))
    logging.basicConfig(level=getattr(logging, level, logging.INFO), handlers=[handler], force=True)
    # httpx logs every request URL at INFO, and Telegram's URLs contain the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # The job queue logs every job run at INFO; a line per routine step is noise.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    redact = RedactFilter(secrets or {})
    for each in logging.getLogger().handlers:
        each.addFilter(redact)
    return path
