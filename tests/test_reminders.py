"""Reminders: parsing what people type, and firing at the right instant across daylight-saving changes."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.model import Reminder
from bot.reminders import (
    SUGGESTION,
    USAGE,
    check_timezone,
    describe,
    due_on_start,
    next_fire,
    parse_reminder,
    upcoming,
)

UTC = dt.UTC
MWF = frozenset({0, 2, 4})
DAILY = frozenset(range(7))
SUNDAY = frozenset({6})


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(("text", "days", "at"), [
    ("mon wed fri 19:00", MWF, dt.time(19, 0)),
    ("Mon,Wed,Fri 7pm", MWF, dt.time(19, 0)),
    ("weekdays 8:30", frozenset(range(5)), dt.time(8, 30)),
    ("daily 21:00", DAILY, dt.time(21, 0)),
    ("every day at 9", DAILY, dt.time(9, 0)),
    ("Every day at 7 a.m.", DAILY, dt.time(7, 0)),
    ("Tuesdays and Thursdays at 6.30pm", frozenset({1, 3}), dt.time(18, 30)),
    ("mon-fri 12am", frozenset(range(5)), dt.time(0, 0)),
    ("fri - mon 12pm", frozenset({4, 5, 6, 0}), dt.time(12, 0)),
    ("weekends 10:15", frozenset({5, 6}), dt.time(10, 15)),
    ("  MONDAY 07:05. ", frozenset({0}), dt.time(7, 5)),
])
def test_parse_reminder(text: str, days: frozenset[int], at: dt.time) -> None:
    assert parse_reminder(text) == (days, at)


@pytest.mark.parametrize(("text", "hint"), [
    ("", "Send the days"),
    ("19:00", "Which days?"),
    ("mon wed fri", "Add a time"),
    ("mon 7 8", "one time"),
    ("mon 25:00", "'25:00' is not a time of day"),
    ("mon 13pm", "'13pm' is not a time of day"),
    ("someday 7pm", "I don't understand 'someday'"),
])
def test_parse_errors_show_the_usage(text: str, hint: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_reminder(text)
    assert hint in str(caught.value) and str(caught.value).endswith(USAGE)


def test_describe_and_suggestion() -> None:
    assert describe(MWF, dt.time(19, 0), "Europe/Berlin") == "Mon, Wed, Fri at 19:00 (Europe/Berlin)"
    assert describe(DAILY, dt.time(9, 0), "UTC") == "Every day at 09:00 (UTC)"
    assert describe(frozenset(range(5)), dt.time(8, 30), "UTC") == "Weekdays at 08:30 (UTC)"
    assert "a few times a week" in SUGGESTION


def test_time_zones_are_checked() -> None:
    assert check_timezone("America/New_York") == "America/New_York"
    for bad in ("Mars/Olympus", "", "../etc/passwd"):
        with pytest.raises(ValueError, match="unknown time zone .* like Europe/London"):
            check_timezone(bad)


def test_next_fire_needs_an_aware_time_and_is_strictly_after() -> None:
    with pytest.raises(ValueError, match="aware"):
        next_fire(MWF, dt.time(19, 0), "UTC", dt.datetime(2024, 1, 1))
    monday = utc(2024, 1, 1, 19, 0)
    assert next_fire(MWF, dt.time(19, 0), "UTC", monday - dt.timedelta(seconds=1)) == monday
    assert next_fire(MWF, dt.time(19, 0), "UTC", monday) == utc(2024, 1, 3, 19, 0)


# Europe/London 2024: clocks go forward at 01:00 UTC on 31 March (01:00 GMT -> 02:00 BST)
# and back at 01:00 UTC on 27 October (02:00 BST -> 01:00 GMT).
# America/New_York 2024: forward at 07:00 UTC on 10 March (02:00 EST -> 03:00 EDT),
# back at 06:00 UTC on 3 November (02:00 EDT -> 01:00 EST).
@pytest.mark.parametrize(("days", "at", "tz", "after", "expected"), [
    # an ordinary evening reminder keeps its local time on both sides of each change
    (DAILY, dt.time(19, 0), "Europe/London", utc(2024, 3, 30, 12), utc(2024, 3, 30, 19)),
    (DAILY, dt.time(19, 0), "Europe/London", utc(2024, 3, 30, 20), utc(2024, 3, 31, 18)),
    (DAILY, dt.time(19, 0), "Europe/London", utc(2024, 10, 26, 12), utc(2024, 10, 26, 18)),
    (DAILY, dt.time(19, 0), "Europe/London", utc(2024, 10, 26, 20), utc(2024, 10, 27, 19)),
    (DAILY, dt.time(19, 0), "America/New_York", utc(2024, 3, 9, 12), utc(2024, 3, 10, 0)),
    (DAILY, dt.time(19, 0), "America/New_York", utc(2024, 3, 10, 1), utc(2024, 3, 10, 23)),
    (DAILY, dt.time(19, 0), "America/New_York", utc(2024, 11, 2, 12), utc(2024, 11, 2, 23)),
    (DAILY, dt.time(19, 0), "America/New_York", utc(2024, 11, 3, 1), utc(2024, 11, 4, 0)),
    # a time that does not exist on the spring-forward day fires at the change
    (SUNDAY, dt.time(1, 30), "Europe/London", utc(2024, 3, 30), utc(2024, 3, 31, 1, 0)),
    (SUNDAY, dt.time(2, 30), "America/New_York", utc(2024, 3, 9), utc(2024, 3, 10, 7, 0)),
    # a time that happens twice on the fall-back day fires at the first occurrence ...
    (SUNDAY, dt.time(1, 30), "Europe/London", utc(2024, 10, 26), utc(2024, 10, 27, 0, 30)),
    (SUNDAY, dt.time(1, 30), "America/New_York", utc(2024, 11, 2), utc(2024, 11, 3, 5, 30)),
    # ... and only once: the next one is the following day's
    (DAILY, dt.time(1, 30), "Europe/London", utc(2024, 10, 27, 0, 30), utc(2024, 10, 28, 1, 30)),
    (DAILY, dt.time(1, 30), "America/New_York", utc(2024, 11, 3, 5, 30), utc(2024, 11, 4, 6, 30)),
    # the local day, not the UTC day, decides the weekday
    (frozenset({0}), dt.time(8, 0), "Pacific/Auckland", utc(2024, 1, 6), utc(2024, 1, 7, 19, 0)),
])
def test_next_fire_across_daylight_saving_changes(days: frozenset[int], at: dt.time, tz: str,
                                                  after: dt.datetime, expected: dt.datetime) -> None:
    fired = next_fire(days, at, tz, after)
    assert fired == expected and fired.tzinfo is UTC


def reminder(created: dt.datetime, last: dt.datetime | None = None) -> Reminder:
    return Reminder(1, 5, 5, MWF, dt.time(19, 0), "Europe/London", None, created.timestamp(),
                    last.timestamp() if last else None)


def test_due_on_start_sends_a_missed_reminder_once() -> None:
    monday = utc(2024, 1, 1, 19)
    wednesday = utc(2024, 1, 3, 19)
    thursday = utc(2024, 1, 4, 10)
    assert due_on_start(reminder(utc(2024, 1, 1, 9)), thursday) == monday  # never sent: the first one missed
    assert due_on_start(reminder(utc(2024, 1, 1, 9), last=monday), thursday) == wednesday
    assert due_on_start(reminder(utc(2024, 1, 1, 9), last=thursday), thursday) is None  # already caught up
    assert due_on_start(reminder(utc(2024, 1, 2, 9)), utc(2024, 1, 3, 12)) is None  # nothing missed yet
    early = wednesday - dt.timedelta(milliseconds=1)  # a timer that fired a hair early still counts
    assert due_on_start(reminder(utc(2024, 1, 1, 9), last=early), wednesday + dt.timedelta(seconds=10)) is None
    assert upcoming(reminder(utc(2024, 1, 1, 9), last=early), thursday) == utc(2024, 1, 5, 19)
