"""The shipped routines and how their steps read as messages."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from bot.routines import (
    HURTS_MORE,
    PRECHECK_QUESTION,
    Routine,
    Step,
    end_text,
    opening_text,
    routine_label,
    scaled_seconds,
    step_text,
)


def test_the_three_routines_ship(kb: KnowledgeBase) -> None:
    assert {"quick", "standard", "desk"} <= set(kb.routines)
    for routine in kb.routines.values():
        assert len(routine.title) <= 40
        for step in routine.steps:
            assert step.title and step.do and step.stop_if and step.minutes > 0


def test_quick_takes_about_five_minutes(kb: KnowledgeBase) -> None:
    assert 4 <= kb.routines["quick"].minutes <= 6


def test_standard_follows_the_article(kb: KnowledgeBase) -> None:
    standard = kb.routines["standard"]
    assert 10 <= standard.minutes <= 15  # the article: "a minimum of 10-15 minutes per session"
    titles = [s.title.lower() for s in standard.steps]
    order = ["effleurage", "kneading", "trigger", "calm"]
    positions = [next(i for i, t in enumerate(titles) if word in t) for word in order]
    assert positions == sorted(positions)
    assert sum(1 for s in standard.steps if s.breathing) >= 3


def test_desk_covers_neck_shoulders_and_upper_back(kb: KnowledgeBase) -> None:
    text = " ".join(f"{s.title} {s.do}" for s in kb.routines["desk"].steps).lower()
    for part in ("neck", "shoulder", "upper back"):
        assert part in text


ROUTINE = Routine("demo", "Demo", "A demo.", (
    Step("Warm-up", 2, "Stroke slowly.", "it hurts", "Breathe in and out."),
    Step("Kneading", 4, "Squeeze and lift.", "you feel numbness"),
    Step("Finish", 1.5, "Rest.", "you feel dizzy"),
))


def test_step_text_format() -> None:
    assert step_text(ROUTINE, 0) == ("Step 1/3 — Warm-up (2 min)\n\nStroke slowly.\n"
                                     "Breathing: Breathe in and out.\nStop if: it hurts")
    assert step_text(ROUTINE, 1).splitlines() == ["Step 2/3 — Kneading (4 min)", "", "Squeeze and lift.",
                                                  "Stop if: you feel numbness"]
    assert step_text(ROUTINE, 2).startswith("Step 3/3 — Finish (1.5 min)\n")
    assert "late" in step_text(ROUTINE, 2, late=True).splitlines()[1]
    with pytest.raises(IndexError, match="steps 0 to 2, not 3"):
        step_text(ROUTINE, 3)


def test_the_other_texts() -> None:
    assert routine_label(ROUTINE) == "Demo (7.5 min)"
    assert opening_text(ROUTINE).startswith("Demo (7.5 min): 3 steps.\nA demo.")
    assert "0 (no pain) to 10" in end_text(ROUTINE)
    for flag in ("fall", "bladder", "both legs", "fever"):
        assert flag in PRECHECK_QUESTION
    assert "Ease off" in HURTS_MORE and "GP or physiotherapist" in HURTS_MORE


def test_scaled_seconds() -> None:
    assert scaled_seconds(4, 1.0) == 240
    assert scaled_seconds(10, 0.01) == pytest.approx(6.0)  # a 10-minute routine in 6 seconds
    with pytest.raises(ValueError, match="greater than 0"):
        scaled_seconds(1, 0)
