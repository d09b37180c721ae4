"""The trained answer model beside the engine: fitted on what it should be, predicted without numpy, and what a user
notices (wordings of our own the engine alone missed, off-topic ones still refused, red flags left alone)."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from bench.answers_cv import training_rows
from bot.dialogue import Dialogue, ReplyKind
from bot.learning import fitting
from bot.learning import model as model_module
from bot.learning.model import ModelFileError, TextModel, header
from bot.safety import Level
from bot.search import learned
from tests.corpora import corpus

DATA = Path(__file__).parent / "data"


def test_the_answer_model_is_fitted_on_the_knowledge_base_and_the_dev_half_never_the_held_out_half() -> None:
    rows = training_rows()
    head = header(learned.MODEL.read_bytes())
    assert head["training"] == learned.training_digest(rows), (
        f"{learned.MODEL} is stale against the knowledge base or tests/data/queries_dev.yaml: rebuild it: "
        f"{learned.REBUILD}")
    held = {" ".join(str(r["text"]).casefold().split())
            for r in corpus(DATA / "queries_heldout.yaml")}
    assert not held & {" ".join(t.casefold().split()) for t, _ in rows}
    classes = {c for _, c in rows}
    assert learned.OFF_TOPIC in classes and "massage-frequency" in classes
    # A guard against a fit that blows up the features: it grows with the corpus (2.1 MB with w1-w38, 2.64 MB with
    # w1-w49), and a message reads only the rows of its own features from the file.
    assert learned.MODEL.stat().st_size < 3_000_000


def test_the_plain_python_prediction_is_numpys_arithmetic() -> None:
    model = learned.default_model()
    assert model is not None
    k = len(model.classes)
    table = np.frombuffer(model.rows.tobytes(), dtype=np.float32).reshape(-1, k + 1)
    weights = np.concatenate([table[:, 1:].T, np.frombuffer(model.bias.tobytes(), dtype=np.float32)[:, None]], axis=1)
    for text in ["how often should i rub my back", "wat oil 4 massage", "how do I back up my laptop", "hello"]:
        counts = learned.features(text, text.lower().split())
        want = fitting.proba(counts, model.features.as_dict(), table[:, 0], weights, model.pad)
        got = model.proba(counts)
        assert max(abs(a - float(b)) for a, b in zip(got, want, strict=True)) < 1e-5, text


def test_a_model_saved_and_loaded_predicts_the_same(tmp_path: Path) -> None:
    docs = [Counter(t.split()) for t in ["often massage", "often rub back", "oil lotion", "lotion cream oil",
                                         "car oil", "car engine"]]
    model = TextModel.fit(docs, ["freq", "freq", "oil", "oil", "off", "off"], ["freq", "oil", "off"],
                          fitting.Settings(min_df=1, pad=0.0, class_power=1.0), "test")
    assert model.best(Counter(["often", "back"]))[0] == "freq"
    model.save(tmp_path / "m.bin")
    again = TextModel.load(tmp_path / "m.bin", "make models")
    assert again.proba(Counter(["car", "oil"])) == model.proba(Counter(["car", "oil"]))
    assert again.classes == model.classes and again.training == "test"


def test_a_model_reading_its_rows_from_its_file_predicts_the_same_and_survives_a_refit(tmp_path: Path) -> None:
    path = tmp_path / "answers.bin"
    path.write_bytes(learned.MODEL.read_bytes())
    in_memory = TextModel.load(path, learned.REBUILD)
    on_disk = TextModel.load(path, learned.REBUILD, on_disk=True)
    assert on_disk.rows == in_memory.rows
    texts = ["how often should i rub my back", "wat oil 4 massage", "how do I back up my laptop", "hello", ""]
    before = [in_memory.proba(learned.features(t, t.lower().split())) for t in texts]
    assert [on_disk.proba(learned.features(t, t.lower().split())) for t in texts] == before  # to the bit
    # A refit written while a bot runs replaces the file: the running model keeps its own rows.
    docs = [Counter(t.split()) for t in ["often massage", "oil lotion", "car engine"]]
    TextModel.fit(docs, ["freq", "oil", "off"], ["freq", "oil", "off"],
                  fitting.Settings(min_df=1, pad=0.0, class_power=1.0), "other").save(path)
    assert TextModel.load(path, learned.REBUILD).training == "other"
    assert [on_disk.proba(learned.features(t, t.lower().split())) for t in texts] == before


def test_rows_kept_from_the_file_give_the_same_answers_when_read_again_and_once_the_store_is_full(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "answers.bin"
    path.write_bytes(learned.MODEL.read_bytes())
    in_memory = TextModel.load(path, learned.REBUILD)
    on_disk = TextModel.load(path, learned.REBUILD, on_disk=True)
    monkeypatch.setattr(model_module, "ROW_CACHE", 8)  # a few messages' words fill it, then it starts again
    texts = ["is it fine to knead my lower back every evening", "which lotion suits a rub before bed",
             "my upper back feels tight after cycling, any stretches", "thank you", "knead lower back evening"]
    expected = [in_memory.proba(learned.features(t, t.lower().split())) for t in texts]
    for _ in range(3):  # read from the file, then from what was kept, then after it was emptied
        assert [on_disk.proba(learned.features(t, t.lower().split())) for t in texts] == expected  # to the bit


@pytest.mark.parametrize("on_disk", [False, True])
@pytest.mark.parametrize("damage", ["missing", "truncated", "flipped", "not a model"])
def test_a_broken_answer_model_file_names_itself_and_the_command_that_rebuilds_it(tmp_path: Path, damage: str,
                                                                                   on_disk: bool) -> None:
    path = tmp_path / "answers.bin"
    data = learned.MODEL.read_bytes()
    broken = {"missing": None, "truncated": data[:-10], "flipped": data[:-100] + bytes([data[-100] ^ 1]) + data[-99:],
              "not a model": b"version https://git-lfs"}
    if broken[damage] is not None:
        path.write_bytes(broken[damage])  # type: ignore[arg-type]
    with pytest.raises(ModelFileError) as e:
        TextModel.load(path, learned.REBUILD, on_disk=on_disk)
    assert str(path) in str(e.value) and "make models" in str(e.value)


#: Wordings of our own (not from the corpus) that the engine alone answered with the wrong entry or hedged on.
FIXED = [
    ("i hear a crack in my spine every morning", "back-cracking"),
    ("can i do it lying on the floor", "body-positioning"),
]
#: Off-topic wordings of our own that share a back-care word: still refused with the model beside the engine.
REFUSED = ["how do i fix the back door of my car", "how do i back up my photos to the cloud",
           "which oil is best for a diesel engine", "how do i knead bread dough properly",
           "how hard should i press the brake pedal in snow", "how do i clean the back seat of my car",
           "how often should i change my toothbrush", "the spine of my new book is already cracked, can i repair it"]


@pytest.mark.parametrize(("text", "topic"), FIXED)
def test_wordings_the_engine_alone_missed_are_answered_right(dialogue: Dialogue, text: str, topic: str,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    reply = dialogue.respond(text)
    assert reply.kind is ReplyKind.ANSWER and reply.topic == topic
    assert dialogue.kb.entries[topic].answer in reply.text
    monkeypatch.setattr(learned, "default_model", lambda: None)
    assert dialogue.respond(text).topic != topic  # the engine alone: why this test exists


@pytest.mark.parametrize("text", REFUSED)
def test_off_topic_wordings_are_still_refused(dialogue: Dialogue, text: str) -> None:
    reply = dialogue.respond(text)
    assert reply.topic is None and not reply.also and reply.kind is not ReplyKind.ANSWER


@pytest.mark.parametrize("text", [
    "my back hurts and I can't control my bladder since this morning, how often to massage?",
    "back pain, fever and I've lost a stone without trying, is rubbing it ok"])
def test_a_red_flag_gets_the_engines_reply_untouched(dialogue: Dialogue, text: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    reply = dialogue.respond(text)
    assert reply.safety >= Level.URGENT
    monkeypatch.setattr(learned, "default_model", lambda: None)
    assert dialogue.respond(text) == reply


def test_small_talk_and_the_shared_examples_keep_their_replies(dialogue: Dialogue) -> None:
    assert dialogue.respond("hello").topic == "hello"
    assert dialogue.respond("thanks so much").topic == "thanks"
    assert dialogue.respond("how often should I massage my back?").topic == "massage-frequency"


def test_without_its_model_file_the_engine_answers_alone_and_says_so_once(
        dialogue: Dialogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(learned, "MODEL", tmp_path / "answers.bin")
    learned.default_model.cache_clear()
    try:
        with caplog.at_level(logging.ERROR, logger="bot.search.learned"):
            assert dialogue.respond("how often should I massage my back?").topic == "massage-frequency"
            assert dialogue.respond(FIXED[1][0]).topic != FIXED[1][1]
        logged = [r.getMessage() for r in caplog.records if r.name == "bot.search.learned"]
        assert len(logged) == 1 and "answers.bin" in logged[0] and "make models" in logged[0]
    finally:
        learned.default_model.cache_clear()


def test_answering_does_not_import_numpy() -> None:
    code = """import json, sys
from bot.dialogue import Dialogue
from bot.knowledge import load
from bot.search import learned
reply = Dialogue(load("knowledge")).respond("any tips on rubbing my own back")
print(json.dumps([reply.topic, learned.default_model() is not None,
                  sorted(m for m in sys.modules if m.split(".")[0] == "numpy")]))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parent.parent)
    topic, loaded, numpy = json.loads(out.stdout)
    assert (topic, loaded) == ("how-to-massage-own-back", True)
    assert numpy == [], "predicting must not import numpy"
