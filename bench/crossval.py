"""Choose search settings honestly: cross-validate on the development half by writer.

For each setting in a grid, the development items of three writers pick the best setting and the
fourth writer's items score it; the four scores' mean is the estimate of how the choice does on
wordings it was not tuned on.  The held-out half is never read here.
Run from the project's root: ``python -m bench.crossval``.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from bot.dialogue import Dialogue
from bot.knowledge import KnowledgeBase, load
from bot.search import SearchIndex

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "queries_dev.yaml"

Cell = dict[str, tuple[int, int, int, int]]  # writer -> (in right, in, out rejected, out)


def per_writer(dialogue: Dialogue, items: list[dict[str, Any]]) -> Cell:
    """Return, per writer, the in-domain items answered right and the off-topic ones rejected, with counts."""
    out: dict[str, list[int]] = {}
    for item in items:
        if item.get("language"):
            continue
        reply = dialogue.respond(item["text"])
        got = {t for t in (reply.topic, *(a.topic for a in reply.also)) if t}
        row = out.setdefault(item["writer"], [0, 0, 0, 0])
        if item.get("topic"):
            row[0] += item["topic"] in got
            row[1] += 1
        else:
            row[2] += not got
            row[3] += 1
    return {w: (a, b, c, d) for w, (a, b, c, d) in out.items()}


def objective(cell: Cell, writers: Iterable[str]) -> tuple[float, float, float]:
    """Return (min of the two rates, answered, rejected) over ``writers``: the bar asks for both."""
    a = b = c = d = 0
    for w in writers:
        a, b, c, d = a + cell[w][0], b + cell[w][1], c + cell[w][2], d + cell[w][3]
    ans, rej = a / max(b, 1), c / max(d, 1)
    return min(ans, rej), ans, rej


def crossvalidate(kb: KnowledgeBase, grid: dict[str, list[Any]], items: list[dict[str, Any]]) -> None:
    """Print each setting's dev figures and the leave-one-writer-out estimate of the grid's choice."""
    cells: list[tuple[dict[str, Any], Cell]] = []
    keys = list(grid)
    for values in itertools.product(*(grid[k] for k in keys)):
        settings = dict(zip(keys, values, strict=True))
        t = time.perf_counter()
        cell = per_writer(Dialogue(kb, SearchIndex(kb, **settings)), items)
        _, ans, rej = objective(cell, cell)
        print(f"{settings}: dev {ans:.3f} / {rej:.3f}  ({time.perf_counter() - t:.1f} s)", flush=True)
        cells.append((settings, cell))
    writers = sorted(cells[0][1])
    total_right = total_in = total_rej = total_out = 0
    for held in writers:
        train = [w for w in writers if w != held]
        settings, cell = max(cells, key=lambda sc: objective(sc[1], train))
        a, b, c, d = cell[held]
        total_right, total_in, total_rej, total_out = total_right + a, total_in + b, total_rej + c, total_out + d
        print(f"  check on {held}: picked {settings} -> {a / b:.3f} / {c / d:.3f}")
    print(f"cross-validated: {total_right / total_in:.3f} / {total_rej / total_out:.3f}")


def main() -> None:
    """Cross-validate the default grid."""
    kb = load(ROOT / "knowledge")
    items = yaml.safe_load(DEV.read_text(encoding="utf-8"))
    crossvalidate(kb, {"char_weight": [0.0, 0.5, 1.0], "unknown_factor": [0.15, 1.0]}, items)


if __name__ == "__main__":
    main()
