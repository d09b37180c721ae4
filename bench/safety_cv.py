"""Out-of-writer figures for the safety detectors: rules, banks, both, the trained model, and the booster.

    python -m bench.safety_cv            # CV on the dev part + the probes, and the "as it stood" folds
    python -m bench.safety_cv --heldout  # also score the held-out part once, with the shipped setup
    python -m bench.safety_cv --copy     # rebuild bot/safety/data/training.yaml from tests/data, and the
                                         # fitted model bot/safety/data/model.bin the bot loads

Leave-one-writer-out: each writer's messages are scored by a model fitted on the other writers' (the
project's probe batches count as one writer).  The rules and the banks are not fitted, and were tuned on
all of these messages, so their figures there are their dev figures (optimistic): only the model's part
is out of writer.  The "as it stood" folds are out of writer for both: the writers w5+w6 and w7+w8 are
scored by the rules and banks of the commit before they joined the corpus (from git) and by a model
fitted on the training data of that commit, the booster applied with today's code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from bench.table import table
from bot.safety import ALL_DETECTORS, Level, assess
from bot.safety.learned import FLAG_AT, MODEL, TRAINING, Model, boost, raise_level, using, write_shipped

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
TODAY = dt.date(2026, 12, 1)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99)
#: The booster's bars tried on P(flagged) (FLAG_AT among them).
FLAG_BARS = (0.75, 0.8, 0.85, 0.87, 0.9, 0.95)
#: The lift to emergency tried on P(emergency) when the rules say chronic or urgent.
EMERGENCY_BARS = (0.4, 0.5, 0.6, 0.7)
#: Writers and the commit at which they joined the corpus: the commit's parent had never seen them.
AS_IT_STOOD = (("a3bda74", ("w5", "w6")), ("ff9132c", ("w7", "w8")))
#: Run in an old tree: each text's level and what the booster's guards read (with that tree's rules).
_OLD_LEVELS = """import datetime as dt, json, sys
from bot.safety import assess, triage
seen, readers = [False], []
for name in ("_rule_hits", "_bank_hits"):
    def wrap(*a, _f=getattr(triage, name)):
        out = list(_f(*a))
        seen[0] = seen[0] or bool(out)
        return out
    setattr(triage, name, wrap)
result = triage._Reader.result
def keep(self):
    readers.append(self)
    return result(self)
triage._Reader.result = keep
out = []
for t in json.load(sys.stdin):
    seen[0] = False
    level = str(assess(t, today=dt.date(2026, 12, 1)).level)
    r = readers.pop()
    loose = getattr(r, "fragment", False) or getattr(r, "implied", False)
    about = [c for c in r.unique if triage._pain_in(c.text) or (loose and triage._BACK.search(c.text))]
    about = [] if all(c.subject == "pet" or triage.resolved(c) for c in about) else about
    out.append({"level": level, "seen": seen[0], "length": r.pain_length_known, "about": bool(about)})
print(json.dumps(out))
"""


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


def row(name: str, f: Figures) -> list[str]:
    """Return one table row."""
    return [name, f"{f.flagged:.3f}", f"{f.emergency:.3f}", f"{f.alarms:.3f}"]


def copy_training() -> None:
    """Write the dev part and the probes (text, level, writer) to the shipped training file, and the model
    fitted on them to the shipped model file."""
    rows = [{"text": r["text"], "level": r["level"], "writer": r["writer"]}
            for name in ("safety_dev.yaml", "safety_probes.yaml")
            for r in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))]
    header = TRAINING.read_text(encoding="utf-8").split("- text:", 1)[0] if TRAINING.exists() else ""
    TRAINING.write_text(header + yaml.safe_dump(rows, allow_unicode=True, sort_keys=False, width=120),
                        encoding="utf-8")
    model = write_shipped(MODEL)
    print(f"wrote {TRAINING.relative_to(ROOT)} ({len(rows)} messages) and {MODEL.relative_to(ROOT)} "
          f"({len(model.vocab)} n-grams, {MODEL.stat().st_size:,} bytes)")


def folds(items: Sequence[Item]) -> dict[str, Model]:
    """Return, for each writer, the model fitted on the other writers' messages."""
    return {w: Model.fit([i.text for i in items if i.writer != w], [i.level for i in items if i.writer != w])
            for w in sorted({i.writer for i in items})}


def boosted(items: Sequence[Item], models: dict[str, Model], flag_at: float) -> list[Level]:
    """Return ``assess`` with all three detectors, each item's model fitted without its writer."""
    out = []
    for i in items:
        with using(models[i.writer], flag_at):
            out.append(assess(i.text, today=TODAY, detectors=ALL_DETECTORS).level)
    return out


def lift_emergency(base: Sequence[Level], probas: Sequence[Sequence[float]], at: float) -> list[Level]:
    """Return ``base`` with chronic and urgent lifted to emergency where P(emergency) >= ``at``."""
    return [Level.EMERGENCY if b in (Level.CHRONIC, Level.URGENT) and float(p[Level.EMERGENCY]) >= at else b
            for b, p in zip(base, probas, strict=True)]


