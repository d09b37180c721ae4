"""The progress series, its summary and the chart, without Telegram."""

from __future__ import annotations

import datetime as dt
import math
import subprocess
import sys
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from matplotlib.dates import num2date
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from bot.core.model import PainEntry
from bot.progress import (
    NO_DATA,
    SEE_SOMEONE,
    Y_LABEL,
    Series,
    build_figure,
    build_series,
    logged_summary,
    render_chart,
    scores_on,
    summary,
)

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
    assert summary(series) == "Average 4.5 this week, 5.0 the week before; 3 sessions in the last 13 days."


def test_summary_with_a_quiet_week() -> None:
    series = build_series([entry(9, 3)], [NOW - 9 * DAY], now=NOW)
    # the summary names the stretch the chart's title names, not the 4 weeks looked back over
    assert summary(series) == "No scores this week, 3.0 the week before; 1 session in the last 10 days."
    assert build_figure(series).axes[0].get_title() == "Your back over the last 10 days"


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


def test_chart_is_a_png() -> None:
    series = build_series([entry(d, d % 10) for d in range(0, 28, 3)], [NOW - 2 * DAY], now=NOW)
    assert render_chart(series).startswith(b"\x89PNG\r\n\x1a\n")
    only_sessions = Series(TODAY - dt.timedelta(days=27), TODAY, (), (TODAY,), 1)
    assert render_chart(only_sessions).startswith(b"\x89PNG")


# --- the chart, read through matplotlib's objects -------------------------------------------------

def _figure(entries: list[PainEntry], session_ends: list[float] | None = None) -> Figure:
    figure = build_figure(build_series(entries, session_ends or [], now=NOW))
    figure.canvas.draw()
    return figure


def _days_shown(figure: Figure) -> float:
    low, high = figure.axes[0].get_xlim()
    return high - low


def test_the_legend_sits_beside_the_plot_not_over_it() -> None:
    figure = _figure([entry(0, 4), entry(0.1, 6), entry(1, 5)], [NOW])
    ax = figure.axes[0]
    assert ax.get_legend() is None and len(figure.legends) == 1
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    legend, plot = figure.legends[0].get_window_extent(renderer), ax.get_window_extent(renderer)
    assert legend.x0 >= plot.x1  # entirely to the right of the axes
    assert legend.x1 <= figure.bbox.x1  # and still inside the picture
    labels = [text.get_text() for text in figure.legends[0].get_texts()]
    assert labels == ["pain", "average of several logs", "routine done"]


def test_the_pain_axis_says_which_end_is_worse() -> None:
    figure = _figure([entry(0, 4)])
    assert figure.axes[0].get_ylabel() == Y_LABEL == "pain (0 = none, 10 = worst)"
    assert figure.axes[0].get_ylim() == (-0.3, 10.3)


def test_no_line_is_drawn_across_days_without_a_log() -> None:
    figure = _figure([entry(0, 4), entry(1, 5), entry(4, 7), entry(5, 8)])
    line = figure.axes[0].lines[0]
    days = [num2date(x).date() for x in np.asarray(line.get_xdata(), dtype=float)]
    scores = dict(zip(days, np.asarray(line.get_ydata(), dtype=float).tolist(), strict=True))
    assert days == [TODAY - dt.timedelta(days=n) for n in range(6, -1, -1)]  # one point a day, oldest first
    assert [scores[TODAY - dt.timedelta(days=n)] for n in (5, 4, 1, 0)] == [8, 7, 5, 4]
    for gap in (2, 3, 6):  # NaN: matplotlib draws no segment to or from these days
        assert math.isnan(scores[TODAY - dt.timedelta(days=gap)])


def test_less_than_a_week_of_data_shows_one_week_not_four() -> None:
    figure = _figure([entry(0, 4), entry(2, 6)])
    assert _days_shown(figure) == pytest.approx(7 + 0.2)  # seven days and a margin
    assert figure.axes[0].get_title() == "Your back over the last week"
    low, high = figure.axes[0].get_xlim()
    assert num2date(low).date() == TODAY - dt.timedelta(days=7)  # the margin before the first of the seven
    assert num2date(high).date() == TODAY


def test_the_window_starts_at_the_first_day_with_data_up_to_four_weeks() -> None:
    ten_days = _figure([entry(9, 5), entry(0, 4)])
    assert _days_shown(ten_days) == pytest.approx(10 + 0.2)
    assert ten_days.axes[0].get_title() == "Your back over the last 10 days"
    two_weeks = _figure([], [NOW - 13 * DAY])
    assert two_weeks.axes[0].get_title() == "Your back over the last 2 weeks"
    full = _figure([entry(40, 2), entry(27, 5), entry(0, 4)])
    assert _days_shown(full) == pytest.approx(28 + 0.2)
    assert full.axes[0].get_title() == "Your back over the last 4 weeks"


def test_several_logs_on_one_day_show_as_their_average_and_are_marked() -> None:
    series = build_series([entry(0, 4), entry(0.1, 5), entry(1, 7)], [], now=NOW)
    assert series.days == ((TODAY - dt.timedelta(days=1), 7.0), (TODAY, 4.5)) and series.counts == (1, 2)
    figure = build_figure(series)
    ax = figure.axes[0]
    assert np.asarray(ax.lines[0].get_ydata(), dtype=float)[-1] == 4.5
    (rings,) = ax.collections
    assert rings.get_label() == "average of several logs"
    ((x, y),) = np.asarray(rings.get_offsets(), dtype=float).tolist()
    assert (num2date(x).date(), y) == (TODAY, 4.5)


def test_one_log_a_day_has_no_average_mark() -> None:
    ax = _figure([entry(0, 4), entry(1, 7)]).axes[0]
    assert not ax.collections


def test_session_days_are_marked_without_a_pain_line() -> None:
    only_sessions = Series(TODAY - dt.timedelta(days=27), TODAY, (), (TODAY - dt.timedelta(days=3),), 1)
    figure = build_figure(only_sessions)
    ax = figure.axes[0]
    assert not ax.lines
    (span,) = ax.patches
    assert isinstance(span, Rectangle)
    assert span.get_label() == "routine done"
    assert num2date(span.get_x() + span.get_width() / 2).date() == TODAY - dt.timedelta(days=3)


def test_logged_summary_gives_todays_average_when_there_are_several() -> None:
    assert logged_summary([4], 4) == "Logged 4/10 for today."
    assert logged_summary([], 4) == "Logged 4/10 for today."
    assert logged_summary([5, 4], 4) == "Logged 4/10; today's average 4.5 from 2 logs."
    assert logged_summary([entry(0.2, 2), entry(0, 7), entry(0, 7)], 7) == (
        "Logged 7/10; today's average 5.3 from 3 logs.")


def test_scores_on_a_local_day() -> None:
    late = dt.datetime(2026, 3, 17, 23, 30, tzinfo=dt.UTC).timestamp()  # the 18th in Berlin
    entries = [PainEntry(late, 5, None, "log"), entry(0, 3)]
    assert scores_on(entries, TODAY) == [3]
    assert scores_on(entries, TODAY, tz=ZoneInfo("Europe/Berlin")) == [5, 3]


def test_matplotlib_is_imported_only_to_draw() -> None:
    code = "import sys, bot.progress; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
