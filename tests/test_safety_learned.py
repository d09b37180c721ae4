"""The trained safety model: its shipped training data, its opt-in use, and what it never does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from bot.safety import ALL_DETECTORS, DETECTORS, Level, assess
from bot.safety.learned import TRAINING, Model, default_model, raise_level, training_items

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


def test_the_model_is_opt_in_and_never_lowers_the_rules() -> None:
    assert "model" not in DETECTORS and "model" in ALL_DETECTORS
    text = "I've wet myself and my back hurts"
    assert assess(text, today=TODAY, detectors=ALL_DETECTORS).level is Level.EMERGENCY
    plain = "how often should I massage my back?"
    assert assess(plain, today=TODAY, detectors=ALL_DETECTORS).level is Level.NONE
    assert default_model() is default_model()
