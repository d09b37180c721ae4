"""Experiment: word meaning from static token vectors, alone and beside the answer engine (issue 11).

Not shipped: out of writer it buys recall only at the price of rejection (docs/quality.md, "Word meaning").
The vectors are wordllama's (MIT; 32,000 Llama-2 tokens x 256 dims, float16, inside its wheel), read from the
installed package's files with safetensors and tokenizers, so nothing is downloaded and the ``wordllama``
module (which configures logging when imported) is never imported.  It is not a dependency of the project:
``.venv/bin/pip install wordllama`` first, then ``python -m bench.semantic`` from the project's root.
Only the development half is read; every threshold is chosen leaving one writer out.
"""

from __future__ import annotations

import importlib.util
import itertools
import resource
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from bot.dialogue import Dialogue
from bot.knowledge import KnowledgeBase, load
from bot.search import SearchIndex
from bot.text import STOP_WORDS, words

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "queries_dev.yaml"
WEIGHTS = "weights/l2_supercat_256.safetensors"
TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
#: The rejection a setting must keep on the training writers; the bar asks 0.97.
FLOOR = 0.97


class Vectors:
    """Token vectors and their tokenizer; :meth:`embed` gives one unit row per text (mean of its tokens)."""

    def __init__(self) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        spec = importlib.util.find_spec("wordllama")
        if spec is None or not spec.submodule_search_locations:
            raise SystemExit("wordllama is not installed: run `.venv/bin/pip install wordllama` first")
        root = Path(next(iter(spec.submodule_search_locations)))
        self.matrix = load_file(str(root / WEIGHTS))["embedding.weight"]  # float16, 16 MB
        self.tokenizer = Tokenizer.from_file(str(root / TOKENIZER))

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.matrix.shape[1]), dtype=np.float32)
        for n, enc in enumerate(self.tokenizer.encode_batch(texts, add_special_tokens=False)):
            if enc.ids:
                v = self.matrix[np.asarray(enc.ids)].astype(np.float32).mean(axis=0)
                out[n] = v / max(float(np.linalg.norm(v)), 1e-9)
        return out


def _text(ws: Iterable[str], content: bool) -> str:
    ws = list(ws)
    return " ".join([w for w in ws if w not in STOP_WORDS] if content else ws) or " ".join(ws)


class Semantic:
    """Each phrasing as a vector; an entry's score is its best phrasing's cosine (or the mean of its top k)."""

    def __init__(self, kb: KnowledgeBase, vectors: Vectors, *, top_k: int = 1, content: bool = False) -> None:
        self.vectors, self.top_k, self.content = vectors, top_k, content
        self.ids = list(kb.entries)
        texts, owner = [], []
        for n, entry_id in enumerate(self.ids):
            for phrasing in kb.entries[entry_id].phrasings:
                texts.append(_text(words(phrasing), content))
                owner.append(n)
        self.owner = np.asarray(owner)
        self.smalltalk = np.array([kb.entries[i].is_smalltalk for i in self.ids])[self.owner]
        self.matrix = vectors.embed(texts)

    def score(self, ws: Iterable[str]) -> tuple[list[tuple[str, float]], float]:
        """Return the entries best first with their cosines, and the best cosine to a back-care phrasing."""
        cos = self.matrix @ self.vectors.embed([_text(ws, self.content)])[0]
        best = np.full(len(self.ids), -1.0)
        if self.top_k == 1:
            np.maximum.at(best, self.owner, cos)
        else:
            for n in range(len(self.ids)):
                best[n] = np.sort(cos[self.owner == n])[-self.top_k:].mean()
        order = np.argsort(-best, kind="stable")[:8]
        return [(self.ids[n], float(best[n])) for n in order], float(cos[~self.smalltalk].max())


@dataclass
class Row:
    writer: str
    topic: str | None
    got: list[str]  # what the engine answered (empty: "did you mean" or no match)
    ranked: list[str]  # the engine's whole-message ranking, best first, cutoffs aside
    read: tuple[str, ...]  # the message's words after the engine's spelling and chat corrections
    sem: list[tuple[str, float]]
    domain: float


def rows(kb: KnowledgeBase, semantic: Semantic, items: list[dict[str, Any]], **settings: Any) -> list[Row]:
    index = SearchIndex(kb, **settings)
    dialogue = Dialogue(kb, index)
    out = []
    for item in items:
        reply = dialogue.respond(item["text"])
        whole = index.score_parts(item["text"])[0]
        sem, dom = semantic.score(whole.reading.words)
        out.append(Row(item["writer"], item.get("topic"), [t for t in (reply.topic, *(a.topic for a in reply.also))
                                                           if t], [r.entry_id for r in whole.ranked],
                       whole.reading.words, sem, dom))
    return out


Rule = Callable[[Row], list[str]]


def tally(rule: Rule, data: list[Row], writers: Iterable[str]) -> np.ndarray:
    """Return (in-domain right, in-domain, off-topic rejected, off-topic) over ``writers``."""
    keep = set(writers)
    t = np.zeros(4, dtype=int)
    for r in data:
        if r.writer in keep:
            got = rule(r)
            t += (r.topic in got, 1, 0, 0) if r.topic else (0, 0, not got, 1)
    return t


