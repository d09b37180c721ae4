"""Recurring reminders: parse "mon wed fri 19:00", find the next firing instant in the user's time zone.

Days are weekday numbers, 0 = Monday.  Instants are aware UTC datetimes.  Daylight-saving changes
follow ``zoneinfo``: a local time skipped by a spring-forward change fires at the first valid instant
after it (the moment of the change); a local time repeated by a fall-back change fires once, at its
first occurrence.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.core.model import Reminder

UTC = dt.UTC
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
EVERY_DAY = frozenset(range(7))
WEEKDAYS = frozenset(range(5))
WEEKENDS = frozenset({5, 6})

USAGE = ('Send the days and a time, like "mon wed fri 19:00", "Mon,Wed,Fri 7pm", "weekdays 8:30", '
         '"daily 21:00" or "every day at 9".')

SUGGESTION = ("The guide suggests self-massage at least a few times a week. Try three evenings, for example "
              '"mon wed fri 19:00", or pick the days and time that fit your week.')

#: A reminder counts as sent for this long after it fired, so a timer firing a moment early never repeats it.
FIRED_SLACK = dt.timedelta(minutes=1)

_DAYS = {name: i for i, names in enumerate((
    ("mon", "monday", "mondays"), ("tue", "tues", "tuesday", "tuesdays"),
    ("wed", "weds", "wednesday", "wednesdays"), ("thu", "thur", "thurs", "thursday", "thursdays"),
    ("fri", "friday", "fridays"), ("sat", "saturday", "saturdays"), ("sun", "sunday", "sundays"),
)) for name in names}
_GROUPS = {"daily": EVERY_DAY, "everyday": EVERY_DAY, "weekdays": WEEKDAYS, "weekday": WEEKDAYS,
           "workdays": WEEKDAYS, "weekends": WEEKENDS, "weekend": WEEKENDS}
_FILLERS = {"every", "each", "on", "at", "and", "&", "@"}
_TIME = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?(am|pm)?$")
_RANGE = re.compile(r"^([a-z]+)-([a-z]+)$")


def check_timezone(name: str) -> str:
    """Return ``name`` if it is a known IANA time zone, else raise ValueError saying what to send."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r}; use a name like Europe/London or "
                         "America/New_York") from None
    return name


def _time(token: str) -> dt.time | None:
    match = _TIME.match(token)
    if match is None:
        return None
    hour, minute, half = int(match[1]), int(match[2] or 0), match[3]
    if half:
        if not 1 <= hour <= 12:
            raise ValueError(f"{token!r} is not a time of day. {USAGE}")
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        raise ValueError(f"{token!r} is not a time of day. {USAGE}")
    return dt.time(hour, minute)


#: A time said alone, as typed at "What time?": "6:45pm", "18:45", "7am", "7 pm", "at 6.30 p.m.", "19h".
_TIME_ALONE = re.compile(r"^\s*(?:at\s+|@\s*)?(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*(am|pm|a\.m\.?|p\.m\.?|h|o'?clock)?"
                         r"\s*(?:please|pls)?\s*[.!]*\s*$", re.I)


class AmbiguousHour(ValueError):
    """A bare hour from 1 to 12 ("7"): morning or evening?"""


def parse_time(text: str) -> dt.time | None:
    """Return the time of day ``text`` says on its own ("6:45pm", "18:45", "7am", "19h"), or None if it is not
    one. Raise :class:`AmbiguousHour` for a bare hour that could be morning or evening ("7"), and ValueError
    for a time that does not exist ("25:00", "13pm")."""
    match = _TIME_ALONE.match(text)
    if match is None:
        return None
    hour, minute = int(match[1]), int(match[2] or 0)
    half = (match[3] or "").lower().replace(".", "")
    if half in ("am", "pm"):
        if not 1 <= hour <= 12 or minute > 59:
            raise ValueError(f"{text.strip()!r} is not a time of day. Type it like 18:45 or 6:45pm.")
        return dt.time(hour % 12 + (12 if half == "pm" else 0), minute)
    if hour > 23 or minute > 59:
        raise ValueError(f"{text.strip()!r} is not a time of day. Type it like 18:45 or 6:45pm.")
    if match[2] is None and not half.startswith(("h", "o")) and 1 <= hour <= 12:
        if hour == 12:
            raise AmbiguousHour("12 noon or midnight? Type 12pm (12:00) or 12am (00:00).")
        raise AmbiguousHour(f"{hour} in the morning or the evening? Type {hour}am or {hour}pm "
                            f"({hour:02d}:00 or {hour + 12}:00).")
    return dt.time(hour, minute)


