"""The trained safety model: its shipped training data, its use as a recall booster (on by default), and what it
never does."""

from __future__ import annotations

import datetime as dt
import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from bench.safety_cv import gather
from bot.safety import ALL_DETECTORS, DETECTORS, Level, assess, fitting, learned
from bot.safety.learned import (
    BARS,
    MODEL,
    REBUILD,
    TRAINING,
    Bars,
    Model,
    ModelFileError,
    boost,
    default_model,
    fit_shipped,
    grams,
    model_header,
    training_digest,
    training_items,
)
from tests.corpora import corpus

DATA = Path(__file__).parent / "data"
TODAY = dt.date(2026, 12, 1)


def test_training_data_is_the_dev_parts_and_the_projects_phrasings_never_a_held_out_part() -> None:
    shipped = [(t, str(lv), w) for t, lv, w in training_items()]
    expected = [(r.text, str(r.level), r.writer) for r in gather() if r.level is not None]
    assert shipped == expected, f"rebuild it: {REBUILD}"
    held = {" ".join(str(r["text"]).casefold().split()) for name in ("safety_heldout.yaml", "queries_heldout.yaml")
            for r in corpus(DATA / name)}
    assert not held & {" ".join(t.casefold().split()) for t, _, _ in shipped}
    # Every dev message, except one whose words another writer also wrote in a held-out part ("on and off for years")
    safety_dev = [(str(r["text"]), str(r["level"])) for r in corpus(DATA / "safety_dev.yaml")
                  if " ".join(str(r["text"]).casefold().split()) not in held]
    assert set(safety_dev) <= {(t, lv) for t, lv, _ in shipped}
    # The ordinary messages it learns "none" from: the answer corpus's dev part and the knowledge base's phrasings.
    assert {"project-knowledge", "w1", "w8"} <= {w for _, lv, w in shipped if lv == "none"}
    assert ("How often should I be doing these back massages? Every day, or is that overdoing it?", "none") in \
        {(t, lv) for t, lv, _ in shipped}
    assert TRAINING.parent.name == "data" and TRAINING.parent.parent.name == "safety"


def test_a_model_learns_levels_from_labelled_messages() -> None:
    texts = ["my back hurts and I wet myself", "back pain and I can't control my bladder",
             "how often should I massage", "is a foam roller good", "my back has hurt for two years",
             "back pain for months and months"]
    levels = [Level.EMERGENCY, Level.EMERGENCY, Level.NONE, Level.NONE, Level.CHRONIC, Level.CHRONIC]
    model = Model.fit(texts, levels)
    assert model.predict("I wet myself and my back hurts")[0] is Level.EMERGENCY
    assert model.predict("how often should I use a foam roller")[0] is Level.NONE
    assert abs(sum(model.proba("anything")) - 1.0) < 1e-5


def test_the_booster_is_on_by_default_and_never_lowers_the_rules() -> None:
    assert "model" in DETECTORS and DETECTORS == ALL_DETECTORS
    text = "I've wet myself and my back hurts"
    assert assess(text, today=TODAY).level is Level.EMERGENCY
    plain = "how often should I massage my back?"
    assert assess(plain, today=TODAY).level is Level.NONE
    assert default_model() is default_model()


def test_the_booster_lifts_only_none_only_for_a_message_about_pain_and_to_the_highest_bar_reached() -> None:
    bars = Bars(emergency=0.4, urgent=0.6, chronic=0.5)
    urgent = [0.1, 0.1, 0.7, 0.1]
    assert boost(Level.NONE, urgent, True, bars) is Level.URGENT
    assert boost(Level.NONE, urgent, False, bars) is Level.NONE
    assert boost(Level.CHRONIC, urgent, True, bars) is Level.CHRONIC
    # Emergency at its own bar, even when urgent is likelier; urgent counts the emergency's share too.
    assert boost(Level.NONE, [0.1, 0.0, 0.45, 0.45], True, bars) is Level.EMERGENCY
    assert boost(Level.NONE, [0.35, 0.05, 0.3, 0.3], True, bars) is Level.URGENT
    assert boost(Level.NONE, [0.45, 0.5, 0.05, 0.0], True, bars) is Level.CHRONIC
    assert boost(Level.NONE, [0.5, 0.3, 0.15, 0.05], True, bars) is Level.NONE
    assert 0 < BARS.emergency < 1 and 0 < BARS.urgent < 1 and 0 < BARS.chronic < 1


def test_the_booster_leaves_a_length_the_rules_read_alone() -> None:
    # The model knows no dates: four weeks after Easter is not chronic, whatever the words look like; nor whose
    # length it is: a year of stretching is not a year of pain.
    assert assess("my back has hurt since Easter", today=dt.date(2026, 5, 1)).level is Level.NONE
    assert assess("my dog's back has been sore since the spring", today=TODAY).level is Level.NONE
    assert assess("I've been stretching every day for a year and my back feels great", today=TODAY).level \
        is Level.NONE


@pytest.mark.parametrize("text", [
    "my back hurts", "my back went out this morning", "back hurts. help", "this back pain is killing me",
    "since the summer hols I've been learning the piano", "what's the best oil for a wooden chopping board?",
])
def test_the_booster_leaves_short_complaints_and_other_subjects_alone(text: str) -> None:
    # A few words say little: their probabilities stay near the levels' base rates (fitting.PAD).
    assert assess(text, today=TODAY).level is Level.NONE, default_model().proba(text)


