"""Out-of-writer figures for the safety detectors, and the trained booster's bars chosen from them.

    python -m bench.safety_cv            # writer-out CV on the dev parts, the bars it chooses, "as it stood"
    python -m bench.safety_cv --heldout  # also score the held-out parts once, with and without the booster
    python -m bench.safety_cv --copy-only  # only that rebuild (``make models`` runs it, then the answer model's)
    python -m bench.safety_cv --copy     # rebuild bot/safety/data/training.yaml (:func:`gather`) and the
                                         # fitted model bot/safety/data/model.bin the bot loads, first

The model learns from :func:`gather`: the safety corpus's development part and the project's probes with
their levels, the paraphrases with their expected level, and, as ordinary (none), every English message of
the answer corpus's development part and every phrasing of the knowledge base, except the topics that speak
of long pain or of when not to massage (:data:`UNLABELLED_TOPICS`: not trained on, still scored).  No text
of a held-out part is ever trained on.

Leave-one-writer-out: each writer's messages are scored by a model fitted on the other writers'.  The answer
corpus's writers w1-w8 are the safety corpus's (they joined both corpora together), so a fold leaves the
writer out of both; the project's messages (probes, paraphrases, knowledge base) are one writer.  The rules
and the banks are not fitted, and were tuned on all of these messages, so their figures here are their dev
figures (optimistic): only the model's part is out of writer.  The "as it stood" folds are out of writer for
both: the writers w5+w6 and w7+w8 are scored by the rules and banks of the commit before they joined the
corpora (from git) and by a model fitted on what :func:`gather` finds in that commit, with today's booster.

The bars (:data:`bot.safety.learned.BARS`) are chosen from the ordinary messages alone: per level, the lowest
of :data:`GRID` at which the booster flags at most :data:`BUDGET` of them at that level, leaving each writer
out.  What they gain is then read on the "as it stood" folds, which the choice never saw flagged.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import math
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from bench.table import done, percentile, progress, table
from bot.knowledge import YAML_LOADER
from bot.safety import ALL_DETECTORS, Level, assess, triage
from bot.safety.learned import BARS, MODEL, TRAINING, Bars, Model, boost, default_model, using, write_shipped

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
TODAY = dt.date(2026, 12, 1)
#: Topics whose phrasings speak of long pain or of a fever ("can I massage with a temperature"): neither
#: ordinary nor labelled, so not trained on (the answer corpus's are still counted as its ordinary messages).
UNLABELLED_TOPICS = frozenset({"chronic-back-pain", "when-not-to-massage"})
#: The bars tried for each level.
GRID = tuple(round(0.20 + 0.05 * k, 2) for k in range(16))
#: The most ordinary development messages (of about 2,900) the booster may flag at one level, leaving each
#: writer out: about 1 in 1,500, so the three levels together stay far below the 2% of issue 10.
BUDGET = 2
#: Writers and the commit at which they joined the corpora: the commit's parent had never seen them.
AS_IT_STOOD = (("a3bda74", ("w5", "w6")), ("ff9132c", ("w7", "w8")))
_OFF = 2.0  # a bar no probability reaches
#: Run in an old tree: each text's level with the rules and banks, the booster's gate and whether the rules read
#: how long it has hurt, with that tree's code.  Trees before PyStemmer imported snowballstemmer, which has the
#: same interface.
_OLD_READS = """import datetime as dt, json, sys, types
try:
    import snowballstemmer  # noqa: F401
except ImportError:
    import Stemmer
    shim = types.ModuleType("snowballstemmer")
    shim.stemmer = Stemmer.Stemmer
    sys.modules["snowballstemmer"] = shim
from bot.safety import triage
out = []
for t in json.load(sys.stdin):
    r = triage._Reader(t, dt.date(2026, 12, 1), ("rules", "bank"))
    r.red_flags()
    r.chronic()
    about = [c for c in r.unique if triage._pain_in(c.text) or triage._BACK.search(c.text)]
    about = [] if all(c.subject == "pet" or triage.resolved(c) for c in about) else about
    length = r.pain_length_known or bool(triage.durations.find(r.low, dt.date(2026, 12, 1)))
    out.append({"level": str(r.result().level), "about": bool(about), "length": length})
