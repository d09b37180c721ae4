"""What the bot stores and why, in plain words, and the user's data as an export file."""

from __future__ import annotations

import datetime as dt
import json
import time
from typing import Any

EXPORT_FILENAME = "backcare-export.json"

PRIVACY = """\
What I store about you, and why

• Your Telegram user id and chat id, and when you first wrote: to know which data is yours.
• Pain scores and the short notes you add with /log: to draw your /progress chart.
• The guided routines you start, how far you got and the score you give at the end: to carry on \
after a restart and to show your sessions on the chart.
• Your reminders and your time zone: to remind you at the right time (and, from the time zone, \
which emergency numbers to give you).
• How long your back has been hurting, if you answer that question (or that I asked it): so I ask \
only once and point you to a professional when it has been months.
• While I wait for your answer to a question I asked (a safety check, a score, "did you mean"), \
what that question was about; it is deleted when you answer.
• For a day after you mention a sign that needs a doctor, that you did (not your words): so I don't \
start a routine in the meantime.

Without your id (they cannot be traced back to you):
• The 👍 / 👎 you give an answer, with the answer it was about.
• Questions I could not answer well, and the "did you mean" choices you pick, with the time only: \
to improve my answers.

I do not store your name, your username or your other messages. Your data is only used to run \
this bot; it is not shared or sold.

How long: until you delete it. /export sends you everything stored about you as a file, and \
/forget deletes it all and cancels your reminders (the chat history itself is kept by Telegram: \
delete the chat there if you want it gone too)."""

ABOUT_EXPORT = ("Everything BackCare stores about you. Times are UTC seconds since 1970 (the *_utc fields "
                "show them as dates). Feedback and unanswered questions are kept without your id, so they "
                "cannot be included.")


def _with_dates(value: Any) -> Any:
    """Return ``value`` with an ISO date beside every epoch-seconds time field (``at``, ``*_at``, ``first_seen``)."""
    if isinstance(value, list):
        return [_with_dates(v) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, item in value.items():
        out[key] = _with_dates(item)
        is_time = key in ("at", "first_seen") or key.endswith("_at")
        if is_time and isinstance(item, int | float) and not isinstance(item, bool):
            out[f"{key}_utc"] = dt.datetime.fromtimestamp(item, dt.UTC).isoformat(timespec="seconds")
    return out


#: How the stored pain-duration values read in an export.
DURATION_WORDS = {"asked": "not answered (the question was asked once)"}


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _day_names(days: object) -> object:
    """Return stored reminder days ("0,2,4", 0 = Monday) as names; anything else as it is."""
    if not isinstance(days, str) or not all(d.isdigit() and int(d) < 7 for d in days.split(",") if d):
        return days
    return [WEEKDAYS[int(d)] for d in days.split(",") if d]


def _readable(data: dict[str, Any]) -> dict[str, Any]:
    """Return the export with stored codes in words: reminder days as names, a pain duration asked but not
    answered."""
    user = data.get("user")
    if isinstance(user, dict) and user.get("pain_duration") in DURATION_WORDS:
        data = {**data, "user": {**user, "pain_duration": DURATION_WORDS[user["pain_duration"]]}}
    reminders = data.get("reminders")
    if isinstance(reminders, list):
        data = {**data, "reminders": [{**r, "days": _day_names(r.get("days"))} if isinstance(r, dict) else r
                                      for r in reminders]}
    return data


def has_data(data: dict[str, Any]) -> bool:
    """Return whether an ``export_user`` result holds anything about the user."""
    return bool(data.get("user")) or any(data.get(k) for k in ("sessions", "reminders", "pain_log"))


def export_json(data: dict[str, Any], *, now: float | None = None) -> bytes:
    """Return the user's stored data (``Storage.export_user``) as an indented UTF-8 JSON document."""
    stamp = dt.datetime.fromtimestamp(time.time() if now is None else now, dt.UTC).isoformat(timespec="seconds")
    document = {"about": ABOUT_EXPORT, "exported_at_utc": stamp, **_with_dates(_readable(data))}
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
