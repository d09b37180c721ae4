"""Logging set-up: no bot token in any line, and no request URLs from httpx at INFO."""

from __future__ import annotations

import logging

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RedactFilter(logging.Filter):
    """Replace secrets (the bot token) in every record with a placeholder."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record's message with the secrets masked; never drop the record."""
        if not self.secrets:
            return True
        message = record.getMessage()
        text = message
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        for secret in self.secrets:
            text = text.replace(secret, "[bot token]")
            if record.exc_text:
                record.exc_text = record.exc_text.replace(secret, "[bot token]")
        if text != message:
            record.msg, record.args = text, None
        return True


def setup(level: str = "INFO", *, secrets: list[str] | None = None) -> None:
    """Configure the root logger once: format, level, and the token filter on every handler."""
    logging.basicConfig(format=FORMAT, level=getattr(logging, level, logging.INFO), force=True)
    # httpx logs every request URL at INFO, and Telegram's URLs contain the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # The job queue logs every job run at INFO; a line per routine step is noise.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    redact = RedactFilter(secrets or [])
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)
