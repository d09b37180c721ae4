"""The progress series, its summary and the chart, without Telegram."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot import progress
from bot.core.actor import Actor
from bot.core.clock import FakeClock
from bot.core.model import PainEntry
from bot.core.outcome import Send
from bot.dialogue import Dialogue
from bot.progress import NO_DATA, SEE_SOMEONE, Series, build_series, render_chart, summary
from tests.fakes import make_core

DAY = 86400.0
#: Noon UTC on a Wednesday.
NOW = dt.datetime(2026, 3, 18, 12, tzinfo=dt.UTC).timestamp()
TODAY = dt.date(2026, 3, 18)


def entry(days_ago: float, score: int, source: str = "log") -> PainEntry:
    return PainEntry(NOW - days_ago * DAY, score, None, source)


def test_daily_means_over_the_last_four_weeks() -> None:
    entries = [entry(0, 4), entry(0.1, 6, "session"), entry(2, 7), entry(27, 3), entry(28, 9)]
    series = build_series(entries, [NOW - 2 * DAY, NOW - 2.1 * DAY, NOW - 40 * DAY], now=NOW)
    assert series.start == TODAY - dt.timedelta(days=27) and series.today == TODAY
    assert series.days == ((TODAY - dt.timedelta(days=27), 3.0), (TODAY - dt.timedelta(days=2), 7.0), (TODAY, 5.0))
    assert series.session_days == (TODAY - dt.timedelta(days=2),)
    assert series.sessions == 2
    assert series.weeks == 4


def test_days_are_local_to_the_time_zone() -> None:
    late = dt.datetime(2026, 3, 17, 23, 30, tzinfo=dt.UTC).timestamp()  # 00:30 on the 18th in Berlin
    utc = build_series([PainEntry(late, 5, None, "log")], [], now=NOW)
    berlin = build_series([PainEntry(late, 5, None, "log")], [], now=NOW, tz=ZoneInfo("Europe/Berlin"))
    assert utc.days[0][0] == TODAY - dt.timedelta(days=1)
    assert berlin.days[0][0] == TODAY


def test_weekly_averages_and_summary() -> None:
    entries = [entry(1, 4), entry(3, 5), entry(8, 6), entry(10, 4), entry(12, 5)]
    series = build_series(entries, [NOW - DAY, NOW - 9 * DAY, NOW - 11 * DAY], now=NOW)
    assert series.weekly() == [None, None, 5.0, 4.5]
    assert summary(series) == "Average 4.5 this week, 5.0 the week before; 3 sessions in 4 weeks."


def test_summary_with_a_quiet_week() -> None:
    series = build_series([entry(9, 3)], [NOW - 9 * DAY], now=NOW)
    assert summary(series) == "No scores this week, 3.0 the week before; 1 session in 4 weeks."


def test_high_pain_for_three_weeks_suggests_a_professional() -> None:
    high = [entry(d, 7) for d in (1, 8, 15)]
    assert summary(build_series(high, [], now=NOW)).endswith(SEE_SOMEONE)
    assert "GP or a physiotherapist" in SEE_SOMEONE
    two_weeks = [entry(d, 7) for d in (1, 8)]
    assert SEE_SOMEONE not in summary(build_series(two_weeks, [], now=NOW))
    dipped = [entry(1, 7), entry(8, 3), entry(15, 8)]
    assert SEE_SOMEONE not in summary(build_series(dipped, [], now=NOW))


def test_no_data_says_how_to_start() -> None:
    series = build_series([entry(40, 5)], [], now=NOW)
    assert series.empty
    assert summary(series) == NO_DATA
    assert "/log" in NO_DATA and "/routine" in NO_DATA


async def test_progress_charts_the_stored_log_and_sessions_in_local_days(
        tmp_path: Path, dialogue: Dialogue, monkeypatch: pytest.MonkeyPatch) -> None:
    charted: list[Series] = []
    real = progress.render_chart
    monkeypatch.setattr(progress, "render_chart", lambda s: charted.append(s) or real(s))
    core = await make_core(tmp_path, dialogue, FakeClock(NOW))
    db = core.store
    await db.pain.add(1, 1, 6, "stiff", at=NOW - DAY)
    await db.pain.add(1, 1, 2, None, at=NOW)
    await db.pain.add(2, 2, 9, None, at=NOW)  # someone else
    session = await db.sessions.create(1, 1, "quick", due_at=NOW, started_at=NOW - 600)
    assert session is not None
    await db.sessions.score(session.id, 3, at=NOW - 300)
    await db.accounts.set_timezone(1, 1, "Europe/London", at=NOW)
    out = await core.progress.progress(Actor(1, 1))
    await db.close()
    [series] = charted
    assert series.days == ((TODAY - dt.timedelta(days=1), 6.0), (TODAY, 2.5))
    assert series.session_days == (TODAY,) and series.sessions == 1
    [sent] = out.effects
    assert isinstance(sent, Send) and sent.attachment is not None and sent.attachment.content.startswith(b"\x89PNG")
    assert sent.text == summary(series)


def test_chart_is_a_png() -> None:
    series = build_series([entry(d, d % 10) for d in range(0, 28, 3)], [NOW - 2 * DAY], now=NOW)
    assert render_chart(series).startswith(b"\x89PNG\r\n\x1a\n")
    only_sessions = Series(TODAY - dt.timedelta(days=27), TODAY, (), (TODAY,), 1)
    assert render_chart(only_sessions).startswith(b"\x89PNG")
