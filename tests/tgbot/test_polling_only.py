"""A polling process imports python-telegram-bot without its webhook server (tornado) or its JobQueue's scheduler
(APScheduler), and still polls; a webhook process keeps the server."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
from bot.tgbot import lean_import, polling_only
first, again = {call}, {call}
loaded = [name for name in ("tornado", "apscheduler") if name in sys.modules]
import telegram.ext._jobqueue as jobqueue
import telegram.ext._updater as updater
import apscheduler
import tornado
print(first, again, updater.WEBHOOKS_AVAILABLE, jobqueue.APS_AVAILABLE, loaded, tornado.__name__, apscheduler.__name__)
"""


def _run(call: str) -> list[str]:
    code = CODE.format(call=call)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()


def test_polling_only_leaves_the_webhook_server_and_the_scheduler_out_and_both_importable() -> None:
    assert _run("polling_only()") == ["True", "False", "False", "False", "[]", "tornado", "apscheduler"]


def test_a_webhook_process_keeps_the_webhook_server_and_leaves_the_scheduler_out() -> None:
    out = _run("lean_import(webhook=True)")
    assert out[:5] == ["True", "False", "True", "False", "['tornado']"]
