"""The search's shortcuts for speed give the answers the full computation gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge import KnowledgeBase
from bot.search import SearchIndex
from bot.search.index import PartScore, Search
from tests.corpora import corpus

DATA = Path(__file__).resolve().parent / "data"


def _texts() -> list[str]:
    out: list[str] = []
    for name in ("queries_dev.yaml", "safety_dev.yaml"):
        out += [item["text"] for item in corpus(DATA / name)]
    return out + ["what is the capital of france", "my car's oil. how often should I change it?", "bak"]


def _parts(index: SearchIndex, search: Search) -> list[PartScore]:
    """Return what ``index._scored(text, for_find=True)`` returns for the text of ``search``, scored by it."""
    return search._scored if search._scored is not None else index._scored(search.text, for_find=True)


def test_skipping_the_characters_of_parts_that_cannot_count_changes_no_answer(kb: KnowledgeBase,
                                                                             index: SearchIndex) -> None:
    fast = index  # the session's, shortcuts on
    full = SearchIndex(kb)
    full._char_bound = lambda *args: float("inf")  # type: ignore[method-assign]  # every part scored in full
    full._speller = fast._speller  # built from the same knowledge base: its typo corrections (cached) are worked once
    texts = _texts()
    enough = len(texts) // 20 + 1
    skipped = 0
    for text in texts:
        # find() is search().result(); the parts a search scored are _scored(text, for_find=True), kept by it (None
        # for an exact phrasing, which scores nothing): each message is scored once by each index.
        quick, slow = fast.search(text), full.search(text)
        assert quick.result() == slow.result(), text
        if skipped < enough:  # counted until it is clear the shortcut is taken (so this test checks something)
            skipped += sum(1 for a, b in zip(_parts(fast, quick), _parts(full, slow), strict=True)
                           if a.ranked != b.ranked)
    assert skipped >= enough


@pytest.mark.parametrize("text", ["how often should I massage my back?", "thanks! and what about heat or ice?"])
def test_the_parts_of_score_parts_are_always_scored_in_full(index: SearchIndex, text: str) -> None:
    assert [p.ranked for p in index.score_parts(text)] == [p.ranked for p in index._scored(text)]
