"""One job per name, replaced and cancelled through the scheduler's job id.

python-telegram-bot's ``get_jobs_by_name`` scans every job: with 10,000 routines running that
scan took half the bot's time (see docs/performance.md).  Using the name as APScheduler's job id
makes replacing or cancelling a chat's job a dictionary look-up.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable
from typing import Any

from apscheduler.jobstores.base import JobLookupError
from telegram.ext import Application


def replace_job(application: Application, callback: Callable[[Any], Awaitable[None]], *, name: str,
                when: float, data: object, chat_id: int) -> None:
    """Schedule ``callback`` in ``when`` seconds as the only job called ``name``."""
    application.job_queue.run_once(
        callback, when=max(0.0, when), data=data, chat_id=chat_id, name=name,
        job_kwargs={
            "id": name, "replace_existing": True,
            # The job replacing one that is still running (a step on its way) must run too, and a job
            # that fires late (a busy loop, a paused VM) must still run rather than be dropped.
            "max_instances": 1000, "misfire_grace_time": None,
        })


def cancel_job(application: Application, name: str) -> None:
    """Remove the job called ``name``, if it is scheduled."""
    with contextlib.suppress(JobLookupError):
        application.job_queue.scheduler.remove_job(name)
