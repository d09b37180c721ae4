"""Leave-one-writer-out figures for the safety detectors: rules, banks, both, the trained model, and all.

    python -m bench.safety_cv            # CV on the dev part + the probes, and the threshold it picks
    python -m bench.safety_cv --heldout  # also score the held-out part once, with the chosen setup
    python -m bench.safety_cv --copy     # rebuild bot/safety/data/training.yaml from tests/data

Each writer's messages are scored by a model fitted on the other writers' (the project's two probe
batches count as one writer).  The rules and the banks are not fitted, and were tuned on all of these
messages, so their "CV" figures are their dev figures: only the model's are out-of-writer.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from bench.table import table
from bot.safety import Level, assess
from bot.safety.learned import TRAINING, Model, raise_level

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
TODAY = dt.date(2026, 12, 1)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99)


@dataclass(frozen=True)
class Item:
    """One labelled message."""

    text: str
    level: Level
    writer: str


@dataclass(frozen=True)
class Figures:
    """Flagged at least at level, emergencies at emergency, and false alarms, as fractions."""

    flagged: float
    emergency: float
    alarms: float


def load(name: str) -> list[Item]:
    """Return the items of ``tests/data/<name>``; the project's batches are one writer."""
    rows = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    return [Item(str(r["text"]), Level.parse(str(r["level"])),
                 "project" if str(r["writer"]).startswith("project") else str(r["writer"])) for r in rows]


def figures(items: Sequence[Item], got: Sequence[Level]) -> Figures:
    """Return the figures of predictions ``got`` for ``items``."""
    flag = [(i.level, g) for i, g in zip(items, got, strict=True) if i.level is not Level.NONE]
    em = [g for i, g in zip(items, got, strict=True) if i.level is Level.EMERGENCY]
    none = [g for i, g in zip(items, got, strict=True) if i.level is Level.NONE]
    return Figures(sum(g >= e for e, g in flag) / max(len(flag), 1),
                   sum(g is Level.EMERGENCY for g in em) / max(len(em), 1),
                   sum(g is not Level.NONE for g in none) / max(len(none), 1))


def levels(items: Sequence[Item], detectors: tuple[str, ...]) -> list[Level]:
    """Return the level ``assess`` gives each item with ``detectors``."""
    return [assess(i.text, today=TODAY, detectors=detectors).level for i in items]


def out_of_writer(items: Sequence[Item]) -> list[tuple[Level, float]]:
    """Return each item's predicted level and confidence from a model fitted without its writer."""
    out: list[tuple[Level, float] | None] = [None] * len(items)
    for writer in sorted({i.writer for i in items}):
        train = [i for i in items if i.writer != writer]
        model = Model.fit([i.text for i in train], [i.level for i in train])
        for n, i in enumerate(items):
            if i.writer == writer:
                out[n] = model.predict(i.text)
    return [p for p in out if p is not None]


def combined(base: Sequence[Level], predicted: Sequence[tuple[Level, float]], threshold: float) -> list[Level]:
    """Return the rules-and-banks levels lifted where the model is at least ``threshold`` sure."""
    return [raise_level(b, p, c, threshold) for b, (p, c) in zip(base, predicted, strict=True)]


def choose(items: Sequence[Item], base: Sequence[Level],
           predicted: Sequence[tuple[Level, float]]) -> float | None:
    """Return the threshold with the best CV recall that raises recall and adds no false alarm (None if none)."""
    without = figures(items, base)
    best: tuple[float, float] | None = None
    for t in THRESHOLDS:
        f = figures(items, combined(base, predicted, t))
        if f.flagged > without.flagged and f.alarms <= without.alarms and (best is None or f.flagged > best[1]):
            best = (t, f.flagged)
    return None if best is None else best[0]


def harmless(items: Sequence[Item], base: Sequence[Level], predicted: Sequence[tuple[Level, float]]) -> float | None:
    """Return the lowest threshold at which the model adds no CV false alarm (None if every one adds some)."""
    without = figures(items, base).alarms
    return next((t for t in THRESHOLDS if figures(items, combined(base, predicted, t)).alarms <= without), None)


def row(name: str, f: Figures) -> list[str]:
    """Return one table row."""
    return [name, f"{f.flagged:.3f}", f"{f.emergency:.3f}", f"{f.alarms:.3f}"]


def copy_training() -> None:
    """Write the dev part and the probes (text, level, writer) to the shipped training file."""
    rows = [{"text": r["text"], "level": r["level"], "writer": r["writer"]}
            for name in ("safety_dev.yaml", "safety_probes.yaml")
            for r in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))]
    header = TRAINING.read_text(encoding="utf-8").split("- text:", 1)[0] if TRAINING.exists() else ""
    TRAINING.write_text(header + yaml.safe_dump(rows, allow_unicode=True, sort_keys=False, width=120),
                        encoding="utf-8")


def run(heldout: bool = False) -> float | None:
    """Print the CV table (and the held-out one when asked); return the chosen threshold."""
    items = load("safety_dev.yaml") + load("safety_probes.yaml")
    base = {name: levels(items, d) for name, d in (("rules", ("rules",)), ("banks", ("bank",)),
                                                    ("rules+banks", ("rules", "bank")))}
    predicted = out_of_writer(items)
    rows = [row(name, figures(items, got)) for name, got in base.items()]
    rows.append(row("model (out of writer)", figures(items, [p for p, _ in predicted])))
    for t in THRESHOLDS:
        rows.append(row(f"model alone >= {t}", figures(items, combined([Level.NONE] * len(items), predicted, t))))
    for t in THRESHOLDS:
        rows.append(row(f"rules+banks+model >= {t}", figures(items, combined(base["rules+banks"], predicted, t))))
    writers = ", ".join(sorted({i.writer for i in items}))
    table(f"Leave-one-writer-out on the dev part + probes ({len(items)} messages; writers {writers})",
          ["detector", "flagged", "emergency", "false alarms"], rows)
    per = []
    for writer in sorted({i.writer for i in items}):
        idx = [n for n, i in enumerate(items) if i.writer == writer]
        sub = [items[n] for n in idx]
        per.append(row(f"model, {writer} left out ({len(sub)})", figures(sub, [predicted[n][0] for n in idx])))
    table("The model alone, per writer left out", ["fold", "flagged", "emergency", "false alarms"], per)
    chosen = choose(items, base["rules+banks"], predicted)
    quiet = harmless(items, base["rules+banks"], predicted)
    verdict = ("no model: no threshold raises CV recall without adding false alarms" if chosen is None
               else f"the model at >= {chosen}")
    print(f"\nChosen: {verdict}; the lowest threshold adding no CV false alarm is {quiet}")
    if heldout:
        held = load("safety_heldout.yaml")
        got = levels(held, ("rules", "bank"))
        if chosen is not None:
            got = combined(got, [_full().predict(i.text) for i in held], chosen)
        table(f"Held-out part ({len(held)} messages), scored once with the chosen setup",
              ["setup", "flagged", "emergency", "false alarms"],
              [row("rules+banks" + ("" if chosen is None else f"+model >= {chosen}"), figures(held, got))])
    return chosen


def _full() -> Model:
    from bot.safety.learned import default_model

    return default_model()


def main() -> None:
    """Parse the options and run."""
    parser = argparse.ArgumentParser(prog="python -m bench.safety_cv", description=__doc__)
    parser.add_argument("--heldout", action="store_true", help="also score the held-out part once")
    parser.add_argument("--copy", action="store_true", help="rebuild bot/safety/data/training.yaml first")
    args = parser.parse_args()
    if args.copy:
        copy_training()
    run(args.heldout)


if __name__ == "__main__":
    main()
