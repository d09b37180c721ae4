"""The trained models' feature vocabulary (:class:`bot.learning.model.Vocabulary`): numbers by hash, no string kept
but a compressed copy, and never two features taken for one; and the first message's data loaded at start-up."""

from __future__ import annotations

import builtins
import datetime as dt

import pytest

from bot.dialogue import Dialogue
from bot.learning import model as model_module
from bot.learning.model import Vocabulary
from bot.safety import learned
from bot.search import learned as answers


def test_each_feature_has_its_number_and_others_none() -> None:
    words = ["back", "oil", "w:massag", "p:how_often", "é", "a", ""]
    v = Vocabulary(words)
    assert len(v) == len(words)
    assert [v.number(w) for w in words] == list(range(1, len(words) + 1))
    assert v.number("lotion") == v.number("bac") == v.number("backs") == 0
    assert v.features() == words and v.as_dict() == {w: i for i, w in enumerate(words)}
    assert len(Vocabulary([])) == 0 and Vocabulary([]).number("x") == 0 and Vocabulary([]).features() == []


def test_two_features_with_one_hash_are_hashed_again_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    def clashing(s: str) -> int:
        return 12345 if s in ("back", "oil") else builtins.hash(s)

    monkeypatch.setattr(model_module, "hash", clashing, raising=False)
    v = Vocabulary(["back", "oil", "spine"])
    assert v.key is not clashing
    assert [v.number(w) for w in ("back", "oil", "spine", "neck")] == [1, 2, 3, 0]


def test_the_shipped_safety_model_holds_no_string_per_ngram() -> None:
    model = learned.default_model()
    grams = model.ngrams.features()
    assert len(grams) == len(model.ngrams) > 30_000
    assert all(model.ngrams.number(g) == i for i, g in enumerate(grams, 1))
    assert model.ngrams.number("zzzzq") == 0
    assert not hasattr(model, "__dict__")  # slots: the n-grams live in the vocabulary's arrays only


def test_preparing_the_dialogue_loads_the_first_messages_data_and_changes_no_reply(dialogue: Dialogue) -> None:
    texts = ["how often should I massage my back?", "my back is agony and both my legs feel funny", "thanks"]
    before = [dialogue.respond(t, today=dt.date(2026, 12, 1)) for t in texts]
    dialogue.prepare()
    assert learned.default_model.cache_info().currsize == 1 and answers.default_model.cache_info().currsize == 1
    assert [dialogue.respond(t, today=dt.date(2026, 12, 1)) for t in texts] == before