def fmt(t: np.ndarray) -> str:
    return f"{t[0] / t[1]:.3f} / {t[2] / t[3]:.3f}"


def out_of_writer(grid: list[dict[str, Any]], make: Callable[..., Rule], data: list[Row]) -> tuple[np.ndarray, str]:
    """Pick the setting on seven writers (most recall with rejection >= FLOOR), score it on the eighth; sum."""
    writers = sorted({r.writer for r in data})
    cells = [{w: tally(make(**p), data, [w]) for w in writers} for p in grid]

    def objective(c: dict[str, np.ndarray], ws: list[str]) -> tuple[bool, float, float]:
        t = sum((c[w] for w in ws), np.zeros(4, dtype=int))
        return bool(t[2] / t[3] >= FLOOR), t[0] / t[1], t[2] / t[3]

    total, picks = np.zeros(4, dtype=int), []
    for held in writers:
        n = max(range(len(grid)), key=lambda i: objective(cells[i], [w for w in writers if w != held]))
        total += cells[n][held]
        picks.append(str(grid[n]))
    return total, f"{len(set(picks))} distinct picks, e.g. {max(set(picks), key=picks.count)}"


def rescue(n: int, agree: float, free: float, margin: float) -> Rule:
    """When the engine answers nothing, answer the semantic winner if it is among the engine's top ``n`` and
    reaches ``agree``, or reaches ``free`` on its own; it must lead the next entry by ``margin``."""
    def rule(r: Row) -> list[str]:
        if r.got:
            return r.got
        (top, c1), (_, c2) = r.sem[0], r.sem[1]
        ok = c1 - c2 >= margin and ((top in r.ranked[:n] and c1 >= agree) or c1 >= free)
        return [top] if ok else []
    return rule


def veto(floor: float) -> Rule:
    """Keep the engine's answer only when the message is as near as ``floor`` to some back-care phrasing."""
    return lambda r: r.got if r.domain >= floor else []


def auc(pos: list[float], neg: list[float]) -> float:
    p, q = np.asarray(pos)[:, None], np.asarray(neg)[None, :]
    return float((p > q).mean() + 0.5 * (p == q).mean())


def costs(kb: KnowledgeBase) -> None:
    """Print the load time and memory with the sockets shut, and the time per message."""
    real = socket.socket.connect

    def refuse(*_: object) -> None:
        raise OSError("network blocked by bench.semantic")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    try:
        semantic = Semantic(kb, Vectors())
    finally:
        socket.socket.connect = real  # type: ignore[method-assign]
    load_s = time.perf_counter() - t
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    items = [i["text"] for i in yaml.safe_load(DEV.read_text(encoding="utf-8"))]
    t = time.perf_counter()
    for text in items:
        semantic.score(words(text))
    per = (time.perf_counter() - t) / len(items) * 1e6
    print(f"cost: vectors + {len(semantic.owner)} phrasings embedded in {load_s:.2f} s with the network blocked, "
          f"peak RSS +{grown:.0f} MB, {per:.0f} us a message (one cosine pass, numpy)")


def run() -> None:
    """Print each part alone and combined, out of writer, on the development half."""
    kb = load(ROOT / "knowledge")
    costs(kb)
    vectors = Vectors()
    items = [i for i in yaml.safe_load(DEV.read_text(encoding="utf-8")) if not i.get("language")]
    writers = {i["writer"] for i in items}
    data = rows(kb, Semantic(kb, vectors), items)
    engine = tally(lambda r: r.got, data, writers)
    print(f"engine as shipped: {fmt(engine)}")
    for top_k, content in itertools.product((1, 3), (False, True)):
        alone = data if (top_k, content) == (1, False) else rows(
            kb, Semantic(kb, vectors, top_k=top_k, content=content), items)
        ins = [r for r in alone if r.topic]
        right = sum(r.sem[0][0] == r.topic for r in ins) / len(ins)
        print(f"semantic alone (top {top_k} phrasings, {'content words' if content else 'all words'}): right entry "
              f"first {right:.3f}, domain detector AUC "
              f"{auc([r.domain for r in ins], [r.domain for r in alone if not r.topic]):.3f}")
    grid = [dict(n=n, agree=a, free=f, margin=m) for n in (1, 2, 3, 8) for a in np.arange(0.3, 0.86, 0.05).round(2)
            for f in (0.7, 0.75, 0.8, 0.85, 0.9, 2.0) for m in (0.0, 0.02, 0.05, 0.1)]
    total, picks = out_of_writer(grid, rescue, data)
    print(f"engine + semantic rescue of 'did you mean' / no match, out of writer: {fmt(total)} ({picks})")
    loose = rows(kb, Semantic(kb, vectors), items, unknown_factor=0.15)
    print(f"looser engine (unknown_factor=0.15) alone: {fmt(tally(lambda r: r.got, loose, writers))}")
    total, picks = out_of_writer([dict(floor=f) for f in [0.0, *np.arange(0.4, 0.9, 0.025).round(3)]], veto, loose)
    print(f"looser engine + semantic domain veto, out of writer: {fmt(total)} ({picks})")


if __name__ == "__main__":
    run()