print(json.dumps(out))
"""


@dataclass(frozen=True)
class Row:
    """One message: its level (``None``: not labelled, not trained on), writer and the file it comes from."""

    text: str
    level: Level | None
    writer: str
    source: str

    @property
    def fold(self) -> str:
        """Return the writer it is left out with: the project's messages are one writer."""
        return "project" if self.writer.startswith("project") else self.writer

    @property
    def ordinary(self) -> bool:
        """Return whether nothing should be flagged in it."""
        return self.level is None or self.level is Level.NONE


@dataclass(frozen=True)
class Read:
    """What the rules and banks read in a message: the level, the booster's gate, and whether they read a length or
    a start in it (then the booster does not give chronic)."""

    level: Level
    about: bool
    length: bool


def _yaml(path: Path) -> list[dict[str, Any]]:
    rows = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER) if path.exists() else None
    return [r for r in rows or [] if isinstance(r, dict)]


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def gather(root: Path = ROOT) -> list[Row]:
    """Return every message the model may learn from in the tree at ``root``, labelled or not (see the module
    docstring); a text also found in a held-out part is left unlabelled (``level`` None)."""
    data = root / "tests" / "data"
    held = {_key(str(r.get("text", ""))) for name in sorted(data.glob("*_heldout.yaml")) for r in _yaml(name)}
    rows = [Row(str(r["text"]), Level.parse(str(r["level"])), str(r["writer"]), name)
            for name in ("safety_dev", "safety_probes") for r in _yaml(data / f"{name}.yaml")]
    for r in _yaml(data / "paraphrases.yaml"):
        safety = (r.get("expect") or {}).get("safety")
        if safety:
            rows.append(Row(str(r["q"]), Level.parse(str(safety)), "project-paraphrases", "paraphrases"))
    for r in _yaml(data / "queries_dev.yaml"):
        if r.get("language"):
            continue
        also = r.get("also") or []
        topics = {r.get("topic"), *([also] if isinstance(also, str) else also)}
        rows.append(Row(str(r["text"]), None if topics & UNLABELLED_TOPICS else Level.NONE, str(r["writer"]),
                        "queries_dev"))
    for path in sorted((root / "knowledge").glob("*.yaml")):
        for entry in _yaml(path):
            level = None if entry.get("id") in UNLABELLED_TOPICS else Level.NONE
            for text in ([entry["question"]] if entry.get("question") else []) + list(entry.get("alternates") or []):
                rows.append(Row(str(text), level, "project-knowledge", "knowledge"))
    # A text also in a held-out part ("my back hurts", "hi") is scored here but never trained on.
    return [Row(r.text, None, r.writer, r.source) if _key(r.text) in held else r for r in rows]


def copy_training() -> None:
    """Write the labelled messages of :func:`gather` (text, level, writer) to the shipped training file, and the
    model fitted on them to the shipped model file."""
    rows = [{"text": r.text, "level": str(r.level), "writer": r.writer} for r in gather() if r.level is not None]
    header = TRAINING.read_text(encoding="utf-8").split("- text:", 1)[0] if TRAINING.exists() else ""
    TRAINING.write_text(header + yaml.safe_dump(rows, allow_unicode=True, sort_keys=False, width=120),
                        encoding="utf-8")
    model = write_shipped(MODEL)
    print(f"wrote {TRAINING.relative_to(ROOT)} ({len(rows)} messages) and {MODEL.relative_to(ROOT)} "
          f"({len(model.ngrams)} n-grams, {MODEL.stat().st_size:,} bytes)")


def fit(rows: Iterable[Row]) -> Model:
    """Return the model fitted on the labelled ``rows``."""
    train = [r for r in rows if r.level is not None]
    return Model.fit([r.text for r in train], [r.level for r in train if r.level is not None])


def reads(texts: Sequence[str]) -> list[Read]:
    """Return what today's rules and banks read in each text (as ``assess`` does before the booster)."""
    out = []
    for text in texts:
        reader = triage._Reader(text, TODAY, ("rules", "bank"))
        reader.red_flags()
        reader.chronic()
        out.append(Read(reader.result().level, bool(reader.about_pain()), not reader.allows(Level.CHRONIC)))
    return out