def parse_reminder(text: str) -> tuple[frozenset[int], dt.time]:
    """Return the days (0=Monday) and local time in text like "mon wed fri 19:00"; ValueError shows usage."""
    if not text.strip():
        raise ValueError(USAGE)
    clean = text.lower().replace("a.m.", "am").replace("p.m.", "pm")
    clean = re.sub(r"\bevery\s*day\b", "daily", clean)
    clean = re.sub(r"(\d)\s+(am|pm)\b", r"\1\2", clean)
    clean = re.sub(r"\s*-\s*", "-", clean)
    days: set[int] = set()
    times: list[dt.time] = []
    for token in re.split(r"[\s,;/+]+", clean.strip(" .!")):
        if not token or token in _FILLERS:
            continue
        at = _time(token)
        span = _RANGE.match(token)
        if at is not None:
            times.append(at)
        elif token in _DAYS:
            days.add(_DAYS[token])
        elif token in _GROUPS:
            days |= _GROUPS[token]
        elif span and span[1] in _DAYS and span[2] in _DAYS:
            first, last = _DAYS[span[1]], _DAYS[span[2]]
            days |= {(first + i) % 7 for i in range((last - first) % 7 + 1)}
        else:
            raise ValueError(f"I don't understand {token!r}. {USAGE}")
    if not days:
        raise ValueError(f"Which days? Add them, like mon wed fri, weekdays or daily. {USAGE}")
    if len(times) != 1:
        problem = "Add a time, like 19:00 or 7pm." if not times else "Give one time per reminder."
        raise ValueError(f"{problem} {USAGE}")
    return frozenset(days), times[0]


def _instant(day: dt.date, at: dt.time, zone: ZoneInfo) -> dt.datetime:
    """Return local ``day`` ``at`` in UTC: the first occurrence if repeated, the change if skipped."""
    local = dt.datetime.combine(day, at, tzinfo=zone)  # fold=0: the first occurrence
    utc = local.astimezone(UTC)
    if utc.astimezone(zone).replace(tzinfo=None) == local.replace(tzinfo=None):
        return utc
    # Skipped by a spring-forward change: fold=1 reads it with the new offset (an instant before the
    # change), fold=0 with the old one (after it).  Find the change between them, to the second.
    low, high = local.replace(fold=1).astimezone(UTC), utc
    before = low.astimezone(zone).utcoffset()
    while high - low > dt.timedelta(seconds=1):
        mid = low + (high - low) / 2
        if mid.astimezone(zone).utcoffset() == before:
            low = mid
        else:
            high = mid
    return high.replace(microsecond=0)


def next_fire(days: frozenset[int], at: dt.time, tz: str, after: dt.datetime) -> dt.datetime:
    """Return the first instant strictly after ``after`` (aware) when the reminder fires, in UTC."""
    if not days or not days <= EVERY_DAY:
        raise ValueError("days must be a non-empty set of weekday numbers 0 (Monday) to 6 (Sunday)")
    if after.tzinfo is None:
        raise ValueError("after must be an aware datetime; use datetime.now(UTC)")
    zone = ZoneInfo(check_timezone(tz))
    start = after.astimezone(zone).date() - dt.timedelta(days=1)
    for offset in range(9):
        day = start + dt.timedelta(days=offset)
        if day.weekday() in days:
            when = _instant(day, at, zone)
            if when > after:
                return when
    raise AssertionError("unreachable: a week always has a matching day")


def upcoming(reminder: Reminder, now: dt.datetime) -> dt.datetime:
    """Return when the reminder fires next after ``now``."""
    return next_fire(reminder.days, reminder.at, reminder.tz, now)


def due_on_start(reminder: Reminder, now: dt.datetime) -> dt.datetime | None:
    """Return the instant a reminder fell due while the bot was down (send it once, late), or None."""
    last = reminder.last_fired_at
    since = (dt.datetime.fromtimestamp(last, UTC) + FIRED_SLACK if last is not None
             else dt.datetime.fromtimestamp(reminder.created_at, UTC))
    missed = next_fire(reminder.days, reminder.at, reminder.tz, since)
    return missed if missed <= now else None


def describe_days(days: frozenset[int]) -> str:
    """Return days as "Every day", "Weekdays", "Weekends" or "Mon, Wed, Fri"."""
    named = {EVERY_DAY: "Every day", WEEKDAYS: "Weekdays", WEEKENDS: "Weekends"}
    return named.get(frozenset(days)) or ", ".join(DAY_NAMES[d] for d in sorted(days))


def describe(days: frozenset[int], at: dt.time, tz: str) -> str:
    """Return a reminder as "Mon, Wed, Fri at 19:00 (Europe/Berlin)"."""
    return f"{describe_days(days)} at {at:%H:%M} ({tz})"
