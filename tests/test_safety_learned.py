"""The trained safety model: its shipped training data, its use as a recall booster, and what it never does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import yaml

from bot.safety import ALL_DETECTORS, DETECTORS, Level, assess
from bot.safety.learned import FLAG_AT, TRAINING, Model, boost, default_model, raise_level, training_items

DATA = Path(__file__).parent / "data"
TODAY = dt.date(2026, 12, 1)


def test_training_data_is_the_dev_part_and_probes_never_the_held_out_part() -> None:
    shipped = [(t, str(lv), w) for t, lv, w in training_items()]
    expected = [(str(r["text"]), str(r["level"]), str(r["writer"]))
                for name in ("safety_dev.yaml", "safety_probes.yaml")
                for r in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))]
    assert shipped == expected, "rebuild it: python -m bench.safety_cv --copy"
    held = {str(r["text"]) for r in yaml.safe_load((DATA / "safety_heldout.yaml").read_text(encoding="utf-8"))}
    assert not held & {t for t, _, _ in shipped}
    assert TRAINING.parent.name == "data" and TRAINING.parent.parent.name == "safety"


def test_a_model_learns_levels_from_labelled_messages() -> None:
    texts = ["my back hurts and I wet myself", "back pain and I can't control my bladder",
             "how often should I massage", "is a foam roller good", "my back has hurt for two years",
             "back pain for months and months"]
    levels = [Level.EMERGENCY, Level.EMERGENCY, Level.NONE, Level.NONE, Level.CHRONIC, Level.CHRONIC]
    model = Model.fit(texts, levels)
    assert model.predict("I wet myself and my back hurts")[0] is Level.EMERGENCY
    assert model.predict("how often should I use a foam roller")[0] is Level.NONE
    assert abs(float(model.proba("anything").sum()) - 1.0) < 1e-5


def test_the_model_only_lifts_a_level_and_only_when_sure() -> None:
    assert raise_level(Level.NONE, Level.URGENT, 0.95, 0.8) is Level.URGENT
    assert raise_level(Level.NONE, Level.URGENT, 0.5, 0.8) is Level.NONE
    assert raise_level(Level.EMERGENCY, Level.CHRONIC, 0.99, 0.8) is Level.EMERGENCY


def test_the_booster_is_opt_in_and_never_lowers_the_rules() -> None:
    assert "model" not in DETECTORS and "model" in ALL_DETECTORS
    text = "I've wet myself and my back hurts"
    assert assess(text, today=TODAY, detectors=ALL_DETECTORS).level is Level.EMERGENCY
    plain = "how often should I massage my back?"
    assert assess(plain, today=TODAY, detectors=ALL_DETECTORS).level is Level.NONE
    assert default_model() is default_model()


def test_the_booster_lifts_only_none_and_only_for_a_message_about_pain() -> None:
    sure = np.array([0.05, 0.1, 0.8, 0.05])
    assert boost(Level.NONE, sure, True) is Level.URGENT
    assert boost(Level.NONE, sure, False) is Level.NONE
    assert boost(Level.CHRONIC, sure, True) is Level.CHRONIC
    unsure = np.array([1 - FLAG_AT + 0.05, 0.2, 0.5, 0.25])
    assert boost(Level.NONE, unsure, True) is Level.NONE


def test_the_booster_leaves_a_short_length_the_rules_read_alone() -> None:
    # The model knows no dates: four weeks after Easter is not chronic, whatever the words look like.
    assert assess("my back has hurt since Easter", today=dt.date(2026, 5, 1)).level is Level.NONE
    assert assess("my dog's back has been sore since the spring", today=TODAY).level is Level.NONE