def old_reads(root: Path, texts: Sequence[str]) -> list[Read]:
    """Return what the rules and banks of the tree at ``root`` read in each text."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    res = subprocess.run([sys.executable, "-c", _OLD_READS], input=json.dumps(list(texts)), capture_output=True,
                         text=True, cwd=root, env=env, check=True)
    return [Read(Level.parse(r["level"]), bool(r["about"]), bool(r["length"])) for r in json.loads(res.stdout)]


def decide(read: Read, proba: Sequence[float], bars: Bars) -> Level:
    """Return the level ``assess`` gives with the booster at ``bars`` (the same steps as ``_Reader.model``)."""
    if read.level is not Level.NONE or not read.about:
        return read.level
    level = boost(Level.NONE, proba, True, bars)
    return Level.NONE if level is Level.CHRONIC and read.length else level


def only(level: Level, bar: float) -> Bars:
    """Return bars that flag at ``level`` alone, at ``bar``."""
    return Bars(bar if level is Level.EMERGENCY else _OFF, bar if level is Level.URGENT else _OFF,
                bar if level is Level.CHRONIC else _OFF)


def flagged_at(level: Level, bar: float, rows: Sequence[Row], rd: Sequence[Read],
               probas: Sequence[Sequence[float]]) -> int:
    """Return how many ordinary ``rows`` the booster alone flags with ``level``'s bar at ``bar``."""
    bars = only(level, bar)
    return sum(1 for r, x, p in zip(rows, rd, probas, strict=True)
               if r.ordinary and x.level is Level.NONE and decide(x, p, bars) is not Level.NONE)


def choose(rows: Sequence[Row], rd: Sequence[Read], probas: Sequence[Sequence[float]]) -> Bars:
    """Return, per level, the lowest bar of :data:`GRID` with at most :data:`BUDGET` ordinary rows flagged."""
    def lowest(level: Level) -> float:
        return next((t for t in GRID if flagged_at(level, t, rows, rd, probas) <= BUDGET), _OFF)

    return Bars(lowest(Level.EMERGENCY), lowest(Level.URGENT), lowest(Level.CHRONIC))


@dataclass(frozen=True)
class Figures:
    """Flagged at least at their level, emergencies at emergency, ordinary messages flagged: (hits, of)."""

    flagged: tuple[int, int]
    emergency: tuple[int, int]
    alarms: tuple[int, int]


def figures(rows: Sequence[Row], got: Sequence[Level]) -> Figures:
    """Return the figures of levels ``got`` for ``rows``."""
    pairs = list(zip(rows, got, strict=True))
    flag = [g >= r.level for r, g in pairs if r.level is not None and r.level is not Level.NONE]
    em = [g is Level.EMERGENCY for r, g in pairs if r.level is Level.EMERGENCY]
    none = [g is not Level.NONE for r, g in pairs if r.ordinary]
    return Figures((sum(flag), len(flag)), (sum(em), len(em)), (sum(none), len(none)))


def share(pair: tuple[int, int]) -> str:
    """Return "0.901 (439/487)"."""
    hits, of = pair
    return f"{hits / of:.3f} ({hits}/{of})" if of else "-"


def row(name: str, f: Figures) -> list[str]:
    """Return one table row: flagged, emergencies, false alarms."""
    return [name, share(f.flagged), share(f.emergency), share(f.alarms)]


def bars_text(bars: Bars) -> str:
    """Return "P(em) >= 0.45, P(urg+) >= 0.65, P(chr) >= 0.5" (a bar of 2 is "off")."""
    def one(x: float) -> str:
        return "off" if x > 1 else f"{x:g}"

    return f"P(em) >= {one(bars.emergency)}, P(urg+) >= {one(bars.urgent)}, P(chr) >= {one(bars.chronic)}"


def as_it_stood(rows: Sequence[Row]) -> tuple[list[Row], list[Read], list[list[float]]]:
    """Return the dev rows (both corpora) of the writers of :data:`AS_IT_STOOD`, what the rules and banks of the
    commit before they joined read in them, and the probabilities of a model fitted on that commit's data."""
    out_rows: list[Row] = []
    out_reads: list[Read] = []
    out_probas: list[list[float]] = []
    for commit, writers in AS_IT_STOOD:
        scored = [r for r in rows if r.writer in writers and r.source in ("safety_dev", "queries_dev")]
        with tempfile.TemporaryDirectory() as tmp:
            tree = subprocess.run(["git", "archive", f"{commit}^", "bot", "tests/data", "knowledge"], cwd=ROOT,
                                  check=True, capture_output=True).stdout
            with tarfile.open(fileobj=io.BytesIO(tree)) as tar:
                tar.extractall(tmp, filter="data")
            then = [r for r in gather(Path(tmp)) if r.fold not in writers]
            progress(f"as it stood at {commit}^: reading {len(scored)} messages, fitting on {len(then)}")
            out_reads += old_reads(Path(tmp), [r.text for r in scored])
        assert not {r.writer for r in then} & set(writers), "the old training data must not hold them"
        model = fit(then)
        out_rows += scored
        out_probas += [model.proba(r.text) for r in scored]
    return out_rows, out_reads, out_probas


