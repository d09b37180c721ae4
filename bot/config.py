"""Settings read from the environment (and ``.env``), with the defaults documented in ``.env.example``."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import load_dotenv

DEFAULT_KNOWLEDGE_DIR = Path(__file__).resolve().parent.parent / "knowledge"


class ConfigError(ValueError):
    """A setting has a value the bot cannot use; the message says which and how to fix it."""


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a number; set it to something like 1 or 0.01") from None
    if value <= 0:
        raise ConfigError(f"{name} must be greater than 0 (1 is real time, 0.01 runs 100 times faster)")
    return value


def _ids(name: str) -> frozenset[int]:
    raw = os.environ.get(name, "")
    try:
        return frozenset(int(part) for part in raw.replace(",", " ").split())
    except ValueError:
        raise ConfigError(f"{name} must list numeric Telegram user ids separated by commas") from None


def _database(value: str) -> Path | str:
    return value if value.startswith(("postgresql://", "postgres://")) else Path(value)


@dataclass(frozen=True)
class Settings:
    """Everything the bot reads from its environment."""

    token: str | None = None
    api_base_url: str | None = None
    knowledge_dir: Path = DEFAULT_KNOWLEDGE_DIR
    #: A SQLite file, or a ``postgresql://`` URL (kept as a string: a Path would fold its "//").
    db_path: Path | str = Path("backcare.db")
    time_scale: float = 1.0
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    log_level: str = "INFO"
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret: str | None = None

    @classmethod
    def from_env(cls, *, dotenv: bool = True) -> Settings:
        """Read the settings from the environment, after loading ``.env`` when there is one."""
        if dotenv:
            load_dotenv(override=False)
        env = os.environ
        port = env.get("WEBHOOK_PORT", "8443").strip() or "8443"
        if not port.isdigit():
            raise ConfigError(f"WEBHOOK_PORT={port!r} is not a port number; set it to something like 8443")
        return cls(
            token=env.get("TELEGRAM_BOT_TOKEN", "").strip() or None,
            api_base_url=env.get("TELEGRAM_API_BASE_URL", "").strip() or None,
            knowledge_dir=Path(env.get("BACKCARE_KNOWLEDGE_DIR", "").strip() or DEFAULT_KNOWLEDGE_DIR),
            db_path=_database(env.get("BACKCARE_DB", "").strip() or "backcare.db"),
            time_scale=_float("BACKCARE_TIME_SCALE", 1.0),
            admin_ids=_ids("BACKCARE_ADMIN_IDS"),
            log_level=(env.get("LOG_LEVEL", "").strip() or "INFO").upper(),
            webhook_url=env.get("WEBHOOK_URL", "").strip() or None,
            webhook_listen=env.get("WEBHOOK_LISTEN", "").strip() or "127.0.0.1",
            webhook_port=int(port),
            webhook_secret=env.get("WEBHOOK_SECRET_TOKEN", "").strip() or None,
        )
