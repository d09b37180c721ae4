"""A supervised classifier over the knowledge base's entries, alone and beside the answer engine (issue 11), and
the build of the shipped answer model (:mod:`bot.search.learned`).

    python -m bench.answers_cv --features shipped --pad 0 --steps 300 --l2 1e-4 --power 1.0 [--probs F.npy]
        # leave one writer out on the development half: the engine, the classifier, each combination
    python -m bench.answers_cv --features words,chars ...    # other features (chars, words, corrected, allwords)
    python -m bench.answers_cv ... --new QUERIES --writers w17,w18 --dump F.json
        # run inside an old tree (``git archive C^``): those writers' rows as the tree stood before they joined
    python -m bench.answers_cv --pooled F1.json F2.json ...  # the combinations on the groups as they stood
    python -m bench.answers_cv --copy                        # fit and write bot/search/data/answers.bin
                                                             # (``make models`` runs it)

Each fold fits the classifier on the knowledge base's phrasings and the other writers' development items (the
off-topic ones as a class of their own) and scores the left-out writer's items.  Settings are chosen for a
writer on the other writers' out-of-writer predictions only (the most right entries whose rejection does not fall
below the engine's on them).  The engine is not fitted, but its hand rules were tuned on every development writer:
its figure here is its development figure; the "as it stood" groups are out of writer for both.  The held-out
half is never scored here (:func:`training_rows` only leaves out the development texts it also has).
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from bot.dialogue import Dialogue, ReplyKind
from bot.knowledge import YAML_LOADER, load
from bot.learning import fitting
from bot.learning.model import TextModel
from bot.safety import Level, assess
from bot.search import learned
from bot.search.index import DOMAIN
from bot.text import STOP_WORDS, normalise, stem

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "queries_dev.yaml"
OFF = "(off-topic)"
GRID = tuple(round(0.05 * k, 2) for k in range(2, 20))
#: The policy :meth:`bot.dialogue.Dialogue._second_opinion` ships (at :data:`bot.search.learned.BARS`).
SHIPPED_POLICY = "  ... and nothing answered when P(off-topic) >= d"
GRID3 = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


@dataclass
class Item:
    text: str
    topics: frozenset[str]  # the main topic (empty: off-topic); a reply that has it among its answers is right
    writer: str
    engine: frozenset[str] = frozenset()  # what the engine answered (topic and also)
    kind: str = ""
    urgent: bool = False
    candidates: tuple[str, ...] = ()  # the engine's did-you-mean options, or its find() ranking
    domain: bool = False  # a back-care word among the corrected stems
    words: tuple[str, ...] = ()  # the engine's reading: chat spellings and typos corrected


def items_and_engine(dialogue: Dialogue, path: Path = DEV, writers: frozenset[str] | None = None) -> list[Item]:
    out = []
    index = dialogue.index
    for r in yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER):
        if r.get("language") or (writers is not None and str(r["writer"]) not in writers):
            continue
        topics = frozenset({r["topic"]}) if r.get("topic") else frozenset()
        reply = dialogue.respond(r["text"])
        found = index.find(r["text"], limit=5)
        ranked = [m.entry.id for m in (found.best, *found.alternatives) if m is not None]
        cands = tuple(dict.fromkeys([*(s.topic for s in reply.suggestions), *ranked])) \
            if reply.kind is ReplyKind.DID_YOU_MEAN else tuple(ranked)
        reading = index.read(r["text"])
        out.append(Item(r["text"], topics, str(r["writer"]),
                        frozenset(t for t in (reply.topic, *(a.topic for a in reply.also)) if t),
                        str(reply.kind), reply.safety >= Level.URGENT, cands,
                        bool(set(reading.stems) & DOMAIN), reading.words))
    return out


def guard(items: Sequence[Item]) -> None:
    """Mark as left to the engine (``urgent``) what the shipped dialogue never lets the model change: a message
    with a sign of any level or a stated condition (read with this tree's triage and cautions), and an engine
    answer whose entry carries a safety level or is the doctor's."""
    dialogue = Dialogue(load(ROOT / "knowledge"))
    unsafe = {e.id for e in dialogue.kb.entries.values() if e.safety != "none"} | {"see-a-doctor"}
    for it in items:
        if assess(it.text).level is not Level.NONE or dialogue._stated(it.text) or it.engine & unsafe:
            it.urgent = True


def chars(item_text: str, _words: Sequence[str]) -> Counter[str]:
    low = f" {normalise(item_text)} "
    return Counter(low[i:i + n] for n in (3, 4, 5) for i in range(len(low) - n + 1))


def _stems(ws: Sequence[str]) -> list[str]:
    return [stem(w) for w in ws if w not in STOP_WORDS]


def words(item_text: str, _words: Sequence[str]) -> Counter[str]:
    s = _stems(normalise(item_text).split())
    return Counter([f"w:{x}" for x in s] + [f"b:{a}_{b}" for a, b in itertools.pairwise(s)])


def corrected(_text: str, ws: Sequence[str]) -> Counter[str]:
    s = _stems(ws)
    return Counter([f"c:{x}" for x in s] + [f"d:{a}_{b}" for a, b in itertools.pairwise(s)])


def shipped(item_text: str, ws: Sequence[str]) -> Counter[str]:
    """The shipped model's features (:func:`bot.search.learned.features`: words and allwords)."""
    return learned.features(item_text, ws)


def allwords(item_text: str, ws: Sequence[str]) -> Counter[str]:
    """Every normalised word, stop words too ("how long" against "how often"), and bigrams of them."""
    s = [stem(w) for w in ws]
    return Counter([f"a:{x}" for x in s] + [f"p:{a}_{b}" for a, b in itertools.pairwise(s)])


FEATURES: dict[str, Callable[[str, Sequence[str]], Counter[str]]] = {
    "chars": chars, "words": words, "corrected": corrected, "allwords": allwords, "shipped": shipped}
#: How the shipped model is fitted (``--copy``): chosen out of writer (docs/quality.md).
SHIPPED = fitting.Settings(min_df=2, class_power=1.0, pad=0.0, l2=1e-4, steps=300)


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def training_rows(root: Path = ROOT) -> list[tuple[str, str]]:
    """Return what the shipped answer model learns from, as (wording, class): every phrasing of the knowledge base
    with its entry, and every English item of the blind corpus's development half with its topic (or
    :data:`bot.search.learned.OFF_TOPIC`).  A wording also found in the held-out half is left out (only compared,
    never shown)."""
    held_path = root / "tests" / "data" / "queries_heldout.yaml"
    held = {_key(str(r["text"])) for r in yaml.load(held_path.read_text(encoding="utf-8"), Loader=YAML_LOADER)} \
        if held_path.exists() else set()
    kb = load(root / "knowledge")
    rows = [(p, e.id) for e in kb.entries.values() for p in e.phrasings]
    rows += [(str(r["text"]), str(r["topic"]) if r.get("topic") else learned.OFF_TOPIC)
             for r in yaml.load((root / "tests" / "data" / "queries_dev.yaml").read_text(encoding="utf-8"),
                                Loader=YAML_LOADER)
             if not r.get("language")]
    return [r for r in rows if _key(r[0]) not in held]


def copy_model() -> None:
    """Fit the shipped answer model on :func:`training_rows` and write it to :data:`bot.search.learned.MODEL`."""
    kb = load(ROOT / "knowledge")
    index = Dialogue(kb).index
    rows = training_rows()
    counts = [learned.features(t, index.read(t).words) for t, _ in rows]
    model = TextModel.fit(counts, [c for _, c in rows], [*sorted(kb.entries), learned.OFF_TOPIC], SHIPPED,
                          learned.training_digest(rows))
    learned.MODEL.parent.mkdir(exist_ok=True)
    model.save(learned.MODEL)
    print(f"wrote {learned.MODEL.relative_to(ROOT)} ({len(rows)} wordings, {len(model.features)} features, "
          f"{learned.MODEL.stat().st_size:,} bytes)")


def featurise(names: Sequence[str], text: str, ws: Sequence[str]) -> Counter[str]:
    out: Counter[str] = Counter()
    for n in names:
        out.update(FEATURES[n](text, ws))
    return out


def oof(items: list[Item], kb_docs: list[tuple[str, tuple[str, ...], str]], classes: list[str],
        names: Sequence[str], settings: fitting.Settings, new: Sequence[Item] = ()) -> np.ndarray:
    """Return each item's class probabilities from a model fitted without its writer (or, with ``new``, the
    probabilities of the new items from a model fitted on all of ``items``)."""
    cls = {c: i for i, c in enumerate(classes)}
    kb_feats = [featurise(names, t, ws) for t, ws, _ in kb_docs]
    kb_labels = [cls[lab] for _, _, lab in kb_docs]
    feats = [featurise(names, it.text, it.words) for it in items]
    labels = [cls[min(it.topics)] if it.topics else cls[OFF] for it in items]
    extra: list[tuple[Counter[str], int]] = []
    if new:
        vocab, idf, wt = fitting.fit(kb_feats + feats, kb_labels + labels, len(classes), settings)
        return fitting.proba_many([featurise(names, it.text, it.words) for it in new], vocab, idf, wt, settings.pad)
    out = np.zeros((len(items), len(classes)), dtype=np.float32)
    for w in sorted({it.writer for it in items}):
        train = [i for i, it in enumerate(items) if it.writer != w]
        test = [i for i, it in enumerate(items) if it.writer == w]
        more = extra
        x = kb_feats + [feats[i] for i in train] + [f for f, _ in more]
        y = kb_labels + [labels[i] for i in train] + [lab for _, lab in more]
        vocab, idf, wt = fitting.fit(x, y, len(classes), settings)
        out[test] = fitting.proba_many([feats[i] for i in test], vocab, idf, wt, settings.pad)
    return out


def figures(items: Sequence[Item], answered: Sequence[frozenset[str]]) -> tuple[float, float, int, int]:
    ins = [(it, a) for it, a in zip(items, answered, strict=True) if it.topics]
    outs = [(it, a) for it, a in zip(items, answered, strict=True) if not it.topics]
    right = sum(bool(it.topics & a) for it, a in ins)
    rejected = sum(not a for _, a in outs)
    return right / len(ins), rejected / len(outs), right, rejected


Policy = Callable[[Item, np.ndarray, tuple[float, ...]], frozenset[str]]


def alone(it: Item, p: np.ndarray, th: tuple[float, ...], classes: list[str]) -> frozenset[str]:
    k = int(p.argmax())
    return frozenset() if classes[k] == OFF or p[k] < th[0] else frozenset({classes[k]})


def make_policies(classes: list[str]) -> dict[str, tuple[Policy, list[tuple[float, ...]]]]:
    off = classes.index(OFF)

    def top(p: np.ndarray) -> tuple[str, float]:
        k = int(p.argmax())
        return classes[k], float(p[k])

    def rescue(it: Item, p: np.ndarray, th: tuple[float, ...], gate: str) -> frozenset[str]:
        if it.engine or it.urgent or it.kind == str(ReplyKind.OTHER_LANGUAGE):
            return it.engine
        c, q = top(p)
        if c == OFF or q < th[0]:
            return it.engine
        if gate == "candidates" and c not in it.candidates:
            return it.engine
        if gate == "domain" and not it.domain:
            return it.engine
        if gate == "either" and not (it.domain or c in it.candidates):
            return it.engine
        if gate == "hedge" and it.kind != str(ReplyKind.DID_YOU_MEAN):
            return it.engine
        return frozenset({c})

    def among(it: Item, p: np.ndarray, th: tuple[float, ...]) -> frozenset[str]:
        """On a hedge, the classifier picks among the engine's options."""
        if it.kind != str(ReplyKind.DID_YOU_MEAN) or it.urgent or not it.candidates:
            return it.engine
        best = max(it.candidates, key=lambda t: p[classes.index(t)] if t in classes else -1)
        q = p[classes.index(best)] if best in classes else 0
        return frozenset({best}) if q >= th[0] and p[off] < th[1] else it.engine

    def override(it: Item, p: np.ndarray, th: tuple[float, ...]) -> frozenset[str]:
        got = rescue(it, p, th[:1], "either")
        c, q = top(p)
        if it.engine and c != OFF and c not in it.engine and q >= th[1] and not it.urgent:
            return frozenset({c})
        return got

    def reject_too(it: Item, p: np.ndarray, th: tuple[float, ...]) -> frozenset[str]:
        got = rescue(it, p, th[:1], "either")
        return frozenset() if got and p[off] >= th[1] else got

    def override_only(it: Item, p: np.ndarray, th: tuple[float, ...], hedge: bool) -> frozenset[str]:
        got = rescue(it, p, th[:1], "hedge") if hedge else it.engine
        c, q = top(p)
        if it.engine and c != OFF and c not in it.engine and q >= th[1] and not it.urgent:
            return frozenset({c})
        return got

    def full(it: Item, p: np.ndarray, th: tuple[float, ...]) -> frozenset[str]:
        """The engine's gate, the classifier's entry: a no match rescued at >= a (with a back-care word or the
        winner among the engine's candidates), a hedge at >= b, the engine's answer overridden at >= c."""
        if it.urgent or it.kind == str(ReplyKind.OTHER_LANGUAGE):
            return it.engine
        c, q = top(p)
        if c == OFF:
            return it.engine
        if it.engine:
            return frozenset({c}) if c not in it.engine and q >= th[2] else it.engine
        if it.kind == str(ReplyKind.DID_YOU_MEAN):
            return frozenset({c}) if q >= th[1] else it.engine
        return frozenset({c}) if q >= th[0] and (it.domain or c in it.candidates) else it.engine

    def vetoed(it: Item, p: np.ndarray, th: tuple[float, ...]) -> frozenset[str]:
        """:func:`full` with a veto: nothing is answered when P(off-topic) >= d."""
        got = full(it, p, th[:3])
        return frozenset() if got and p[off] >= th[3] and not it.urgent else got

    grid1 = [(t,) for t in GRID]
    grid2 = [(a, b) for a in GRID for b in GRID]
    return {
        "classifier alone (reject below t)": (lambda it, p, th: alone(it, p, th, classes), grid1),
        "engine, classifier answers its hedge / no match": (lambda it, p, th: rescue(it, p, th, "any"), grid1),
        "  ... only its hedge (did you mean)": (lambda it, p, th: rescue(it, p, th, "hedge"), grid1),
        "  ... when the winner is among the engine's candidates": (
            lambda it, p, th: rescue(it, p, th, "candidates"), grid1),
        "  ... when a back-care word is in the message": (lambda it, p, th: rescue(it, p, th, "domain"), grid1),
        "  ... candidates or a back-care word": (lambda it, p, th: rescue(it, p, th, "either"), grid1),
        "engine, classifier picks among its did-you-mean options": (among, grid2),
        "rescue (either) + override the engine when >= b": (override, grid2),
        "rescue (either) + reject when P(off-topic) >= b": (reject_too, grid2),
        "engine's gate, classifier's entry (no match >= a, hedge >= b, override >= c)": (
            full, [(a, b, c) for a in GRID3 for b in GRID3 for c in GRID3]),
        "  ... and nothing answered when P(off-topic) >= d": (
            vetoed, [(a, b, c, d) for a in GRID3 for b in GRID3 for c in (0.1, 0.3, 0.5, 0.7, 1.01)
                     for d in (0.1, 0.2, 0.3, 0.5, 1.01)]),
        "override the engine's answer when >= b": (lambda it, p, th: override_only(it, p, th, False),
                                                    [(1.0, b) for b in GRID]),
        "hedge >= a + override the engine's answer when >= b": (lambda it, p, th: override_only(it, p, th, True),
                                                                grid2),
    }


def choose(items: list[Item], probs: np.ndarray, policy: Policy, grid: list[tuple[float, ...]],
           floor: float) -> tuple[list[frozenset[str]], list[tuple[float, ...]]]:
    """Per writer, the setting chosen on the other writers (most right, rejection >= the engine's there)."""
    writers = sorted({it.writer for it in items})
    table = {th: [policy(it, p, th) for it, p in zip(items, probs, strict=True)] for th in grid}
    answered: list[frozenset[str]] = [frozenset()] * len(items)
    chosen = []
    for w in writers:
        idx = [i for i, it in enumerate(items) if it.writer != w]
        sub = [items[i] for i in idx]
        base = figures(sub, [items[i].engine for i in idx])[1]
        best = None
        for th in grid:
            r, rej, _, _ = figures(sub, [table[th][i] for i in idx])
            if rej + 1e-9 >= min(base, floor) and (best is None or r > best[0] + 1e-9):
                best = (r, th)
        th = best[1] if best else grid[-1]
        chosen.append(th)
        for i, it in enumerate(items):
            if it.writer == w:
                answered[i] = table[th][i]
    return answered, chosen


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--features", default="chars")
    ap.add_argument("--pad", type=float, default=2000.0)
    ap.add_argument("--power", type=float, default=0.5)
    ap.add_argument("--steps", type=int, default=100)
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--cache", default="/tmp/answers_cv_engine.json")
    ap.add_argument("--new", type=Path, help="as it stood: score these writers' rows of this file (see --writers) "
                    "with this tree's engine and a classifier fitted on this tree's data, settings chosen out of "
                    "writer on this tree's development rows")
    ap.add_argument("--writers", default="w17,w18")
    ap.add_argument("--copy", action="store_true", help="fit the shipped answer model and write its file (only)")
    ap.add_argument("--probs", help="keep the out-of-writer probabilities in this .npy file (read if it exists)")
    ap.add_argument("--dump", help="with --new: write the new rows' engine replies and probabilities to this file")
    ap.add_argument("--pooled", nargs="+", help="files written by --dump: each policy with its setting chosen "
                    "leaving one file (one group of writers, each scored as it stood) out")
    args = ap.parse_args()
    fixed = (learned.BARS.no_match, learned.BARS.hedge, learned.BARS.override, learned.BARS.off_topic)
    if args.pooled:
        pooled([json.loads(Path(f).read_text()) for f in args.pooled], fixed)
        return
    if args.copy:
        copy_model()
        return
    kb = load(ROOT / "knowledge")
    dialogue = Dialogue(kb)
    cache = Path(args.cache)
    if cache.exists():
        items = [Item(d["text"], frozenset(d["topics"]), d["writer"], frozenset(d["engine"]), d["kind"], d["urgent"],
                      tuple(d["candidates"]), d["domain"], tuple(d["words"])) for d in json.loads(cache.read_text())]
    else:
        items = items_and_engine(dialogue)
        cache.write_text(json.dumps([{**it.__dict__, "topics": sorted(it.topics), "engine": sorted(it.engine)}
                                     for it in items]))
    kb_docs = [(p, dialogue.index.read(p).words, e.id) for e in kb.entries.values() for p in e.phrasings]
    classes = [*sorted(kb.entries), OFF]
    settings = fitting.Settings(pad=args.pad, class_power=args.power, steps=args.steps, l2=args.l2)
    names = args.features.split(",")
    t0 = time.perf_counter()
    if args.new and args.dump:
        new = items_and_engine(dialogue, args.new, frozenset(args.writers.split(",")))
        p = oof(items, kb_docs, classes, names, settings, new)
        Path(args.dump).write_text(json.dumps({"classes": classes, "items": [
            {**it.__dict__, "topics": sorted(it.topics), "engine": sorted(it.engine), "probs": [float(x) for x in row]}
            for it, row in zip(new, p, strict=True)]}))
        return
    if args.probs and Path(args.probs).exists():
        probs = np.load(args.probs)
    else:
        probs = oof(items, kb_docs, classes, names, settings)
        if args.probs:
            np.save(args.probs, probs)
    if args.new:
        as_it_stood(items, probs, classes, dialogue, args.new, frozenset(args.writers.split(",")),
                    oof(items, kb_docs, classes, names, settings,
                        new := items_and_engine(dialogue, args.new, frozenset(args.writers.split(",")))), new)
        return
    print(f"features {names}, pad {args.pad}, power {args.power}, steps {args.steps}, l2 {args.l2}: "
          f"{time.perf_counter() - t0:.0f} s for {len({it.writer for it in items})} folds")
    guard(items)
    r, rej, a, b = figures(items, [it.engine for it in items])
    n_in, n_out = sum(bool(it.topics) for it in items), sum(not it.topics for it in items)
    print(f"{'engine as shipped (tuned on every dev writer)':62} {r:.3f} / {rej:.3f}  ({a}/{n_in}, {b}/{n_out})")
    top1 = sum(classes[int(p.argmax())] in it.topics for it, p in zip(items, probs, strict=True) if it.topics)
    offtop = sum(classes[int(p.argmax())] == OFF for it, p in zip(items, probs, strict=True) if not it.topics)
    print(f"{'classifier top-1 (no threshold)':62} {top1 / n_in:.3f} / {offtop / n_out:.3f}")
    diagnose(items, probs, classes)
    for name, (policy, grid) in make_policies(classes).items():
        answered, chosen = choose(items, probs, policy, grid, 0.97)
        r, rej, a, b = figures(items, answered)
        common = Counter(chosen).most_common(2)
        print(f"{name:62} {r:.3f} / {rej:.3f}  ({a}/{n_in}, {b}/{n_out})  settings {common}")
    shipped_policy = make_policies(classes)[SHIPPED_POLICY][0]
    r, rej, a, b = figures(items, [shipped_policy(it, p, fixed) for it, p in zip(items, probs, strict=True)])
    print(f"{'the shipped policy at ' + str(fixed):62} {r:.3f} / {rej:.3f}  ({a}/{n_in}, {b}/{n_out})")


def diagnose(items: list[Item], probs: np.ndarray, classes: list[str]) -> None:
    """Print, for the engine's misses by reply kind, how often the classifier's top class is right."""
    by: Counter[tuple[str, bool]] = Counter()
    for it, p in zip(items, probs, strict=True):
        if not it.topics or it.topics & it.engine:
            continue
        kind = "answered wrong" if it.engine else it.kind
        by[(kind, classes[int(p.argmax())] in it.topics)] += 1
    for kind in sorted({k for k, _ in by}):
        print(f"  engine miss, {kind:20} classifier right {by[(kind, True)]} of {by[(kind, True)] + by[(kind, False)]}")


def as_it_stood(items: list[Item], probs: np.ndarray, classes: list[str], dialogue: Dialogue, path: Path,
                writers: frozenset[str], new_probs: np.ndarray, new: list[Item]) -> None:
    """Score new writers' rows: each policy with the setting chosen on this tree's rows, out of writer."""
    n_in, n_out = sum(bool(it.topics) for it in new), sum(not it.topics for it in new)
    r, rej, a, b = figures(new, [it.engine for it in new])
    print(f"as it stood, writers {sorted(writers)} of {path.name}: {n_in} in-domain, {n_out} off-topic")
    print(f"{'engine as it stood':62} {r:.3f} / {rej:.3f}  ({a}/{n_in}, {b}/{n_out})")
    top1 = sum(classes[int(p.argmax())] in it.topics for it, p in zip(new, new_probs, strict=True) if it.topics)
    offtop = sum(classes[int(p.argmax())] == OFF for it, p in zip(new, new_probs, strict=True) if not it.topics)
    print(f"{'classifier top-1 (no threshold)':62} {top1 / n_in:.3f} / {offtop / n_out:.3f}")
    diagnose(new, new_probs, classes)
    for name, (policy, grid) in make_policies(classes).items():
        base = figures(items, [it.engine for it in items])[1]
        best = None
        for th in grid:
            fr, frej, _, _ = figures(items, [policy(it, p, th) for it, p in zip(items, probs, strict=True)])
            if frej + 1e-9 >= min(base, 0.97) and (best is None or fr > best[0] + 1e-9):
                best = (fr, th)
        th = best[1] if best else grid[-1]
        r, rej, a, b = figures(new, [policy(it, p, th) for it, p in zip(new, new_probs, strict=True)])
        print(f"{name:62} {r:.3f} / {rej:.3f}  ({a}/{n_in}, {b}/{n_out})  setting {th}")


def pooled(groups: list[dict[str, object]], fixed: tuple[float, ...] | None = None) -> None:
    """Each policy on every group of writers as it stood, its setting chosen on the other groups (the shipped
    dialogue's guard applied: :func:`guard`); with ``fixed``, also the shipped policy at that setting."""
    data = []
    for g in groups:
        classes = list(g["classes"])  # type: ignore[call-overload]
        its = [Item(d["text"], frozenset(d["topics"]), d["writer"], frozenset(d["engine"]), d["kind"], d["urgent"],
                    tuple(d["candidates"]), d["domain"], tuple(d["words"])) for d in g["items"]]  # type: ignore[attr-defined]
        guard(its)
        probs = np.array([d["probs"] for d in g["items"]], dtype=np.float32)  # type: ignore[attr-defined]
        data.append((classes, its, probs))
    allitems = [it for _, its, _ in data for it in its]
    n_in, n_out = sum(bool(it.topics) for it in allitems), sum(not it.topics for it in allitems)
    names = [sorted({it.writer for it in its}) for _, its, _ in data]
    print(f"writer groups as they stood: {names}; {n_in} in-domain, {n_out} off-topic")
    r, rej, a, b = figures(allitems, [it.engine for it in allitems])
    print(f"{'engine as it stood':62} {r:.3f} / {rej:.3f}  ({a}/{n_in}, {b}/{n_out})")
    top1 = sum(cl[int(p.argmax())] in it.topics for cl, its, ps in data for it, p in zip(its, ps, strict=True)
               if it.topics)
    offtop = sum(cl[int(p.argmax())] == OFF for cl, its, ps in data for it, p in zip(its, ps, strict=True)
                 if not it.topics)
    print(f"{'classifier top-1 (no threshold)':62} {top1 / n_in:.3f} / {offtop / n_out:.3f}")
    for cl, its, ps in data:
        diagnose(its, ps, cl)
    policies = [make_policies(cl) for cl, _, _ in data]
    for name in policies[0]:
        grid = policies[0][name][1]
        tables = [{th: [pol[name][0](it, p, th) for it, p in zip(its, ps, strict=True)] for th in grid}
                  for pol, (_, its, ps) in zip(policies, data, strict=True)]
        answered: list[frozenset[str]] = []
        chosen = []
        for k in range(len(data)):
            other = [it for j, (_, its, _) in enumerate(data) if j != k for it in its]
            base = figures(other, [it.engine for it in other])[1]
            best = None
            for th in grid:
                got = [x for j in range(len(data)) if j != k for x in tables[j][th]]
                fr, frej, _, _ = figures(other, got)
                if frej + 1e-9 >= base and (best is None or fr > best[0] + 1e-9):
                    best = (fr, th)
            th = best[1] if best else grid[-1]
            chosen.append(th)
            answered += tables[k][th]
        r, rej, a, b = figures(allitems, answered)
        print(f"{name:62} {r:.3f} / {rej:.3f}  ({a}/{n_in}, {b}/{n_out})  settings {chosen}")
    if fixed:
        answered = [x for pol, (_, its, ps) in zip(policies, data, strict=True)
                    for x in [pol[SHIPPED_POLICY][0](it, p, fixed) for it, p in zip(its, ps, strict=True)]]
        r, rej, a, b = figures(allitems, answered)
        print(f"{'the shipped policy at ' + str(fixed):62} {r:.3f} / {rej:.3f}  ({a}/{n_in}, {b}/{n_out})")


if __name__ == "__main__":
    main()
