"""The plain baseline the engine is compared with: TF-IDF over character n-grams, best phrasing wins.

Like scikit-learn's ``TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True)`` with
cosine similarity, written with numpy so scikit-learn is not a dependency.  It has no way to reject a
message: with ``--cutoff`` it rejects below that cosine.  Run: ``python -m bench.baseline [QUERIES.yaml ...]``.
"""

from __future__ import annotations

import argparse
import math
from collections import Counter
from pathlib import Path

import numpy as np
import yaml

from bot.knowledge import KnowledgeBase, load
from bot.text import normalise

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT / "tests" / "data" / "queries_dev.yaml", ROOT / "tests" / "data" / "queries_heldout.yaml"]


def grams(text: str, low: int = 2, high: int = 4) -> Counter[str]:
    """Return the character n-grams of the space-padded words of ``text``."""
    out: Counter[str] = Counter()
    for w in normalise(text).split():
        padded = f" {w} "
        for n in range(low, high + 1):
            out.update(padded[i: i + n] for i in range(max(len(padded) - n + 1, 1)))
    return out


class Baseline:
    """TF-IDF char n-gram vectors of every phrasing; a query goes to the entry of its most similar one."""

    def __init__(self, kb: KnowledgeBase) -> None:
        rows = [(e.id, p) for e in kb.entries.values() for p in e.phrasings]
        self.ids = [r[0] for r in rows]
        counted = [grams(p) for _, p in rows]
        df: Counter[str] = Counter(g for c in counted for g in c)
        self.vocab = {g: i for i, g in enumerate(sorted(df))}
        n = len(rows)
        self.idf = np.array([math.log((1 + n) / (1 + df[g])) + 1 for g in sorted(df)])
        self.matrix = np.zeros((n, len(self.vocab)))
        for r, c in enumerate(counted):
            for g, k in c.items():
                self.matrix[r, self.vocab[g]] = 1 + math.log(k)
        self.matrix *= self.idf
        self.matrix /= np.linalg.norm(self.matrix, axis=1, keepdims=True)

    def best(self, text: str) -> tuple[str | None, float]:
        """Return the entry of the most similar phrasing and the cosine."""
        q = np.zeros(len(self.vocab))
        for g, k in grams(text).items():
            if g in self.vocab:
                q[self.vocab[g]] = 1 + math.log(k)
        q *= self.idf
        norm = np.linalg.norm(q)
        if not norm:
            return None, 0.0
        sims = self.matrix @ (q / norm)
        i = int(np.argmax(sims))
        return self.ids[i], float(sims[i])


def figures(baseline: Baseline, path: Path, cutoff: float) -> tuple[float, float, int, int]:
    """Return the share of in-domain items answered right and of off-topic ones rejected, and the counts."""
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    ins = [i for i in items if i.get("topic")]
    outs = [i for i in items if not i.get("topic")]
    right = sum(1 for i in ins if (b := baseline.best(i["text"]))[0] == i["topic"] and b[1] >= cutoff)
    rejected = sum(1 for i in outs if baseline.best(i["text"])[1] < cutoff)
    return right / max(len(ins), 1), rejected / max(len(outs), 1), len(ins), len(outs)


def main() -> None:
    """Print the baseline's figures on each query set."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", type=Path, default=SETS)
    ap.add_argument("--cutoff", type=float, default=0.0, help="reject below this cosine (default: never)")
    a = ap.parse_args()
    baseline = Baseline(load(ROOT / "knowledge"))
    for path in a.sets:
        if path.exists():
            answered, rejected, n_in, n_out = figures(baseline, path, a.cutoff)
            print(f"{path.name}: answered {answered:.3f} of {n_in}, rejected {rejected:.3f} of {n_out} "
                  f"(cutoff {a.cutoff})")


if __name__ == "__main__":
    main()