def as_it_stood(commit: str, writers: tuple[str, ...]) -> tuple[list[Item], list[dict[str, object]], list[list[float]]]:
    """Return the writers' dev items, what the rules and banks before ``commit`` read in them (level and the
    booster's guards), and the probabilities of a model fitted on that commit's parent's dev part and probes."""
    items = [i for i in load("safety_dev.yaml") if i.writer in writers]
    with tempfile.TemporaryDirectory() as tmp:
        tree = subprocess.run(["git", "archive", f"{commit}^", "bot", "tests/data"], cwd=ROOT, check=True,
                              capture_output=True).stdout
        with tarfile.open(fileobj=io.BytesIO(tree)) as tar:
            tar.extractall(tmp, filter="data")
        env = {**os.environ, "PYTHONPATH": tmp}
        res = subprocess.run([sys.executable, "-c", _OLD_LEVELS], input=json.dumps([i.text for i in items]),
                             capture_output=True, text=True, cwd=tmp, env=env, check=True)
        rows = [r for name in ("safety_dev.yaml", "safety_probes.yaml")
                for r in yaml.safe_load((Path(tmp) / "tests" / "data" / name).read_text(encoding="utf-8"))]
    assert not {str(r["writer"]) for r in rows} & set(writers), "the old training data must not hold them"
    model = Model.fit([str(r["text"]) for r in rows], [Level.parse(str(r["level"])) for r in rows])
    return items, json.loads(res.stdout), [model.proba(i.text) for i in items]


def _boost_old(read: dict[str, object], proba: Sequence[float], flag_at: float) -> Level:
    """Return the booster's level over what old rules and banks ``read`` (their level and the guards)."""
    level = Level.parse(str(read["level"]))
    lifted = boost(level, proba, bool(read["about"]), flag_at)
    return level if lifted is Level.CHRONIC and read["length"] else lifted


def run(heldout: bool = False) -> None:
    """Print the CV tables, the "as it stood" ones, and (when asked) the held-out part's, scored once."""
    items = load("safety_dev.yaml") + load("safety_probes.yaml")
    base = {name: levels(items, d) for name, d in (("rules", ("rules",)), ("banks", ("bank",)),
                                                    ("rules+banks", ("rules", "bank")))}
    models = folds(items)
    probas = [models[i.writer].proba(i.text) for i in items]
    predicted = [(Level(int(np.argmax(p))), float(np.max(p))) for p in probas]
    rows = [row(name, figures(items, got)) for name, got in base.items()]
    rows.append(row("model alone (out of writer)", figures(items, [p for p, _ in predicted])))
    for t in (0.5, 0.7, 0.8):
        rows.append(row(f"rules+banks, model lifts at >= {t}", figures(items, combined(base["rules+banks"], predicted,
                                                                                       t))))
    for t in EMERGENCY_BARS:
        rows.append(row(f"rules+banks, chronic/urgent -> emergency at P(em) >= {t}",
                        figures(items, lift_emergency(base["rules+banks"], probas, t))))
    for t in FLAG_BARS:
        mark = " (FLAG_AT)" if t == FLAG_AT else ""
        rows.append(row(f"rules+banks+booster, P(flagged) >= {t}{mark}", figures(items, boosted(items, models, t))))
    writers = ", ".join(sorted({i.writer for i in items}))
    table(f"Leave-one-writer-out on the dev part + probes ({len(items)} messages; writers {writers}); the rules "
          "and banks were tuned on all of them", ["detector", "flagged", "emergency", "false alarms"], rows)
    per = []
    for writer in sorted(models):
        idx = [n for n, i in enumerate(items) if i.writer == writer]
        sub = [items[n] for n in idx]
        per.append(row(f"model, {writer} left out ({len(sub)})", figures(sub, [predicted[n][0] for n in idx])))
    table("The model alone, per writer left out", ["fold", "flagged", "emergency", "false alarms"], per)
    old_items: list[Item] = []
    old_read: list[dict[str, object]] = []
    old_probas: list[list[float]] = []
    for commit, writers_ in AS_IT_STOOD:
        got = as_it_stood(commit, writers_)
        old_items += got[0]
        old_read += got[1]
        old_probas += got[2]
    old_base = [Level.parse(str(r["level"])) for r in old_read]
    rows = [row("rules+banks as they stood", figures(old_items, old_base)),
            row("model alone (its training data as it stood)",
                figures(old_items, [Level(int(np.argmax(p))) for p in old_probas]))]
    for t in EMERGENCY_BARS:
        rows.append(row(f"+ chronic/urgent -> emergency at P(em) >= {t}",
                        figures(old_items, lift_emergency(old_base, old_probas, t))))
    for t in FLAG_BARS:
        mark = " (FLAG_AT)" if t == FLAG_AT else ""
        rows.append(row(f"+ booster, P(flagged) >= {t}{mark}",
                        figures(old_items, [_boost_old(r, p, t) for r, p in zip(old_read, old_probas, strict=True)])))
    table(f"As it stood: w5+w6 and w7+w8 dev rows ({len(old_items)}) before they joined, out of writer for all",
          ["detector", "flagged", "emergency", "false alarms"], rows)
    if heldout:
        held = load("safety_heldout.yaml")
        table(f"Held-out part ({len(held)} messages), scored once",
              ["setup", "flagged", "emergency", "false alarms"],
              [row("rules+banks", figures(held, levels(held, ("rules", "bank")))),
               row(f"rules+banks+booster >= {FLAG_AT} (opt-in)", figures(held, levels(held, ("rules", "bank",
                                                                                               "model"))))])


def main() -> None:
    """Parse the options and run."""
    parser = argparse.ArgumentParser(prog="python -m bench.safety_cv", description=__doc__)
    parser.add_argument("--heldout", action="store_true", help="also score the held-out part once")
    parser.add_argument("--copy", action="store_true", help="rebuild bot/safety/data/training.yaml and model.bin first")
    args = parser.parse_args()
    if args.copy:
        copy_training()
    run(args.heldout)


if __name__ == "__main__":
    main()