def speed(texts: Sequence[str]) -> list[str]:
    """Return a table row of the shipped model's plain-Python prediction time per message (ms of CPU, the best
    of 5, so that other jobs on the machine count little)."""
    model = default_model()
    model.proba("warm up")
    times = []
    for text in texts:
        best = math.inf
        for _ in range(5):
            start = time.process_time()
            model.proba(text)
            best = min(best, time.process_time() - start)
        times.append(best * 1000)
    size = MODEL.stat().st_size
    return [f"{len(texts)} dev messages ({sum(map(len, texts)) / len(texts):.0f} characters on average)",
            f"{sum(times) / len(times):.3f}", f"{percentile(times, 95):.3f}", f"{max(times):.3f}",
            f"{size:,} bytes, {len(model.ngrams):,} n-grams"]


def _levels(rd: Sequence[Read]) -> list[Level]:
    return [x.level for x in rd]


def _sub(keep: Callable[[Row], bool], rows: Sequence[Row], *cols: Sequence[Any]) -> list[list[Any]]:
    idx = [n for n, r in enumerate(rows) if keep(r)]
    return [[rows[n] for n in idx], *[[c[n] for n in idx] for c in cols]]


def run(heldout: bool = False) -> None:
    """Print the CV tables, the bars they choose, the "as it stood" figures, and (when asked) the held-out parts'."""
    rows = gather()
    progress(f"reading {len(rows)} messages with the rules and banks")
    rd = reads([r.text for r in rows])
    folds = sorted({r.fold for r in rows})
    models = {}
    for f in folds:
        progress(f"fitting without {f}")
        models[f] = fit(r for r in rows if r.fold != f)
    probas = [models[r.fold].proba(r.text) for r in rows]
    chosen = choose(rows, rd, probas)
    boosted = [decide(x, p, BARS) for x, p in zip(rd, probas, strict=True)]
    s_rows, s_rd, s_probas, s_boosted = _sub(lambda r: r.source in ("safety_dev", "safety_probes"), rows, rd, probas,
                                             boosted)
    progress("checking the booster's figures through assess")
    for r, b in zip(s_rows, s_boosted, strict=True):
        with using(models[r.fold], BARS):
            assert assess(r.text, today=TODAY, detectors=ALL_DETECTORS).level is b, r.text
    done()
    alone = [Level(int(np.argmax(p))) for p in s_probas]
    writers = ", ".join(folds)
    out = [row(name, figures(s_rows, [assess(r.text, today=TODAY, detectors=d).level for r in s_rows]))
           for name, d in (("rules", ("rules",)), ("banks", ("bank",)))]
    out += [row("rules+banks", figures(s_rows, _levels(s_rd))),
            row("model alone (out of writer)", figures(s_rows, alone)),
            row(f"rules+banks+booster, {bars_text(BARS)} (shipped)", figures(s_rows, s_boosted))]
    if chosen != BARS:
        out.append(row(f"rules+banks+booster, {bars_text(chosen)} (chosen now)",
                       figures(s_rows, [decide(x, p, chosen) for x, p in zip(s_rd, s_probas, strict=True)])))
    table(f"Leave-one-writer-out, safety corpus dev part + probes ({len(s_rows)} messages; writers {writers}); "
          "the rules and banks were tuned on all of them", ["detector", "flagged", "emergency", "false alarms"], out)
    sources = (("safety dev + probes, none", ("safety_dev", "safety_probes")),
               ("answer corpus dev (English)", ("queries_dev",)), ("knowledge-base phrasings", ("knowledge",)),
               ("paraphrases, none", ("paraphrases",)))
    cells: list[list[str]] = [["rules+banks"], ["rules+banks+booster (shipped bars)"]]
    for _, names in sources:
        sub_rows, sub_rd, sub_boosted = _sub(lambda r, n=names: r.source in n and r.ordinary, rows, rd, boosted)
        cells[0].append(share(figures(sub_rows, _levels(sub_rd)).alarms))
        cells[1].append(share(figures(sub_rows, sub_boosted).alarms))
    table("Ordinary messages flagged, leaving each writer out", ["detector", *[n for n, _ in sources]], cells)
    ordinary = sum(r.ordinary for r in rows)
    sweep = [[str(level), *[str(flagged_at(level, t, rows, rd, probas)) for t in GRID]]
             for level in (Level.EMERGENCY, Level.URGENT, Level.CHRONIC)]
    table(f"Ordinary dev messages (of {ordinary}) the booster flags at each level alone, by bar (writer-out); "
          f"chosen: the lowest bar with at most {BUDGET}: {bars_text(chosen)}", ["level", *map(str, GRID)], sweep)
    per = []
    for f in folds:
        sub_rows, sub_alone = _sub(lambda r, f=f: r.fold == f, s_rows, alone)
        if sub_rows:
            per.append(row(f"model, {f} left out ({len(sub_rows)})", figures(sub_rows, sub_alone)))
    table("The model alone, per writer left out (safety corpus)", ["fold", "flagged", "emergency", "false alarms"],
          per)
    o_rows, o_rd, o_probas = as_it_stood(rows)
    done()
    o_s = _sub(lambda r: r.source == "safety_dev", o_rows, o_rd, o_probas)
    o_q = _sub(lambda r: r.source == "queries_dev", o_rows, o_rd, o_probas)
    stood = []
    for name, bars in (("rules+banks as they stood", None), (f"+ booster, {bars_text(BARS)} (shipped)", BARS),
                       *([(f"+ booster, {bars_text(chosen)} (chosen now)", chosen)] if chosen != BARS else [])):
        got_s = _levels(o_s[1]) if bars is None else [decide(x, p, bars) for x, p in zip(o_s[1], o_s[2], strict=True)]
        got_q = _levels(o_q[1]) if bars is None else [decide(x, p, bars) for x, p in zip(o_q[1], o_q[2], strict=True)]
        f = figures(o_s[0], got_s)
        stood.append([name, share(f.flagged), share(f.emergency), share(f.alarms),
                      share(figures(o_q[0], got_q).alarms)])
    stood.append(["model alone (its training data as it stood)",
                  *row("", figures(o_s[0], [Level(int(np.argmax(p))) for p in o_s[2]]))[1:], "-"])
    table(f"As it stood: w5+w6 and w7+w8 dev rows before they joined ({len(o_s[0])} safety, {len(o_q[0])} answer "
          "corpus), out of writer for the rules, the banks and the model",
          ["detector", "flagged", "emergency", "false alarms", "answer corpus flagged"], stood)
    table("The shipped model's prediction, plain Python (ms of CPU a message, best of 5)",
          ["messages", "mean", "p95", "max", "model file"], [speed([r.text for r in s_rows])])
    if heldout:
        held = [Row(str(r["text"]), Level.parse(str(r["level"])), str(r["writer"]), "safety_heldout")
                for r in _yaml(DATA / "safety_heldout.yaml")]
        answers = [Row(str(r["text"]), Level.NONE, str(r["writer"]), "queries_heldout")
                   for r in _yaml(DATA / "queries_heldout.yaml") if not r.get("language")]
        cells = []
        for name, d in (("rules+banks", ("rules", "bank")), (f"rules+banks+booster, {bars_text(BARS)}", ALL_DETECTORS)):
            f = figures(held, [assess(r.text, today=TODAY, detectors=d).level for r in held])
            a = figures(answers, [assess(r.text, today=TODAY, detectors=d).level for r in answers])
            cells.append([name, share(f.flagged), share(f.emergency), share(f.alarms), share(a.alarms)])
        table(f"Held-out parts ({len(held)} safety messages, {len(answers)} answer-corpus messages), scored once",
              ["setup", "flagged", "emergency", "false alarms", "answer corpus flagged"], cells)


def main() -> None:
    """Parse the options and run."""
    parser = argparse.ArgumentParser(prog="python -m bench.safety_cv", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--heldout", action="store_true", help="also score the held-out parts once")
    parser.add_argument("--copy", action="store_true", help="rebuild bot/safety/data/training.yaml and model.bin first")
    parser.add_argument("--copy-only", action="store_true", help="only rebuild them (``make models``)")
    args = parser.parse_args()
    if args.copy or args.copy_only:
        copy_training()
    if args.copy_only:
        return
    run(args.heldout)


if __name__ == "__main__":
    main()
