"""Progress: daily pain scores and session days over the last weeks, a chart of them, and a summary.

:func:`build_series` turns stored rows into a :class:`Series`; :func:`render_chart` draws it as a
PNG with matplotlib's Agg canvas (no pyplot, no display needed; matplotlib is imported only there);
:func:`summary` says it in one line, and :func:`logged_summary` confirms a /log with today's average.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from statistics import fmean
from typing import TYPE_CHECKING

from bot.core.model import PainEntry
from bot.text import plural

if TYPE_CHECKING:
    from matplotlib.figure import Figure

WEEKS = 4
#: The chart shows at least this many days, and starts at the first day with data when that is later.
MIN_CHART_DAYS = 7
Y_LABEL = "pain (0 = none, 10 = worst)"
#: A weekly average at or above this, for ``HIGH_WEEKS`` weeks in a row, gets the referral sentence.
HIGH_SCORE = 6.0
HIGH_WEEKS = 3

NO_DATA = ("Nothing to chart yet. Log how your back feels today with /log (0 = no pain, 10 = worst), "
           "for example /log 4, or do a guided routine with /routine: it asks for a score at the end. "
           "Then /progress draws your chart.")
SEE_SOMEONE = ("Your pain has stayed high for several weeks: please see a GP or a physiotherapist "
               "to get it checked.")


@dataclass(frozen=True)
class Series:
    """What the chart shows: one mean pain score per day that has any, and the days with a session.

    ``counts`` holds how many scores each of ``days`` averages (same order; empty means one each).
    """

    start: dt.date
    today: dt.date
    days: tuple[tuple[dt.date, float], ...]
    session_days: tuple[dt.date, ...]
    sessions: int
    counts: tuple[int, ...] = ()

    def count(self, index: int) -> int:
        """Return how many scores the ``index``-th day averages."""
        return self.counts[index] if index < len(self.counts) else 1

    @property
    def chart_start(self) -> dt.date:
        """Return the first day the chart shows: the first with data, but at least a week back, at most ``start``."""
        first = min([d for d, _ in self.days] + list(self.session_days), default=self.today)
        return max(self.start, min(first, self.today - dt.timedelta(days=MIN_CHART_DAYS - 1)))

    @property
    def chart_days(self) -> int:
        """Return how many days the chart shows."""
        return (self.today - self.chart_start).days + 1

    @property
    def empty(self) -> bool:
        """Return whether there is nothing to chart."""
        return not self.days and not self.sessions

    @property
    def weeks(self) -> int:
        """Return how many weeks the series spans."""
        return ((self.today - self.start).days + 1) // 7

    def weekly(self) -> list[float | None]:
        """Return the average of the daily scores for each 7-day window, oldest first, ending today."""
        out: list[float | None] = []
        for back in range(self.weeks - 1, -1, -1):
            last = self.today - dt.timedelta(days=7 * back)
            scores = [s for d, s in self.days if last - dt.timedelta(days=6) <= d <= last]
            out.append(fmean(scores) if scores else None)
        return out


def _day(at: float, tz: dt.tzinfo) -> dt.date:
    return dt.datetime.fromtimestamp(at, tz).date()


def build_series(entries: Iterable[PainEntry], session_ends: Iterable[float], *, now: float,
                 tz: dt.tzinfo = dt.UTC, weeks: int = WEEKS) -> Series:
    """Return the daily mean scores and session days in the ``weeks`` weeks up to ``now`` (local days in ``tz``)."""
    today = _day(now, tz)
    start = today - dt.timedelta(days=7 * weeks - 1)
    by_day: dict[dt.date, list[int]] = defaultdict(list)
    for entry in entries:
        day = _day(entry.at, tz)
        if start <= day <= today:
            by_day[day].append(entry.score)
    ends = [d for at in session_ends if start <= (d := _day(at, tz)) <= today]
    days = tuple((d, fmean(by_day[d])) for d in sorted(by_day))
    counts = tuple(len(by_day[d]) for d, _ in days)
    return Series(start, today, days, tuple(sorted(set(ends))), len(ends), counts)


def scores_on(entries: Iterable[PainEntry], day: dt.date, *, tz: dt.tzinfo = dt.UTC) -> list[int]:
    """Return the scores logged on ``day`` (a local day in ``tz``), oldest first."""
    return [entry.score for entry in entries if _day(entry.at, tz) == day]


def logged_summary(entries_today: Iterable[PainEntry | int], score: int) -> str:
    """Return the /log confirmation: the score, and today's average when there are several (the new one included).

    "Logged 4/10 for today." or "Logged 4/10; today's average 4.5 from 2 logs."
    """
    scores = [e if isinstance(e, int) else e.score for e in entries_today]
    if len(scores) <= 1:
        return f"Logged {score}/10 for today."
    return f"Logged {score}/10; today's average {fmean(scores):.1f} from {len(scores)} logs."


def summary(series: Series) -> str:
    """Return one line about the last two weeks and the sessions, plus a referral when pain stays high."""
    if series.empty:
        return NO_DATA
    weekly = series.weekly()
    this, before = weekly[-1], (weekly[-2] if len(weekly) > 1 else None)
    first = f"average {this:.1f} this week" if this is not None else "no scores this week"
    second = f"{before:.1f} the week before" if before is not None else "none the week before"
    line = f"{first}, {second}; {plural(series.sessions, 'session')} in {span(series)}"
    line = line[0].upper() + line[1:] + "."
    recent = weekly[-HIGH_WEEKS:]
    if len(recent) == HIGH_WEEKS and all(w is not None and w >= HIGH_SCORE for w in recent):
        line += " " + SEE_SOMEONE
    return line


def span(series: Series) -> str:
    """Return the stretch the chart shows, as its title and the summary both say it: "the last 2 weeks"."""
    days = series.chart_days
    if days % 7 == 0:
        return f"the last {plural(days // 7, 'week')}" if days > 7 else "the last week"
    return f"the last {days} days"


def _title(series: Series) -> str:
    return f"Your back over {span(series)}"


def build_figure(series: Series) -> Figure:
    """Return the chart as a matplotlib Figure (on an Agg canvas): daily pain, gaps left open, sessions marked."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.dates import DateFormatter, DayLocator, date2num
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8, 4), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    start = series.chart_start

    def x(day: dt.date) -> float:  # matplotlib's day number of a date's midnight
        return float(date2num(day))

    window = [start + dt.timedelta(days=i) for i in range(series.chart_days)]
    scores = dict(series.days)
    if series.days:
        # One value per day, NaN where nothing was logged: matplotlib breaks the line there.
        ax.plot([x(d) for d in window], [scores.get(d, float("nan")) for d in window], marker="o", color="#c0392b",
                label="pain")
        several = [(d, score) for i, (d, score) in enumerate(series.days) if series.count(i) > 1]
        if several:  # a ring around the days that average more than one log
            ax.scatter([x(d) for d, _ in several], [score for _, score in several], s=160, facecolors="none",
                       edgecolors="#c0392b", linewidths=1.5, label="average of several logs", zorder=3)
    for i, day in enumerate(d for d in series.session_days if d >= start):
        ax.axvspan(x(day) - 0.375, x(day) + 0.375, color="#27ae60", alpha=0.25,
                   label="routine done" if i == 0 else None)
    ax.set_xlim(x(start) - 0.6, x(series.today) + 0.6)
    ax.set_ylim(-0.3, 10.3)
    ax.set_yticks(range(0, 11, 2))
    ax.set_ylabel(Y_LABEL)
    ax.set_title(_title(series))
    ax.grid(True, alpha=0.3)
    days = series.chart_days
    ax.xaxis.set_major_locator(DayLocator(interval=1 if days <= 10 else 2 if days <= 21 else 7))
    ax.xaxis.set_major_formatter(DateFormatter("%d %b"))
    ax.tick_params(axis="x", labelrotation=30)
    if series.days or series.session_days:
        fig.legend(loc="outside right upper")  # beside the plot: never over the newest days
    return fig


def render_chart(series: Series) -> bytes:
    """Return a PNG of the daily pain scores, with the session days marked."""
    out = io.BytesIO()
    build_figure(series).savefig(out, format="png")
    return out.getvalue()
