"""Answer quality on the blind corpus: each part of the engine alone, combined, and the TF-IDF baseline.

Run from the project's root: ``python -m bench.quality``.  Prints, for the development and held-out
halves, the share of in-domain messages answered with the right entry and of off-topic ones rejected.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bench.baseline import Baseline
from bench.baseline import figures as baseline_figures
from bot.dialogue import Dialogue
from bot.knowledge import load
from bot.search import SearchIndex

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SETS = {"dev": DATA / "queries_dev.yaml", "held-out": DATA / "queries_heldout.yaml"}
#: The engine's parts, as index settings: the word score alone, the character score alone, and blends.
VARIANTS: dict[str, dict[str, Any]] = {
    "blend 0.5 words + 0.5 entry char n-grams (shipped)": {},
    "words alone": {"char_weight": 0.0},
    "entry char n-grams alone, gated": {"char_weight": 1.0},
    "blend, unknown words cheap in the gate (0.15)": {"unknown_factor": 0.15},
    "blend, whole message only (no sentences)": {"sentences": False},
    "blend, common unknown words cheap beside a back word (0.3)": {"common_factor": 0.3},
}


def rates(dialogue: Dialogue, path: Path) -> tuple[float, float]:
    """Return (answered right, rejected) on a blind-corpus file, other-language items left out."""
    items = [i for i in yaml.safe_load(path.read_text(encoding="utf-8")) if not i.get("language")]
    ins = [i for i in items if i.get("topic")]
    outs = [i for i in items if not i.get("topic")]

    def answered(text: str) -> set[str]:
        reply = dialogue.respond(text)
        return {t for t in (reply.topic, *(a.topic for a in reply.also)) if t}

    right = sum(1 for i in ins if i["topic"] in answered(i["text"]))
    rejected = sum(1 for i in outs if not answered(i["text"]))
    return right / max(len(ins), 1), rejected / max(len(outs), 1)


def run() -> None:
    """Print the quality table."""
    kb = load(ROOT / "knowledge")
    print(f"{'variant':40} " + "  ".join(f"{name:>20}" for name in SETS))
    for name, settings in VARIANTS.items():
        dialogue = Dialogue(kb, SearchIndex(kb, **settings))
        cells = [rates(dialogue, p) for p in SETS.values()]
        print(f"{name:40} " + "  ".join(f"{a:8.3f} / {r:.3f}".rjust(20) for a, r in cells))
    baseline = Baseline(kb)
    cells = [baseline_figures(baseline, p, 0.0)[:2] for p in SETS.values()]
    print(f"{'TF-IDF char 2-4-grams baseline':40} " + "  ".join(f"{a:8.3f} / {r:.3f}".rjust(20) for a, r in cells))
    print("cells: answered with the right entry / off-topic rejected")


if __name__ == "__main__":
    run()
