"""A polling process imports python-telegram-bot without its webhook server (tornado), and still polls."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
from bot.tgbot import polling_only
first, again = polling_only(), polling_only()
import telegram.ext._updater as updater
import tornado
print(first, again, updater.WEBHOOKS_AVAILABLE, tornado.__name__)
"""


def test_polling_only_leaves_the_webhook_server_out_and_tornado_importable() -> None:
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", "False", "False", "tornado"]
