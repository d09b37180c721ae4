"""Rejection that does not lean on the cue words read from the writer being scored.

The lexicon of other domains (``bot.search.domain``) was written beside the development off-topic items, so
scoring a writer with it flatters rejection. Here each writer's off-topic items are scored with the cue words
that only that writer's items use taken out: the figure a new writer's wordings should expect (it predicted the
held-out part's rejection within a point when the gate was tuned in round 2).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import bot.search.domain as domain
import bot.search.index as index_module
from bot.knowledge import KnowledgeBase
from bot.search import SearchIndex
from bot.text import words
from tests.corpora import corpus

DEV = Path(__file__).resolve().parent / "data" / "queries_dev.yaml"
#: The cue-out rejection the gate keeps (docs/quality.md); the bar asks 0.97 of the corpus itself.  0.96 with w1-w18
#: in the dev half; 0.948 (457 of 482) once w19-w30 joined it (session 6), their off-topic items never tuned on.
FLOOR = 0.94


def test_rejection_holds_without_the_scored_writers_own_cue_words(kb: KnowledgeBase,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    if not DEV.exists():
        pytest.skip(f"{DEV} is missing; build it with tests/data/build_queries.py")
    off = [i for i in corpus(DEV) if not i.get("topic") and not i.get("language")]
    full = domain.OFF_DOMAIN
    said = [(i["writer"], frozenset(words(i["text"]))) for i in off]  # each item's words, read once
    used = {w: {writer for writer, ws in said if w in ws} for w in full}
    rejected, let_through = 0, []
    for writer in sorted({i["writer"] for i in off}):
        own = frozenset(w for w, by in used.items() if by == {writer})
        monkeypatch.setattr(domain, "OFF_DOMAIN", full - own)
        monkeypatch.setattr(index_module, "OFF_DOMAIN", full - own)
        index = SearchIndex(kb)
        for item in (i for i in off if i["writer"] == writer):
            result = index.find(item["text"])
            found = [m.entry.id for m in (result.best, *result.also) if m is not None]
            rejected += not found
            let_through += [f"{writer}: {item['text']!r} -> {found}"] if found else []
    assert rejected / len(off) >= FLOOR, "\n".join(let_through)
