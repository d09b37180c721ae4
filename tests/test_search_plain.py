"""A small knowledge base is searched without numpy, with the same scores as the numpy index gives."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.knowledge import KnowledgeBase
from bot.search import SearchIndex
from bot.search import index as search_index
from tests.corpora import corpus

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    items = corpus(ROOT / "tests" / "data" / "queries_dev.yaml")
    return [item["text"] for item in items] + ["", "bak masage ofen shud", "thanks, how often should I massage?"]


@pytest.fixture(scope="module")
def arrays(kb: KnowledgeBase, index: SearchIndex) -> SearchIndex:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(search_index, "PLAIN_PHRASINGS", 0)
        arrays = SearchIndex(kb)
    # The speller is made from the same knowledge base whatever holds the postings: the typo corrections it caches
    # are worked out once for both indexes.
    arrays._speller = index._speller
    return arrays


def test_the_shipped_knowledge_base_is_kept_in_python_lists(index: SearchIndex, arrays: SearchIndex) -> None:
    assert index._plain and not arrays._plain


def test_plain_and_numpy_indexes_answer_alike_to_the_bit(index: SearchIndex, arrays: SearchIndex) -> None:
    for text in _texts():
        assert index.find(text) == arrays.find(text), text
        for plain, vector in zip(index.score_parts(text, with_chars=True), arrays.score_parts(text, with_chars=True),
                                 strict=True):
            assert (plain.coverage, plain.anchor) == (vector.coverage, vector.anchor)
            # Entries tied with the last one kept may be any of them (numpy's argpartition picks one); the rest match.
            last = min((r.score for r in plain.ranked), default=0.0)
            assert [r for r in plain.ranked if r.score > last] == [r for r in vector.ranked if r.score > last], text
            assert [r.score for r in plain.ranked] == [r.score for r in vector.ranked], text


def test_answering_on_the_shipped_knowledge_base_does_not_import_numpy() -> None:
    code = ("import sys; from bot.knowledge import load; from bot.dialogue import Dialogue; "
            "d = Dialogue(load('knowledge')); d.respond('how ofen shud i masage my bak?'); "
            "print('numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", out.stderr


def test_the_numpy_n_grams_made_a_few_texts_at_a_time_are_the_plain_ones(kb: KnowledgeBase) -> None:
    # A large knowledge base's cells are worked out and placed chunk by chunk: cut small here, so that many chunks
    # (and n-grams spread over several of them) give the same postings as the plain index builds in one go.
    from bot.search import ngrams

    texts = [" ".join(e.phrasings) for e in kb.entries.values()]
    plain = ngrams.NgramIndex(texts, low=2, high=4, plain=True)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ngrams, "CHUNK", 7)
        chunked = ngrams.NgramIndex(texts, low=2, high=4, plain=False)
    assert list(plain._bounds) == list(chunked._bounds)
    assert list(plain._texts) == chunked._texts.tolist()
    assert list(plain._weights) == chunked._weights.tolist()
    for text in _texts()[:50]:
        ids, sims = plain.similar(text)
        assert (list(ids), list(sims)) == (chunked.similar(text)[0].tolist(), chunked.similar(text)[1].tolist()), text


def test_a_question_after_a_comma_may_start_with_would() -> None:
    from bot.search import parts

    text = "got a stiff neck from the train, would a heat pack help"
    assert any(parts.asks(text, p) for p in parts.split(text))
    text = "thanks, will give it a go tonight"
    assert not any(parts.asks(text, p) for p in parts.split(text))