#: Rules and banks leave it at none; the shipped model flags it.
BOOSTED = "my back is agony and both my legs feel funny"


def test_the_shipped_model_file_is_fitted_on_the_shipped_training_data() -> None:
    items = training_items()
    header = model_header(MODEL.read_bytes())
    assert header["training"] == training_digest(items), f"{MODEL} is stale: rebuild it: {REBUILD}"
    assert MODEL.stat().st_size < 1_500_000  # 1.0 MB with w1-w30 in the training data
    shipped, refit = Model.load(), fit_shipped(items)
    assert shipped.ngrams.as_dict() == refit.ngrams.as_dict()
    for text, _, _ in items:  # the same decisions; weights may differ in the last bits across numpy versions
        got, want = shipped.proba(text), refit.proba(text)
        # predict()'s level is the likeliest one (the first on a tie): worked out here from the probabilities at hand
        # rather than by predict(), which would compute them again for each model.
        assert _likeliest(got) is _likeliest(want), text
        assert max(abs(a - b) for a, b in zip(got, want, strict=True)) < 1e-4, text


def _likeliest(p: list[float]) -> Level:
    """Return the level :meth:`Model.predict` gives for the probabilities ``p`` (its own argmax)."""
    return Level(learned._argmax(p))


def test_the_plain_python_prediction_is_numpys_arithmetic() -> None:
    model = default_model()
    idf = np.frombuffer(model.idf.tobytes(), dtype=np.float32)
    weights = np.stack([np.frombuffer(row.tobytes(), dtype=np.float32) for row in model.weights])
    vocab = model.ngrams.as_dict()  # a new dict of the n-grams: built once, not per message
    for text, _, _ in training_items()[::3] + [(BOOSTED, Level.EMERGENCY, "")]:
        want = fitting.proba(grams(text), vocab, idf, weights, model.pad)
        got = model.proba(text)
        assert max(abs(a - float(b)) for a, b in zip(got, want, strict=True)) < 1e-5, text
        assert boost(Level.NONE, got, True) is boost(Level.NONE, [float(x) for x in want], True), text
    assert model.pad == fitting.PAD


def test_a_message_read_by_the_booster_does_not_import_numpy() -> None:
    code = f"""import datetime as dt, json, sys
from bot.safety import assess, learned
a = assess({BOOSTED!r}, today=dt.date(2026, 12, 1))
print(json.dumps([str(a.level), [f.flag for f in a.findings], len(learned.default_model().ngrams) > 0,
                  sorted(m for m in sys.modules if m.split(".")[0] == "numpy")]))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).parent.parent)
    level, flags, loaded, numpy = json.loads(out.stdout)
    assert (level, flags, loaded) == ("emergency", ["learned-emergency"], True)
    assert numpy == [], "predicting must not import numpy (15 MB at rest)"


@pytest.mark.parametrize("damage", ["missing", "empty", "truncated", "flipped", "not a model"])
def test_a_broken_model_file_names_itself_and_the_command_that_rebuilds_it(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "model.bin"
    data = MODEL.read_bytes()
    broken = {"missing": None, "empty": b"", "truncated": data[:-10],
              "flipped": data[:-100] + bytes([data[-100] ^ 1]) + data[-99:], "not a model": b"version https://git-lfs"}
    if broken[damage] is not None:
        path.write_bytes(broken[damage])  # type: ignore[arg-type]
    with pytest.raises(ModelFileError) as e:
        Model.load(path)
    assert str(path) in str(e.value) and REBUILD in str(e.value)


def test_a_model_saved_and_loaded_predicts_the_same(tmp_path: Path) -> None:
    model = Model.fit(["my back hurts and I wet myself", "how often should I massage",
                       "my back has hurt for two years", "a lump on my spine"],
                      [Level.EMERGENCY, Level.NONE, Level.CHRONIC, Level.URGENT])
    model.save(tmp_path / "m.bin", "test")
    again = Model.load(tmp_path / "m.bin")
    assert again.proba("I wet myself") == model.proba("I wet myself")


@pytest.fixture
def no_model_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "model.bin"
    monkeypatch.setattr(learned, "MODEL", path)
    default_model.cache_clear()
    yield path
    default_model.cache_clear()


def test_without_its_model_file_the_bot_keeps_flagging_with_the_rules_and_says_so_once(
        no_model_file: Path, caplog: pytest.LogCaptureFixture) -> None:
    # A chat about pain must still get its answer and every sign the rules know, not an error.
    with caplog.at_level(logging.WARNING, logger="bot.safety.learned"):
        assert assess("I've wet myself and my back hurts", today=TODAY).level is Level.EMERGENCY
        assert assess(BOOSTED, today=TODAY).level is Level.NONE
        assert assess(BOOSTED, today=TODAY).level is Level.NONE
    logged = [r.getMessage() for r in caplog.records if r.name == "bot.safety.learned"]
    assert len(logged) == 1 and str(no_model_file) in logged[0] and REBUILD in logged[0]


def test_with_its_model_file_the_booster_flags_what_the_rules_miss() -> None:
    assert assess(BOOSTED, today=TODAY, detectors=("rules", "bank")).level is Level.NONE
    assert assess(BOOSTED, today=TODAY).level is Level.EMERGENCY
