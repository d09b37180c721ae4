"""The answer engine's own CPU a message: ``Dialogue.respond`` over the development corpora (issue 14).

    python -m bench.respond_cpu                  # CPU a message, first pass and best of 3, per corpus
    python -m bench.respond_cpu --profile 30     # the same texts under cProfile: the top 30 entries by own time
    python -m bench.respond_cpu --dump out.txt   # one line a message: topic, kind, score (1 decimal), safety level

The texts are those of tests/data/queries_dev.yaml and safety_dev.yaml (never the held-out parts), answered on the
shipped knowledge base, dated 1 December 2026 as the tests date them. The first pass meets every word new (typo
corrections and the triage's word look-ups are cached per word, as in a running bot); later passes are warm.
``--dump`` on two versions of the code, then ``diff``: a speed change must leave the files identical.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pstats
import time
from pathlib import Path

import yaml

from bot.dialogue import Dialogue
from bot.knowledge import load

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ("queries_dev.yaml", "safety_dev.yaml")
TODAY = dt.date(2026, 12, 1)


def corpus_texts(name: str) -> list[str]:
    """Return the texts of one corpus file under tests/data."""
    items = yaml.safe_load((ROOT / "tests" / "data" / name).read_text(encoding="utf-8"))
    return [str(item["text"]) for item in items]


def _pass(dialogue: Dialogue, texts: list[str]) -> float:
    """Return the CPU seconds of answering every text once."""
    start = time.process_time()
    for text in texts:
        dialogue.respond(text, today=TODAY)
    return time.process_time() - start


def main() -> None:
    """Time, profile or dump the engine's replies to the development corpora."""
    parser = argparse.ArgumentParser(prog="python -m bench.respond_cpu", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--profile", type=int, metavar="N", help="print cProfile's top N entries by own time")
    parser.add_argument("--dump", type=Path, metavar="FILE", help="write each message's decision to FILE")
    parser.add_argument("--passes", type=int, default=3, help="passes over each corpus when timing (default 3)")
    args = parser.parse_args()
    dialogue = Dialogue(load(ROOT / "knowledge"))
    dialogue.respond("how often should I massage?", today=TODAY)  # the first message's loads (models, word lists)
    corpora = {name: corpus_texts(name) for name in CORPORA}
    if args.dump is not None:
        with args.dump.open("w", encoding="utf-8") as out:
            for name, texts in corpora.items():
                for text in texts:
                    r = dialogue.respond(text, today=TODAY)
                    out.write(f"{name}\t{r.topic}\t{r.kind}\t{r.score:.1f}\t{r.safety}\t{text!r}\n")
        return
    if args.profile is not None:
        profile = cProfile.Profile()
        profile.enable()
        for texts in corpora.values():
            for text in texts:
                dialogue.respond(text, today=TODAY)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)
        pstats.Stats(profile).sort_stats("cumtime").print_stats(args.profile)
        return
    for name, texts in corpora.items():
        times = [_pass(dialogue, texts) for _ in range(args.passes)]
        first, best = (1e6 * t / len(texts) for t in (times[0], min(times[1:] or times)))
        print(f"{name}: {len(texts)} texts, first pass {first:,.0f} us a message, best later pass {best:,.0f} us")


if __name__ == "__main__":
    main()
