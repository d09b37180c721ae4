"""Progress: daily pain scores and session days over the last weeks, a chart of them, and a summary.

:func:`build_series` turns stored rows into a :class:`Series`; :func:`render_chart` draws it as a
PNG with matplotlib's Agg canvas (no pyplot, no display needed); :func:`summary` says it in one line.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from statistics import fmean

from bot.core.model import PainEntry
from bot.text import plural

WEEKS = 4
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
    """What the chart shows: one mean pain score per day that has any, and the days with a session."""

    start: dt.date
    today: dt.date
    days: tuple[tuple[dt.date, float], ...]
    session_days: tuple[dt.date, ...]
    sessions: int

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
    return Series(start, today, days, tuple(sorted(set(ends))), len(ends))


def summary(series: Series) -> str:
    """Return one line about the last two weeks and the sessions, plus a referral when pain stays high."""
    if series.empty:
        return NO_DATA
    weekly = series.weekly()
    this, before = weekly[-1], (weekly[-2] if len(weekly) > 1 else None)
    first = f"average {this:.1f} this week" if this is not None else "no scores this week"
    second = f"{before:.1f} the week before" if before is not None else "none the week before"
    line = f"{first}, {second}; {plural(series.sessions, 'session')} in {plural(series.weeks, 'week')}"
    line = line[0].upper() + line[1:] + "."
    recent = weekly[-HIGH_WEEKS:]
    if len(recent) == HIGH_WEEKS and all(w is not None and w >= HIGH_SCORE for w in recent):
        line += " " + SEE_SOMEONE
    return line


def render_chart(series: Series) -> bytes:
    """Return a PNG of the daily pain scores, with the session days marked."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.dates import DateFormatter
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8, 4), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    if series.days:
        ax.plot([d for d, _ in series.days], [s for _, s in series.days], marker="o", color="#c0392b",
                label="pain (0-10)")
    for i, day in enumerate(series.session_days):
        middle = dt.datetime.combine(day, dt.time())  # a date is plotted at its midnight
        ax.axvspan(middle - dt.timedelta(hours=9), middle + dt.timedelta(hours=9), color="#27ae60", alpha=0.25,
                   label="session" if i == 0 else None)
    ax.set_xlim(series.start - dt.timedelta(days=1), series.today + dt.timedelta(days=1))
    ax.set_ylim(-0.3, 10.3)
    ax.set_yticks(range(0, 11, 2))
    ax.set_ylabel("pain")
    ax.set_title(f"Your back over the last {plural(series.weeks, 'week')}")
    ax.grid(True, alpha=0.3)
    if series.days or series.session_days:
        ax.legend(loc="upper right")
    ax.xaxis.set_major_formatter(DateFormatter("%d %b"))
    fig.autofmt_xdate()
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()
