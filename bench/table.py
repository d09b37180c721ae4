"""Print a benchmark's table (Markdown, so docs/performance.md can take it as it is) and a progress line."""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Sequence

_started = time.monotonic()


def progress(message: str) -> None:
    """Show what is running now on stderr (one line, overwritten on a terminal), with the time so far."""
    line = f"[bench {time.monotonic() - _started:6.1f} s] {message}"
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K" + line)
    else:
        sys.stderr.write(line + "\n")
    sys.stderr.flush()


def done() -> None:
    """End the progress line so the next output starts on a clean line."""
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K")
        sys.stderr.flush()


def percentile(values: Sequence[float], p: float) -> float:
    """Return the ``p``-th percentile (0-100) of ``values`` by the nearest-rank method (nan when empty)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def ratio(baseline: float, ours: float) -> str:
    """Return how many times ``ours`` beats ``baseline`` for a time or size (baseline / ours), as "12.3x"."""
    if not ours or math.isnan(ours) or math.isnan(baseline):
        return "n/a"
    return f"{baseline / ours:.1f}x"


def fmt(value: float, digits: int = 0) -> str:
    """Return a number with thousands separators, or "n/a"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    return f"{value:,.{digits}f}"


def table(title: str, headers: Sequence[str], rows: Sequence[Sequence[object]], notes: Sequence[str] = ()) -> None:
    """Print a titled Markdown table with aligned columns, then its notes."""
    done()
    cells = [[str(h) for h in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in
                                 enumerate(zip(row, widths, strict=True))) + " |"

    print(f"\n### {title}\n")
    print(line(cells[0]))
    print("|" + "|".join("-" * (w + 1) + ("-" if i == 0 else ":") for i, w in enumerate(widths)) + "|")
    for row in cells[1:]:
        print(line(row))
    if notes:
        print()
        for note in notes:
            print(f"- {note}")
    sys.stdout.flush()
