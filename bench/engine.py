"""The answer engine alone, per message: ``python -m bench.engine`` (add ``--profile`` for cProfile's top entries).

Times ``SearchIndex.find``, ``assess`` and ``Dialogue.respond`` on every text of tests/data/queries_dev.yaml,
in the order of the file, after one warm-up pass (the speller's per-word cache is warm, as in a running bot), and
``assess`` also on tests/data/safety_dev.yaml (messages about symptoms, longer, where the triage finds most).
Each text's time is its best of ``--rounds`` rounds; the table gives p50, p99 and the mean over the texts, and
how many times ``respond`` calls ``find`` a message.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pstats
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from bench.table import fmt, percentile, table
from bot.dialogue import Dialogue
from bot.knowledge import load
from bot.safety import assess

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "tests" / "data" / "queries_dev.yaml"
SAFETY = ROOT / "tests" / "data" / "safety_dev.yaml"
TODAY = dt.date(2026, 12, 1)


def _times(call: Callable[[str], object], texts: list[str], rounds: int) -> list[float]:
    best = [float("inf")] * len(texts)
    clock = time.perf_counter
    for _ in range(rounds):
        for n, text in enumerate(texts):
            start = clock()
            call(text)
            took = clock() - start
            if took < best[n]:
                best[n] = took
    return [t * 1e6 for t in best]


def main() -> None:
    """Print the table (and the profile when asked)."""
    parser = argparse.ArgumentParser(prog="python -m bench.engine", description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="cProfile respond() over the texts instead")
    args = parser.parse_args()
    texts = [item["text"] for item in yaml.safe_load(QUERIES.read_text(encoding="utf-8"))]
    dialogue = Dialogue(load(ROOT / "knowledge"))
    index = dialogue.index
    for text in texts:  # warm-up: the speller's and the word caches
        dialogue.respond(text, today=TODAY)
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(args.rounds):
            for text in texts:
                dialogue.respond(text, today=TODAY)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(30)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
        return
    calls = 0
    find = index.find

    def counted(text: str, *args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        return find(text)

    index.find = counted  # type: ignore[method-assign]
    for text in texts:
        dialogue.respond(text, today=TODAY)
    del index.find
    symptoms = [item["text"] for item in yaml.safe_load(SAFETY.read_text(encoding="utf-8"))]
    for text in symptoms:
        assess(text, today=TODAY)
    rows = []
    for name, call, on in (("SearchIndex.find", index.find, texts), ("assess", lambda t: assess(t, today=TODAY), texts),
                           ("Dialogue.respond", lambda t: dialogue.respond(t, today=TODAY), texts),
                           (f"assess, {SAFETY.name}", lambda t: assess(t, today=TODAY), symptoms)):
        us = _times(call, on, args.rounds)
        rows.append([name, fmt(percentile(us, 50)), fmt(percentile(us, 99)), fmt(sum(us) / len(us))])
    table("The answer engine per message (microseconds)", ["call", "p50 us", "p99 us", "mean us"], rows,
          [f"{len(texts)} texts of {QUERIES.name} ({len(symptoms)} of {SAFETY.name} for the last row), each its best "
           f"of {args.rounds} rounds, after a warm-up pass",
           f"respond calls find {calls / len(texts):.2f} times a message"])


if __name__ == "__main__":
    main()
