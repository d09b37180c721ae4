"""Dump what the answer engine decides for every corpus text, to compare two versions of the code to the bit.

``python -m bench.identity > before.jsonl`` on one version, the same on the other, then ``diff`` (or
``cmp``) the two files; ``--dev`` leaves out the held-out parts (``*_heldout.yaml``), so that a difference can be
read without seeing them. Each line is one text: ``Dialogue.respond`` (kind, topic, score, safety, the
reply text, the buttons, the second answers), ``assess`` (level, signs, spans, subject, whether it asks how long
it hurts, and every finding with its detectors) with the default detectors, each detector alone and all three,
``SearchIndex.find`` (best, alternatives, second answer,
scores as exact ``repr``s) and every part's ranked floats from ``score_parts(with_chars=True)``, on the
plain index and on the numpy one. Speed work must leave the files byte-identical.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from bot.dialogue import Dialogue, Reply
from bot.knowledge import load
from bot.safety import ALL_DETECTORS, DETECTORS, Assessment, assess
from bot.search import SearchIndex, SearchResult
from bot.search import index as search_index

ROOT = Path(__file__).resolve().parent.parent
#: The corpora: every ``tests/data/*.yaml`` and the shared development queries.
FILES = sorted((ROOT / "tests" / "data").glob("*.yaml")) + [ROOT.parent / "shared" / "eval" / "dev_queries.yaml"]
#: Edge cases beside the corpora.
EXTRA = ("", " ", "?", "bak masage ofen shud", "thanks, how often should I massage?", "massage " * 700,
         "how often should I massage? " * 40, "who are you", "what can you do for me", "ok", "hi!!!")
TODAY = dt.date(2026, 12, 1)


def texts(*, dev: bool = False) -> list[str]:
    """Return every text of the corpora (without the held-out parts when ``dev``), in file order, then the edge
    cases."""
    out: list[str] = []
    for path in FILES:
        if not path.is_file() or (dev and path.stem.endswith("_heldout")):
            continue
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            text = item.get("text", item.get("q")) if isinstance(item, dict) else None
            if isinstance(text, str):
                out.append(text)
    return out + list(EXTRA)


def _reply(r: Reply) -> dict[str, Any]:
    return {"kind": str(r.kind), "topic": r.topic, "score": repr(r.score), "safety": str(r.safety),
            "text": r.text, "suggestions": [(s.topic, s.question) for s in r.suggestions],
            "also": [_reply(a) for a in r.also], "asks_duration": r.asks_duration, "language": r.language}


def _assessment(a: Assessment) -> dict[str, Any]:
    return {"level": str(a.level), "signs": list(a.signs), "spans": [list(s) for s in a.spans], "subject": a.subject,
            "asks_duration": a.asks_duration,
            "findings": [(f.flag, str(f.level), f.start, f.end, f.subject, f.person, sorted(f.detectors))
                         for f in a.findings]}


#: The detector choices whose findings are dumped: the default, each alone, and all of them with the model.
DETECTOR_SETS = (DETECTORS, ("rules",), ("bank",), ALL_DETECTORS)


def _result(res: SearchResult) -> dict[str, Any]:
    def m(x: Any) -> Any:
        return None if x is None else (x.entry.id, repr(x.score))
    return {"best": m(res.best), "alternatives": [m(a) for a in res.alternatives], "also": [m(a) for a in res.also]}


def _parts(index: SearchIndex, text: str) -> list[Any]:
    return [(p.text, p.asks, list(p.reading.words), list(p.reading.stems), repr(p.coverage), repr(p.anchor),
             sorted(p.cues), sorted(p.domain), sorted((k, sorted(v[0]), repr(v[1]), repr(v[2]))
                                                      for k, v in p.excused.items()),
             [(r.entry_id, repr(r.score), repr(r.words), repr(r.chars), repr(r.covered)) for r in p.ranked])
            for p in index.score_parts(text, with_chars=True)]


def main() -> None:
    """Print one JSON line per text."""
    kb = load(ROOT / "knowledge")
    dialogue = Dialogue(kb)
    plain = dialogue.index
    search_index.PLAIN_PHRASINGS = 0
    arrays = SearchIndex(kb)
    out = sys.stdout
    for text in texts(dev="--dev" in sys.argv[1:]):
        row = {"text": text, "respond": _reply(dialogue.respond(text, today=TODAY)),
               "assess": [_assessment(assess(text, today=TODAY, detectors=d)) for d in DETECTOR_SETS],
               "find": _result(plain.find(text)), "parts": _parts(plain, text),
               "find_np": _result(arrays.find(text)), "parts_np": _parts(arrays, text)}
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
